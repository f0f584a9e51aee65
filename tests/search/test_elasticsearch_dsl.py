"""The queries sent to the search cluster, as data, and the register request's logic.

Site search, autocomplete and the locale filter come from Wagtail's query compilers (with
our language subfields); the register request from registers/search_cluster.py. Each is
compared with the JSON written out here, for every backend that can be constructed.
`test_register_request_agrees_with_the_database_path` then applies the register request
to the documents Wagtail's mapping makes (tests/search/dsl_eval.py) and compares the
result with the database path, for random facet selections.
"""

from django.http import QueryDict
from django.utils import translation

import pytest
from hypothesis import HealthCheck, given, settings
from modelsearch.query import PlainText
from wagtail.models import Page

from demo.factories.registers import PartnershipFactory, PolicyDomainFactory
from registers.models import Partnership
from registers.search import FACETS, RegisterQuery, search_register
from registers.search_cluster import (
    FACET_SIZE,
    MAX_HITS,
    build_register_request,
    facet_fields,
    register_result_from_response,
)
from tests.registers.test_search import random_register, selections  # noqa: F401
from tests.search.dsl_eval import BACKEND_KINDS, UnsupportedDSL, evaluate, offline_backend


@pytest.fixture(params=list(BACKEND_KINDS))
def backend(request, monkeypatch):
    return offline_backend(request.param, monkeypatch)


def site_search_query(backend, locale, text):
    """The query the site search sends: live, public pages in one locale."""
    queryset = Page.objects.live().public().filter(locale=locale)
    return backend.query_compiler_class(queryset, PlainText(text, operator="and")).get_query()


def page_filters(locale):
    return [
        {"match": {"_django_content_type": "wagtailcore.Page"}},
        {
            "bool": {
                "must": [
                    {"term": {"live_filter": True}},
                    # .public(): no page has a view restriction, so nothing is excluded.
                    {"bool": {"must_not": {"terms": {"id_filter": []}}}},
                    {"term": {"locale_id_filter": locale.pk}},
                ]
            }
        },
    ]


def test_dutch_site_search_uses_the_dutch_fields(backend, locale_nl):
    with translation.override("nl"):
        query = site_search_query(backend, locale_nl, "afvalverwijdering")
    assert query == {
        "bool": {
            "must": {
                "multi_match": {
                    "query": "afvalverwijdering",
                    "operator": "and",
                    "fields": [
                        "_all_text",
                        "_all_text_boost_1_5^1.5",
                        "_all_text_boost_2_0^2.0",
                    ],
                }
            },
            "filter": page_filters(locale_nl),
        }
    }


def test_english_site_search_uses_the_english_subfields(backend, locale_en):
    with translation.override("en"):
        query = site_search_query(backend, locale_en, "waste")
    assert query == {
        "bool": {
            "must": {
                "multi_match": {
                    "query": "waste",
                    "operator": "and",
                    "fields": [
                        "_all_text.en",
                        "_all_text_boost_1_5.en^1.5",
                        "_all_text_boost_2_0.en^2.0",
                    ],
                }
            },
            "filter": page_filters(locale_en),
        }
    }


def test_register_text_is_dutch_whatever_the_active_language(backend, db):
    with translation.override("en"):
        request = build_register_request(RegisterQuery(text="waste"), backend)
    must = request["query"]["bool"]["must"]
    clauses = must["bool"]["should"] if "bool" in must else [must]  # "waste" or "afval"
    assert clauses and all(
        clause["multi_match"]["fields"]
        == ["_all_text", "_all_text_boost_2_0^2.0", "_all_text_boost_4_0^4.0"]
        for clause in clauses
    )


def test_locale_filter_is_a_term_on_the_locale_id(backend, locale_en):
    compiler = backend.query_compiler_class(Page.objects.filter(locale=locale_en), PlainText("x"))
    assert compiler.get_filters() == [
        {"match": {"_django_content_type": "wagtailcore.Page"}},
        {"term": {"locale_id_filter": locale_en.pk}},
    ]


def test_autocomplete_matches_folded_edge_ngrams_of_live_partnerships(backend, db):
    compiler = backend.autocomplete_query_compiler_class(
        Partnership.objects.public(), PlainText("veilig", operator="and")
    )
    assert compiler.get_query() == {
        "bool": {
            "must": {"match": {"_edgengrams": {"query": "veilig", "operator": "and"}}},
            "filter": [
                {"match": {"_django_content_type": "registers.Partnership"}},
                {"term": {"live_filter": True}},
            ],
        }
    }


# --- the register request ----------------------------------------------------------------


def test_facet_fields_are_keyword_fields_of_the_mapping(backend):
    properties = backend.mapping_class(Partnership).get_mapping()["properties"]
    fields = facet_fields(backend)
    assert list(fields) == [facet.param for facet in FACETS]
    for param, field in fields.items():
        assert properties[field] == {"type": "keyword"}, param


