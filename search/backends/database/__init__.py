"""Full-text matching on the database backends, ranked, in SQL of our own.

Wagtail's database backend answers `Model.objects.search()` correctly, but on SQLite its
query lets the planner walk every index entry of the model and probe the FTS table for each
(about 50 ms for 5,000 partnerships, seconds with relevance scores). sqlite.py runs the FTS5
MATCH first and joins the index entries by rowid (CROSS JOIN fixes that order), ranked by
bm25 with the title weighted above the body: under a millisecond.

Every word is matched as a prefix ("afval" finds "afvalverwijdering", "afvalschap"): Dutch
joins words, and a visitor types the first part. A word of five letters or more also matches
inside a longer indexed word, the tail of a compound ("samenwerking" finds
"belastingsamenwerking"): the index's own vocabulary says which words contain it. A long word
also matches with a linking s added or dropped ("belastingsamenwerking" finds
"belastingssamenwerking"); search/words.py holds these rules. postgres.py gives PostgreSQL
the same matching (Wagtail's query there matches whole stemmed words only). Words are plain
\\w+ tokens (search/query.py), so quoting them is safe.

This module says which engine serves a backend, by the backend's class: modelsearch picks
SQLiteSearchBackend only where FTS5 and its table exist, PostgresSearchBackend on
PostgreSQL; any other database backend gets Wagtail's own queries.
"""

from django.conf import settings
from django.db import connection

from modelsearch.backends.database.fallback import DatabaseSearchBackend
from wagtail.search.backends import get_search_backend

from search.backends.database import postgres, sqlite

# Index entries store object ids as text; our SQL casts them back to integers.
INTEGER_KEYS = {"AutoField", "BigAutoField"}


def _vendor_backend():
    """(modelsearch's backend class for this database, our engine module for it or None).

    Imported here, not at the top: modelsearch's SQLite module, for one, can only be
    imported on SQLite (it looks up a model that exists only there).
    """
    if connection.vendor == "sqlite":
        from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

        return SQLiteSearchBackend, sqlite
    if connection.vendor == "postgresql":
        from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

        return PostgresSearchBackend, postgres
    if connection.vendor == "mysql":
        from modelsearch.backends.database.mysql.mysql import MySQLSearchBackend

        return MySQLSearchBackend, None
    return None, None


def is_database_backend(backend) -> bool:
    """The backend keeps its index in the database (not in a search cluster)."""
    backend_class, _engine = _vendor_backend()
    return isinstance(backend, DatabaseSearchBackend) or (
        backend_class is not None and isinstance(backend, backend_class)
    )


def fallback_backend_name() -> str | None:
    """The backend to answer from when the cluster cannot (see search/config.py)."""
    return "database" if "database" in settings.WAGTAILSEARCH_BACKENDS else None


def database_backend():
    """The database search backend: the default one, or the configured fallback."""
    backend = get_search_backend("default")
    if is_database_backend(backend):
        return backend
    return get_search_backend(fallback_backend_name() or "default")


def engine_for(backend, model=None):
    """The module with our SQL for `backend`'s index (sqlite or postgres), or None where
    Wagtail's own queries answer. `model`: only one with an integer primary key."""
    if model is not None and model._meta.pk.get_internal_type() not in INTEGER_KEYS:
        return None
    backend_class, engine = _vendor_backend()
    if engine is not None and isinstance(backend, backend_class):
        return engine
    return None
