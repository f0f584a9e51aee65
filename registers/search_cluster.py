"""The register search on a search cluster: one request with disjunctive facets.

Same semantics as the database path (registers/search.py), from the same FACETS:
- `query`: the visitor's words read by the query pipeline (search/pipeline.py: forms,
  compounds, corrections, synonyms, abbreviations read as initials), written as DSL by
  search/backends/elasticsearch/plan_dsl.py, and `live`, with Wagtail's content-type
  filter: the set that the facet counts are taken from. When no entry has every required
  term, a second request asks for any of them (soft AND, `partial`), as the database
  path does;
- `post_filter`: the selected facet values, OR within a facet (`terms`), AND across
  facets (`bool.filter`); it narrows the hits, not the aggregations;
- `aggs`: per facet a `filter` aggregation holding every *other* facet's selection
  around a `terms` aggregation that returns every value. (Wagtail's `facet()` asks for one
  field per request and gets the cluster's default of 10 buckets.)

Field names come from Wagtail's mapping of Partnership (`get_field_column_name`), and the
text query and filters from Wagtail's query compiler, so they are the ones the index has.

Sorting by name or last verified is done by the database on the ids the cluster found,
with the same ordering as the database path (collation included); relevance is the
cluster's score.
"""

import logging

from django.utils.translation import get_language

from modelsearch.query import MATCH_ALL
from wagtail.search.backends import get_search_backend

from registers.models import Partnership
from registers.search import (
    FACETS,
    ORDERINGS,
    RegisterQuery,
    RegisterResult,
    facet_result,
)
from search.backends.elasticsearch.plan_dsl import plan_clause
from search.matching import rank_by_names
from search.pipeline import plan_query

logger = logging.getLogger(__name__)

# The cluster's default index.max_result_window: every hit in one request. The register
# has ~400 partnerships (benchmarks: 5,000); past this, page with search_after.
MAX_HITS = 10_000
# Above any facet's number of values (~400 organisations is the largest). Buckets exist
# only for values that occur, so a large size costs nothing.
FACET_SIZE = 10_000


def facet_fields(backend) -> dict[str, str]:
    """Facet param -> the field in the index, as Wagtail's mapping names it."""
    mapping = backend.mapping_class(Partnership)
    filter_fields = {f.field_name: f for f in Partnership.get_filterable_search_fields()}
    return {
        facet.param: mapping.get_field_column_name(filter_fields[facet.index_field])
        for facet in FACETS
    }


def _all_of(clauses: list) -> dict:
    return {"bool": {"filter": clauses}} if clauses else {"match_all": {}}


def _base_query(plan, backend, *, soft=False) -> dict:
    """The plan's text (plan_dsl.py) over the fields Wagtail's compiler searches
    (`_all_text` and its boosted copies), with Wagtail's content-type filter and
    `live_filter`; every live partnership when there is no text."""
    compiler = backend.query_compiler_class(Partnership.objects.public(), MATCH_ALL)
    query = compiler.get_query()
    if plan is not None and plan.terms:
        fields = [field.field_name_with_boost for field in compiler.remapped_fields]
        query["bool"]["must"] = plan_clause(plan, fields, soft=soft) or {"match_none": {}}
    return query


def register_plan(query: RegisterQuery):
    """How the register reads the text (the database path reads it the same way)."""
    return plan_query(query.text, (get_language() or "nl")[:2]) if query.text.split() else None


def build_register_request(
    query: RegisterQuery, backend, *, with_facets: bool = True, plan=None, soft: bool = False
) -> dict:
    """The search request body for `query` (see the module docstring); `plan`: the text
    as read (register_plan(query) when not given), `soft`: any required term will do."""
    if plan is None:
        plan = register_plan(query)
    fields = facet_fields(backend)
    # In FACETS order, so the request does not depend on the order of the query string.
    selections = {
        facet.param: {"terms": {fields[facet.param]: list(query.selected[facet.param])}}
        for facet in FACETS
        if query.selected.get(facet.param)
    }
    request = {
        "query": _base_query(plan, backend, soft=soft),
        "size": MAX_HITS,
        "_source": False,  # the ids are in `_id`
        "sort": ["_score", {"pk": "asc"}],  # ties in a stable order
    }
    if selections:
        request["post_filter"] = _all_of(list(selections.values()))
    if with_facets:
        request["aggs"] = {
            facet.param: {
                "filter": _all_of(
                    [clause for param, clause in selections.items() if param != facet.param]
                ),
                "aggs": {"values": {"terms": {"field": fields[facet.param], "size": FACET_SIZE}}},
            }
            for facet in FACETS
        }
    return request


def register_result_from_response(
    query: RegisterQuery, response, *, plan=None, partial: bool = False
) -> RegisterResult:
    """Turn the cluster's answer to `build_register_request(query)` into a RegisterResult.
    By relevance, entries called what was typed come first, as on the database path."""
    hits = response["hits"]["hits"]
    if len(hits) >= MAX_HITS:
        logger.warning("Register search hit MAX_HITS (%s): results are cut off.", MAX_HITS)
    to_pk = Partnership._meta.pk.to_python
    hit_ids = [to_pk(hit["_id"]) for hit in hits]
    # The database has the last word on what is public: an index update may still be
    # pending (search/indexing.py), and an unpublished partnership must never show.
    public = Partnership.objects.public().filter(pk__in=hit_ids)
    if query.text and query.sort == "relevantie":
        allowed = set(public.values_list("pk", flat=True))
        ids = [pk for pk in hit_ids if pk in allowed]
        if plan is not None:
            ids = rank_by_names(Partnership, ids, plan, ("name", "abbreviation"))
    else:
        ordering = ORDERINGS.get(query.sort, ORDERINGS["naam"])
        ids = list(public.order_by(*ordering).values_list("pk", flat=True))
    aggregations = response.get("aggregations") or {}
    facets = [
        facet_result(
            facet,
            {b["key"]: b["doc_count"] for b in aggregations[facet.param]["values"]["buckets"]},
            query,
        )
        for facet in FACETS
        if facet.param in aggregations
    ]
    partnerships = Partnership.objects.public().filter(pk__in=ids).order_by("name", "pk")
    return RegisterResult(query, partnerships, ids, facets, plan=plan, partial=partial)


def search_register_es(
    query: RegisterQuery, backend=None, *, with_facets: bool = True
) -> RegisterResult:
    """The register search on the cluster (the `default` search backend unless given).

    Connection errors are the caller's to handle (e.g. fall back to search_register).
    """
    backend = backend or get_search_backend("default")
    plan = register_plan(query)
    index = backend.get_index_for_model(Partnership).name
    request = build_register_request(query, backend, with_facets=with_facets, plan=plan)
    # `body=` is understood by the Elasticsearch 8/9 and the OpenSearch clients alike.
    response = backend.es.search(index=index, body=request)
    partial = False
    if plan is not None and not response["hits"]["hits"] and len(plan.required) > 1:
        # No entry has every word: those with any, rarer words weighing more (BM25).
        request = build_register_request(
            query, backend, with_facets=with_facets, plan=plan, soft=True
        )
        response = backend.es.search(index=index, body=request)
        partial = bool(response["hits"]["hits"])
    return register_result_from_response(query, response, plan=plan, partial=partial)
