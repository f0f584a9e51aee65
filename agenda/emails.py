"""Emails to registrants, each in the registrant's language, with a calendar file where useful."""

import logging

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone, translation

from agenda import ical
from agenda.conf import EVENT_TIME_ZONE
from agenda.formatting import format_when, format_where

logger = logging.getLogger(__name__)

# kind -> the iTIP method of the calendar file attached, or None for no file. A cancellation
# removes the entry the registrant's calendar holds (same UID, METHOD:CANCEL).
KINDS = {
    "confirmed": "PUBLISH",
    "waitlisted": None,
    "promoted": "PUBLISH",
    "reminder": "PUBLISH",
    "cancelled": "CANCEL",
    "event_cancelled": "CANCEL",
}


def render_registration_email(
    registration, kind: str, *, with_calendar: bool = True
) -> EmailMessage:
    """The mail of `kind`; `with_calendar=False` leaves the calendar file out (a registrant who
    withdraws from the waiting list never had an entry to remove)."""
    if kind not in KINDS:
        raise ValueError(f"Unknown email kind {kind!r}")
    page = registration.localized_event()
    with translation.override(registration.language), timezone.override(EVENT_TIME_ZONE):
        online_url = page.online_url or registration.event.online_url
        context = {
            "registration": registration,
            "event": page,
            "when": format_when(page.start, page.end),
            "where": format_where(page),
            "online_url": online_url,
            "event_url": page.get_full_url(),
            "registration_url": page.route_url(
                "registration_detail", registration.token, full=True
            ),
            "cancel_url": page.route_url("cancel_registration", registration.token, full=True),
            "site_name": (page.get_site().site_name if page.get_site() else "")
            or "Samenwerkingsportaal",
        }
        subject = render_to_string(f"agenda/email/{kind}_subject.txt", context)
        body = render_to_string(f"agenda/email/{kind}.txt", context)
        message = EmailMessage(
            subject=" ".join(subject.split()),
            body=body,
            to=[registration.email],
            headers={"Auto-Submitted": "auto-generated"},
        )
        method = KINDS[kind] if with_calendar else None
        if method:
            message.attach(
                f"{page.slug}.ics",
                ical.calendar_bytes([page], registration=registration, method=method),
                f"text/calendar; charset=utf-8; method={method}",
            )
    return message


def send_registration_email(registration, kind: str, *, with_calendar: bool = True) -> bool:
    """Send one email; a mail server failure is logged, not raised, so it never undoes or
    hides the registration change that triggered it."""
    if not registration.email:
        return False
    try:
        render_registration_email(registration, kind, with_calendar=with_calendar).send()
    except Exception:
        logger.exception("Could not send the %s email for registration %s", kind, registration.pk)
        return False
    return True
