"""The query pipeline's plan as cluster DSL (search/backends/elasticsearch/plan_dsl.py) and
the register's cluster request built from it (registers/search_cluster.py), tested as data:
no cluster can be installed where this suite runs, so these check the DSL we send, and
tests/search/test_cluster.py checks what a real cluster makes of it when one is named."""

from django.http import QueryDict

import pytest

from demo.factories.registers import PartnershipFactory
from registers.models import Partnership
from registers.search import RegisterQuery
from registers.search_cluster import build_register_request, search_register_es
from search.backends.elasticsearch.plan_dsl import PlanTerms, plan_clause
from search.pipeline import plan_query
from search.vocabulary import Vocabulary
from tests.search.dsl_eval import BACKEND_KINDS, offline_backend

FIELDS = ["_all_text", "_all_text_boost_2_0^2.0"]
VOCABULARY = Vocabulary(
    {"streekarchief", "zaanstreek", "veiligheidsregio", "drenthe", "omgevingsdienst"},
    names=["Omgevingsdienst Noordzeekanaalgebied", "Veiligheidsregio Drenthe"],
)


def plan(text):
    return plan_query(text, "nl", vocabulary=VOCABULARY, index_has=lambda word: False)


def match(text, fuzzy=False):
    clause = {"query": text, "operator": "and", "fields": FIELDS}
    if fuzzy:
        clause["fuzziness"] = "AUTO"
    return {"multi_match": clause}


def test_every_required_word_must_match_and_boilerplate_only_scores(db):
    assert plan_clause(plan("gemeenschappelijke regeling streekarchief zaanstreek"), FIELDS) == {
        "bool": {
            "must": [match("streekarchief"), match("zaanstreek")],
            "should": [match("gemeenschappelijke"), match("regeling")],
        }
    }


def test_soft_and_asks_for_any_required_word(db):
    assert plan_clause(plan("streekarchief drenthe"), FIELDS, soft=True) == {
        "bool": {"should": [match("streekarchief"), match("drenthe")], "minimum_should_match": 1}
    }
    # Boilerplate still only scores.
    assert plan_clause(plan("streekarchief drenthe regeling"), FIELDS, soft=True) == {
        "bool": {
            "must": [
                {
                    "bool": {
                        "should": [match("streekarchief"), match("drenthe")],
                        "minimum_should_match": 1,
                    }
                }
            ],
            "should": [match("regeling")],
        }
    }


def test_a_typo_is_corrected_before_the_dsl_and_forms_are_alternatives(db):
    read = plan("streekarchieven veiligheidsregoi")
    # "streekarchieven": its singular too; "veiligheidsregoi": corrected by the vocabulary
    # (and then with the synonyms of veiligheidsregio, seeded by search/migrations/0005).
    assert read.terms[0].alternatives == [("streekarchieven",), ("streekarchief",)]
    assert read.terms[1].alternatives[0] == ("veiligheidsregio",)

    def any_of(term):
        return {
            "bool": {
                "should": [match(" ".join(words)) for words in term.alternatives],
                "minimum_should_match": 1,
            }
        }

    assert plan_clause(read, FIELDS) == {"bool": {"must": [any_of(term) for term in read.terms]}}


def test_a_word_nothing_knows_is_fuzzy_and_optional_unless_it_is_all(db):
    assert plan_clause(plan("drenthe qwertyuiop"), FIELDS) == {
        "bool": {"must": [match("drenthe")], "should": [match("qwertyuiop", fuzzy=True)]}
    }
    assert plan_clause(plan("qwertyuiop"), FIELDS) == {
        "bool": {"should": [match("qwertyuiop", fuzzy=True)], "minimum_should_match": 1}
    }


def test_an_unknown_abbreviation_is_sent_as_the_names_it_reads_as(db):
    assert plan_clause(plan("odnzkg"), FIELDS) == {
        "bool": {
            "should": [match("odnzkg"), match("omgevingsdienst noordzeekanaalgebied")],
            "minimum_should_match": 1,
        }
    }


@pytest.fixture(params=list(BACKEND_KINDS))
def backend(request, monkeypatch):
    return offline_backend(request.param, monkeypatch)


def test_site_search_on_a_cluster_sends_every_alternative(backend, db):
    compiler = backend.query_compiler_class(
        Partnership.objects.public(), PlanTerms([[("ggd",), ("gezondheidsdienst",)], ["zeeland"]])
    )
    fields = [field.field_name_with_boost for field in compiler.remapped_fields]
    assert compiler.get_query()["bool"]["must"] == {
        "bool": {
            "must": [
                {
                    "bool": {
                        "should": [
                            {"multi_match": {"query": q, "operator": "and", "fields": fields}}
                            for q in ("ggd", "gezondheidsdienst")
                        ],
                        "minimum_should_match": 1,
                    }
                },
                {"multi_match": {"query": "zeeland", "operator": "and", "fields": fields}},
            ]
        }
    }


def test_the_register_request_reads_the_text_with_the_pipeline(backend, db):
    PartnershipFactory(name="Omgevingsdienst Noordzeekanaalgebied")
    query = RegisterQuery.from_params(QueryDict("q=ODNZKG"))
    must = build_register_request(query, backend, with_facets=False)["query"]["bool"]["must"]
    assert [clause["multi_match"]["query"] for clause in must["bool"]["should"]] == [
        "odnzkg",
        "omgevingsdienst noordzeekanaalgebied",
    ]


class RecordingCluster:
    """Answers search requests from a list of prepared responses and keeps the requests."""

    def __init__(self, *responses):
        self.responses = list(responses)
        self.requests = []

    def search(self, index, body):
        self.requests.append(body)
        return self.responses.pop(0)


def hits(*partnerships):
    return {"hits": {"hits": [{"_id": str(p.pk)} for p in partnerships]}, "aggregations": {}}


def test_the_register_asks_again_for_any_word_when_none_has_all(backend, db, monkeypatch):
    archive = PartnershipFactory(name="Streekarchief Zaanstreek")
    drenthe = PartnershipFactory(name="Veiligheidsregio Drenthe")
    cluster = RecordingCluster(hits(), hits(drenthe, archive))
    monkeypatch.setattr(backend, "es", cluster)
    query = RegisterQuery.from_params(QueryDict("q=streekarchief+drenthe"))
    result = search_register_es(query, backend, with_facets=False)
    strict, soft = (request["query"]["bool"]["must"] for request in cluster.requests)
    assert "minimum_should_match" not in strict["bool"]
    assert soft["bool"]["minimum_should_match"] == 1
    assert result.partial and result.ids == [drenthe.pk, archive.pk]


def test_the_register_asks_once_when_an_entry_has_every_word(backend, db, monkeypatch):
    archive = PartnershipFactory(name="Streekarchief Zaanstreek")
    other = PartnershipFactory(name="Zaanstreek Streekarchiefdienst")
    # The cluster's order; the entry called what was typed still comes first.
    cluster = RecordingCluster(hits(other, archive))
    monkeypatch.setattr(backend, "es", cluster)
    result = search_register_es(
        RegisterQuery.from_params(QueryDict("q=streekarchief+zaanstreek")), backend
    )
    assert len(cluster.requests) == 1 and not result.partial
    assert result.ids == [archive.pk, other.pk]
