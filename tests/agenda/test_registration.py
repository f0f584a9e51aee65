"""Registering, the confirmation email, cancelling by the personal link and the waiting list."""

import datetime
import re
from urllib.parse import urlsplit

from django.core import mail
from django.utils import translation
from django.utils.formats import date_format

import pytest
from icalendar import Calendar

from agenda.choices import RegistrationStatus
from agenda.models import Registration
from agenda.registration import cancel, promote_waiting_list, register
from agenda.tokens import make_token
from demo.factories.agenda import RegistrationFactory
from tests.agenda.conftest import nl, publish, registration_data

pytestmark = pytest.mark.django_db


def post(client, page, **fields):
    # The form's address in the page's language (/en/…/register/, /nl/…/aanmelden/).
    return client.post(page.url + page.subpath("aanmelden/"), registration_data(**fields))


def data(email, **fields):
    return {"name": "Iemand", "email": email, "organisation": "Gemeente Hoorn", **fields}


def test_registration_confirms_and_emails_calendar_file_and_personal_links(client, event):
    response = post(client, event)
    assert response.status_code == 302
    assert response["Location"].endswith("/aanmelden/ontvangen/")
    registration = Registration.objects.get()
    assert registration.status == RegistrationStatus.CONFIRMED
    assert registration.email == "anne.de.vries@alkmaar.example"  # normalised
    assert registration.language == "nl"
    assert registration.consent_at is not None

    (message,) = mail.outbox
    assert message.to == ["anne.de.vries@alkmaar.example"]
    assert event.title in message.subject
    token = registration.token
    assert f"http://testserver{event.url}afmelden/{token}/" in message.body
    assert f"http://testserver{event.url}inschrijving/{token}/" in message.body
    assert message.attachments[0][0] == f"{event.slug}.ics"

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "noindex" in thanks.content.decode()


def test_english_visitor_gets_english_email_and_shares_the_places(client, event, event_en):
    post(client, event_en, email="jane@example.org")
    registration = Registration.objects.get()
    assert registration.language == "en"
    assert registration.event_id == event.pk  # the Dutch original holds all registrations
    (message,) = mail.outbox
    assert "Network day Noord-Holland" in message.subject
    assert "/en/events/network-day/cancel/" in message.body
    assert "Dear " in message.body
    assert event_en.seats_left() == event.seats_left() == 1


def test_email_is_in_the_registrants_language(client, event, event_en):
    # The interface strings follow locale/nl; Django's own date names show the switch.
    post(client, event, email="a@example.org")
    post(client, event_en, email="b@example.org")
    dutch, english = mail.outbox
    with translation.override("nl"):
        assert date_format(event.local_start, "l j F Y") in dutch.body
    with translation.override("en"):
        assert date_format(event_en.local_start, "l j F Y") in english.body


def test_online_link_only_for_registrants(client, make_event):
    event = make_event(online_url="https://meet.example/kamer-42", location_name="", address="")
    assert "kamer-42" not in client.get(event.url).content.decode()
    post(client, event)
    registration = Registration.objects.get()
    assert "https://meet.example/kamer-42" in mail.outbox[0].body
    personal = client.get(f"{event.url}inschrijving/{registration.token}/")
    assert personal.status_code == 200
    assert "https://meet.example/kamer-42" in personal.content.decode()
    assert "no-store" in personal["Cache-Control"]
    assert personal["X-Robots-Tag"].startswith("noindex")


def test_full_event_puts_the_next_registrant_on_the_waiting_list(client, event):
    post(client, event, email="een@example.org")
    post(client, event, email="twee@example.org")
    response = post(client, event, email="drie@example.org")
    assert response["Location"].endswith("?wachtlijst=1")
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses["drie@example.org"] == RegistrationStatus.WAITLISTED
    assert mail.outbox[-1].subject == nl("On the waiting list: %(title)s", title=event.title)
    assert not mail.outbox[-1].attachments  # no calendar entry for a place not yet held
    page = client.get(event.url).content.decode()
    assert nl("Join the waiting list") in page


