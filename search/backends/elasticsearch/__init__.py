"""Elasticsearch 8/9 and OpenSearch 2/3 backends: Wagtail's, with the site's analysis.

One module per product and version (the dotted path WAGTAILSEARCH_BACKENDS names, see
search/config.py); analysis.py and mapping.py hold what they share.
"""
