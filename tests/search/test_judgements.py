"""The relevance judgements (tests/search/judgements.toml) and a sample of them, one query per
category, run against a small register and site built with factories.

The full measurement over the real OpenGR register is `make search-quality`
(scripts/search_quality.py); this keeps the judgement file usable and the sample green.
"""

from collections import Counter

from django.utils import translation

import pytest

from demo.factories.pages import (
    InstrumentIndexPageFactory,
    InstrumentPageFactory,
    KnowledgeArticlePageFactory,
    KnowledgeIndexPageFactory,
    ProgrammeLineIndexPageFactory,
    ProgrammeLinePageFactory,
)
from demo.factories.registers import OrganisationFactory, PartnershipFactory
from scripts.search_quality import (
    CATEGORIES,
    HELDOUT,
    judgement_errors,
    load_judgements,
    ours,
)

JUDGEMENTS = load_judgements()
HELD_OUT = load_judgements(HELDOUT)

# One judged query per category: (language, query as in the file).
SAMPLE = [
    ("nl", "brandweer"),
    ("nl", "kredietbank"),
    ("nl", "veiligheidsregio fryslan"),
    ("nl", "BWB"),
    ("nl", "afvalverwijdring utrecht"),
    ("nl", "Zaanstad"),
    ("en", "financial scan"),
    ("nl", "ggd amsterdam"),
    ("nl", "accounthouder"),
    ("nl", "MRDH"),
]

# The register entries the sample needs, named and slugged as the importer makes them, plus
# look-alikes that must not push them off the first page.
PARTNERSHIPS = {
    "brandweer-delft-rijswijk": ("Brandweer Delft-Rijswijk", ""),
    "gezamenlijke-brandweer": ("Openbaar Lichaam Gezamenlijke Brandweer", ""),
    "regionale-brandweerorganisatie-zuid-groningen": (
        "Regionale Brandweerorganisatie Zuid-Groningen",
        "",
    ),
    "stadsgewestelijke-brandweer-vlissingen-middelburg": (
        "Stadsgewestelijke brandweer Vlissingen-Middelburg",
        "",
    ),
    "gemeentelijke-kredietbank-drenthe": ("Gemeentelijke Kredietbank Drenthe", ""),
    "kredietbank-limburg": ("Kredietbank Limburg", ""),
    "regionale-sociale-dienst-kredietbank-alblasserwaard-oostvijfheerenlanden": (
        "Regionale Sociale Dienst & Kredietbank Alblasserwaard-Oost/Vijfheerenlanden",
        "",
    ),
    "volkskredietbank-noord-oost-groningen": ("Volkskredietbank Noord-Oost Groningen", ""),
    "veiligheidsregio-fryslan": ("Veiligheidsregio Fryslân", ""),
    "veiligheidsregio-utrecht": ("Veiligheidsregio Utrecht (VRU)", "VRU"),
    "belastingsamenwerking-west-brabant-bwb": ("Belastingsamenwerking West-Brabant", "BWB"),
    "bedrijfsvoeringsorganisatie-west-betuwe-bwb": (
        "Bedrijfsvoeringsorganisatie West Betuwe (BWB)",
        "BWB",
    ),
    "afvalverwijdering-utrecht-avu": ("Afvalverwijdering Utrecht", "AVU"),
    "afvalschap-ijmond-zaanstreek": ("Afvalschap IJmond-Zaanstreek", ""),
    "gemeentelijke-gezondheidsdienst-ggd-amsterdam-amstelland": (
        "Gemeentelijke Gezondheidsdienst (GGD) Amsterdam-Amstelland",
        "",
    ),
    "gemeentelijke-gezondheidsdienst-ggd-zaanstreek-waterland": ("GGD Zaanstreek Waterland", ""),
    "ggd-haaglanden": ("GGD-Haaglanden", ""),
    "metropoolregio-rotterdam-den-haag": ("Metropoolregio Rotterdam Den Haag", ""),
}


