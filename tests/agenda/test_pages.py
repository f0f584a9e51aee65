"""Event pages in the tree and on the site: both languages, listings, home and programme line,
the admin editor, and derived state against a frozen clock."""

import datetime
import json
import re

from django.core.exceptions import ValidationError
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest
from freezegun import freeze_time
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from agenda.choices import RegistrationState
from agenda.listings import programme_line_events
from agenda.models import EventIndexPage, EventPage
from demo.factories.agenda import EventPageFactory, RegistrationFactory, amsterdam
from demo.factories.pages import (
    ContentPageFactory,
    ProgrammeLineIndexPageFactory,
    ProgrammeLinePageFactory,
)
from demo.factories.users import UserFactory
from pages.models import ContentPage, HomePage
from tests.agenda.conftest import nl, publish, shown_events, translate

pytestmark = pytest.mark.django_db


def test_page_tree_rules():
    assert EventIndexPage.parent_page_types == ["pages.HomePage"]
    assert EventIndexPage.subpage_types == ["events.EventPage"]
    assert EventPage.parent_page_types == ["events.EventIndexPage"]
    assert EventPage.subpage_types == []
    assert EventIndexPage.can_create_at(HomePage())
    assert not EventPage.can_create_at(HomePage())
    assert not EventIndexPage.can_create_at(ContentPage())


def test_every_event_page_renders_in_both_languages(client, event, event_en, make_event):
    past = make_event(
        title="Netwerkdag voorjaar",
        start=amsterdam(2026, 4, 2, 10),
        end=amsterdam(2026, 4, 2, 16),
        report="<p>Tachtig deelnemers spraken over samenwerking.</p>",
    )
    past_en = translate(past, event_en.locale, title="Spring network day", slug="spring")
    for page, lang in ((event, "nl"), (event_en, "en"), (past, "nl"), (past_en, "en")):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert f'<html lang="{lang}"' in html
        assert f'<h1 class="utrecht-heading-1">{page.title}</h1>' in html
    for index_url in ("/nl/evenementen/", "/en/events/"):
        assert client.get(index_url).status_code == 200
    past_html = client.get(past.url).content.decode()
    assert "Tachtig deelnemers" in past_html
    assert 'id="aanmelden"' not in past_html


def test_event_page_has_form_facts_and_calendar_links(client, event):
    html = client.get(event.url).content.decode()
    assert f'action="{event.url}aanmelden/#aanmelden"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert f'href="{event.url}event.ics"' in html
    assert 'href="webcal://testserver/nl/evenementen/feed.ics"' in html
    assert "Provinciehuis, Statenzaal" in html
    assert nl("%(counter)s place left", "%(counter)s places left", 2, counter=2) in html
    assert 'class="events-hp" aria-hidden="true"' in html
    # No page may make the browser contact another host: no Google/Outlook links.
    assert "google.com" not in html and "outlook" not in html.lower()


def retention_text(days):
    return nl(
        "We use your data only to organise this event, and delete or anonymise them no later "
        "than %(days)s day after the event.",
        "We use your data only to organise this event, and delete or anonymise them no later "
        "than %(days)s days after the event.",
        days,
        days=days,
    )


def test_event_page_links_the_privacy_statement(client, home_page, event):
    privacy = publish(
        ContentPageFactory(parent=home_page, title="Privacyverklaring", slug="privacy")
    )
    html = client.get(event.url).content.decode()
    assert f'href="{privacy.url}"' in html
    assert retention_text(90) in html


def test_retention_in_the_form_follows_the_setting(client, event, settings):
    settings.EVENTS_RETENTION_DAYS = 30
    assert retention_text(30) in client.get(event.url).content.decode()


