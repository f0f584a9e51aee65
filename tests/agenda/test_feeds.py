"""The calendar feed and the RSS/Atom feeds of the events index, with the listing's filters."""

import datetime
from xml.etree import ElementTree

import pytest
from freezegun import freeze_time
from icalendar import Calendar

from demo.factories.pages import ProgrammeLineIndexPageFactory, ProgrammeLinePageFactory
from pages.models import ProgrammeLinePage
from tests.agenda.conftest import publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def lines(home_page):
    index = publish(ProgrammeLineIndexPageFactory(parent=home_page))
    return {
        number: publish(
            ProgrammeLinePageFactory(parent=index, number=number, title=f"Lijn {number}")
        )
        for number in (2, 3, 4)
    }


@pytest.fixture
def events(make_event, lines):
    return {
        "netwerkdag": make_event(
            title="Netwerkdag", programme_line=lines[2], audiences=["bestuurders", "ambtenaren"]
        ),
        "webinar": make_event(
            title="Webinar data", programme_line=lines[3], audiences=["ambtenaren"]
        ),
        "ibt": make_event(
            title="IBT regio Noord",
            event_type="ibt-regionaal",
            programme_line=lines[4],
            audiences=["bestuurders"],
        ),
    }


def summaries(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return {str(e["SUMMARY"]) for e in Calendar.from_ical(response.content).walk("VEVENT")}


def test_calendar_feed_has_all_events(client, events):
    assert summaries(client, "/nl/evenementen/feed.ics") == {
        "Netwerkdag",
        "Webinar data",
        "IBT regio Noord",
    }


def test_calendar_feed_filters_by_programme_line(client, events):
    assert summaries(client, "/nl/evenementen/feed.ics?programmalijn=3") == {"Webinar data"}


def test_calendar_feed_filters_by_audience(client, events):
    assert summaries(client, "/nl/evenementen/feed.ics?doelgroep=bestuurders") == {
        "Netwerkdag",
        "IBT regio Noord",
    }


def test_calendar_feed_filters_by_type_and_combines_filters(client, events):
    assert summaries(client, "/nl/evenementen/feed.ics?soort=ibt-regionaal") == {"IBT regio Noord"}
    url = "/nl/evenementen/feed.ics?doelgroep=ambtenaren&programmalijn=2"
    assert summaries(client, url) == {"Netwerkdag"}


@pytest.mark.parametrize("query", ["programmalijn=9", "doelgroep=burgers", "soort=feest"])
def test_unknown_filter_gives_an_empty_but_valid_calendar(client, events, query):
    assert summaries(client, f"/nl/evenementen/feed.ics?{query}") == set()


def test_calendar_feed_keeps_past_events_so_calendars_stay_complete(client, events):
    later = events["netwerkdag"].end + datetime.timedelta(days=2)
    with freeze_time(later):
        assert "Netwerkdag" in summaries(client, "/nl/evenementen/feed.ics")


def test_english_feed_lists_the_english_pages(client, events, event_index_en, locale_en):
    from tests.agenda.conftest import translate

    translate(events["webinar"], locale_en, title="Data webinar", slug="data-webinar")
    assert summaries(client, "/en/events/feed.ics") == {"Data webinar"}


def rss_titles(content):
    root = ElementTree.fromstring(content)
    return [item.findtext("title") for item in root.iter("item")]


def test_rss_feed_lists_upcoming_events_with_filters(client, events):
    response = client.get("/nl/evenementen/feed.rss")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    assert sorted(rss_titles(response.content)) == ["IBT regio Noord", "Netwerkdag", "Webinar data"]
    filtered = client.get("/nl/evenementen/feed.rss?programmalijn=4")
    assert rss_titles(filtered.content) == ["IBT regio Noord"]


def test_rss_leaves_out_past_events(client, events):
    with freeze_time(events["netwerkdag"].end + datetime.timedelta(days=1)):
        assert rss_titles(client.get("/nl/evenementen/feed.rss").content) == []


def test_atom_feed_is_valid_atom(client, events):
    response = client.get("/nl/evenementen/feed.atom?doelgroep=ambtenaren")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ElementTree.fromstring(response.content)
    atom = "{http://www.w3.org/2005/Atom}"
    titles = sorted(entry.findtext(f"{atom}title") for entry in root.iter(f"{atom}entry"))
    assert titles == ["Netwerkdag", "Webinar data"]
    ids = [entry.findtext(f"{atom}id") for entry in root.iter(f"{atom}entry")]
    assert all(identifier.startswith("event-") for identifier in ids)


def test_index_head_announces_the_feeds(client, events, event_index):
    html = client.get(event_index.url).content.decode()
    assert (
        '<link rel="alternate" type="application/rss+xml" title="Evenementen (RSS)" '
        'href="/nl/evenementen/feed.rss">' in html
    )
    assert 'type="application/atom+xml"' in html
    assert 'href="webcal://testserver/nl/evenementen/feed.ics"' in html


def test_subscription_links_carry_the_active_filters(client, events, event_index):
    html = client.get(event_index.url + "?programmalijn=3").content.decode()
    assert 'href="webcal://testserver/nl/evenementen/feed.ics?programmalijn=3"' in html
    assert 'href="/nl/evenementen/feed.rss?programmalijn=3"' in html


def test_feed_is_cacheable_for_a_while(client, events):
    response = client.get("/nl/evenementen/feed.ics")
    assert "max-age=900" in response["Cache-Control"]
    assert ProgrammeLinePage.objects.count() == 3
