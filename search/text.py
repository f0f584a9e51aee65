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
from wagtail.models import Page
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


# --- several models in one ranked list (site search) -----------------------------------------


class BackendUnavailable(Exception):
    """The search backend (a cluster) could not answer."""


def fallback_backend_name():
    from django.conf import settings

    return "database" if "database" in settings.WAGTAILSEARCH_BACKENDS else None


def _is_database_backend(backend) -> bool:
    return backend.__class__.__module__.startswith("modelsearch.backends.database")


def _family(model):
    """Pages share one index family; other models are their own."""
    return Page if issubclass(model, Page) else model


def _visible(hits, searchables):
    """Keep the hits a visitor may see (see search.queries._searchables)."""
    visible = {}
    for search_queryset, visible_queryset in searchables:
        pks = [obj.pk for obj, _score in hits if isinstance(obj, search_queryset.model)]
        if pks:
            model = _family(search_queryset.model)
            visible[model] = set(visible_queryset.filter(pk__in=pks).values_list("pk", flat=True))
    return [(obj, score) for obj, score in hits if obj.pk in visible.get(_family(type(obj)), ())]


def _sqlite_ranked_hits(querysets, words, limit):
    table = IndexEntry._meta.db_table
    by_content_type = {}
    for queryset in querysets:
        for content_type in get_descendants_content_types_pks(_family(queryset.model)):
            by_content_type[content_type] = queryset
    match = "{title body} : (" + " AND ".join(f'"{word}"*' for word in words) + ")"
    placeholders = ", ".join(["%s"] * len(by_content_type))
    sql = (
        f"SELECT e.content_type_id, CAST(e.object_id AS INTEGER), "
        f"bm25({table}_fts, {', '.join(map(str, BM25_WEIGHTS))}) AS rank "
        f"FROM {table}_fts f CROSS JOIN {table} e ON e.id = f.rowid "
        f"WHERE {table}_fts MATCH %s AND e.content_type_id IN ({placeholders}) "
        f"ORDER BY rank LIMIT %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [match, *by_content_type, limit * 4])
        rows = cursor.fetchall()
    wanted = {}
    for content_type, pk, _rank in rows:
        wanted.setdefault(id(by_content_type[content_type]), set()).add(pk)
    objects = {}
    for queryset in querysets:
        pks = wanted.get(id(queryset))
        if pks:
            for obj in queryset.filter(pk__in=pks):
                objects[(_family(queryset.model), obj.pk)] = obj
    hits = []
    for content_type, pk, rank in rows:
        model = _family(by_content_type[content_type].model)
        obj = objects.pop((model, pk), None)
        if obj is not None:
            hits.append((obj, -rank))  # bm25 is lower-is-better; hits are higher-is-better
    return hits[:limit]


def ranked_hits(searchables, words, *, backend="default", limit=500):
    """[(object, score)] over several kinds of objects, best first (higher is better).

    `searchables`: [(queryset the backend searches, queryset of what visitors may see)].
    """
    from wagtail.search.backends import get_search_backend

    if not words:
        return []
    search_backend = get_search_backend(backend)
    database = _is_database_backend(search_backend)
    if database and connection.vendor == "sqlite" and _sqlite_fts_available():
        return _sqlite_ranked_hits([visible for _search, visible in searchables], words, limit)
    hits = []
    try:
        for queryset, _visible_queryset in searchables:
            results = search_backend.search(
                " ".join(words), queryset, operator="and"
            ).annotate_score("_search_score")
            hits += [(obj, obj._search_score or 0.0) for obj in results[:limit]]
    except Exception as exc:
        if database:
            raise
        raise BackendUnavailable(str(exc)) from exc
    hits.sort(key=lambda hit: -hit[1])
    return _visible(hits, searchables)[:limit]


def autocomplete_hits(searchables, text, *, backend="default", limit=8):
    """[(object, score)] whose title or name starts with the typed text."""
    from wagtail.search.backends import get_search_backend

    search_backend = get_search_backend(backend)
    hits = []
    try:
        for queryset, _visible_queryset in searchables:
            results = search_backend.autocomplete(text, queryset)
            hits += [(obj, 0.0) for obj in results[: limit * 2]]
    except Exception as exc:
        if _is_database_backend(search_backend):
            raise
        raise BackendUnavailable(str(exc)) from exc
    return _visible(hits, searchables)[:limit]
