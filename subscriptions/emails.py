"""The mails of a subscription: the confirmation request (double opt-in) and the digest."""

import logging

from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation

from subscriptions import conf, links, targets

logger = logging.getLogger(__name__)

AUTO = {"Auto-Submitted": "auto-generated"}


def site_name(page) -> str:
    site = page.get_site() if page is not None else None
    return (site.site_name if site else "") or "Samenwerkingsportaal"


def confirmation_email(subscription) -> EmailMessage:
    with translation.override(subscription.language):
        page = targets.register_page(subscription.language)
        context = {
            "subscription": subscription,
            "what": targets.name(subscription),
            "page_url": targets.page_url(subscription, page),
            "confirm_url": links.confirm_url(subscription),
            "days": conf.unconfirmed_days(),
            "site_name": site_name(page),
        }
        subject = render_to_string("subscriptions/email/confirm_subject.txt", context)
        body = render_to_string("subscriptions/email/confirm.txt", context)
    return EmailMessage(
        subject=" ".join(subject.split()), body=body, to=[subscription.email], headers=AUTO
    )


def send_confirmation(subscription) -> bool:
    """A mail server failure is logged, not raised: the visitor sees the same page either way
    (and may try again later)."""
    try:
        confirmation_email(subscription).send()
    except Exception:
        logger.exception("Could not send the confirmation mail of subscription %s", subscription.pk)
        return False
    return True


def digest_email(
    email: str, language: str, sections: list, *, manage: str, site_name: str
) -> EmailMultiAlternatives:
    """One mail for one address: a section per subscription with changes. The
    List-Unsubscribe header leads to the address's manage page (`manage`), which also takes
    the one-click POST of RFC 8058 (it unsubscribes the address from everything)."""
    with translation.override(language):
        context = {
            "sections": sections,
            "manage_url": manage,
            "site_name": site_name,
            "change_count": sum(len(s.items) + s.more for s in sections),
        }
        subject = render_to_string("subscriptions/email/digest_subject.txt", context)
        text = render_to_string("subscriptions/email/digest.txt", context)
        html = render_to_string("subscriptions/email/digest.html", context)
    message = EmailMultiAlternatives(
        subject=" ".join(subject.split()),
        body=text,
        to=[email],
        headers={
            **AUTO,
            "List-Unsubscribe": f"<{manage}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.attach_alternative(html, "text/html")
    return message
