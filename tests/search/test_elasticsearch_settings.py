"""The search cluster's index settings, mappings and documents, as data.

No cluster runs here: each backend is configured by search.config for an address where
nothing listens (tests/search/dsl_eval.py), and what it would send is compared with the
JSON written out below. tests/search/test_cluster.py runs the same against a real one.
"""

import datetime

import pytest

from demo.factories.pages import ContentPageFactory
from demo.factories.registers import (
    OrganisationFactory,
    PartnershipFactory,
    PolicyDomainFactory,
    ProvinceFactory,
    RegionFactory,
)
from demo.factories.streams import stream
from pages.models import ContentPage
from registers.models import Partnership
from search.backends.elasticsearch.analysis import DUTCH_COMPOUND_PARTS
from tests.search.dsl_eval import BACKEND_KINDS, offline_backend


@pytest.fixture(params=list(BACKEND_KINDS))
def backend(request, monkeypatch):
    return offline_backend(request.param, monkeypatch)


FOLD = ["lowercase", "asciifolding"]

EXPECTED_SETTINGS = {
    "settings": {
        "analysis": {
            "analyzer": {
                # Wagtail's own, unchanged.
                "ngram_analyzer": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["asciifolding", "lowercase", "ngram"],
                },
                "edgengram_analyzer": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["asciifolding", "lowercase", "edgengram"],
                },
                # Dutch for every text field, compounds split at index time only.
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [*FOLD, "dutch_stop", "dutch_compound_parts", "dutch_stemmer"],
                },
                "default_search": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [*FOLD, "dutch_stop", "dutch_stemmer"],
                },
                "english_folded": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [*FOLD, "english_possessive", "english_stop", "english_stemmer"],
                },
                "autocomplete": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [*FOLD, "dutch_compound_parts", "autocomplete_edgengram"],
                },
                "autocomplete_search": {"type": "custom", "tokenizer": "standard", "filter": FOLD},
            },
            "tokenizer": {
                "ngram_tokenizer": {"type": "ngram", "min_gram": 3, "max_gram": 15},
                "edgengram_tokenizer": {
                    "type": "edge_ngram",
                    "min_gram": 2,
                    "max_gram": 15,
                    "side": "front",
                },
            },
            "filter": {
                "ngram": {"type": "ngram", "min_gram": 3, "max_gram": 15},
                "edgengram": {"type": "edge_ngram", "min_gram": 1, "max_gram": 15},
                "dutch_stop": {"type": "stop", "stopwords": "_dutch_"},
                "dutch_stemmer": {"type": "stemmer", "language": "dutch"},
                "dutch_compound_parts": {
                    "type": "dictionary_decompounder",
                    "word_list": DUTCH_COMPOUND_PARTS,  # checked on its own below
                    "min_subword_size": 4,
                    "max_subword_size": 20,
                    "only_longest_match": True,
                },
                "english_possessive": {"type": "stemmer", "language": "possessive_english"},
                "english_stop": {"type": "stop", "stopwords": "_english_"},
                "english_stemmer": {"type": "stemmer", "language": "english"},
                "autocomplete_edgengram": {
                    "type": "edge_ngram",
                    "min_gram": 1,
                    "max_gram": 20,
                    "preserve_original": True,
                },
            },
        },
        "index": {"max_ngram_diff": 12},
    }
}


def test_index_settings_are_wagtails_plus_the_site_analysis(backend):
    assert backend.settings == EXPECTED_SETTINGS


def test_every_text_analyzer_folds_accents(backend):
    analyzers = backend.settings["settings"]["analysis"]["analyzer"]
    assert len(analyzers) == 7
    for name, analyzer in analyzers.items():
        assert "asciifolding" in analyzer["filter"], name


