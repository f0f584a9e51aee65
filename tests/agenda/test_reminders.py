"""Reminders go out N days before an event, once per registration."""

from io import StringIO

from django.core import mail
from django.core.management import call_command

import pytest
from freezegun import freeze_time

from agenda.choices import RegistrationStatus
from agenda.reminders import send_reminders
from demo.factories.agenda import EventPageFactory, RegistrationFactory, amsterdam
from tests.agenda.conftest import nl, publish, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def soon(event_index):
    # Starts on Thursday 10 June 2027 at 10:00 Dutch time.
    return publish(
        EventPageFactory(
            parent=event_index,
            title="Sessie rollen",
            start=amsterdam(2027, 6, 10, 10),
            end=amsterdam(2027, 6, 10, 12),
            online_url="https://meet.example/rollen",
        )
    )


@pytest.fixture
def registrants(soon):
    return {
        "confirmed": RegistrationFactory(event=soon, email="een@example.org"),
        "english": RegistrationFactory(event=soon, email="two@example.org", language="en"),
        "waitlisted": RegistrationFactory(
            event=soon, email="wacht@example.org", status=RegistrationStatus.WAITLISTED
        ),
        "cancelled": RegistrationFactory(
            event=soon, email="weg@example.org", status=RegistrationStatus.CANCELLED
        ),
    }


def test_reminders_go_to_confirmed_registrants_once(registrants):
    with freeze_time("2027-06-08 12:00"):  # within two days
        assert send_reminders() == 2
        assert send_reminders() == 0
    assert sorted(m.to[0] for m in mail.outbox) == ["een@example.org", "two@example.org"]
    for key in ("confirmed", "english"):
        registrants[key].refresh_from_db()
        assert registrants[key].reminded_at is not None
    registrants["waitlisted"].refresh_from_db()
    assert registrants["waitlisted"].reminded_at is None


def test_reminder_has_the_online_link_and_a_calendar_file(registrants):
    with freeze_time("2027-06-09 08:00"):
        send_reminders()
    message = next(m for m in mail.outbox if m.to == ["een@example.org"])
    # The registrant registered on the Dutch page, so the reminder is in Dutch.
    assert message.subject == nl("Reminder: %(title)s", title="Sessie rollen")
    assert "https://meet.example/rollen" in message.body
    assert "/afmelden/" in message.body
    assert message.attachments[0][0].endswith(".ics")


def test_no_reminder_too_early_or_after_the_start(registrants):
    with freeze_time("2027-06-08 07:59"):  # more than two days before 08:00 UTC on 10 June
        assert send_reminders() == 0
    with freeze_time("2027-06-10 08:00:01"):
        assert send_reminders() == 0


def test_days_option_widens_the_window(registrants):
    out = StringIO()
    with freeze_time("2027-06-01"):
        call_command("send_event_reminders", "--days", "10", stdout=out)
    assert "Sent 2 reminder(s) for events in the next 10 day(s)." in out.getvalue()


def test_setting_sets_the_default_window(registrants, settings):
    settings.EVENTS_REMINDER_DAYS = 10
    with freeze_time("2027-06-01"):
        assert send_reminders() == 2


def test_dry_run_sends_nothing(registrants):
    out = StringIO()
    with freeze_time("2027-06-09"):
        call_command("send_event_reminders", "--dry-run", stdout=out)
    assert "Would send 2 reminder(s)" in out.getvalue()
    assert mail.outbox == []


def test_cancelled_or_unpublished_events_get_no_reminders(registrants, soon):
    soon.cancelled = True
    publish(soon)
    with freeze_time("2027-06-09"):
        assert send_reminders() == 0


def test_failed_send_is_retried_next_run(registrants, settings):
    settings.EMAIL_BACKEND = "tests.agenda.failing_mail.Backend"
    with freeze_time("2027-06-09"):
        assert send_reminders() == 0
        settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
        assert send_reminders() == 2
        assert send_reminders() == 0


def test_english_registrant_gets_the_english_page(registrants, soon, event_index_en, locale_en):
    translate(soon, locale_en, title="Session on roles", slug="session-roles")
    with freeze_time("2027-06-09"):
        send_reminders()
    message = next(m for m in mail.outbox if m.to == ["two@example.org"])
    assert message.subject == "Reminder: Session on roles"
    assert "/en/events/session-roles/cancel/" in message.body


def test_reminder_task_does_the_same(registrants):
    from agenda.tasks import send_event_reminders

    with freeze_time("2027-06-09"):
        result = send_event_reminders.enqueue()
    assert result.return_value == 2
