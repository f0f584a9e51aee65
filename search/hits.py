"""Several kinds of objects in one ranked list, on whichever backend is asked: our SQL on
the database backends (search/backends/database/), the backend's own search elsewhere.

`searchables`: [(queryset the backend searches, queryset of what visitors may see)], one
pair per kind of object (search/sources.py builds them). Backends filter only on indexed
filter fields, so a condition across a relation (an organisation with published
partnerships) is applied to the hits afterwards.
"""

from wagtail.search.backends import get_search_backend

from search.backends.database import engine_for, is_database_backend, postgres, sqlite
from search.backends.database.rows import family
from search.backends.elasticsearch.plan_dsl import PlanTerms
from search.ranking import rerank_by_name
from search.words import plain_words


class BackendUnavailable(Exception):
    """The search backend (a cluster) could not answer."""


def _visible(hits, searchables):
    """Keep the hits a visitor may see."""
    visible = {}
    for search_queryset, visible_queryset in searchables:
        pks = [obj.pk for obj, _score in hits if isinstance(obj, search_queryset.model)]
        if pks:
            model = family(search_queryset.model)
            visible[model] = set(visible_queryset.filter(pk__in=pks).values_list("pk", flat=True))
    return [(obj, score) for obj, score in hits if obj.pk in visible.get(family(type(obj)), ())]


def ranked_hits(searchables, words, *, backend="default", limit=500):
    """[(object, score)] over several kinds of objects, best first (higher is better)."""
    if not words:
        return []
    plain = plain_words(words)
    search_backend = get_search_backend(backend)
    engine = engine_for(search_backend)
    if engine is not None:
        visible = [visible for _search, visible in searchables]
        return rerank_by_name(engine.ranked_hits(search_backend, visible, words, limit), plain)
    database = is_database_backend(search_backend)
    # A cluster gets every term with its alternatives (synonyms, forms, the names an
    # abbreviation was read as: search/backends/elasticsearch/plan_dsl.py); another database
    # backend the first way of saying each.
    query = " ".join(plain) if database else PlanTerms(words)
    hits = []
    try:
        for queryset, _visible_queryset in searchables:
            results = search_backend.search(
                query, queryset, operator="and" if database else None
            ).annotate_score("_search_score")
            hits += [(obj, obj._search_score or 0.0) for obj in results[:limit]]
    except Exception as exc:
        if database:
            raise
        raise BackendUnavailable(str(exc)) from exc
    hits.sort(key=lambda hit: -hit[1])
    return rerank_by_name(_visible(hits, searchables)[:limit], plain)


def autocomplete_hits(searchables, text, *, backend="default", limit=8):
    """[(object, score)] whose title or name starts with the typed text."""
    search_backend = get_search_backend(backend)
    words = text.split()
    engine = engine_for(search_backend)
    if words and engine in (sqlite, postgres):
        visible = [visible for _search, visible in searchables]
        return engine.autocomplete_hits(search_backend, visible, words, limit)
    hits = []
    try:
        for queryset, _visible_queryset in searchables:
            results = search_backend.autocomplete(text, queryset)
            hits += [(obj, 0.0) for obj in results[: limit * 2]]
    except Exception as exc:
        if is_database_backend(search_backend):
            raise
        raise BackendUnavailable(str(exc)) from exc
    return _visible(hits, searchables)[:limit]
