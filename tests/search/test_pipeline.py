"""The query pipeline (search/pipeline.py): Dutch word forms, compounds, typos, synonyms,
boilerplate and soft AND, first as rules on a small vocabulary, then as a visitor of the
register and of site search meets them, on the database the suite runs on."""

from django.http import QueryDict
from django.urls import reverse
from django.utils import translation

import pytest

from demo.factories.pages import ContentPageFactory
from demo.factories.registers import OrganisationFactory, PartnershipFactory
from registers.models import PolicyDomain
from registers.search import RegisterQuery, search_register
from registers.search_sources import abbreviations_in
from search.models import Synonym
from search.pipeline import plan_query
from search.vocabulary import Vocabulary
from search.words import compound_splits, deinflections, fold

# --- rules, on a vocabulary of our own ------------------------------------------------------

VOCABULARY = Vocabulary(
    {
        "gezondheidsdienst",
        "muziekschool",
        "archief",
        "streekarchief",
        "rekenkamer",
        "ambulance",
        "voorziening",
        "afval",
        "zaanstad",
        "waste",
        "and",
        "cleaning",
        "veiligheidsregio",
        "drenthe",
    },
    english_words={"waste", "and", "cleaning"},
)


def plan(text, language="nl"):
    return plan_query(text, language, vocabulary=VOCABULARY, index_has=lambda word: False)


@pytest.mark.parametrize(
    "word, singular",
    [
        ("gezondheidsdiensten", "gezondheidsdienst"),
        ("archieven", "archief"),
        ("muziekscholen", "muziekschool"),
        ("rekenkamers", "rekenkamer"),
        ("belastingkantoren", "belastingkantoor"),
        ("huisjes", "huis"),
    ],
)
def test_plural_and_diminutive_endings_come_off(word, singular):
    assert singular in deinflections(word)


def test_a_compound_splits_into_two_words_with_or_without_a_linking_s():
    assert ("ambulance", "voorziening") in compound_splits("ambulancevoorziening")
    assert ("veiligheid", "regio") in compound_splits("veiligheidsregio")


def test_a_plural_the_vocabulary_lacks_is_searched_as_its_singular(db):
    (term,) = plan("streekarchieven").terms
    assert ("streekarchief",) in term.alternatives
    assert not term.optional and not plan("streekarchieven").corrected


def test_a_query_compound_is_searched_as_its_parts(db):
    (term,) = plan("ambulancevoorziening").terms
    assert ("ambulance", "voorziening") in term.alternatives


def test_a_typo_is_corrected_per_word_and_said(db):
    result = plan("veiligheidsregoi drenthe")
    assert result.corrected == "veiligheidsregio drenthe"
    assert [term.alternatives[0] for term in result.terms] == [
        ("veiligheidsregio",),
        ("drenthe",),
    ]


def test_english_is_never_corrected_into_dutch(db):
    result = plan("waste colection", "en")
    assert result.corrected == ""  # "colection" is no English word we know: left out
    assert result.unknown_words == ["colection"]
    assert plan("afvall", "en").corrected == ""  # would be Dutch "afval"
    assert plan("afvall", "nl").corrected == "afval"


def test_boilerplate_never_makes_a_query_fail(db):
    result = plan("gemeenschappelijke regeling rekenkamer")
    assert [term.typed for term in result.required] == ["rekenkamer"]
    # … unless it is all the visitor typed.
    assert [term.typed for term in plan("gemeenschappelijke regeling").required] == [
        "gemeenschappelijke",
        "regeling",
    ]


def test_accents_are_no_typo(db):
    result = plan("Fryslân")
    assert result.terms[0].alternatives[0] == ("fryslan",)


def test_synonyms_from_the_editors_list_are_alternatives(db):
    Synonym.objects.create(terms="Zaanstad, Zaandam")
    (term,) = plan("zaandam").terms
    assert ("zaanstad",) in term.alternatives
    # A resolved plural finds its synonyms too: gezondheidsdiensten → gezondheidsdienst → GGD.
    (term,) = plan("gezondheidsdiensten").terms
    assert ("ggd",) in term.alternatives  # seeded by search/migrations/0005


def test_abbreviations_are_learned_from_names():
    assert abbreviations_in("Gemeentelijke Gezondheidsdienst (GGD) Amsterdam-Amstelland") == [
        ("GGD", "Gezondheidsdienst")
    ]
    assert ("RUD", "Regionale Uitvoeringsdienst") in abbreviations_in(
        "Regionale Uitvoeringsdienst (RUD) Zeeland"
    )
    assert abbreviations_in("Zeeuws archief") == []


