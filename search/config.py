"""Which search backend the site uses, chosen from the environment.

Imported by cms/settings.py, so it must not import Django models.

- nothing set: Wagtail's database backend (SQLite FTS5 or PostgreSQL full text);
- ELASTICSEARCH_URL: the Elasticsearch backend (ELASTICSEARCH_VERSION 8 or 9, default 9);
- OPENSEARCH_URL: the OpenSearch backend (OPENSEARCH_VERSION 2 or 3, default 3).
"""

from urllib.parse import urlsplit

from cms.env import env

# Wagtail's database backend, with search text escaped for SQLite FTS5.
DATABASE_BACKEND = "search.backends.database.backend"

ELASTICSEARCH_BACKENDS = {
    "8": "search.backends.elasticsearch.elasticsearch8",
    "9": "search.backends.elasticsearch.elasticsearch9",
}
OPENSEARCH_BACKENDS = {
    "2": "search.backends.elasticsearch.opensearch2",
    "3": "search.backends.elasticsearch.opensearch3",
}


class SearchConfigError(ValueError):
    pass


def _cluster_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise SearchConfigError(
            f"Search cluster URL {url!r} is not an http(s) URL such as http://localhost:9200."
        )
    return url


def search_backends(index_prefix: str = "samenwerkingsportaal") -> dict:
    """Return the WAGTAILSEARCH_BACKENDS setting for this environment."""
    es_url = env("ELASTICSEARCH_URL", "")
    os_url = env("OPENSEARCH_URL", "")
    if es_url and os_url:
        raise SearchConfigError("Set ELASTICSEARCH_URL or OPENSEARCH_URL, not both.")

    # AUTO_UPDATE is off everywhere: search/indexing.py updates every backend itself, on
    # publish rather than on each (draft) save.
    database = {
        "BACKEND": DATABASE_BACKEND,
        "AUTO_UPDATE": False,
        # PostgreSQL: Dutch stemming with accents folded (search/migrations/0002); ignored
        # by SQLite.
        "SEARCH_CONFIG": env("SEARCH_CONFIG", "dutch_unaccent"),
    }
    if not (es_url or os_url):
        return {"default": database}

    if es_url:
        version = env("ELASTICSEARCH_VERSION", "9")
        backends, url, kind = ELASTICSEARCH_BACKENDS, es_url, "ELASTICSEARCH_VERSION"
    else:
        version = env("OPENSEARCH_VERSION", "3")
        backends, url, kind = OPENSEARCH_BACKENDS, os_url, "OPENSEARCH_VERSION"
    if version not in backends:
        raise SearchConfigError(f"{kind}={version!r}: choose one of {', '.join(backends)}.")

    return {
        "default": {
            "BACKEND": backends[version],
            "URLS": [_cluster_url(url)],
            # Per-environment prefix so staging and production can share a cluster.
            "INDEX_PREFIX": f"{env('SEARCH_INDEX_PREFIX', index_prefix)}_",
            "TIMEOUT": env("SEARCH_TIMEOUT", 5),
            "OPTIONS": {},
            "INDEX_SETTINGS": {},
            "AUTO_UPDATE": False,
        },
        # The database backend stays available as the fallback for visitors when the
        # cluster cannot be reached (the site search and the register search).
        "database": database,
    }
