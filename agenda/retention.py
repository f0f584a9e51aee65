"""Retention of registrant data: anonymise registrations some days after their event ended.

The row stays with its status and dates (the privacy statement promises only anonymous
numbers after that); name, email, organisation, role and requirements are emptied.
"""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from agenda.conf import EVENT_TIME_ZONE, retention_days
from agenda.models import Registration

PERSONAL_FIELDS = {"name": "", "email": "", "organisation": "", "role": "", "needs": ""}


@dataclass
class PurgeResult:
    cutoff: datetime.datetime
    registrations: int
    events: int


def retention_cutoff(days: int, now=None) -> datetime.datetime:
    """Events that ended before this moment are past their retention.

    Counted in calendar days in Dutch time: on the Nth day after the event (from midnight),
    its registrations are due. So a daily run keeps the privacy statement's promise of
    "no later than N days after the event", whatever time of day it runs.
    """
    now = now or timezone.now()
    today = timezone.localtime(now, EVENT_TIME_ZONE).date()
    first_kept_day = today - datetime.timedelta(days=days - 1)
    midnight = datetime.datetime.combine(first_kept_day, datetime.time(), tzinfo=EVENT_TIME_ZONE)
    # Never before the event is over, even with --days 0.
    return min(midnight, now)


def expired_registrations(days: int | None = None, now=None):
    days = retention_days() if days is None else days
    cutoff = retention_cutoff(days, now)
    registrations = Registration.objects.not_anonymised().filter(event__end__lt=cutoff)
    return registrations, cutoff


def purge_registrations(days: int | None = None, dry_run: bool = False) -> PurgeResult:
    registrations, cutoff = expired_registrations(days)
    with transaction.atomic():
        events = registrations.values("event_id").distinct().count()
        if dry_run:
            count = registrations.count()
        else:
            count = registrations.update(**PERSONAL_FIELDS, anonymised_at=timezone.now())
    return PurgeResult(cutoff=cutoff, registrations=count, events=events)