def test_the_vocabulary_knows_prefixes_and_compound_tails():
    assert VOCABULARY.knows("gezondheid")  # the start of a word
    assert VOCABULARY.knows("archief")
    assert VOCABULARY.knows("regio")  # inside veiligheidsregio (from five letters)
    assert not VOCABULARY.knows("xyzzy")


# --- as a visitor meets it -----------------------------------------------------------------


@pytest.fixture
def register(home_page, home_page_en, register_page, register_page_en, rebuild_search_index):
    health, _created = PolicyDomain.objects.update_or_create(
        slug="gezondheid", defaults={"name": "Publieke gezondheid", "name_en": "Public health"}
    )
    zaanstad = OrganisationFactory(name="Zaanstad", slug="zaanstad", cbs_code="GM0479")
    deventer = OrganisationFactory(name="Deventer", slug="deventer", cbs_code="GM0150")
    PartnershipFactory(
        name="Gemeentelijke Gezondheidsdienst (GGD) Zaanstreek",
        participants=[zaanstad],
        domains=[health],
    )
    PartnershipFactory(name="GGD IJsselland", participants=[deventer], domains=[health])
    PartnershipFactory(name="Afvalschap Zaanstreek", participants=[zaanstad])
    PartnershipFactory(name="Streekarchief Zaanstreek", participants=[zaanstad])
    PartnershipFactory(name="Gemeenschappelijke Regeling Waddenfonds", participants=[deventer])
    PartnershipFactory(name="Veiligheidsregio IJsselland", participants=[deventer])
    ContentPageFactory(parent=home_page_en, title="Working together on public health")
    rebuild_search_index()
    return register_page


def register_search(text, language="nl"):
    params = QueryDict(mutable=True)
    params["q"] = text
    with translation.override(language):
        result = search_register(RegisterQuery.from_params(params))
    names = dict(result.partnerships.values_list("pk", "name"))
    return result, [names[pk] for pk in result.ids]


@pytest.mark.django_db
def test_register_finds_plurals_typos_and_abbreviations(register):
    assert register_search("streekarchieven")[1] == ["Streekarchief Zaanstreek"]
    result, names = register_search("afvalschp zaanstreek")
    assert names == ["Afvalschap Zaanstreek"]
    assert result.corrected == "afvalschap zaanstreek"
    # gezondheidsdienst ↔ GGD (seeded synonym): both health services.
    assert set(register_search("gezondheidsdiensten")[1]) == {
        "Gemeentelijke Gezondheidsdienst (GGD) Zaanstreek",
        "GGD IJsselland",
    }


@pytest.mark.django_db
def test_register_ranks_names_above_participants(register):
    # All four Zaanstreek entries have Zaanstad as participant; the one named so leads.
    assert register_search("zaanstad afval")[1] == ["Afvalschap Zaanstreek"]
    assert register_search("ijsselland")[1][0] in {"GGD IJsselland", "Veiligheidsregio IJsselland"}


@pytest.mark.django_db
def test_boilerplate_and_soft_and_in_the_register(register):
    # "gemeenschappelijke regeling" is boilerplate: it does not pull in the Waddenfonds.
    assert register_search("gemeenschappelijke regeling streekarchief")[1] == [
        "Streekarchief Zaanstreek"
    ]
    # No entry has "streekarchief" and "deventer": the ones with either, said so.
    result, names = register_search("streekarchief deventer")
    assert result.partial
    assert "Streekarchief Zaanstreek" in names


@pytest.mark.django_db
def test_english_queries_match_english_labels(register):
    result, names = register_search("public health", "en")
    assert set(names) == {"Gemeentelijke Gezondheidsdienst (GGD) Zaanstreek", "GGD IJsselland"}
    assert result.corrected == ""


@pytest.mark.django_db
def test_the_register_page_says_how_it_read_the_query(client, register):
    url = register.url
    html = client.get(url, {"q": "afvalschp"}).content.decode()
    assert "did-you-mean" in html and "“afvalschap”" in html
    assert "search-unknown" in client.get(url, {"q": "qqzx"}).content.decode()
    # Suggestions for the search box are in the page itself (no JavaScript needed) …
    html = client.get(url, {"q": "afvalschap"}).content.decode()
    assert '<option value="Afvalschap Zaanstreek">' in html
    # … and from the site's suggestion endpoint, partnerships only, for the script.
    with translation.override("nl"):
        suggestions = reverse("search_suggestions")
    data = client.get(suggestions, {"q": "zaan", "type": "samenwerkingsverband"}).json()
    assert {item["type"] for item in data["suggestions"]} == {"Samenwerkingsverband"}


