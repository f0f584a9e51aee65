"""Reminder emails some days before an event, once per registration."""

import datetime

from django.utils import timezone

from agenda import emails
from agenda.choices import RegistrationStatus
from agenda.conf import reminder_days
from agenda.models import Registration


def due_reminders(days: int | None = None, now=None):
    """Confirmed registrations for live, not cancelled events that start within `days` days
    and have had no reminder yet."""
    days = reminder_days() if days is None else days
    now = now or timezone.now()
    return (
        Registration.objects.not_anonymised()
        .filter(
            status=RegistrationStatus.CONFIRMED,
            reminded_at__isnull=True,
            event__live=True,
            event__cancelled=False,
            event__start__gt=now,
            event__start__lte=now + datetime.timedelta(days=days),
        )
        .select_related("event")
        .order_by("event__start", "pk")
    )


def send_reminders(days: int | None = None, dry_run: bool = False) -> int:
    """Send the due reminders; returns how many went out (or would, with dry_run)."""
    sent = 0
    for registration in due_reminders(days):
        if dry_run:
            sent += 1
            continue
        # Claim the registration first: of two runs at the same time, only one wins the
        # update, so nobody gets the reminder twice.
        now = timezone.now()
        claimed = Registration.objects.filter(pk=registration.pk, reminded_at__isnull=True).update(
            reminded_at=now
        )
        if not claimed:
            continue
        if emails.send_registration_email(registration, "reminder"):
            sent += 1
        else:
            # Not sent: release the claim so the next run tries again.
            Registration.objects.filter(pk=registration.pk).update(reminded_at=None)
    return sent