def test_compound_word_list_has_the_domain_parts_folded():
    assert {
        "samenwerking",
        "verband",
        "regeling",
        "afval",
        "verwijdering",
        "belasting",
        "veiligheid",
        "regio",
        "gezondheid",
        "dienst",
        "omgeving",
        "recreatie",
        "werk",
        "water",
        "jeugd",
        "zorg",
    } <= set(DUTCH_COMPOUND_PARTS)
    # Matched after lowercasing and folding; shorter parts would split unrelated words.
    assert all(
        word.isascii() and word.islower() and len(word) >= 4 for word in DUTCH_COMPOUND_PARTS
    )


def test_operator_index_settings_apply_over_the_site_analysis(monkeypatch):
    from modelsearch.backends import import_backend

    backend = import_backend("search.backends.elasticsearch.elasticsearch9")(
        {
            "URLS": ["http://127.0.0.1:9"],
            "INDEX_SETTINGS": {
                "settings": {
                    "index": {"number_of_shards": 1},
                    "analysis": {"filter": {"dutch_stemmer": {"language": "dutch_kp"}}},
                }
            },
        }
    )
    settings = backend.settings["settings"]
    assert settings["index"] == {"max_ngram_diff": 12, "number_of_shards": 1}
    assert settings["analysis"]["filter"]["dutch_stemmer"] == {
        "type": "stemmer",
        "language": "dutch_kp",
    }
    assert "dutch_compound_parts" in settings["analysis"]["filter"]


def test_backend_is_configured_from_the_environment(backend):
    assert backend.index_prefix == "test_"
    assert backend.get_index_for_model(Partnership).name == "test_registers_partnership"
    assert backend.get_index_for_model(ContentPage).name == "test_wagtailcore_page"


# --- mappings ----------------------------------------------------------------------------

AUTOCOMPLETE = {
    "type": "text",
    "analyzer": "autocomplete",
    "search_analyzer": "autocomplete_search",
}
ENGLISH = {
    "en": {"type": "text", "analyzer": "english_folded", "search_analyzer": "english_folded"}
}

EXPECTED_PARTNERSHIP_MAPPING = {
    "properties": {
        "pk": {"type": "keyword", "store": True},
        "_django_content_type": {"type": "keyword"},
        "_edgengrams": AUTOCOMPLETE,
        # Text without an analyzer: the index default, Dutch. No language subfields.
        "name": {"type": "text", "copy_to": ["_all_text", "_all_text_boost_4_0"]},
        "name_edgengrams": AUTOCOMPLETE,
        "abbreviation": {"type": "text", "copy_to": ["_all_text", "_all_text_boost_4_0"]},
        "abbreviation_edgengrams": AUTOCOMPLETE,
        "citation_title": {"type": "text", "copy_to": ["_all_text", "_all_text_boost_2_0"]},
        "description": {"type": "text", "copy_to": "_all_text"},
        "seat_place": {"type": "text", "copy_to": "_all_text"},
        "executing_body": {"type": "text", "copy_to": "_all_text"},
        "cbs_code": {"type": "text", "copy_to": "_all_text"},
        "identifier_words": {"type": "text", "copy_to": "_all_text"},
        "domains": {
            "type": "nested",
            "properties": {
                "name": {"type": "text", "copy_to": "_all_text"},
                "name_en": {"type": "text", "copy_to": "_all_text"},
            },
        },
        "tags": {
            "type": "nested",
            "properties": {"name": {"type": "text", "copy_to": "_all_text"}},
        },
        "memberships": {
            "type": "nested",
            "properties": {
                "organisation": {
                    "type": "nested",
                    "properties": {"name": {"type": "text", "copy_to": "_all_text"}},
                }
            },
        },
        # Facets and filters: keywords (exact values, aggregatable).
        "live_filter": {"type": "boolean"},
        "kind_filter": {"type": "keyword"},
        "phase_filter": {"type": "keyword"},
        "status_filter": {"type": "keyword"},
        "province_role_filter": {"type": "keyword"},
        "last_verified_filter": {"type": "date"},
        "domain_slugs_filter": {"type": "keyword"},
        "province_slugs_filter": {"type": "keyword"},
        "participant_slugs_filter": {"type": "keyword"},
        "region_slugs_filter": {"type": "keyword"},
        "tag_slugs_filter": {"type": "keyword"},
        "_all_text": {"type": "text"},
        "_all_text_boost_2_0": {"type": "text"},
        "_all_text_boost_4_0": {"type": "text"},
    }
}