@pytest.mark.django_db
def test_the_register_json_says_how_it_read_the_query(client, register):
    data = client.get(register.url, {"q": "afvalschp qqzx", "format": "json"}).json()
    assert data["corrected"] == "afvalschap qqzx"
    assert data["unknown_words"] == ["qqzx"]
    assert [item["name"] for item in data["results"]] == ["Afvalschap Zaanstreek"]


@pytest.mark.django_db
def test_the_vocabulary_is_built_once_and_a_query_then_costs_no_query(
    register, django_assert_num_queries
):
    from search.vocabulary import current_vocabulary

    first = current_vocabulary()
    with django_assert_num_queries(0):
        assert current_vocabulary() is first
        # Known words, plurals and typos are resolved from the cached vocabulary alone.
        plan_query("streekarchieven afvalschp", "nl", index_has=lambda word: False)


# --- unknown abbreviations, read as initials (search/initials.py) ------------------------------

NAMES = [
    "Omgevingsdienst Noordzeekanaalgebied",
    "Omgevingsdienst Midden en West Brabant",
    "Omgevingsdienst Zuidoost-Brabant",
    "Metropoolregio Rotterdam Den Haag",
    "Sociaal Werkvoorzieningsschap Centraal Overijssel",
    "Veiligheidsregio Drenthe",
    "Centraal Nautisch Beheer Noordzeekanaalgebied",
    "Abcoude",
]
INITIALS_VOCABULARY = Vocabulary(
    {word for name in NAMES for word in fold(name).replace("-", " ").split()}
    | {"omgeving", "dienst", "noord", "kanaal", "gebied", "regio", "veiligheid"},
    names=NAMES,
)


@pytest.mark.parametrize(
    "letters, name",
    [
        ("odnzkg", "Omgevingsdienst Noordzeekanaalgebied"),  # one letter per compound part
        ("omwb", "Omgevingsdienst Midden en West Brabant"),  # a compound as one letter, no "en"
        ("odzob", "Omgevingsdienst Zuidoost Brabant"),  # zuid·oost
        ("mrdh", "Metropoolregio Rotterdam Den Haag"),  # "Den" counted
        ("soweco", "Sociaal Werkvoorzieningsschap Centraal Overijssel"),  # two letters a word
        ("vrd", "Veiligheidsregio Drenthe"),
    ],
)
def test_an_unknown_abbreviation_reads_as_the_initials_of_a_name(letters, name):
    readings = INITIALS_VOCABULARY.initials.expand(letters)
    assert [" ".join(reading[1]) for reading in readings] == [name]


def test_letters_that_are_no_abbreviation_read_as_nothing():
    initials = INITIALS_VOCABULARY.initials
    assert initials.expand("abc") == ()  # a word's first letters are no initials
    assert initials.expand("xyzq") == () and initials.split("xyzq") == ()
    assert initials.expand("a1b") == ()


def test_an_abbreviation_no_name_spells_reads_as_two_pieces(db):
    result = plan_query("odzobvrd", vocabulary=INITIALS_VOCABULARY, index_has=lambda word: False)
    assert [term.typed for term in result.terms] == ["odzob", "vrd"]
    assert ("veiligheidsregio", "drenthe") in result.terms[1].alternatives
    assert result.read_as_initials == [
        ("ODZOBVRD", "Omgevingsdienst Zuidoost Brabant + Veiligheidsregio Drenthe")
    ]
    assert not result.unknown_words


def test_an_abbreviation_in_a_query_is_searched_as_the_names_words(db):
    result = plan_query("odnzkg", vocabulary=INITIALS_VOCABULARY, index_has=lambda word: False)
    (term,) = result.terms
    assert term.alternatives == [("odnzkg",), ("omgevingsdienst", "noordzeekanaalgebied")]
    assert not term.optional and result.corrected == ""


@pytest.mark.django_db
def test_the_register_page_says_what_an_abbreviation_was_read_as(
    client, register, rebuild_search_index
):
    PartnershipFactory(name="Omgevingsdienst Noordzeekanaalgebied")
    rebuild_search_index()
    html = client.get(register.url, {"q": "ODNZKG"}).content.decode()
    assert "search-initials" in html
    assert "“ODNZKG”" in html and "Omgevingsdienst Noordzeekanaalgebied" in html
    data = client.get(register.url, {"q": "odnzkg", "format": "json"}).json()
    assert [item["name"] for item in data["results"]] == ["Omgevingsdienst Noordzeekanaalgebied"]
    assert data["read_as_initials"] == [
        {"abbreviation": "ODNZKG", "names": "Omgevingsdienst Noordzeekanaalgebied"}
    ]
