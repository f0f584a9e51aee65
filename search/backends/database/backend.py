"""Wagtail's database search backend, with search text that cannot break FTS5.

Wagtail (modelsearch) puts each typed word between double quotes in the SQLite FTS5 query
without escaping: a word with a quote in it (`"(((`) or a NUL byte is an FTS5 syntax error,
a 500 in every admin search box and chooser that searches through the backend. Here,
before the query is built, quotes are doubled (FTS5's escape inside a string) and control
characters dropped. PostgreSQL gets Wagtail's backend with entries written in bulk
(postgres_index.py); the other databases get Wagtail's backend unchanged.

Settings name this module as the BACKEND (search/config.py, DATABASE_BACKEND).
"""

import re

from django.db import connection

from modelsearch.backends.database import SearchBackend as vendor_search_backend
from modelsearch.query import Phrase, PlainText

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def fts5_string(text: str) -> str:
    """`text` safe between the double quotes of an FTS5 string."""
    return _CONTROL.sub(" ", text).replace('"', '""')


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    backend = vendor_search_backend(params)
    if connection.vendor == "postgresql":
        from search.backends.database.postgres_index import BulkPostgresIndex

        # Entries written with plain SQL (postgres_index.py): the index's only change.
        backend.index_class = BulkPostgresIndex
        return backend
    if connection.vendor != "sqlite":
        return backend
    from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

    if type(backend) is SQLiteSearchBackend:
        return _safe_sqlite_backend_class()(params)
    return backend


def _safe_sqlite_backend_class():
    # Imported only on SQLite: modelsearch's SQLite module looks up a model that exists
    # only there.
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteAutocompleteQueryCompiler,
        SQLiteSearchBackend,
        SQLiteSearchQueryCompiler,
    )

    class EscapingMixin:
        def build_search_query_content(self, query, config=None):
            if isinstance(query, PlainText):
                query = PlainText(
                    fts5_string(query.query_string), operator=query.operator, boost=query.boost
                )
            elif isinstance(query, Phrase):
                query = Phrase(fts5_string(query.query_string))
            return super().build_search_query_content(query, config=config)

    class SafeSQLiteSearchQueryCompiler(EscapingMixin, SQLiteSearchQueryCompiler):
        pass

    class SafeSQLiteAutocompleteQueryCompiler(EscapingMixin, SQLiteAutocompleteQueryCompiler):
        pass

    class SafeSQLiteSearchBackend(SQLiteSearchBackend):
        query_compiler_class = SafeSQLiteSearchQueryCompiler
        autocomplete_query_compiler_class = SafeSQLiteAutocompleteQueryCompiler

    return SafeSQLiteSearchBackend