@pytest.fixture
def sample_site(home_page, home_page_en, register_page, rebuild_search_index):
    """The entries SAMPLE expects, at the URLs and slugs the judgements name."""
    zaanstad = OrganisationFactory(name="Zaanstad", slug="zaanstad", cbs_code="GM0479")
    amsterdam = OrganisationFactory(name="Amsterdam", slug="amsterdam", cbs_code="GM0363")
    utrecht = OrganisationFactory(name="Utrecht", slug="utrecht", cbs_code="GM0344")
    members = {
        "afvalschap-ijmond-zaanstreek": [zaanstad],
        "gemeentelijke-gezondheidsdienst-ggd-zaanstreek-waterland": [zaanstad],
        "gemeentelijke-gezondheidsdienst-ggd-amsterdam-amstelland": [amsterdam],
        "afvalverwijdering-utrecht-avu": [utrecht],
        "veiligheidsregio-utrecht": [utrecht],
    }
    for slug, (name, abbreviation) in PARTNERSHIPS.items():
        PartnershipFactory(
            name=name,
            slug=slug,
            abbreviation=abbreviation,
            participants=members.get(slug, [amsterdam, zaanstad]),
        )

    lines = ProgrammeLineIndexPageFactory(parent=home_page)
    ProgrammeLinePageFactory(
        parent=lines,
        title="Relatie en ontmoeten",
        slug="relatie-en-ontmoeten",
        intro="Elke gemeente heeft een vaste accounthouder bij de provincie.",
    )
    knowledge = KnowledgeIndexPageFactory(parent=home_page)
    KnowledgeArticlePageFactory(
        parent=knowledge,
        title="Accounthouderschap: één vast aanspreekpunt bij de provincie",
        slug="accounthouderschap",
    )
    KnowledgeArticlePageFactory(
        parent=knowledge,
        title="Wat levert een netwerkdag op?",
        slug="wat-levert-een-netwerkdag-op",
        intro="Op een netwerkdag spreekt u ook uw accounthouder.",
    )
    instruments = InstrumentIndexPageFactory(parent=home_page)
    InstrumentPageFactory(parent=instruments, title="Financiële scan", slug="financiele-scan")
    instruments_en = InstrumentIndexPageFactory(
        parent=home_page_en, title="Instruments", slug="instruments"
    )
    InstrumentPageFactory(
        parent=instruments_en,
        title="Financial scan",
        slug="financial-scan",
        intro="The Financial scan gives you insight into the financial risks of partnerships.",
    )
    rebuild_search_index()


def judged(language, query):
    return next(j for j in JUDGEMENTS if (j["language"], j["query"]) == (language, query))


# --- the judgement file ----------------------------------------------------------------------


def test_judgements_are_well_formed():
    assert judgement_errors(JUDGEMENTS) == []


def test_there_are_at_least_40_judged_queries():
    assert len(JUDGEMENTS) >= 40


def test_judgements_cover_both_languages():
    assert Counter(j["language"] for j in JUDGEMENTS).keys() == {"nl", "en"}


def test_judgements_cover_every_category():
    assert {j["category"] for j in JUDGEMENTS + HELD_OUT} == set(CATEGORIES)


def test_the_held_out_set_is_well_formed_and_judges_precision():
    assert judgement_errors(HELD_OUT) == []
    assert len(HELD_OUT) >= 40
    assert sum(1 for j in HELD_OUT if j.get("must_not")) >= 5


def test_no_query_is_in_both_sets():
    tuning = {(j["language"], j["query"].lower()) for j in JUDGEMENTS}
    assert not [j["query"] for j in HELD_OUT if (j["language"], j["query"].lower()) in tuning]


def test_the_sample_has_one_judged_query_per_category():
    assert sorted(judged(*item)["category"] for item in SAMPLE) == sorted(
        {j["category"] for j in JUDGEMENTS}
    )


def test_a_malformed_judgement_is_reported():
    broken = [
        {"id": 1, "query": "afval", "language": "de", "category": "compound", "note": "x"},
        {"id": 2, "query": "GGD", "language": "nl", "category": "acronym", "note": "x"},
        {
            "id": 3,
            "query": "scan",
            "language": "en",
            "category": "english",
            "expected": ["page:/nl/instrumenten/financiele-scan/", "partnership:Not A Slug"],
            "note": "x",
        },
    ]
    errors = "\n".join(judgement_errors(broken))
    assert "query 1 ('afval'): no expected" in errors
    assert "language must be one of" in errors
    assert "category must be one of" in errors
    assert "is not in the query's language" in errors
    assert "malformed id 'partnership:Not A Slug'" in errors


# --- a sample of the judged queries -------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("language, query", SAMPLE)
def test_site_search_finds_what_is_expected(sample_site, language, query):
    judgement = judged(language, query)
    with translation.override(language):
        found, _corrected = ours(query)
    missing = [identifier for identifier in judgement["expected"] if identifier not in found]
    assert not missing, f"{query!r} finds {found}"
