"""The demo events: both languages, the meetings the programme names, pages that render."""

import pytest
from wagtail.models import GroupPagePermission

from agenda.choices import EventType
from agenda.models import EventIndexPage, EventPage, Registration
from demo.builder import DemoBuilder
from tests.agenda.conftest import shown_events

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    """The demo site as load_demo builds it (its build() ends with the events)."""
    builder = DemoBuilder()
    builder.build()
    return builder.events


def test_demo_has_an_index_and_five_events_in_both_languages(demo):
    for code, slug in (("nl", "evenementen"), ("en", "events")):
        index = EventIndexPage.objects.live().get(locale__language_code=code)
        assert index.slug == slug and index.show_in_menus
        assert EventPage.objects.live().filter(locale__language_code=code).count() == 5


def test_demo_covers_the_programmes_meetings(demo):
    events = {key: pages[0] for key, pages in demo["events"].items()}
    assert events["netwerkdag"].event_type == EventType.NETWORK_DAY
    assert events["netwerkdag"].programme_line.number == 2
    assert events["netwerkdag"].is_upcoming
    assert events["ibt-regionaal"].event_type == EventType.IBT_REGIONAL
    assert events["ibt-regionaal"].programme_line.number == 4
    assert events["webinar-data"].event_type == EventType.WEBINAR
    assert events["webinar-data"].online_url
    assert events["sessie-rollen"].programme_line.number == 1
    assert events["netwerkdag-voorjaar"].is_past
    assert "tachtig" in events["netwerkdag-voorjaar"].report
    for nl_page, en_page in demo["events"].values():
        assert nl_page.translation_key == en_page.translation_key
        assert en_page.locale.language_code == "en" and en_page.title != nl_page.title
    assert Registration.objects.count() == 3
    text = " ".join(page.title + page.intro for pages in demo["events"].values() for page in pages)
    assert "lorem" not in text.lower()


def test_every_demo_event_page_renders(client, demo):
    for page in EventPage.objects.live().specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
    for url in ("/nl/", "/en/", "/nl/evenementen/", "/en/events/"):
        assert client.get(url).status_code == 200
    assert len(shown_events(client.get("/nl/"))) == 3


def test_demo_privacy_link_and_organiser_rights(client, demo):
    index_nl, index_en = demo["index"]
    assert index_nl.privacy_page.slug == "privacy"
    event = demo["events"]["netwerkdag"][0]
    html = client.get(event.url).content.decode()
    assert 'href="/nl/privacy/"' in html
    granted = GroupPagePermission.objects.filter(group__name="Organisatoren", page=index_nl)
    assert {p.permission.codename for p in granted} == {"add_page", "change_page"}
    assert event.organiser_users.filter(username="organisator").exists()
