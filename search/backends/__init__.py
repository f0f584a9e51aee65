"""The search engines behind the site, one package per kind.

- `database/`: our SQL over the index that Wagtail's database backend keeps (SQLite FTS5,
  PostgreSQL full text), for matching and ranking that Wagtail's own queries do not give;
- `elasticsearch/`: the Elasticsearch and OpenSearch backends (WAGTAILSEARCH_BACKENDS names
  them, see search/config.py) with the site's Dutch and English analysis.
"""