def test_cancelling_gives_the_place_to_the_first_on_the_waiting_list_by_email(event):
    first = register(event, data("een@example.org"), "nl")
    register(event, data("twee@example.org"), "nl")
    waiting_1 = register(event, data("drie@example.org"), "en")
    waiting_2 = register(event, data("vier@example.org"), "nl")
    assert waiting_1.status == waiting_2.status == RegistrationStatus.WAITLISTED
    mail.outbox.clear()

    result = cancel(first)

    assert result.registration.status == RegistrationStatus.CANCELLED
    assert [r.pk for r in result.promoted] == [waiting_1.pk]
    waiting_1.refresh_from_db()
    waiting_2.refresh_from_db()
    assert waiting_1.status == RegistrationStatus.CONFIRMED
    assert waiting_1.promoted_at is not None
    assert waiting_2.status == RegistrationStatus.WAITLISTED
    cancelled_mail, promoted_mail = mail.outbox
    assert cancelled_mail.to == ["een@example.org"]
    assert promoted_mail.to == ["drie@example.org"]
    assert promoted_mail.subject == "A place has become available: Netwerkdag Noord-Holland"
    assert promoted_mail.attachments[0][0].endswith(".ics")
    assert Registration.objects.confirmed().count() == 2


def test_cancelling_a_waiting_list_place_promotes_nobody(event):
    register(event, data("een@example.org"), "nl")
    register(event, data("twee@example.org"), "nl")
    waiting_1 = register(event, data("drie@example.org"), "nl")
    waiting_2 = register(event, data("vier@example.org"), "nl")
    assert cancel(waiting_1).promoted == []
    waiting_2.refresh_from_db()
    assert waiting_2.status == RegistrationStatus.WAITLISTED


def test_cancel_link_asks_first_then_cancels_on_post(client, event):
    post(client, event)
    registration = Registration.objects.get()
    url = f"{event.url}afmelden/{registration.token}/"

    confirm = client.get(url)
    assert confirm.status_code == 200
    assert nl("Yes, cancel my registration") in confirm.content.decode()
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED  # GET changes nothing

    done = client.post(url)
    assert done.status_code == 302
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CANCELLED
    after = client.get(url).content.decode()
    assert nl("Your registration has been cancelled. We have sent you a confirmation.") in after
    assert client.post(url).status_code == 200  # a second POST is harmless


def test_cancel_link_from_the_email_works_in_english_too(client, event, event_en):
    post(client, event_en, email="jane@example.org")
    registration = Registration.objects.get()
    (link,) = re.findall(r"https?://\S+/cancel/\S+/", mail.outbox[0].body)
    assert registration.token in link
    response = client.post(urlsplit(link).path)
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CANCELLED


@pytest.mark.parametrize(
    "mangle",
    [
        lambda token: token[:-1] + ("A" if token[-1] != "A" else "B"),
        lambda token: "0" * 32 + token[32:],
        lambda token: token.split("-", 1)[0],
        lambda token: "x",
        lambda token: token + "-extra",
    ],
)
def test_tampered_or_unknown_tokens_are_not_found(client, event, mangle):
    registration = RegistrationFactory(event=event)
    bad = mangle(registration.token)
    for route in ("inschrijving", "afmelden"):
        assert client.get(f"{event.url}{route}/{bad}/").status_code == 404
    assert client.post(f"{event.url}afmelden/{bad}/").status_code == 404
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED


def test_token_of_another_event_is_not_found(client, event, make_event):
    other = make_event(title="Andere bijeenkomst")
    registration = RegistrationFactory(event=other)
    assert client.get(f"{event.url}afmelden/{registration.token}/").status_code == 404
    assert make_token(registration.uuid) == registration.token


def test_someone_who_cancelled_can_register_again(client, event):
    post(client, event)
    registration = Registration.objects.get()
    client.post(f"{event.url}afmelden/{registration.token}/")
    response = post(client, event)
    assert response.status_code == 302
    assert Registration.objects.filter(status=RegistrationStatus.CONFIRMED).count() == 1
    assert Registration.objects.count() == 2


def test_cannot_cancel_after_the_start(client, make_event):
    event = make_event()
    registration = RegistrationFactory(event=event)
    event.start = event.start - datetime.timedelta(days=30)
    event.end = event.start + datetime.timedelta(hours=2)
    event.registration_deadline = None
    publish(event)
    response = client.post(f"{event.url}afmelden/{registration.token}/")
    assert response.status_code == 200
    assert (
        nl(
            "This event has already started, so the registration can no longer be cancelled "
            "here. Please contact the organiser."
        )
        in response.content.decode()
    )
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED


def test_larger_capacity_on_publish_promotes_the_waiting_list(
    event, django_capture_on_commit_callbacks
):
    register(event, data("een@example.org"), "nl")
    register(event, data("twee@example.org"), "nl")
    waiting = register(event, data("drie@example.org"), "nl")
    mail.outbox.clear()
    event.capacity = 3
    with django_capture_on_commit_callbacks(execute=True):
        publish(event)
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.CONFIRMED
    assert [m.to for m in mail.outbox] == [["drie@example.org"]]


