"""Emails to registrants, each in the registrant's language, with a calendar file where useful."""

import logging

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone, translation

from agenda import ical
from agenda.conf import EVENT_TIME_ZONE
from agenda.formatting import format_when, format_where

logger = logging.getLogger(__name__)

# kind -> attach a calendar file
KINDS = {
    "confirmed": True,
    "waitlisted": False,
    "promoted": True,
    "reminder": True,
    "cancelled": False,
    "event_cancelled": True,
}


def render_registration_email(registration, kind: str) -> EmailMessage:
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
        if KINDS[kind]:
            force_cancelled = kind == "event_cancelled"
            message.attach(
                f"{page.slug}.ics",
                ical.calendar_bytes(
                    [page], registration=registration, force_cancelled=force_cancelled
                ),
                "text/calendar; charset=utf-8; method=PUBLISH",
            )
    return message


def send_registration_email(registration, kind: str) -> bool:
    """Send one email; a mail server failure is logged, not raised, so it never undoes or
    hides the registration change that triggered it."""
    if not registration.email:
        return False
    try:
        render_registration_email(registration, kind).send()
    except Exception:
        logger.exception("Could not send the %s email for registration %s", kind, registration.pk)
        return False
    return True
