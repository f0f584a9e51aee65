"""OpenSearch 3 backend with the site's Dutch and English index settings."""

from wagtail.search.backends.opensearch3 import OpenSearch3SearchBackend

from search.backends.analysis import LocalisedIndexSettingsMixin


class SearchBackend(LocalisedIndexSettingsMixin, OpenSearch3SearchBackend):
    pass