def test_partnership_mapping_is_dutch_with_keyword_facets(backend):
    assert backend.mapping_class(Partnership).get_mapping() == EXPECTED_PARTNERSHIP_MAPPING


EXPECTED_CONTENT_PAGE_MAPPING = {
    "properties": {
        "pk": {"type": "keyword", "store": True},
        "_django_content_type": {"type": "keyword"},
        "_edgengrams": AUTOCOMPLETE,
        # Every text field: Dutch itself, English in `.en`.
        "title": {
            "type": "text",
            "copy_to": ["_all_text", "_all_text_boost_2_0"],
            "fields": ENGLISH,
        },
        "title_edgengrams": AUTOCOMPLETE,
        "title_filter": {"type": "keyword"},
        "id_filter": {"type": "integer"},
        "live_filter": {"type": "boolean"},
        "owner_id_filter": {"type": "integer"},
        "content_type_id_filter": {"type": "integer"},
        "path_filter": {"type": "keyword"},
        "depth_filter": {"type": "integer"},
        "locked_filter": {"type": "boolean"},
        "first_published_at_filter": {"type": "date"},
        "last_published_at_filter": {"type": "date"},
        "latest_revision_created_at_filter": {"type": "date"},
        "locale_id_filter": {"type": "integer"},
        "translation_key_filter": {"type": "keyword"},
        "show_in_menus_filter": {"type": "boolean"},
        "pages_contentpage__intro": {
            "type": "text",
            "copy_to": ["_all_text", "_all_text_boost_2_0"],
            "fields": ENGLISH,
        },
        "pages_contentpage__intro_edgengrams": AUTOCOMPLETE,
        "pages_contentpage__body": {"type": "text", "copy_to": "_all_text", "fields": ENGLISH},
        "_all_text": {"type": "text", "fields": ENGLISH},
        "_all_text_boost_2_0": {"type": "text", "fields": ENGLISH},
    }
}


def test_page_mapping_has_an_english_subfield_per_text_field(backend):
    assert backend.mapping_class(ContentPage).get_mapping() == EXPECTED_CONTENT_PAGE_MAPPING


# --- documents ---------------------------------------------------------------------------


@pytest.fixture
def partnership(db):
    partnership = PartnershipFactory(
        name="Afvalverwijdering Utrecht",
        abbreviation="AVU",
        seat_place="Utrecht",
        domains=[PolicyDomainFactory(slug="kringloop", name="Kringloop", name_en="Recycling")],
        provinces=[ProvinceFactory(name="Provincie Utrecht", slug="pv-utrecht", cbs_code="PV26")],
        participants=[
            OrganisationFactory(name="Gemeente Zeist", slug="gm-zeist", cbs_code="GM0355"),
            OrganisationFactory(name="Gemeente Utrecht", slug="gm-utrecht", cbs_code="GM0344"),
        ],
        regions=[RegionFactory(name="Regio Utrecht", slug="regio-utrecht")],
        tags=["circulair"],
    )
    # As update_index reads it (with the related rows prefetched).
    return Partnership.get_indexed_objects().get(pk=partnership.pk)


