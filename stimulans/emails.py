"""E-mails of the application route, each in the applicant's language (the language of the
page where the application was started). A mail server failure is logged, not raised, so it
never undoes the change that triggered the mail."""

import logging

from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from stimulans import conf
from stimulans.tokens import make_token

logger = logging.getLogger(__name__)

KINDS = {"draft_link", "submitted", "status_changed"}


def _page(application):
    from stimulans.models import StimulansPage

    page = StimulansPage.objects.live().filter(locale__language_code="nl").first()
    if page is None:
        page = StimulansPage.objects.live().first()
    return page.for_language(application.language) if page is not None else None


def applicant_links(application) -> dict:
    page = _page(application)
    if page is None:
        return {"edit_url": "", "status_url": ""}
    token = make_token(application)
    return {
        "edit_url": page.route_url("application", token, full=True),
        "status_url": page.route_url("status", token, full=True),
    }


def render_applicant_email(application, kind: str, note: str = "") -> EmailMessage:
    if kind not in KINDS:
        raise ValueError(f"Unknown email kind {kind!r}")
    with translation.override(application.language):
        context = {
            "application": application,
            "note": note,
            "rules": conf.rules(),
            "title": application.display_title(application.language),
            **applicant_links(application),
        }
        subject = render_to_string(f"stimulans/email/{kind}_subject.txt", context)
        body = render_to_string(f"stimulans/email/{kind}.txt", context)
    return EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        to=[application.contact_email],
        headers={"Auto-Submitted": "auto-generated"},
    )


def send_applicant_email(application, kind: str, note: str = "") -> bool:
    if not application.contact_email or application.anonymised_at:
        return False
    try:
        render_applicant_email(application, kind, note).send()
    except Exception:
        logger.exception("Could not send the %s email for application %s", kind, application.pk)
        return False
    return True


def group_addresses() -> list[str]:
    users = (
        get_user_model()
        .objects.filter(groups__name=conf.GROUP_NAME, is_active=True)
        .exclude(email="")
    )
    return sorted(set(users.values_list("email", flat=True)))


def send_group_email(subject_template: str, body_template: str, context: dict) -> bool:
    """One e-mail to every active member of the Stimulans group (in Dutch: the team's language)."""
    addresses = group_addresses()
    if not addresses:
        return False
    with translation.override("nl"):
        subject = render_to_string(subject_template, context)
        body = render_to_string(body_template, context)
    try:
        EmailMessage(
            subject=" ".join(subject.split()),
            body=body,
            to=addresses,
            headers={"Auto-Submitted": "auto-generated"},
        ).send()
    except Exception:
        logger.exception("Could not send %s to the Stimulans group", subject_template)
        return False
    return True
