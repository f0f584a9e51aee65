"""Full-text matching on the database backends, ranked, as a list of primary keys.

Wagtail's database backend answers `Model.objects.search()` correctly, but on SQLite its
query lets the planner walk every index entry of the model and probe the FTS table for each
(about 50 ms for 5,000 partnerships, seconds with relevance scores). Here the FTS5 MATCH
runs first and joins the index entries by rowid (CROSS JOIN fixes that order), ranked by
bm25 with the title weighted above the body: under a millisecond.

Every word is matched as a prefix ("afval" finds "afvalverwijdering", "afvalschap"): Dutch
joins words, and a visitor types the first part. Words are plain \\w+ tokens (see
search.queries.normalise_query), so quoting them is safe.
"""

from django.db import connection
from django.db.models.expressions import RawSQL

from modelsearch.utils import get_descendants_content_types_pks
from wagtail.search.models import IndexEntry

# bm25 weights per FTS column, in the table's column order: autocomplete, body, title.
BM25_WEIGHTS = (0.0, 1.0, 4.0)


def _sqlite_fts_available() -> bool:
    from modelsearch.backends.database.sqlite.utils import fts5_available, fts_table_exists

    return fts5_available() and fts_table_exists()


def _sqlite_match_sql(model, words: list[str], *, ranked: bool):
    table = IndexEntry._meta.db_table
    match = "{title body} : (" + " AND ".join(f'"{word}"*' for word in words) + ")"
    content_types = list(get_descendants_content_types_pks(model))
    placeholders = ", ".join(["%s"] * len(content_types))
    sql = (
        f"SELECT CAST(e.object_id AS INTEGER) FROM {table}_fts f "
        f"CROSS JOIN {table} e ON e.id = f.rowid "
        f"WHERE {table}_fts MATCH %s AND e.content_type_id IN ({placeholders})"
    )
    if ranked:
        sql += f" ORDER BY bm25({table}_fts, {', '.join(map(str, BM25_WEIGHTS))})"
    return sql, [match, *content_types]


def _use_sqlite_fts(model) -> bool:
    # Only for integer primary keys: object_id is text and is cast back here.
    return (
        connection.vendor == "sqlite"
        and model._meta.pk.get_internal_type() in {"AutoField", "BigAutoField"}
        and _sqlite_fts_available()
    )


def text_filter(queryset, words: list[str]):
    """`queryset` narrowed to rows matching every word, as one SQL subquery (cheap to
    repeat inside the facet queries)."""
    if not words:
        return queryset
    if _use_sqlite_fts(queryset.model):
        sql, params = _sqlite_match_sql(queryset.model, words, ranked=False)
        return queryset.filter(pk__in=RawSQL(sql, params))
    matching = queryset.search(" ".join(words), operator="and", order_by_relevance=False)
    return queryset.filter(pk__in=matching.get_queryset().values("pk"))


def ranked_ids(queryset, words: list[str]) -> list:
    """Primary keys of `queryset`'s rows that match every word, best first."""
    if not words:
        return []
    if _use_sqlite_fts(queryset.model):
        sql, params = _sqlite_match_sql(queryset.model, words, ranked=True)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            candidates = [row[0] for row in cursor.fetchall()]
        allowed = set(text_filter(queryset, words).values_list("pk", flat=True))
        return [pk for pk in candidates if pk in allowed]
    ranked = queryset.search(" ".join(words), operator="and").get_queryset()
    return list(ranked.values_list("pk", flat=True))
