"""Feeds of any register URL (issue 18): …/register/feed.atom?<the register's query>."""

import xml.etree.ElementTree as ET

import pytest

from demo.factories.registers import PartnershipFactory, PolicyDomainFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def changed(register_page):
    afval = PolicyDomainFactory(slug="afval", name="Afval", name_en="Waste")
    water = PolicyDomainFactory(slug="water", name="Water", name_en="Water")
    afvalschap = PartnershipFactory(name="Afvalschap Test", seat_place="Zaandam", domains=[afval])
    afvalschap.save_revision().publish()
    afvalschap.seat_place = "Wormerveer"
    afvalschap.save_revision().publish()
    waterschap = PartnershipFactory(name="Waterschap Test", domains=[water])
    waterschap.save_revision().publish()
    return afvalschap


def test_atom_of_a_selection_names_its_changes_only(client, register_page, changed):
    response = client.get(f"{register_page.url}feed.atom?domein=afval")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    titles = [entry.findtext(f"{ATOM}title") for entry in root.iter(f"{ATOM}entry")]
    assert titles and all(title.startswith("Afvalschap Test") for title in titles)
    contents = " ".join(
        entry.findtext(f"{ATOM}summary") or "" for entry in root.iter(f"{ATOM}entry")
    )
    assert "Zaandam → Wormerveer" in contents
    link = root.find(f"{ATOM}link[@rel='alternate']").get("href")
    assert link.endswith(f"{register_page.url}?domein=afval")


def test_rss_of_the_whole_register(client, register_page, changed):
    response = client.get(f"{register_page.url}feed.rss")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    titles = [item.findtext("title") for item in root.iter("item")]
    assert any(t.startswith("Waterschap Test") for t in titles)
    assert any(t.startswith("Afvalschap Test") for t in titles)


def test_the_register_page_links_its_selection_feed(client, register_page, changed):
    html = client.get(f"{register_page.url}?domein=afval").content.decode()
    assert 'rel="alternate" type="application/atom+xml"' in html
    assert "feed.atom?domein=afval" in html and "feed.rss?domein=afval" in html
    # A visible link too, for visitors who do not look in the page's head.
    from bs4 import BeautifulSoup

    follow = BeautifulSoup(html, "html.parser").select_one(
        "p.follow a[type='application/atom+xml']"
    )
    assert follow.get_text() == "Volg de wijzigingen in deze selectie (Atom)"
    assert "feed.atom?domein=afval" in follow["href"]


@pytest.mark.parametrize(
    "query",
    ["rechtsvorm=onzin", "q=" + "x" * 5000, "domein=%00", "sort=<x>", "verouderd=2", "fase=&q=%ff"],
)
def test_bad_query_values_are_never_a_500(client, register_page, changed, query):
    for kind in ("atom", "rss"):
        response = client.get(f"{register_page.url}feed.{kind}?{query}")
        assert response.status_code == 200
        ET.fromstring(response.content)


def test_unknown_feed_kind_is_a_404(client, register_page):
    assert client.get(f"{register_page.url}feed.ics").status_code == 404
