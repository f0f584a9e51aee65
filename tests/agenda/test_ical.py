"""iCalendar output: valid RFC 5545 that parses and round-trips, right across DST, with
stable UIDs, a SEQUENCE that only goes up, cancellations, and no private link in public."""

import datetime

from django.core import mail

import pytest
from freezegun import freeze_time
from icalendar import Calendar

from agenda import ical
from demo.factories.agenda import amsterdam
from tests.agenda.conftest import nl, publish, registration_data

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def only_event(calendar):
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return events[0]


def test_event_calendar_parses_and_round_trips(client, event):
    response = client.get(event.url + "event.ics")
    assert "attachment" in response["Content-Disposition"]
    calendar = parse(response)
    assert Calendar.from_ical(calendar.to_ical()).to_ical() == calendar.to_ical()
    assert response.content.startswith(b"BEGIN:VCALENDAR\r\n")
    assert calendar["VERSION"] == "2.0"
    assert calendar["METHOD"] == "PUBLISH"
    vevent = only_event(calendar)
    assert str(vevent["SUMMARY"]) == event.title
    assert vevent["DTSTART"].dt == event.start
    assert vevent["DTEND"].dt == event.end
    assert vevent["URL"] == "http://testserver" + event.url
    assert vevent["STATUS"] == "CONFIRMED"
    for required in ("UID", "DTSTAMP"):
        assert required in vevent


def test_event_across_the_dst_change_keeps_local_and_utc_times(client, make_event):
    # Saturday 24 October 2026 10:00 (CEST, UTC+2) to Sunday 25 October 16:00 (CET, UTC+1):
    # the clocks go back at 03:00 on the Sunday, so the event lasts 31 hours, not 30.
    event = make_event(start=amsterdam(2026, 10, 24, 10), end=amsterdam(2026, 10, 25, 16))
    event.refresh_from_db()
    assert event.start == datetime.datetime(2026, 10, 24, 8, 0, tzinfo=UTC)
    assert event.end == datetime.datetime(2026, 10, 25, 15, 0, tzinfo=UTC)
    assert event.end - event.start == datetime.timedelta(hours=31)

    body = client.get(event.url + "event.ics").content.decode()
    assert "DTSTART;TZID=Europe/Amsterdam:20261024T100000" in body
    assert "DTEND;TZID=Europe/Amsterdam:20261025T160000" in body

    calendar = Calendar.from_ical(body)
    vevent = only_event(calendar)
    assert vevent["DTSTART"].dt.astimezone(UTC) == datetime.datetime(2026, 10, 24, 8, tzinfo=UTC)
    assert vevent["DTEND"].dt.astimezone(UTC) == datetime.datetime(2026, 10, 25, 15, tzinfo=UTC)
    assert vevent["DTSTART"].dt.utcoffset() == datetime.timedelta(hours=2)
    assert vevent["DTEND"].dt.utcoffset() == datetime.timedelta(hours=1)

    (vtimezone,) = calendar.walk("VTIMEZONE")
    assert vtimezone["TZID"] == "Europe/Amsterdam"
    changes = {
        (c.name, c["DTSTART"].dt, c["TZOFFSETFROM"].td, c["TZOFFSETTO"].td)
        for c in vtimezone.walk()
        if c.name in ("STANDARD", "DAYLIGHT")
    }
    hours = datetime.timedelta(hours=1)
    # Local time before each change: back to winter time at 03:00, to summer time at 02:00.
    assert ("STANDARD", datetime.datetime(2026, 10, 25, 3), 2 * hours, hours) in changes
    assert ("DAYLIGHT", datetime.datetime(2026, 3, 29, 2), hours, 2 * hours) in changes


def onsets(vtimezone):
    """Every (UTC moment of change, offset after) a VTIMEZONE defines, read as RFC 5545 says:
    DTSTART and each RDATE are local times in the offset before the change (TZOFFSETFROM)."""
    result = set()
    for observance in vtimezone.walk():
        if observance.name not in ("STANDARD", "DAYLIGHT"):
            continue
        before, after = observance["TZOFFSETFROM"].td, observance["TZOFFSETTO"].td
        local_times = [observance["DTSTART"].dt]
        rdates = observance.get("RDATE", [])
        for rdate in rdates if isinstance(rdates, list) else [rdates]:
            local_times += [period.dt for period in rdate.dts]
        for local in local_times:
            result.add(((local - before).replace(tzinfo=UTC), after))
    return result


def test_vtimezone_changes_happen_at_the_real_moments():
    from zoneinfo import ZoneInfo

    vtimezone = ical.vtimezone(2026, 2027)
    amsterdam_zone = ZoneInfo("Europe/Amsterdam")
    expected = {
        (datetime.datetime(2026, 3, 29, 1, tzinfo=UTC), datetime.timedelta(hours=2)),
        (datetime.datetime(2026, 10, 25, 1, tzinfo=UTC), datetime.timedelta(hours=1)),
        (datetime.datetime(2027, 3, 28, 1, tzinfo=UTC), datetime.timedelta(hours=2)),
        (datetime.datetime(2027, 10, 31, 1, tzinfo=UTC), datetime.timedelta(hours=1)),
    }
    assert expected <= onsets(vtimezone)
    for moment, offset in expected:
        assert moment.astimezone(amsterdam_zone).utcoffset() == offset
        just_before = moment - datetime.timedelta(minutes=1)
        assert just_before.astimezone(amsterdam_zone).utcoffset() != offset


