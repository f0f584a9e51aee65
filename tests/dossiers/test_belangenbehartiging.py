"""Belangenbehartiging: the dossier pages, the index with its filters (also with bad input),
its feeds, and where the page types may go in the tree."""

import datetime
import xml.etree.ElementTree as ET

import pytest

from demo.factories.dossiers import (
    BelangenbehartigingIndexPageFactory,
    BelangenbehartigingPageFactory,
    timeline,
)
from demo.factories.pages import ProgrammeLineIndexPageFactory, ProgrammeLinePageFactory
from demo.factories.registers import OrganisationFactory, PartnershipFactory
from dossiers.models import BelangenbehartigingIndexPage, BelangenbehartigingPage
from dossiers.models.lobby import BelangenbehartigingOrganisation, BelangenbehartigingPartnership
from pages.models import HomePage, ProgrammeLinePage

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def dossiers(home_page, register_page):
    lines = publish(ProgrammeLineIndexPageFactory(parent=home_page))
    line3 = publish(ProgrammeLinePageFactory(parent=lines, number=3, title="Kennispositie"))
    line4 = publish(ProgrammeLinePageFactory(parent=lines, number=4, title="Toezicht"))
    index = publish(BelangenbehartigingIndexPageFactory(parent=home_page))
    den_helder = OrganisationFactory(name="Den Helder", cbs_code="GM0400")
    gr = PartnershipFactory(name="Regionaal Archief Noord (voorbeeld)", participants=[den_helder])
    money = BelangenbehartigingPageFactory(
        parent=index,
        title="Financiële verhouding (voorbeeld)",
        slug="financiele-verhouding",
        status="actief",
        counterpart="rijk",
        counterpart_name="Ministerie van BZK",
        timeline=timeline(
            (datetime.date(2025, 9, 16), "Brief aan de minister"),
            (datetime.date(2026, 2, 10), "Inbreng via het IPO", "Voor de voorjaarsnota."),
        ),
    )
    money.programme_lines.set([line3, line4])
    BelangenbehartigingOrganisation.objects.create(page=money, organisation=den_helder)
    BelangenbehartigingPartnership.objects.create(page=money, partnership=gr)
    publish(money)
    europe = BelangenbehartigingPageFactory(
        parent=index,
        title="Europese regiomiddelen (voorbeeld)",
        slug="europese-regiomiddelen",
        status="afgerond",
        counterpart="eu",
        counterpart_name="Europese Commissie",
    )
    europe.programme_lines.set([line3])
    publish(europe)
    draft = BelangenbehartigingPageFactory(
        parent=index, title="Nog geheim (voorbeeld)", slug="nog-geheim", live=False
    )
    draft.save_revision()
    return {"index": index, "money": money, "europe": europe, "den_helder": den_helder}


def titles(response):
    html = response.content.decode()
    return {
        title
        for title in ("Financiële verhouding (voorbeeld)", "Europese regiomiddelen (voorbeeld)")
        if title in html
    }


def test_the_index_lists_live_dossiers_only(client, dossiers):
    response = client.get("/nl/belangenbehartiging/")
    assert response.status_code == 200
    assert titles(response) == {
        "Financiële verhouding (voorbeeld)",
        "Europese regiomiddelen (voorbeeld)",
    }
    assert "Nog geheim" not in response.content.decode()
    assert "2 dossiers" in response.content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status=actief", {"Financiële verhouding (voorbeeld)"}),
        ("status=afgerond", {"Europese regiomiddelen (voorbeeld)"}),
        ("status=verkenning", set()),
        ("tegenpartij=eu", {"Europese regiomiddelen (voorbeeld)"}),
        ("programmalijn=4", {"Financiële verhouding (voorbeeld)"}),
        (
            "programmalijn=3",
            {"Financiële verhouding (voorbeeld)", "Europese regiomiddelen (voorbeeld)"},
        ),
        ("programmalijn=3&tegenpartij=rijk", {"Financiële verhouding (voorbeeld)"}),
    ],
)
def test_the_index_filters(client, dossiers, query, expected):
    response = client.get(f"/nl/belangenbehartiging/?{query}")
    assert response.status_code == 200
    assert titles(response) == expected


@pytest.mark.parametrize(
    "query",
    [
        "status=bogus",
        "programmalijn=9",
        "programmalijn=x%00y",
        "tegenpartij=" + "z" * 5000,
        "status[]=actief",
        "page=-1",
        "page=abc",
    ],
)
def test_bad_filter_values_are_an_explained_empty_result_not_an_error(client, dossiers, query):
    response = client.get(f"/nl/belangenbehartiging/?{query}")
    assert response.status_code in (200, 404)
    if response.status_code == 200 and not query.startswith(("page", "status[]")):
        assert titles(response) == set()
        assert "een waarde die we niet kennen" in response.content.decode()


