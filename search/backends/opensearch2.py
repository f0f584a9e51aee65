"""OpenSearch 2 backend with the site's Dutch and English index settings."""

from wagtail.search.backends.opensearch2 import OpenSearch2SearchBackend

from search.backends.analysis import LocalisedIndexSettingsMixin


class SearchBackend(LocalisedIndexSettingsMixin, OpenSearch2SearchBackend):
    pass