def test_partnership_document_has_text_and_facet_values(backend, partnership):
    assert backend.mapping_class(Partnership).get_document(partnership) == {
        "pk": str(partnership.pk),
        "_django_content_type": ["registers.Partnership"],
        "name": "Afvalverwijdering Utrecht",
        "name_edgengrams": "Afvalverwijdering Utrecht",
        "abbreviation": "AVU",
        "abbreviation_edgengrams": "AVU",
        "citation_title": "",
        "description": "",
        "seat_place": "Utrecht",
        "executing_body": "",
        "cbs_code": "",
        "identifier_words": "",
        "domains": [{"name": "Kringloop", "name_en": "Recycling"}],
        "tags": [{"name": "circulair"}],
        "memberships": [
            {"organisation": {"name": "Gemeente Zeist"}},
            {"organisation": {"name": "Gemeente Utrecht"}},
        ],
        "live_filter": True,
        "kind_filter": "wgr",
        "phase_filter": "uitvoering",
        "status_filter": "actief",
        "province_role_filter": "geen",
        "last_verified_filter": datetime.date(2026, 6, 1),  # the client serialises it
        "domain_slugs_filter": ["kringloop"],
        "province_slugs_filter": ["pv-utrecht"],
        "participant_slugs_filter": ["gm-utrecht", "gm-zeist"],
        "region_slugs_filter": ["regio-utrecht"],
        "tag_slugs_filter": ["circulair"],
        "_edgengrams": ["Afvalverwijdering Utrecht", "AVU"],
    }


def test_partnership_document_shows_the_published_version_not_a_draft(backend, partnership):
    partnership.name = "Concept: Afvalschap Utrecht"
    partnership.save_revision()
    stored = Partnership.get_indexed_objects().get(pk=partnership.pk)
    document = backend.mapping_class(Partnership).get_document(stored)
    assert document["name"] == "Afvalverwijdering Utrecht"
    assert document["live_filter"] is True


def test_unpublished_partnership_document_is_marked_not_live(backend, db):
    draft = PartnershipFactory(name="Nog niet gepubliceerd", live=False)
    assert backend.mapping_class(Partnership).get_document(draft)["live_filter"] is False


@pytest.fixture
def content_page(home_page):
    return ContentPageFactory(
        parent=home_page,
        title="Afvalbeleid",
        slug="afvalbeleid",
        intro="Hoe de provincie met afval omgaat.",
        body=stream([("paragraph", "<p>Afvalverwijdering in de regio.</p>")]),
    )


def test_page_document_has_text_locale_and_live(backend, content_page, locale_nl):
    page = content_page
    assert backend.mapping_class(ContentPage).get_document(page) == {
        "pk": str(page.pk),
        "_django_content_type": [
            "pages.ContentPage",
            "pages.SitePage",
            "wagtailcore.Page",
            "wagtailcore.AbstractPage",
        ],
        "title": "Afvalbeleid",
        "title_edgengrams": "Afvalbeleid",
        "title_filter": "Afvalbeleid",
        "id_filter": page.pk,
        "live_filter": True,
        "owner_id_filter": None,
        "content_type_id_filter": page.content_type_id,
        "path_filter": page.path,
        "depth_filter": 3,
        "locked_filter": False,
        "first_published_at_filter": None,
        "last_published_at_filter": None,
        "latest_revision_created_at_filter": None,
        "locale_id_filter": locale_nl.pk,
        "translation_key_filter": page.translation_key,
        "show_in_menus_filter": False,
        "pages_contentpage__intro": "Hoe de provincie met afval omgaat.",
        "pages_contentpage__intro_edgengrams": "Hoe de provincie met afval omgaat.",
        "pages_contentpage__body": ["Afvalverwijdering in de regio."],
        "_edgengrams": ["Afvalbeleid", "Hoe de provincie met afval omgaat."],
    }


def test_page_document_shows_the_published_version_not_a_draft(backend, content_page):
    content_page.title = "Concept: nieuw afvalbeleid"
    content_page.save_revision()
    stored = ContentPage.objects.get(pk=content_page.pk)
    document = backend.mapping_class(ContentPage).get_document(stored)
    assert document["title"] == "Afvalbeleid"


def test_never_published_page_document_is_marked_not_live(backend, home_page):
    draft = ContentPageFactory(parent=home_page, title="Concept", live=False)
    assert backend.mapping_class(ContentPage).get_document(draft)["live_filter"] is False