def test_the_dossier_page_shows_position_timeline_and_the_register(client, dossiers):
    response = client.get("/nl/belangenbehartiging/financiele-verhouding/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Standpunt van de provincie" in html
    assert "De provincie vraagt om meerjarige zekerheid." in html
    # Newest first in the timeline.
    assert html.index("Inbreng via het IPO") < html.index("Brief aan de minister")
    assert '<time datetime="2026-02-10"' in html
    assert 'href="/nl/register/organisaties/den-helder/"' in html
    assert "Regionaal Archief Noord (voorbeeld)" in html
    assert "Ministerie van BZK" in html
    assert "Kennispositie" in html and "Toezicht" in html


def test_the_municipality_page_links_its_belangenbehartiging_dossiers(client, dossiers):
    html = client.get("/nl/register/organisaties/den-helder/").content.decode()
    assert "Belangenbehartiging richting Rijk en EU" in html
    assert 'href="/nl/belangenbehartiging/financiele-verhouding/"' in html
    assert "Europese regiomiddelen" not in html


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_the_feed_lists_the_filtered_dossiers(client, dossiers, kind):
    response = client.get(f"/nl/belangenbehartiging/feed.{kind}?status=actief")
    assert response.status_code == 200
    assert response["Content-Type"].startswith(
        "application/rss+xml" if kind == "rss" else "application/atom+xml"
    )
    root = ET.fromstring(response.content)
    if kind == "rss":
        items = root.findall("./channel/item")
        item_titles = [item.findtext("title") for item in items]
        links = [item.findtext("link") for item in items]
    else:
        items = root.findall(f"{ATOM}entry")
        item_titles = [item.findtext(f"{ATOM}title") for item in items]
        links = [item.find(f"{ATOM}link").get("href") for item in items]
    assert item_titles == ["Financiële verhouding (voorbeeld) (Actief)"]
    assert links == ["http://testserver/nl/belangenbehartiging/financiele-verhouding/"]


def test_the_feed_with_a_bad_filter_is_empty_not_an_error(client, dossiers):
    response = client.get("/nl/belangenbehartiging/feed.rss?programmalijn=99")
    assert response.status_code == 200
    assert ET.fromstring(response.content).findall("./channel/item") == []


def test_the_index_links_its_feeds_with_the_filters(client, dossiers):
    html = client.get("/nl/belangenbehartiging/?tegenpartij=eu").content.decode()
    assert 'href="/nl/belangenbehartiging/feed.atom?tegenpartij=eu"' in html
    assert 'href="/nl/belangenbehartiging/feed.rss?tegenpartij=eu"' in html


def test_page_types_go_where_the_tree_allows():
    assert BelangenbehartigingIndexPage.can_create_at(HomePage())
    assert not BelangenbehartigingPage.can_create_at(HomePage())
    assert BelangenbehartigingPage.can_create_at(BelangenbehartigingIndexPage())
    assert not BelangenbehartigingIndexPage.can_create_at(ProgrammeLinePage())
    assert BelangenbehartigingPage.allowed_subpage_models() == []


def test_an_editor_creates_a_dossier_in_the_admin(client, dossiers):
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        rich_text,
        streamfield,
    )

    admin = get_user_model().objects.create_superuser("beheer", "b@provincie.example", "x")
    client.force_login(admin)
    index = dossiers["index"]
    data = nested_form_data(
        {
            "title": "Stikstof en woningbouw (voorbeeld)",
            "slug": "stikstof-en-woningbouw",
            "intro": "Voorbeelddossier.",
            "subject": "Stikstof",
            "counterpart": "rijk",
            "counterpart_name": "Ministerie van LVVN",
            "status": "verkenning",
            "position": rich_text("<p>Ruimte voor woningbouw.</p>"),
            "documents": streamfield([]),
            "timeline": streamfield(
                [("entry", {"date": "2026-04-01", "event": "Eerste verkenning", "detail": ""})]
            ),
            "related_partnerships": inline_formset([]),
            "related_organisations": inline_formset([{"organisation": dossiers["den_helder"].pk}]),
        }
    )
    url = reverse("wagtailadmin_pages:add", args=["dossiers", "belangenbehartigingpage", index.pk])
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    page = BelangenbehartigingPage.objects.get(slug="stikstof-en-woningbouw", locale=index.locale)
    assert page.timeline_entries()[0]["event"] == "Eerste verkenning"
    assert page.organisations() == [dossiers["den_helder"]]
