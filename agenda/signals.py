"""What publishing an event does besides going live.

- Raise the calendar SEQUENCE when the time, place or status changed, so subscribed
  calendars and registrants' copies take the update (RFC 5545 3.8.7.4).
- On the page that holds the registrations: email everyone once when the event is
  cancelled, and fill places from the waiting list when the capacity went up.
"""

import logging

from django.db import transaction
from django.utils import timezone

from wagtail.signals import page_published

from agenda.models import EventPage

logger = logging.getLogger(__name__)


def event_published(sender, instance, **kwargs):
    page = EventPage.objects.get(pk=instance.pk)
    updates = {}
    signature = page.schedule_signature()
    if signature != page.schedule_fingerprint:
        updates["schedule_fingerprint"] = signature
        # The first publish sets the baseline; every later change counts.
        if page.schedule_fingerprint:
            updates["ical_sequence"] = page.ical_sequence + 1

    holds_registrations = page.registration_event.pk == page.pk
    if holds_registrations:
        if page.cancelled and page.cancellation_notified_at is None:
            updates["cancellation_notified_at"] = timezone.now()
            transaction.on_commit(lambda: notify_cancellation(page.pk))
        elif not page.cancelled:
            if page.cancellation_notified_at is not None:
                updates["cancellation_notified_at"] = None
            transaction.on_commit(lambda: promote_after_publish(page.pk))

    if updates:
        EventPage.objects.filter(pk=page.pk).update(**updates)


def notify_cancellation(page_pk: int):
    from agenda import emails
    from agenda.models import Registration

    registrations = Registration.objects.filter(event_id=page_pk).active().not_anonymised()
    for registration in registrations:
        emails.send_registration_email(registration, "event_cancelled")


def promote_after_publish(page_pk: int):
    from agenda.registration import promote_waiting_list

    page = EventPage.objects.filter(pk=page_pk).first()
    if page is not None and page.registrations.waitlisted().exists():
        promote_waiting_list(page)


def connect():
    page_published.connect(event_published, sender=EventPage, dispatch_uid="events_published")
