"""Registering, cancelling and the waiting list: the only code that changes a registration's
status, so capacity is decided in one place.

Every change happens with the row of the event that holds the registrations locked
(SELECT ... FOR UPDATE), so two visitors who take the last place at the same moment are
served one after the other: the second one sees the event full. On SQLite, where
select_for_update is a no-op, the IMMEDIATE transactions of cms/settings.py serialise
writers the same way.

Emails are sent after the transaction block: views run in autocommit (ATOMIC_REQUESTS is
off), so by then the change is committed and an SMTP failure cannot undo it.
"""

import logging
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from agenda import emails
from agenda.choices import ACTIVE_STATUSES, RegistrationState, RegistrationStatus
from agenda.models import EventPage, Registration, normalise_email

logger = logging.getLogger(__name__)

REFUSALS = {
    RegistrationState.CANCELLED: _("This event has been cancelled, so you cannot register."),
    RegistrationState.STARTED: _("This event has already started or taken place."),
    RegistrationState.CLOSED: _("Registration for this event has closed."),
    RegistrationState.FULL: _("This event is full and has no waiting list."),
    "duplicate": _(
        "This email address is already registered for this event. Look in your inbox for the "
        "confirmation: it has a link to your registration."
    ),
}


class RegistrationRefused(Exception):
    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(reason)

    @property
    def message(self):
        return REFUSALS[self.reason]


@dataclass
class CancelResult:
    registration: Registration
    promoted: list


def _lock_event(page: EventPage) -> EventPage:
    return EventPage.objects.select_for_update().get(pk=page.registration_event.pk)


def register(page: EventPage, data: dict, language: str) -> Registration:
    """Register someone for the event shown on `page` (any translation of it).

    Gives a confirmed place while there is one, else a place on the waiting list if the event
    has one; raises RegistrationRefused otherwise.
    """
    email = normalise_email(data["email"])
    with transaction.atomic():
        event = _lock_event(page)
        confirmed = event.registrations.confirmed().count()
        state = event.compute_registration_state(confirmed=confirmed)
        if state not in (RegistrationState.OPEN, RegistrationState.WAITING_LIST):
            raise RegistrationRefused(state)
        if event.registrations.active().filter(email=email).exists():
            raise RegistrationRefused("duplicate")
        status = (
            RegistrationStatus.CONFIRMED
            if state == RegistrationState.OPEN
            else RegistrationStatus.WAITLISTED
        )
        now = timezone.now()
        try:
            # A savepoint, so the unique constraint can refuse a duplicate that slipped
            # past the check above without breaking the outer transaction.
            with transaction.atomic():
                registration = Registration.objects.create(
                    event=event,
                    status=status,
                    name=data["name"],
                    email=email,
                    organisation=data.get("organisation", ""),
                    role=data.get("role", ""),
                    needs=data.get("needs", ""),
                    language=language,
                    consent_at=now,
                    created_at=now,
                )
        except IntegrityError as exc:
            raise RegistrationRefused("duplicate") from exc
    emails.send_registration_email(
        registration, "confirmed" if status == RegistrationStatus.CONFIRMED else "waitlisted"
    )
    return registration


def cancel(registration: Registration) -> CancelResult:
    """Cancel a registration; a freed place goes to the first person on the waiting list."""
    with transaction.atomic():
        event = _lock_event(registration.event)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status not in ACTIVE_STATUSES:
            return CancelResult(registration, [])
        freed_a_place = registration.status == RegistrationStatus.CONFIRMED
        registration.status = RegistrationStatus.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        promoted = _promote(event) if freed_a_place else []
    # Only a confirmed place had a calendar entry to remove.
    emails.send_registration_email(registration, "cancelled", with_calendar=freed_a_place)
    for promoted_registration in promoted:
        emails.send_registration_email(promoted_registration, "promoted")
    return CancelResult(registration, promoted)


def promote_waiting_list(page: EventPage) -> list[Registration]:
    """Fill free places from the waiting list (after cancellations or a larger capacity)."""
    with transaction.atomic():
        promoted = _promote(_lock_event(page))
    for registration in promoted:
        emails.send_registration_email(registration, "promoted")
    return promoted


def _promote(event: EventPage) -> list[Registration]:
    """Move people up, first come first served; the caller holds the event lock."""
    if event.cancelled or event.has_started:
        return []
    waiting = event.registrations.waitlisted().order_by("created_at", "pk")
    if event.capacity is None:
        candidates = list(waiting)
    else:
        free = event.capacity - event.registrations.confirmed().count()
        candidates = list(waiting[: max(free, 0)])
    now = timezone.now()
    for registration in candidates:
        registration.status = RegistrationStatus.CONFIRMED
        registration.promoted_at = now
        registration.save(update_fields=["status", "promoted_at"])
    return candidates


def find_registration(page: EventPage, token: str) -> Registration | None:
    """The registration a personal link points to, if it belongs to this event and still
    holds personal data."""
    from agenda.tokens import read_token

    registration_uuid = read_token(token)
    if registration_uuid is None:
        return None
    return (
        Registration.objects.select_related("event")
        .filter(
            uuid=registration_uuid,
            event__translation_key=page.translation_key,
            anonymised_at__isnull=True,
        )
        .first()
    )