def test_register_request_for_text_and_two_facets(backend, db):
    PartnershipFactory(name="Afvalschap")  # so the vocabulary knows the word
    query = RegisterQuery.from_params(
        QueryDict("q=Afval&provincie=pv-a&provincie=pv-b&domein=afval&sort=naam")
    )
    domain = {"terms": {"domain_slugs_filter": ["afval"]}}
    province = {"terms": {"province_slugs_filter": ["pv-a", "pv-b"]}}

    def facet(field, *others):
        return {
            "filter": {"bool": {"filter": list(others)}} if others else {"match_all": {}},
            "aggs": {"values": {"terms": {"field": field, "size": 10_000}}},
        }

    assert build_register_request(query, backend) == {
        "query": {
            "bool": {
                # The text as the query pipeline reads it (search/pipeline.py): the word
                # or its English synonym (search/migrations/0005), in the same fields as
                # Wagtail's compiler searches (search/backends/elasticsearch/plan_dsl.py).
                "must": {
                    "bool": {
                        "should": [
                            {
                                "multi_match": {
                                    "query": word,
                                    "operator": "and",
                                    "fields": [
                                        "_all_text",
                                        "_all_text_boost_2_0^2.0",
                                        "_all_text_boost_4_0^4.0",
                                    ],
                                }
                            }
                            for word in ("afval", "waste")
                        ],
                        "minimum_should_match": 1,
                    }
                },
                "filter": [
                    {"match": {"_django_content_type": "registers.Partnership"}},
                    {"term": {"live_filter": True}},
                ],
            }
        },
        "size": 10_000,
        "_source": False,
        "sort": ["_score", {"pk": "asc"}],
        # OR within a facet, AND across; in FACETS order (domein before provincie).
        "post_filter": {"bool": {"filter": [domain, province]}},
        "aggs": {
            "rechtsvorm": facet("kind_filter", domain, province),
            "domein": facet("domain_slugs_filter", province),
            "provincie": facet("province_slugs_filter", domain),
            "deelnemer": facet("participant_slugs_filter", domain, province),
            "regio": facet("region_slugs_filter", domain, province),
            "rol": facet("province_role_filter", domain, province),
            "fase": facet("phase_filter", domain, province),
            "status": facet("status_filter", domain, province),
            "tag": facet("tag_slugs_filter", domain, province),
        },
    }
    assert (MAX_HITS, FACET_SIZE) == (10_000, 10_000)


def test_register_request_without_text_or_selection_matches_all_live(backend, db):
    request = build_register_request(RegisterQuery(), backend, with_facets=False)
    assert request == {
        "query": {
            "bool": {
                "must": {"match_all": {}},
                "filter": [
                    {"match": {"_django_content_type": "registers.Partnership"}},
                    {"term": {"live_filter": True}},
                ],
            }
        },
        "size": 10_000,
        "_source": False,
        "sort": ["_score", {"pk": "asc"}],
    }


# --- the request's logic, evaluated on the mapping's documents ---------------------------


def documents_of(backend) -> tuple[dict, dict]:
    """{_id: document} for every partnership, and the mapping's properties.

    Drafts included: update_index leaves them out, but an index can still hold one whose
    removal is pending (search/indexing.py), so the request must filter on `live` itself.
    """
    mapping = backend.mapping_class(Partnership)
    documents = {
        mapping.get_document_id(obj): mapping.get_document(obj)
        for obj in Partnership.objects.prefetch_related("domains", "tags", "memberships")
    }
    return documents, mapping.get_mapping()["properties"]


def as_data(result):
    return {
        # The database path may give its ids as a query (ordered in SQL), the cluster a list.
        "ids": list(result.ids),
        "partnerships": list(result.partnerships.values_list("pk", flat=True)),
        "facets": [
            (
                facet.facet.param,
                [(v.value, v.label, v.count, v.selected) for v in facet.values],
            )
            for facet in result.facets
        ],
    }


@pytest.fixture
def cluster_inputs(random_register, monkeypatch):  # noqa: F811 - the fixture imported above
    """Each constructible backend with the documents of the random register."""
    inputs = []
    for kind in BACKEND_KINDS:
        backend = offline_backend(kind, monkeypatch)
        inputs.append((kind, backend, *documents_of(backend)))
    return inputs


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(selected=selections)
def test_register_request_agrees_with_the_database_path(cluster_inputs, selected):
    """Same ids, same facet values, counts, labels and order as search_register, for random
    selections over a random register with a draft in it (which must not be counted).

    This tests the logic of the DSL we generate (post_filter, per-facet filter
    aggregations, the live filter) by evaluating it on the mapping's documents with
    tests/search/dsl_eval.py. It is not a fake server: no HTTP, no text analysis, no
    scoring; free text is left to tests/search/test_cluster.py on a real cluster."""
    params = QueryDict(mutable=True)
    for param, values in selected.items():
        params.setlist(param, values)
    query = RegisterQuery.from_params(params)
    expected = as_data(search_register(query))
    for kind, backend, documents, properties in cluster_inputs:
        response = evaluate(build_register_request(query, backend), documents, properties)
        assert as_data(register_result_from_response(query, response)) == expected, kind


def test_draft_partnership_is_neither_a_hit_nor_counted(backend, db):
    domain = PolicyDomainFactory(slug="kringloop", name="Kringloop")
    PartnershipFactory(name="Gepubliceerd", domains=[domain])
    PartnershipFactory(name="Concept", domains=[domain], live=False)
    documents, properties = documents_of(backend)
    response = evaluate(build_register_request(RegisterQuery(), backend), documents, properties)
    assert response["hits"]["total"]["value"] == 1
    assert response["aggregations"]["domein"]["values"]["buckets"] == [
        {"key": "kringloop", "doc_count": 1}
    ]


def test_evaluator_refuses_what_it_does_not_implement(backend, db):
    PartnershipFactory(name="Afvalverwijdering Utrecht")
    documents, properties = documents_of(backend)
    with pytest.raises(UnsupportedDSL):  # free text needs analysis: a cluster's job
        evaluate(
            build_register_request(RegisterQuery(text="afval"), backend), documents, properties
        )
    with pytest.raises(UnsupportedDSL):
        evaluate({"query": {"match": {"name": "afval"}}}, documents, properties)
    with pytest.raises(UnsupportedDSL):
        evaluate({"query": {"term": {"no_such_field": "x"}}}, documents, properties)
