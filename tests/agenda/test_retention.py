"""Registrant data is anonymised EVENTS_RETENTION_DAYS after the event; newer data stays."""

import datetime
from io import StringIO

from django.core.management import call_command

import pytest
from freezegun import freeze_time

from agenda.choices import RegistrationStatus
from agenda.models import Registration
from agenda.retention import purge_registrations
from demo.factories.agenda import EventPageFactory, RegistrationFactory, amsterdam

pytestmark = pytest.mark.django_db


@pytest.fixture
def registrations(event_index):
    # One event that ended on 1 March 2027 at 16:00 Dutch time, one on 1 May 2027.
    old_event = EventPageFactory(
        parent=event_index, start=amsterdam(2027, 3, 1, 10), end=amsterdam(2027, 3, 1, 16)
    )
    new_event = EventPageFactory(
        parent=event_index, start=amsterdam(2027, 5, 1, 10), end=amsterdam(2027, 5, 1, 16)
    )
    return {
        "old": [
            RegistrationFactory(event=old_event, name="Oud Een", needs="Glutenvrij"),
            RegistrationFactory(
                event=old_event, name="Oud Twee", status=RegistrationStatus.CANCELLED
            ),
        ],
        "new": [RegistrationFactory(event=new_event, name="Nieuw Een")],
    }


def test_registrations_older_than_the_retention_are_anonymised(registrations):
    # The 90th day after 1 March is 30 May; it starts at 22:00 UTC on 29 May (summer time).
    with freeze_time("2027-05-29 22:00:00"):
        result = purge_registrations()
    assert (result.registrations, result.events) == (2, 1)
    for registration in registrations["old"]:
        registration.refresh_from_db()
        assert registration.anonymised_at is not None
        assert (registration.name, registration.email, registration.organisation) == ("", "", "")
        assert (registration.role, registration.needs) == ("", "")
    kept = registrations["new"][0]
    kept.refresh_from_db()
    assert kept.name == "Nieuw Een" and kept.anonymised_at is None
    # The numbers stay for evaluation.
    assert Registration.objects.filter(status=RegistrationStatus.CONFIRMED).count() == 2


def test_nothing_is_anonymised_a_second_before_the_retention_ends(registrations):
    with freeze_time("2027-05-29 21:59:59"):
        assert purge_registrations().registrations == 0


def test_retention_follows_the_setting(registrations, settings):
    settings.EVENTS_RETENTION_DAYS = 7
    with freeze_time("2027-05-07 21:59:59"):  # 7 May, 23:59:59 in Dutch time
        assert purge_registrations().registrations == 2
    with freeze_time("2027-05-07 22:00:00"):  # 8 May, the 7th day after 1 May
        result = purge_registrations()
    assert result.registrations == 1
    assert result.cutoff == datetime.datetime(2027, 5, 1, 22, tzinfo=datetime.UTC)


def test_dry_run_changes_nothing_and_says_what_it_would_do(registrations):
    out = StringIO()
    with freeze_time("2027-06-15"):
        call_command("purge_registrations", "--dry-run", stdout=out)
    assert "Would anonymise 2 registration(s) of 1 event(s)" in out.getvalue()
    assert Registration.objects.filter(anonymised_at__isnull=False).count() == 0


def test_command_anonymises_and_reports(registrations):
    out = StringIO()
    with freeze_time("2027-09-01"):
        call_command("purge_registrations", stdout=out)
        call_command("purge_registrations", stdout=out)  # a second run finds nothing new
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("Anonymised 3 registration(s) of 2 event(s)")
    assert lines[1].startswith("Anonymised 0 registration(s)")


def test_command_accepts_days(registrations):
    out = StringIO()
    with freeze_time("2027-05-01 14:30"):  # 16:30 Dutch time, just after the second event
        call_command("purge_registrations", "--days", "0", stdout=out)
    assert "Anonymised 3 registration(s)" in out.getvalue()


def test_zero_days_never_touches_an_event_that_is_not_over(registrations):
    with freeze_time("2027-05-01 13:00"):  # 15:00 Dutch time, the event ends at 16:00
        assert purge_registrations(days=0).registrations == 2


def test_anonymised_registrations_have_no_working_personal_link(client, event):
    registration = RegistrationFactory(event=event)
    with freeze_time(event.end + datetime.timedelta(days=91)):
        purge_registrations()
    assert client.get(f"{event.url}inschrijving/{registration.token}/").status_code == 404


def test_anonymised_rows_do_not_block_the_unique_address_rule(event):
    for _number in range(2):
        RegistrationFactory(event=event, email="").save()
    assert Registration.objects.filter(email="").count() == 2


def test_purge_task_does_the_same(registrations):
    from agenda.tasks import purge_registrations as purge_task

    with freeze_time("2027-09-01"):
        result = purge_task.enqueue()
    assert result.return_value == 3
