"""Full-text matching of one model's queryset, always on the database index: for searches
that combine the text with filters of their own (the register's facets) in SQL.

- `ranked_ids(queryset, words)`: primary keys of the rows matching every word, best first;
- `text_filter(queryset, words)`: the queryset narrowed to those rows, as one subquery;
- `id_subquery(model, ids)`: a list of ids as one SQL parameter, to filter on cheaply.

The matching rules (prefixes, compound tails, linking s, accents) are those of
search/backends/database/.
"""

import json
from dataclasses import dataclass

from django.db import connection
from django.db.models.expressions import RawSQL

from search.backends.database import database_backend, engine_for
from search.pipeline import rarity_weights
from search.ranking import name_sorter
from search.words import plain_words


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
    matching = backend.search(
        " ".join(plain_words(words)), queryset, operator="and", order_by_relevance=False
    )
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
    return list(_ranked_rows(queryset, words))


def _ranked_rows(queryset, words: list[str], columns=()) -> dict:
    """{pk: (columns…)} of `queryset`'s rows that match every word, best first (a dict keeps
    the order): the columns come with the query that narrows the matches to the queryset,
    so a caller that needs them (the names, to rank by) asks no second query."""
    if not words:
        return {}
    backend = database_backend()
    engine = engine_for(backend, queryset.model)
    if engine is None:
        ranked = backend.search(" ".join(plain_words(words)), queryset, operator="and")
        candidates = list(ranked.get_queryset().values_list("pk", flat=True))
    else:
        query = engine.ids_sql(queryset.model, words, backend, ranked=True)
        if query is None:
            return {}
        with connection.cursor() as cursor:
            cursor.execute(*query)
            candidates = [row[0] for row in cursor.fetchall()]
    # The candidates match already; the queryset only narrows them (published, public),
    # without matching the words a second time.
    rows = {
        row[0]: row[1:]
        for row in queryset.filter(pk__in=id_subquery(queryset.model, candidates)).values_list(
            "pk", *columns
        )
    }
    return {pk: rows[pk] for pk in candidates if pk in rows}


def index_has(word: str) -> bool:
    """The database index has a word starting with `word` (the query pipeline asks before
    it corrects a word its vocabulary of names does not know: it may be in a text)."""
    backend = database_backend()
    engine = engine_for(backend)
    return engine is not None and engine.index_has(word)


# --- a QueryPlan (search/pipeline.py): required terms, soft AND, names first ---------------


@dataclass
class PlanMatches:
    ids: list  # primary keys, best first
    partial: bool = False  # no row matched every term: ranked by how many (by rarity)


def soft_and(ranked_per_term: list[list], total: int) -> list:
    """Rows ranked by the rarity-weighted sum of the terms they match (search/pipeline.py
    rarity_weights), then by their best position in any term's own ranking."""
    weights = rarity_weights(dict(enumerate(len(ids) for ids in ranked_per_term)), total)
    score, best = {}, {}
    for index, ids in enumerate(ranked_per_term):
        for position, pk in enumerate(ids):
            score[pk] = score.get(pk, 0.0) + weights[index]
            best[pk] = min(best.get(pk, position), position)
    return sorted(score, key=lambda pk: (-score[pk], best[pk]))


def plan_ids(queryset, plan, *, name_fields=("name",)) -> PlanMatches:
    """Primary keys of `queryset`'s rows for a QueryPlan, best first: rows matching every
    required term when there are any, else rows matching some (soft AND, `partial`);
    ranked by the engine, then called-what-was-typed and name matches first (ranking.py)."""
    required = plan.required
    if not required:
        return PlanMatches([])
    names = _ranked_rows(queryset, plan.match_terms(required), name_fields)
    ids = list(names)
    partial = False
    if not ids and len(required) > 1:
        per_term = [ranked_ids(queryset, plan.match_terms([term])) for term in required]
        if sum(1 for term_ids in per_term if term_ids) > 0:
            ids = soft_and(per_term, queryset.count())
            names = None  # read by rank_by_names
            partial = True
    return PlanMatches(rank_by_names(queryset.model, ids, plan, name_fields, names), partial)


def rank_by_names(model, ids, plan, name_fields=("name",), names=None) -> list:
    """`ids` of `model` put in name order for `plan` (search/ranking.py name_sorter: called
    what was typed first, then by the share of the terms in a name), the given order among
    equals. Shared by the database path and the cluster's (registers/search_cluster.py).
    `names`: {pk: (name_fields…)} when the caller has them already."""
    ids = list(ids)
    if len(ids) > 1:
        if names is None:
            names = {
                row[0]: row[1:]
                for row in model.objects.filter(pk__in=id_subquery(model, ids)).values_list(
                    "pk", *name_fields
                )
            }
        order = {pk: position for position, pk in enumerate(ids)}
        key = name_sorter(plan)
        ids.sort(key=lambda pk: (*key(names.get(pk, ())), order[pk]))
    return ids
