"""Site search: every page type in the visitor's language plus the register, never drafts."""

from django.urls import reverse
from django.utils import translation

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from demo.factories.pages import (
    ContentPageFactory,
    KnowledgeArticlePageFactory,
    KnowledgeIndexPageFactory,
)
from demo.factories.registers import OrganisationFactory, PartnershipFactory
from search.words import linking_s_variants

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_content(home_page, home_page_en, locale_en, register_page, rebuild_search_index):
    knowledge = KnowledgeIndexPageFactory(parent=home_page)
    article = KnowledgeArticlePageFactory(
        parent=knowledge,
        title="Interbestuurlijk toezicht in dialoog",
        intro="Toezichthouder en gemeente gaan vooraf in gesprek over het toezicht.",
    )
    article.save_revision().publish()
    english = ContentPageFactory(
        parent=home_page_en, title="Waste collection together", intro="Municipalities share waste."
    )
    english.save_revision().publish()
    draft = ContentPageFactory(parent=home_page, title="Geheim toezichtplan", live=False)
    zaanstad = OrganisationFactory(name="Zaanstad", cbs_code="GM0479")
    partnership = PartnershipFactory(
        name="Belastingsamenwerking Zaanstreek", participants=[zaanstad]
    )
    PartnershipFactory(name="Toezicht concept regeling", live=False, participants=[zaanstad])
    rebuild_search_index()
    return {"article": article, "english": english, "draft": draft, "partnership": partnership}


def search(client, language="nl", **params):
    with translation.override(language):
        url = reverse("search")
    return client.get(url, params)


def titles(response):
    return [hit.title for hit in response.context["results"]]


def test_finds_pages_in_the_visitors_language(client, site_content):
    assert "Interbestuurlijk toezicht in dialoog" in titles(search(client, q="toezicht"))
    assert titles(search(client, "en", q="toezicht")) == []
    assert titles(search(client, "en", q="waste")) == ["Waste collection together"]


def test_never_shows_drafts(client, site_content):
    found = titles(search(client, q="toezicht"))
    assert "Geheim toezichtplan" not in found
    assert "Toezicht concept regeling" not in found


def test_finds_register_entries_with_their_register_urls(client, site_content):
    response = search(client, q="belastingsamenwerking")
    hit = response.context["results"][0]
    assert hit.title == "Belastingsamenwerking Zaanstreek"
    assert hit.url == f"/nl/register/{site_content['partnership'].slug}/"
    organisations = search(client, q="zaanstad", type="organisatie")
    assert [h.url for h in organisations.context["results"]] == [
        "/nl/register/organisaties/zaanstad/"
    ]


def test_compound_words_match_from_their_first_part(client, site_content):
    assert titles(search(client, q="belasting")) == ["Belastingsamenwerking Zaanstreek"]


def test_a_linking_s_added_or_dropped_still_matches(client, site_content):
    # Dutch spells a compound's joint both ways; the real register has
    # "Belastingssamenwerking Gouwe-Rijnland" beside "Belastingsamenwerking West-Brabant".
    assert titles(search(client, q="belastingssamenwerking")) == [
        "Belastingsamenwerking Zaanstreek"
    ]
    # A word that is no compound of known words finds nothing …
    assert titles(search(client, q="belastingsamenwerkingxyzq")) == []
    # … one that is (known word + the start of a known word) is read as its parts.
    assert titles(search(client, q="belastingsamenwerkingzaan")) == [
        "Belastingsamenwerking Zaanstreek"
    ]


def test_linking_s_variants_stay_inside_long_words():
    variants = linking_s_variants("belastingsamenwerking")
    assert "belastingssamenwerking" in variants
    assert "belastingsamenwerking" in linking_s_variants("belastingssamenwerking")
    # Not at the ends, never a triple s, nothing for short words.
    assert all(v[:4] == "bela" and v[-3:] == "ing" for v in variants)
    assert not any("sss" in v for v in linking_s_variants("belastingssamenwerking"))
    assert linking_s_variants("afvalschap") != [] and linking_s_variants("brandweer") == []


def test_facet_by_type_counts_and_filters(client, site_content):
    response = search(client, q="toezicht")
    counts = {type_.key: count for type_, count in response.context["result"].type_counts}
    assert counts["knowledgearticlepage"] == 1
    filtered = search(client, q="zaanstreek", type="samenwerkingsverband")
    assert titles(filtered) == ["Belastingsamenwerking Zaanstreek"]


def test_matches_are_highlighted(client, site_content):
    html = search(client, q="gesprek").content.decode()
    assert "<mark>gesprek</mark>" in html


def test_typo_is_corrected_inline_and_said(client, site_content):
    response = search(client, q="belastingsamenwerkign")
    assert response.context["corrected"] == "belastingsamenwerking"
    assert titles(response) == ["Belastingsamenwerking Zaanstreek"]
    notice = response.content.decode().split('class="utrecht-paragraph did-you-mean">')[1]
    assert "“belastingsamenwerking”" in notice.split("</p>")[0]
    # Per word, within the query: the other word is kept as typed.
    response = search(client, q="belastingsamenwerkign zaanstreek")
    assert response.context["corrected"] == "belastingsamenwerking zaanstreek"
    assert titles(response) == ["Belastingsamenwerking Zaanstreek"]


def test_promotion_is_shown_and_the_query_counted(client, site_content):
    query = Query.get("toezicht")
    SearchPromotion.objects.create(query=query, page=site_content["article"], sort_order=0)
    response = search(client, q="Toezicht")
    assert [p.page_id for p in response.context["promotions"]] == [site_content["article"].pk]
    assert Query.get("toezicht").hits == 1


def test_autocomplete_suggests_titles_and_names(client, site_content):
    with translation.override("nl"):
        url = reverse("search_suggestions")
    data = client.get(url, {"q": "belas"}).json()
    assert data["suggestions"][0]["label"] == "Belastingsamenwerking Zaanstreek"
    assert data["suggestions"][0]["url"].startswith("/nl/register/")
    assert client.get(url, {"q": "x"}).json() == {"suggestions": []}


def test_search_and_suggestion_urls_are_translated():
    with translation.override("nl"):
        assert reverse("search") == "/nl/zoeken/"
        assert reverse("search_suggestions") == "/nl/zoeken/suggesties/"
    with translation.override("en"):
        assert reverse("search") == "/en/search/"
        assert reverse("search_suggestions") == "/en/search/suggestions/"
