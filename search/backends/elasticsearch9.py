"""Elasticsearch 9 backend with the site's Dutch and English index settings."""

from wagtail.search.backends.elasticsearch9 import Elasticsearch9SearchBackend

from search.backends.analysis import LocalisedIndexSettingsMixin


class SearchBackend(LocalisedIndexSettingsMixin, Elasticsearch9SearchBackend):
    pass
