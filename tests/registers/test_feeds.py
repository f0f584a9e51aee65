"""Feeds of published register changes (issue 18, following): a partnership's changes and
those of an organisation's partnerships, as Atom and RSS, linked from the pages."""

import xml.etree.ElementTree as ET

import pytest

from demo.factories.registers import MembershipFactory, OrganisationFactory, PartnershipFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def changed_partnership(register_page):
    zaanstad = OrganisationFactory(name="Zaanstad", cbs_code="GM0479")
    wormerland = OrganisationFactory(name="Wormerland", cbs_code="GM0880")
    partnership = PartnershipFactory(
        name="Afvalschap Test", seat_place="Zaandam", participants=[zaanstad]
    )
    partnership.save_revision().publish()
    partnership.seat_place = "Wormerveer"
    partnership.save()
    MembershipFactory(partnership=partnership, organisation=wormerland)
    partnership.refresh_from_db()
    partnership.save_revision().publish()
    # A draft is not public and must not reach a feed.
    partnership.seat_place = "Concept"
    partnership.save_revision()
    return partnership


def test_a_partnerships_atom_feed_names_old_and_new_values(
    client, register_page, changed_partnership
):
    url = f"{register_page.url}{changed_partnership.slug}/"
    response = client.get(url + "feed.atom")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert "Afvalschap Test" in feed.find(f"{ATOM}title").text
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 2
    newest = entries[0]
    summary = newest.find(f"{ATOM}summary").text
    assert "Zaandam → Wormerveer" in summary
    assert "Toegetreden: Wormerland" in summary
    assert newest.find(f"{ATOM}link").get("href").endswith(url)
    assert b"Concept" not in response.content
    assert "Toegevoegd aan het register" in entries[1].find(f"{ATOM}summary").text

    rss = client.get(url + "feed.rss")
    assert rss.status_code == 200 and rss["Content-Type"].startswith("application/rss+xml")
    assert len(ET.fromstring(rss.content).findall("channel/item")) == 2


def test_an_organisations_feed_follows_its_partnerships(client, register_page, changed_partnership):
    other = PartnershipFactory(name="Recreatieschap Elders")
    other.save_revision().publish()
    wormerland = changed_partnership.memberships.get(organisation__name="Wormerland").organisation
    response = client.get(f"{register_page.url}organisaties/{wormerland.slug}/feed.atom")
    assert response.status_code == 200
    titles = [
        e.find(f"{ATOM}title").text for e in ET.fromstring(response.content).findall(f"{ATOM}entry")
    ]
    assert titles and all(title.startswith("Afvalschap Test") for title in titles)


def test_pages_link_their_feeds_and_unknown_feeds_are_404(
    client, register_page, changed_partnership
):
    html = client.get(f"{register_page.url}{changed_partnership.slug}/").content.decode()
    assert 'rel="alternate" type="application/atom+xml"' in html
    assert f'href="{register_page.url}{changed_partnership.slug}/feed.rss"' in html
    assert client.get(f"{register_page.url}{changed_partnership.slug}/feed.json").status_code == 404
    assert client.get(f"{register_page.url}bestaat-niet/feed.atom").status_code == 404
    assert client.get(f"{register_page.url}organisaties/bestaat-niet/feed.rss").status_code == 404
    # A draft-only entry has no public feed.
    draft = PartnershipFactory(name="Nog niet gepubliceerd", live=False)
    assert client.get(f"{register_page.url}{draft.slug}/feed.atom").status_code == 404
