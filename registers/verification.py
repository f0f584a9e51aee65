"""Verification rounds (issue 14): ask each outdated entry's contact whether it still holds.

`start_round` mails every outdated published partnership with a contact e-mail a signed,
time-limited link (django.core.signing) naming one VerificationRequest. The public page
behind it (registers/views.py `verify`) offers two answers:

- "Klopt": last_verified becomes today, published as a revision and logged as
  "verificatie via e-mail";
- "Wijziging voorstellen": the proposal becomes a draft revision submitted to Registerreview,
  so a registerbeheerder approves it; nothing from outside is published directly.

Each link answers once, so a link can cause at most one revision. `send_reminders` mails
one reminder after REGISTER_VERIFY_REMIND_AFTER_DAYS without an answer.
"""

import datetime

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.log_actions import log

from cms.site_url import absolute_url
from registers.currency import unverified_partnerships
from registers.models import Partnership, VerificationRequest, VerificationRound

SALT = "registers.verification"
VERIFIED_BY = "verificatie via e-mail"
VERIFIED_ACTION = "registers.verified_by_email"
PROPOSED_ACTION = "registers.change_proposed_by_email"


class LinkInvalid(Exception):
    """The link was altered, has expired, or names a request that no longer exists."""

    def __init__(self, expired=False):
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


def make_token(request: VerificationRequest) -> str:
    return signing.dumps({"r": request.pk}, salt=SALT, compress=True)


def read_token(token: str) -> VerificationRequest:
    if len(token) > 200:  # a real token is under 80 characters; do not hash megabytes
        raise LinkInvalid()
    max_age = datetime.timedelta(days=settings.REGISTER_VERIFY_LINK_DAYS)
    try:
        data = signing.loads(token, salt=SALT, max_age=max_age)
    except signing.SignatureExpired as error:
        raise LinkInvalid(expired=True) from error
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise LinkInvalid() from error
    pk = data.get("r") if isinstance(data, dict) else None
    if not isinstance(pk, int):
        raise LinkInvalid()
    try:
        return VerificationRequest.objects.select_related("partnership", "round").get(
            pk=pk, partnership__live=True
        )
    except VerificationRequest.DoesNotExist as error:
        raise LinkInvalid() from error


def verification_url(request: VerificationRequest) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("register_verify", kwargs={"token": make_token(request)})
    return absolute_url(path)


def _mail(request: VerificationRequest, *, reminder: bool) -> None:
    context = {
        "partnership": request.partnership,
        "url": verification_url(request),
        "days": settings.REGISTER_VERIFY_LINK_DAYS,
        "reminder": reminder,
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("registers/mail/verification_subject.txt", context).strip()
        body = render_to_string("registers/mail/verification_body.txt", context)
    send_mail(subject, body, None, [request.email])


def start_round(*, user=None, days=None, limit=None) -> VerificationRound:
    """Mail every outdated published partnership's contact; at most `limit` mails (the
    rest are left for a next round). Entries already asked in a round whose link is still
    valid and unanswered are not asked again."""
    limit = settings.REGISTER_VERIFY_MAX_MAILS if limit is None else limit
    link_valid_since = timezone.now() - datetime.timedelta(days=settings.REGISTER_VERIFY_LINK_DAYS)
    pending = VerificationRequest.objects.filter(
        answer=VerificationRequest.Answer.NONE, sent_at__gte=link_valid_since
    ).values("partnership_id")
    partnerships = (
        unverified_partnerships(days)
        .exclude(contact_email="")
        .exclude(pk__in=pending)
        .only("pk", "name", "slug", "contact_email")[:limit]
    )
    verification_round = VerificationRound.objects.create(started_by=user)
    for partnership in partnerships:
        request = VerificationRequest.objects.create(
            round=verification_round,
            partnership=partnership,
            email=partnership.contact_email,
            sent_at=timezone.now(),
        )
        _mail(request, reminder=False)
    return verification_round


def send_reminders(*, after_days=None, limit=None) -> int:
    """One reminder to each request unanswered for `after_days`, while its link is valid."""
    after_days = settings.REGISTER_VERIFY_REMIND_AFTER_DAYS if after_days is None else after_days
    limit = settings.REGISTER_VERIFY_MAX_MAILS if limit is None else limit
    now = timezone.now()
    due = VerificationRequest.objects.filter(
        answer=VerificationRequest.Answer.NONE,
        reminded_at__isnull=True,
        sent_at__lte=now - datetime.timedelta(days=after_days),
        sent_at__gte=now - datetime.timedelta(days=settings.REGISTER_VERIFY_LINK_DAYS),
        partnership__live=True,
    ).select_related("partnership")[:limit]
    sent = 0
    for request in due:
        _mail(request, reminder=True)
        request.reminded_at = now
        request.save(update_fields=["reminded_at"])
        sent += 1
    return sent


@transaction.atomic
def confirm(request: VerificationRequest) -> None:
    """ "Klopt": the entry is verified today, by e-mail."""
    partnership = Partnership.objects.select_for_update().get(pk=request.partnership_id)
    today = timezone.localdate()
    revision = None
    if partnership.has_unpublished_changes:
        # A draft waits in review: publishing a revision now would publish it too, so only
        # the live row's verification date changes.
        Partnership.objects.filter(pk=partnership.pk).update(
            last_verified=today, last_verified_by=VERIFIED_BY
        )
    else:
        partnership.last_verified = today
        partnership.last_verified_by = VERIFIED_BY
        revision = partnership.save_revision(log_action=False, clean=False)
        revision.publish(skip_permission_checks=True, log_action=False)
    log(
        instance=partnership,
        action=VERIFIED_ACTION,
        revision=revision,
        data={"by": VERIFIED_BY, "email": request.email},
    )
    _answered(request, VerificationRequest.Answer.CONFIRMED)


PROPOSAL_FIELDS = [
    "name",
    "abbreviation",
    "executing_body",
    "seat_address",
    "seat_postcode",
    "seat_place",
    "official_contact",
    "contact_email",
    "legal_basis_url",
    "description",
]


@transaction.atomic
def propose(request: VerificationRequest, changes: dict, note: str) -> None:
    """ "Wijziging voorstellen": a draft revision submitted to Registerreview."""
    partnership = Partnership.objects.select_for_update().get(pk=request.partnership_id)
    draft = partnership.get_latest_revision_as_object()
    for field, value in changes.items():
        if field in PROPOSAL_FIELDS:
            setattr(draft, field, value)
    # clean=True: a proposal that breaks the model's rules raises ValidationError and saves
    # nothing (the view shows the form again).
    revision = draft.save_revision(log_action=False, clean=True)
    log(
        instance=partnership,
        action=PROPOSED_ACTION,
        revision=revision,
        data={"by": VERIFIED_BY, "email": request.email, "note": note},
    )
    workflow = partnership.get_workflow()
    if workflow is not None and not partnership.workflow_in_progress:
        workflow.start(draft, None)
    request.note = note
    _answered(request, VerificationRequest.Answer.PROPOSED)


def _answered(request: VerificationRequest, answer: str) -> None:
    request.answer = answer
    request.answered_at = timezone.now()
    request.save(update_fields=["answer", "answered_at", "note"])