def test_publishing_a_cancellation_emails_everyone_once(event, django_capture_on_commit_callbacks):
    register(event, data("een@example.org"), "nl")
    second = register(event, data("twee@example.org"), "nl")
    register(event, data("drie@example.org"), "nl")  # waiting list, then moves up
    cancel(second)
    mail.outbox.clear()
    event.cancelled = True
    event.cancellation_note = "De spreker is ziek; we plannen een nieuwe datum."
    with django_capture_on_commit_callbacks(execute=True):
        publish(event)
    assert sorted(m.to[0] for m in mail.outbox) == ["drie@example.org", "een@example.org"]
    message = mail.outbox[0]
    assert message.subject == nl("Cancelled: %(title)s", title=event.title)
    assert "De spreker is ziek" in message.body
    assert "STATUS:CANCELLED" in message.attachments[0][1]
    mail.outbox.clear()
    event.intro = "Nog een wijziging."
    with django_capture_on_commit_callbacks(execute=True):
        publish(event)
    assert mail.outbox == []


def test_promote_waiting_list_does_nothing_for_a_cancelled_event(event):
    register(event, data("een@example.org"), "nl")
    register(event, data("twee@example.org"), "nl")
    waiting = register(event, data("drie@example.org"), "nl")
    event.cancelled = True
    event.capacity = 10
    event.save()
    assert promote_waiting_list(event) == []
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.WAITLISTED


def test_mail_server_failure_keeps_the_registration(client, event, settings):
    settings.EMAIL_BACKEND = "tests.agenda.failing_mail.Backend"
    response = post(client, event)
    assert response.status_code == 302
    assert Registration.objects.count() == 1


def test_personal_calendar_file_is_private_and_has_the_online_link(client, make_event):
    event = make_event(online_url="https://meet.example/kamer-42")
    registration = RegistrationFactory(event=event)
    response = client.get(f"{event.url}inschrijving/{registration.token}/event.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert "no-store" in response["Cache-Control"]
    assert b"kamer-42" in response.content
    cancel(registration)
    assert client.get(f"{event.url}inschrijving/{registration.token}/event.ics").status_code == 404


def test_open_data_api_does_not_expose_the_online_link(client, make_event):
    make_event(online_url="https://meet.example/kamer-42")
    response = client.get("/api/v2/pages/", {"type": "events.EventPage", "fields": "*"})
    assert response.status_code == 200
    assert b"kamer-42" not in response.content


def _calendar_of(message):
    (attachment,) = message.attachments
    filename, content, mimetype = attachment
    return Calendar.from_ical(content), mimetype


def test_withdrawing_a_confirmed_place_sends_a_calendar_cancel_with_the_same_uid(event):
    registration = register(event, data("een@example.org"), "nl")
    confirmation, confirmation_type = _calendar_of(mail.outbox[-1])
    (booked,) = confirmation.walk("VEVENT")
    mail.outbox.clear()

    cancel(registration)

    (message,) = mail.outbox
    calendar, mimetype = _calendar_of(message)
    (removed,) = calendar.walk("VEVENT")
    assert confirmation["METHOD"] == "PUBLISH" and "method=PUBLISH" in confirmation_type
    assert calendar["METHOD"] == "CANCEL" and "method=CANCEL" in mimetype
    assert str(removed["UID"]) == str(booked["UID"])
    assert int(removed["SEQUENCE"]) > int(booked["SEQUENCE"])
    assert removed["STATUS"] == "CANCELLED"
    assert str(removed["ATTENDEE"]) == "mailto:een@example.org"
    assert str(removed["ORGANIZER"]).startswith("mailto:")


def test_withdrawing_from_the_waiting_list_sends_no_calendar_file(event):
    register(event, data("een@example.org"), "nl")
    register(event, data("twee@example.org"), "nl")
    waiting = register(event, data("drie@example.org"), "nl")
    assert waiting.status == RegistrationStatus.WAITLISTED
    mail.outbox.clear()

    cancel(waiting)

    (message,) = mail.outbox
    assert message.attachments == []


def test_a_cancelled_event_mail_removes_the_entry_with_method_cancel(
    event, django_capture_on_commit_callbacks
):
    register(event, data("een@example.org"), "nl")
    (booked,) = _calendar_of(mail.outbox[-1])[0].walk("VEVENT")
    mail.outbox.clear()
    event.cancelled = True
    with django_capture_on_commit_callbacks(execute=True):
        publish(event)
    calendar, mimetype = _calendar_of(mail.outbox[0])
    (removed,) = calendar.walk("VEVENT")
    assert calendar["METHOD"] == "CANCEL" and "method=CANCEL" in mimetype
    assert str(removed["UID"]) == str(booked["UID"])
    assert int(removed["SEQUENCE"]) > int(booked["SEQUENCE"])
