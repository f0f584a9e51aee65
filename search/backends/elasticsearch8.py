"""Elasticsearch 8 backend with the site's Dutch and English index settings."""

from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend

from search.backends.analysis import LocalisedIndexSettingsMixin


class SearchBackend(LocalisedIndexSettingsMixin, Elasticsearch8SearchBackend):
    pass