def test_page_shows_dst_event_in_dutch_time(client, make_event):
    event = make_event(start=amsterdam(2026, 10, 24, 10), end=amsterdam(2026, 10, 25, 16))
    html = client.get(event.url).content.decode()
    assert "24 oktober 2026 10:00 – zondag 25 oktober 2026 16:00" in html
    assert 'datetime="2026-10-24T10:00:00+02:00"' in html


def test_uid_is_stable_and_shared_by_both_languages(client, event, event_en):
    nl = only_event(parse(client.get(event.url + "event.ics")))
    en = only_event(parse(client.get(event_en.url + "event.ics")))
    assert nl["UID"] == en["UID"] == f"event-{event.translation_key}@testserver"
    event.title = "Netwerkdag met een nieuwe naam"
    publish(event)
    again = only_event(parse(client.get(event.url + "event.ics")))
    assert again["UID"] == nl["UID"]


def test_sequence_goes_up_when_time_place_or_status_change_not_for_text(client, event):
    def sequence():
        return only_event(parse(client.get(event.url + "event.ics")))["SEQUENCE"]

    assert sequence() == 0
    event.intro = "Een nieuwe inleiding."
    publish(event)
    assert sequence() == 0
    event.start += datetime.timedelta(hours=1)
    event.end += datetime.timedelta(hours=1)
    publish(event)
    assert sequence() == 1
    event.location_name = "Stadhuis Haarlem"
    publish(event)
    assert sequence() == 2
    event.cancelled = True
    publish(event)
    assert sequence() == 3


def test_publishing_an_old_revision_never_lowers_the_sequence(event):
    old_revision = event.latest_revision
    event.start += datetime.timedelta(days=1)
    event.end += datetime.timedelta(days=1)
    publish(event)
    assert event.ical_sequence == 1
    old_revision.publish()
    event.refresh_from_db()
    # The old time is back, which is itself a change.
    assert event.ical_sequence == 2


def test_cancelled_event_is_marked_cancelled_in_the_feed(client, event, make_event):
    make_event(title="Gaat wel door")
    event.cancelled = True
    publish(event)
    calendar = parse(client.get("/nl/evenementen/feed.ics"))
    statuses = {str(e["SUMMARY"]): str(e["STATUS"]) for e in calendar.walk("VEVENT")}
    cancelled = nl("Cancelled: %(title)s", title="Netwerkdag Noord-Holland")
    assert statuses == {cancelled: "CANCELLED", "Gaat wel door": "CONFIRMED"}


def test_public_calendars_never_contain_the_online_link(client, make_event):
    event = make_event(online_url="https://meet.example/geheim-123", location_name="", address="")
    for url in (event.url + "event.ics", "/nl/evenementen/feed.ics", "/nl/evenementen/feed.rss"):
        assert b"geheim-123" not in client.get(url).content
    html = client.get(event.url).content.decode()
    assert "geheim-123" not in html
    assert nl("Online. Registrants receive the link by email.") in html


def test_registrants_calendar_file_has_the_online_link(client, make_event):
    event = make_event(online_url="https://meet.example/geheim-123", location_name="", address="")
    client.post(event.url + "aanmelden/", registration_data())
    (attachment,) = mail.outbox[0].attachments
    filename, content, mimetype = attachment
    assert filename.endswith(".ics")
    assert mimetype.startswith("text/calendar")
    vevent = only_event(Calendar.from_ical(content))
    assert "geheim-123" in str(vevent["LOCATION"])
    assert "/inschrijving/" in str(vevent["DESCRIPTION"])


def test_feed_tells_subscribers_how_often_to_refresh(client, event):
    body = client.get("/nl/evenementen/feed.ics").content.decode()
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT6H" in body
    assert "X-WR-CALNAME:Evenementen" in body
    assert body.count("BEGIN:VTIMEZONE") == 1


@freeze_time("2027-06-01 12:00:00")
def test_vtimezone_covers_every_year_of_the_events(event_index):
    from demo.factories.agenda import EventPageFactory

    first = EventPageFactory(
        parent=event_index, start=amsterdam(2027, 7, 1, 10), end=amsterdam(2027, 7, 1, 12)
    )
    later = EventPageFactory(
        parent=event_index, start=amsterdam(2028, 2, 1, 10), end=amsterdam(2028, 2, 1, 12)
    )
    (vtimezone,) = ical.build_calendar([first, later]).walk("VTIMEZONE")
    moments = {moment.date() for moment, _offset in onsets(vtimezone)}
    assert datetime.date(2027, 10, 31) in moments  # back to winter time in 2027
    assert datetime.date(2028, 3, 26) in moments  # to summer time in 2028