def test_event_json_ld_describes_the_event(client, make_event):
    event = make_event(
        start=amsterdam(2027, 3, 4, 13, 30),
        end=amsterdam(2027, 3, 4, 17),
        online_url="https://meet.example/privé",
    )
    html = client.get(event.url).content.decode()
    (payload,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(payload)
    assert data["@type"] == "Event"
    assert data["startDate"] == "2027-03-04T13:30:00+01:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert "meet.example" not in payload


def test_index_lists_upcoming_and_past_separately_and_paginates(client, event_index):
    for number in range(12):
        EventPageFactory(
            parent=event_index,
            title=f"Komend {number:02d}",
            start=amsterdam(2030, 1, number + 1, 10),
            end=amsterdam(2030, 1, number + 1, 12),
        )
    EventPageFactory(
        parent=event_index,
        title="Geweest",
        start=amsterdam(2025, 5, 1, 10),
        end=amsterdam(2025, 5, 1, 12),
    )
    with freeze_time("2029-12-01"):
        html = client.get(event_index.url).content.decode()
        upcoming, past = html.split('id="past-heading"')
        assert "Komend 00" in upcoming and "Komend 09" in upcoming
        assert "Komend 10" not in upcoming  # next page
        assert "Geweest" in past and "Geweest" not in upcoming
        assert nl("Page %(number)s of %(total)s", number=1, total=2) in upcoming
        second = client.get(event_index.url + "?page=2").content.decode()
        assert "Komend 11" in second


def test_index_filters_work_without_javascript(client, event_index, home_page):
    lines_index = ProgrammeLineIndexPageFactory(parent=home_page)
    line = ProgrammeLinePageFactory(parent=lines_index, number=4, title="Toezicht")
    EventPageFactory(
        parent=event_index,
        title="IBT-sessie",
        event_type="ibt-provinciaal",
        programme_line=line,
        audiences=["ambtenaren"],
    )
    EventPageFactory(parent=event_index, title="Webinar over data", event_type="webinar")
    html = client.get(event_index.url + "?soort=ibt-provinciaal").content.decode()
    assert "IBT-sessie" in html and "Webinar over data" not in html
    html = client.get(event_index.url + "?programmalijn=4&doelgroep=ambtenaren").content.decode()
    assert "IBT-sessie" in html
    assert '<option value="4" selected>' in html


def test_drafts_and_private_events_are_not_listed(client, event_index, event):
    draft = EventPageFactory(parent=event_index, title="Concept-evenement", live=False)
    html = client.get(event_index.url).content.decode()
    assert "Concept-evenement" not in html
    assert client.get(draft.url).status_code == 404


def test_home_page_shows_the_next_three_events_in_its_language(
    client, home_page, home_page_en, event_index, event_index_en, locale_en
):
    for number in range(5):
        page = EventPageFactory(
            parent=event_index,
            title=f"Evenement {number}",
            start=amsterdam(2031, 1, 10 - number, 10),
            end=amsterdam(2031, 1, 10 - number, 12),
            cancelled=number == 4,
        )
        publish(page)
        translate(page, locale_en, title=f"Event {number}", slug=f"event-{number}")
    dutch = client.get("/nl/")
    assert shown_events(dutch) == ["Evenement 3", "Evenement 2", "Evenement 1"]
    assert nl("All events") in dutch.content.decode()
    en = client.get("/en/")
    assert shown_events(en) == ["Event 3", "Event 2", "Event 1"]
    assert "Event 4" not in en.content.decode()  # cancelled


def test_programme_line_shows_its_upcoming_events(
    client, home_page, home_page_en, event_index, event_index_en, locale_en
):
    lines_index = publish(ProgrammeLineIndexPageFactory(parent=home_page))
    line = publish(ProgrammeLinePageFactory(parent=lines_index, number=2, title="Relatie"))
    other = publish(ProgrammeLinePageFactory(parent=lines_index, number=3, title="Kennis"))
    lines_index_en = translate(lines_index, locale_en, title="Programme lines", slug="lines")
    line_en = translate(line, locale_en, title="Relationship", slug="relationship")
    mine = publish(EventPageFactory(parent=event_index, title="Netwerkdag", programme_line=line))
    translate(mine, locale_en, title="Network day", slug="network-day")
    publish(EventPageFactory(parent=event_index, title="Webinar", programme_line=other))
    publish(
        EventPageFactory(
            parent=event_index,
            title="Geweest",
            programme_line=line,
            start=amsterdam(2025, 1, 1, 10),
            end=amsterdam(2025, 1, 1, 12),
        )
    )

    assert [e.title for e in programme_line_events(line)] == ["Netwerkdag"]
    assert [e.title for e in programme_line_events(line_en)] == ["Network day"]
    html = client.get(line.url).content.decode()
    assert "Netwerkdag" in html and "Webinar" not in html and "Geweest" not in html
    assert shown_events(client.get(line.url)) == ["Netwerkdag"]
    assert "Network day" in client.get(line_en.url).content.decode()
    assert lines_index_en.live


def render_agenda_tag(source, **context):
    return Template("{% load agenda_tags %}" + source).render(Context(context))


def test_event_tags_give_the_next_events_of_a_language_or_a_line(
    client, home_page, home_page_en, event_index, event_index_en, locale_en
):
    lines_index = publish(ProgrammeLineIndexPageFactory(parent=home_page))
    line = publish(ProgrammeLinePageFactory(parent=lines_index, number=1, title="Relatie"))
    for number in range(8):
        page = publish(
            EventPageFactory(
                parent=event_index,
                title=f"Evenement {number}",
                start=amsterdam(2031, 2, 20 - number, 10),
                end=amsterdam(2031, 2, 20 - number, 12),
                programme_line=line if number else None,
            )
        )
        translate(page, locale_en, title=f"Event {number}", slug=f"event-{number}")
    titles = "{% for event in events %}{{ event.title }};{% endfor %}"
    home = "{% upcoming_events_for page as events %}" + titles
    assert render_agenda_tag(home, page=home_page) == "Evenement 7;Evenement 6;Evenement 5;"
    assert render_agenda_tag(home, page=home_page_en) == "Event 7;Event 6;Event 5;"
    first = "{% upcoming_events_for page 1 as events %}" + titles
    assert render_agenda_tag(first, page=home_page) == "Evenement 7;"
    of_line = "{% programme_line_events page as events %}" + titles
    assert render_agenda_tag(of_line, page=line) == "".join(
        f"Evenement {number};" for number in range(7, 1, -1)
    )  # six of the seven events of the line
    assert shown_events(client.get(line.url)) == [f"Evenement {n}" for n in range(7, 1, -1)]


@freeze_time("2027-05-10 08:00:00")
def test_derived_state_follows_the_clock(event_index):
    event = EventPageFactory(
        parent=event_index,
        start=amsterdam(2027, 5, 20, 10),
        end=amsterdam(2027, 5, 20, 16),
        registration_deadline=amsterdam(2027, 5, 15, 12),
        capacity=1,
        waiting_list=False,
    )
    assert event.event_state == "upcoming"
    assert event.registration_state == RegistrationState.OPEN
    RegistrationFactory(event=event)
    assert event.registration_state == RegistrationState.FULL
    with freeze_time("2027-05-15 10:00:01"):  # 12:00:01 Dutch summer time
        assert event.registration_state == RegistrationState.CLOSED
    with freeze_time("2027-05-20 09:00:00"):  # 11:00 Dutch time
        assert event.event_state == "ongoing"
        assert event.registration_state == RegistrationState.STARTED
    with freeze_time("2027-05-21"):
        assert event.event_state == "past"
        assert event.is_past
    event.cancelled = True
    assert event.event_state == "cancelled"
    assert event.registration_state == RegistrationState.CANCELLED


def test_end_before_start_and_late_deadline_are_invalid(event_index):
    event = EventPageFactory.build(
        start=amsterdam(2027, 1, 1, 12),
        end=amsterdam(2027, 1, 1, 10),
        registration_deadline=amsterdam(2027, 1, 2, 0),
    )
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert set(error.value.message_dict) == {"end", "registration_deadline"}


def test_organiser_creates_an_event_in_the_admin_and_submits_it(client, event_index):
    from importlib import import_module

    from django.apps import apps

    import_module("agenda.migrations.0002_organiser_permissions").forwards(apps, None)
    organiser = UserFactory(groups=["Organisatoren"])
    client.force_login(organiser)
    url = reverse("wagtailadmin_pages:add", args=("events", "eventpage", event_index.pk))
    data = nested_form_data(
        {
            "title": "Kennisdelingsbijeenkomst IBT provincie",
            "slug": "ibt-provincie",
            "intro": "Over toezicht in dialoog.",
            "event_type": "ibt-provinciaal",
            "start": "2030-10-26 10:00",
            "end": "2030-10-26 12:30",
            "location_name": "Provinciehuis",
            "address": "Dreef 3, Haarlem",
            "online_url": "",
            "organiser_name": "Team IBT",
            "capacity": "40",
            "waiting_list": "on",
            "registration_deadline": "",
            "cancellation_note": "",
            "body": streamfield([("paragraph", rich_text("<p>Samen leren.</p>"))]),
            "programme": streamfield(
                [
                    (
                        "item",
                        {
                            "time": "10:00",
                            "end_time": "",
                            "title": "Welkom",
                            "speaker": "",
                            "description": "",
                        },
                    )
                ]
            ),
            "speakers": streamfield([]),
            "presentations": streamfield([]),
            "report": rich_text(""),
            "action-submit": "Submit for review",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.context and response.context["form"].errors
    event = EventPage.objects.get(slug="ibt-provincie", locale__language_code="nl")
    assert not event.live
    # Typed in Dutch time on a winter date: stored as UTC.
    assert event.start == datetime.datetime(2030, 10, 26, 8, 0, tzinfo=datetime.UTC)


def _fill(event, count):
    for number in range(count):
        RegistrationFactory(event=event, email=f"deelnemer{number}@example.org")


def _card_of(html, title):
    start = html.index(title)
    return html[start : html.index("</article>", start)]


def test_the_event_list_says_which_events_are_fully_booked_in_both_languages(
    client, make_event, event_index_en, locale_en
):
    full = make_event(title="Vol zonder wachtlijst", capacity=2, waiting_list=False)
    waiting = make_event(title="Vol met wachtlijst", capacity=1, waiting_list=True)
    few = make_event(title="Bijna vol", capacity=5, waiting_list=True)
    make_event(title="Genoeg plek", capacity=200)
    _fill(full, 2)
    _fill(waiting, 1)
    _fill(few, 3)
    english = translate(full, locale_en, title="Full without waiting list", slug="full")

    html = client.get(full.get_parent().url).content.decode()

    assert nl("Fully booked") in _card_of(html, "Vol zonder wachtlijst")
    assert nl("waiting list open") not in _card_of(html, "Vol zonder wachtlijst")
    waiting_card = _card_of(html, "Vol met wachtlijst")
    assert nl("Fully booked") in waiting_card and nl("waiting list open") in waiting_card
    assert nl("Fully booked") not in _card_of(html, "Bijna vol")
    assert "2 " in _card_of(html, "Bijna vol")  # two places left
    assert "event-status" not in _card_of(html, "Genoeg plek")
    # The English translation shares the Dutch original's places.
    english_html = client.get(english.get_parent().url).content.decode()
    assert "Fully booked" in _card_of(english_html, "Full without waiting list")


def test_the_event_list_finds_every_state_in_a_fixed_number_of_queries(client, make_event):
    def queries_for_list():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(index_url).status_code == 200
        return len(captured)

    first = make_event(title="Eerste", capacity=1)
    index_url = first.get_parent().url
    _fill(first, 1)
    few = queries_for_list()
    for number in range(6):
        _fill(make_event(title=f"Meer {number}", capacity=1), 1)
    assert queries_for_list() == few
