"""Full-text matching of one model's queryset, always on the database index: for searches
that combine the text with filters of their own (the register's facets) in SQL.

- `ranked_ids(queryset, words)`: primary keys of the rows matching every word, best first;
- `text_filter(queryset, words)`: the queryset narrowed to those rows, as one subquery;
- `id_subquery(model, ids)`: a list of ids as one SQL parameter, to filter on cheaply.

The matching rules (prefixes, compound tails, linking s, accents) are those of
search/backends/database/.
"""

import json

from django.db import connection
from django.db.models.expressions import RawSQL

from search.backends.database import database_backend, engine_for


def text_filter(queryset, words: list[str]):
    """`queryset` narrowed to rows matching every word, as one SQL subquery (cheap to
    repeat inside the facet queries). Always on the database index."""
    if not words:
        return queryset
    backend = database_backend()
    engine = engine_for(backend, queryset.model)
    if engine is not None:
        query = engine.ids_sql(queryset.model, words, backend, ranked=False)
        if query is None:
            return queryset.none()
        return queryset.filter(pk__in=RawSQL(*query))
    matching = backend.search(" ".join(words), queryset, operator="and", order_by_relevance=False)
    return queryset.filter(pk__in=matching.get_queryset().values("pk"))


def id_subquery(model, ids):
    """A subquery listing `ids` of `model` as ONE parameter (a PostgreSQL array, a JSON
    array on SQLite): thousands of ids stay one short statement, with no limit on the
    number of SQL variables."""
    ids = sorted(ids)
    if connection.vendor == "postgresql":
        return RawSQL("SELECT unnest(%s::bigint[])", (ids,))
    if connection.vendor == "sqlite":
        return RawSQL("SELECT value FROM json_each(%s)", (json.dumps(ids),))
    return model.objects.filter(pk__in=ids).values("pk")


def ranked_ids(queryset, words: list[str]) -> list:
    """Primary keys of `queryset`'s rows that match every word, best first."""
    if not words:
        return []
    backend = database_backend()
    engine = engine_for(backend, queryset.model)
    if engine is None:
        ranked = backend.search(" ".join(words), queryset, operator="and")
        return list(ranked.get_queryset().values_list("pk", flat=True))
    query = engine.ids_sql(queryset.model, words, backend, ranked=True)
    if query is None:
        return []
    with connection.cursor() as cursor:
        cursor.execute(*query)
        candidates = [row[0] for row in cursor.fetchall()]
    # The candidates match already; the queryset only narrows them (published, public),
    # without matching the words a second time.
    allowed = set(
        queryset.filter(pk__in=id_subquery(queryset.model, candidates)).values_list("pk", flat=True)
    )
    return [pk for pk in candidates if pk in allowed]
