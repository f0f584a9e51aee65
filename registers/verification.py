"""Verification rounds (issue 14): the participating organisations check their partnerships.

`start_round` takes the outdated published partnerships (the rule of the dashboard and
`report_unverified`, registers/currency.py), optionally narrowed by a register selection (the
register page's own query string), and mails each participating organisation that has a
contact e-mail for verification (Organisation.verification_email) **one** signed,
time-limited link (django.core.signing) naming its VerificationInvitation. The public page
behind it (registers/verification_views.py) lists all its partnerships in the round; per
partnership it offers two answers:

- "Klopt": last_verified becomes today and last_verified_by(_organisation) the organisation,
  published as a revision and logged;
- "Correctie voorstellen": fields, participants (role, dates; new ones), contact and a new
  document link become a draft revision submitted to Registerreview, so a registerbeheerder
  approves it; nothing from outside is published directly.

Each partnership is answered once per round (by the first of its organisations to answer),
so a round causes at most one revision per partnership. `send_reminders` mails one reminder
after REGISTER_VERIFY_REMIND_AFTER_DAYS to organisations with open partnerships.

Links of rounds mailed per partnership (before invitations) name a VerificationRequest; they
keep working until they expire.
"""

import datetime
from urllib.parse import urlencode

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.http import QueryDict
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.log_actions import log

from cms import page_cache
from cms.site_url import absolute_url
from registers.currency import unverified_partnerships
from registers.exports import on_register_changed
from registers.models import (
    Membership,
    Organisation,
    Partnership,
    PartnershipDocument,
    VerificationInvitation,
    VerificationRequest,
    VerificationRound,
)

SALT = "registers.verification"
VERIFIED_BY = "verificatie via e-mail"
VERIFIED_ACTION = "registers.verified_by_email"
PROPOSED_ACTION = "registers.change_proposed_by_email"
MAX_SELECTION_LENGTH = 1000


class LinkInvalid(Exception):
    """The link was altered, has expired, or names a request that no longer exists."""

    def __init__(self, expired=False):
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


class SelectionInvalid(ValueError):
    """The register selection names a filter value the register does not know."""


def make_token(invitation: VerificationInvitation) -> str:
    return signing.dumps({"i": invitation.pk}, salt=SALT, compress=True)


def make_request_token(request: VerificationRequest) -> str:
    """A link of a round mailed per partnership (before invitations); tests use it."""
    return signing.dumps({"r": request.pk}, salt=SALT, compress=True)


def make_partnership_token(invitation: VerificationInvitation, request: VerificationRequest) -> str:
    """A token for one partnership of an invitation, for other apps that act on one
    partnership of the round (read back by read_request); in the verification page's URL it
    opens the organisation's page."""
    return signing.dumps({"i": invitation.pk, "q": request.pk}, salt=SALT, compress=True)


def _load(token: str) -> dict:
    if len(token) > 200:  # a real token is under 80 characters; do not hash megabytes
        raise LinkInvalid()
    max_age = datetime.timedelta(days=settings.REGISTER_VERIFY_LINK_DAYS)
    try:
        data = signing.loads(token, salt=SALT, max_age=max_age)
    except signing.SignatureExpired as error:
        raise LinkInvalid(expired=True) from error
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise LinkInvalid() from error
    if not isinstance(data, dict):
        raise LinkInvalid()
    return data


def read_request(token: str) -> VerificationRequest:
    """The one partnership's request a token names: a make_partnership_token token (with
    `.invitation` set to its invitation) or an older per-partnership link."""
    data = _load(token)
    if isinstance(data.get("i"), int) and isinstance(data.get("q"), int):
        invitation = read_token(token)
        request = (
            invitation.requests.filter(pk=data["q"], partnership__live=True)
            .select_related("partnership", "round")
            .first()
        )
        if request is None:
            raise LinkInvalid()
        request.invitation = invitation
        return request
    found = read_token(token)
    if not isinstance(found, VerificationRequest):
        raise LinkInvalid()
    found.invitation = None
    return found


def read_token(token: str) -> VerificationInvitation | VerificationRequest:
    """The invitation (or, for an older link, the single request) a link names."""
    data = _load(token)
    try:
        if isinstance(data.get("i"), int):
            return VerificationInvitation.objects.select_related("organisation", "round").get(
                pk=data["i"]
            )
        if isinstance(data.get("r"), int):
            return VerificationRequest.objects.select_related("partnership", "round").get(
                pk=data["r"], partnership__live=True, invitations__isnull=True
            )
    except (VerificationInvitation.DoesNotExist, VerificationRequest.DoesNotExist) as error:
        raise LinkInvalid() from error
    raise LinkInvalid()


def verification_url(target: VerificationInvitation | VerificationRequest) -> str:
    token = (
        make_token(target)
        if isinstance(target, VerificationInvitation)
        else make_request_token(target)
    )
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("register_verify", kwargs={"token": token})
    return absolute_url(path)


# --- which partnerships, which organisations ---------------------------------------------------


def parse_selection(selection: str) -> str:
    """The query string of a register selection: accepts "provincie=PV27", "?provincie=PV27"
    or a whole register URL. Raises SelectionInvalid for a value the register refuses."""
    from registers.search import RegisterQuery

    selection = (selection or "").strip()
    if len(selection) > MAX_SELECTION_LENGTH:
        raise SelectionInvalid(selection[:40])
    if "?" in selection:
        selection = selection.split("?", 1)[1]
    selection = selection.split("#", 1)[0]
    query = RegisterQuery.from_params(QueryDict(selection))
    if query.errors:
        raise SelectionInvalid(", ".join(f"{param}={value}" for param, value in query.errors))
    return urlencode(query.as_params())


def selected_partnerships(selection: str = "", days=None):
    """The outdated published partnerships of a register selection (empty: all)."""
    partnerships = unverified_partnerships(days)
    if selection:
        from registers.search import RegisterQuery, search_register

        query = RegisterQuery.from_params(QueryDict(selection))
        chosen = search_register(query, with_facets=False).partnerships
        partnerships = partnerships.filter(pk__in=chosen.values("pk"))
    return partnerships


def _pending_partnerships():
    """Partnerships asked in a round whose link is still valid and not yet answered."""
    valid_since = timezone.now() - datetime.timedelta(days=settings.REGISTER_VERIFY_LINK_DAYS)
    return VerificationRequest.objects.filter(answer=VerificationRequest.Answer.NONE).filter(
        Q(sent_at__gte=valid_since) | Q(invitations__sent_at__gte=valid_since)
    )


def plan_round(selection: str = "", days=None) -> dict:
    """organisation -> its partnerships to ask (outdated, in the selection, not pending), and
    the number of those partnerships no participating organisation can be asked about."""
    partnerships = selected_partnerships(selection, days).exclude(
        pk__in=_pending_partnerships().values("partnership_id")
    )
    # An organisation still answering a valid invitation is not mailed again (a daily cron
    # run would otherwise mail it each day a partnership of its becomes outdated); its new
    # partnerships follow once it has answered or its link has expired.
    busy = VerificationInvitation.objects.filter(
        sent_at__gte=timezone.now() - datetime.timedelta(days=settings.REGISTER_VERIFY_LINK_DAYS),
        requests__answer=VerificationRequest.Answer.NONE,
    ).values("organisation_id")
    memberships = (
        Membership.objects.filter(partnership__in=partnerships.values("pk"), left__isnull=True)
        .exclude(organisation__verification_email="")
        .exclude(organisation__in=busy)
        .select_related("organisation", "partnership")
        .order_by("organisation__name", "organisation_id", "partnership__name")
    )
    per_organisation = {}
    for membership in memberships:
        asked = per_organisation.setdefault(membership.organisation, [])
        if membership.partnership not in asked:
            asked.append(membership.partnership)
    covered = {p.pk for asked in per_organisation.values() for p in asked}
    return {
        "organisations": per_organisation,
        "partnerships": len(covered),
        "without_address": partnerships.exclude(pk__in=covered).count(),
    }


# --- mails ---------------------------------------------------------------------------------------


def _send(template: str, context: dict, to: str) -> None:
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string(f"registers/mail/{template}_subject.txt", context).strip()
        body = render_to_string(f"registers/mail/{template}_body.txt", context)
    send_mail(subject, body, None, [to])


def _mail_invitation(invitation: VerificationInvitation, *, reminder: bool) -> None:
    requests = invitation.requests.select_related("partnership").order_by("partnership__name")
    if reminder:
        requests = requests.filter(answer=VerificationRequest.Answer.NONE)
    context = {
        "organisation": invitation.organisation,
        "partnerships": [r.partnership for r in requests],
        "url": verification_url(invitation),
        "days": settings.REGISTER_VERIFY_LINK_DAYS,
        "reminder": reminder,
    }
    _send("verification_organisation", context, invitation.email)


def _mail_request(request: VerificationRequest, *, reminder: bool) -> None:
    """A reminder for a request of a round mailed per partnership."""
    context = {
        "partnership": request.partnership,
        "url": verification_url(request),
        "days": settings.REGISTER_VERIFY_LINK_DAYS,
        "reminder": reminder,
    }
    _send("verification", context, request.email)


def start_round(*, user=None, days=None, limit=None, selection: str = "") -> VerificationRound:
    """Mail each participating organisation of the round's partnerships one link; at most
    `limit` mails (the other organisations' partnerships are left for a next round).
    Partnerships asked in a round whose link is still valid and unanswered are not asked
    again. `selection` is a query string of the register (parse_selection)."""
    limit = settings.REGISTER_VERIFY_MAX_MAILS if limit is None else limit
    plan = plan_round(selection, days)
    verification_round = VerificationRound.objects.create(started_by=user, selection=selection)
    requests = {}
    for organisation, partnerships in list(plan["organisations"].items())[:limit]:
        invitation = VerificationInvitation.objects.create(
            round=verification_round,
            organisation=organisation,
            email=organisation.verification_email,
            sent_at=timezone.now(),
        )
        for partnership in partnerships:
            if partnership.pk not in requests:
                requests[partnership.pk] = VerificationRequest.objects.create(
                    round=verification_round, partnership=partnership
                )
        invitation.requests.set([requests[p.pk] for p in partnerships])
        _mail_invitation(invitation, reminder=False)
    return verification_round


def send_reminders(*, after_days=None, limit=None) -> int:
    """One reminder to each organisation with open partnerships `after_days` after its mail,
    while its link is valid (and to the unanswered requests of rounds mailed per
    partnership)."""
    after_days = settings.REGISTER_VERIFY_REMIND_AFTER_DAYS if after_days is None else after_days
    limit = settings.REGISTER_VERIFY_MAX_MAILS if limit is None else limit
    now = timezone.now()
    window = {
        "reminded_at__isnull": True,
        "sent_at__lte": now - datetime.timedelta(days=after_days),
        "sent_at__gte": now - datetime.timedelta(days=settings.REGISTER_VERIFY_LINK_DAYS),
    }
    sent = 0
    invitations = (
        VerificationInvitation.objects.filter(**window)
        .filter(requests__answer=VerificationRequest.Answer.NONE)
        .distinct()
        .select_related("organisation")[:limit]
    )
    for invitation in invitations:
        _mail_invitation(invitation, reminder=True)
        invitation.reminded_at = now
        invitation.save(update_fields=["reminded_at"])
        sent += 1
    legacy = VerificationRequest.objects.filter(
        **window, answer=VerificationRequest.Answer.NONE, partnership__live=True
    ).select_related("partnership")[: max(limit - sent, 0)]
    for request in legacy:
        _mail_request(request, reminder=True)
        request.reminded_at = now
        request.save(update_fields=["reminded_at"])
        sent += 1
    return sent


# --- answers -------------------------------------------------------------------------------------


def _who(request: VerificationRequest, organisation: Organisation | None) -> dict:
    if organisation is not None:
        return {"by": organisation.name, "organisation": organisation.pk}
    return {"by": VERIFIED_BY, "email": request.email}


@transaction.atomic
def confirm(request: VerificationRequest, organisation: Organisation | None = None) -> bool:
    """ "Klopt": the entry is verified today, by the organisation (or, for a link mailed per
    partnership, "verificatie via e-mail"). False when the partnership was answered already."""
    request = VerificationRequest.objects.select_for_update().get(pk=request.pk)
    if request.answer != VerificationRequest.Answer.NONE:
        return False
    partnership = Partnership.objects.select_for_update().get(pk=request.partnership_id)
    today = timezone.localdate()
    verified_by = organisation.name[:150] if organisation is not None else VERIFIED_BY
    revision = None
    if partnership.has_unpublished_changes:
        # A draft waits in review: publishing a revision now would publish it too, so only
        # the live row's verification date changes.
        Partnership.objects.filter(pk=partnership.pk).update(
            last_verified=today,
            last_verified_by=verified_by,
            last_verified_by_organisation=organisation,
        )
        # An update sends no publish signal: the register changed all the same (its
        # "outdated" filter, its result cards, the anonymous pages that show the date).
        page_cache.purge()
        on_register_changed()
    else:
        partnership.last_verified = today
        partnership.last_verified_by = verified_by
        partnership.last_verified_by_organisation = organisation
        revision = partnership.save_revision(log_action=False, clean=False)
        revision.publish(skip_permission_checks=True, log_action=False)
    log(
        instance=partnership,
        action=VERIFIED_ACTION,
        revision=revision,
        data=_who(request, organisation),
    )
    _answered(request, VerificationRequest.Answer.CONFIRMED, organisation)
    return True


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
def propose(
    request: VerificationRequest,
    changes: dict,
    note: str,
    organisation: Organisation | None = None,
    participants: list | None = None,
    document: dict | None = None,
) -> bool:
    """ "Correctie voorstellen": a draft revision submitted to Registerreview.

    `participants`: the participant list as proposed, dicts with `membership` (the pk of an
    existing participant, or None for a new one), `organisation`, `role`, `joined`, `left`.
    Existing participants not named keep their data. `document`: title and url of a document
    to add. False when the partnership was answered already."""
    request = VerificationRequest.objects.select_for_update().get(pk=request.pk)
    if request.answer != VerificationRequest.Answer.NONE:
        return False
    partnership = Partnership.objects.select_for_update().get(pk=request.partnership_id)
    draft = partnership.get_latest_revision_as_object()
    for field, value in changes.items():
        if field in PROPOSAL_FIELDS:
            setattr(draft, field, value)
    if participants:
        memberships = list(draft.memberships.all())
        by_pk = {m.pk: m for m in memberships if m.pk}
        for proposed in participants:
            membership = by_pk.get(proposed.get("membership"))
            if membership is None:
                membership = Membership(organisation=proposed["organisation"])
                memberships.append(membership)
            membership.role = proposed["role"]
            membership.joined = proposed["joined"]
            membership.left = proposed["left"]
        draft.memberships = memberships
    if document and document.get("title") and document.get("url"):
        documents = list(draft.documents.all())
        documents.append(PartnershipDocument(title=document["title"], url=document["url"]))
        draft.documents = documents
    # clean=True: a proposal that breaks the model's rules raises ValidationError and saves
    # nothing (the view shows the form again).
    revision = draft.save_revision(log_action=False, clean=True)
    log(
        instance=partnership,
        action=PROPOSED_ACTION,
        revision=revision,
        data={**_who(request, organisation), "note": note},
    )
    workflow = partnership.get_workflow()
    if workflow is not None and not partnership.workflow_in_progress:
        workflow.start(draft, None)
    request.note = note
    _answered(request, VerificationRequest.Answer.PROPOSED, organisation)
    return True


def _answered(request: VerificationRequest, answer: str, organisation=None) -> None:
    request.answer = answer
    request.answered_at = timezone.now()
    request.answered_by = organisation
    request.save(update_fields=["answer", "answered_at", "answered_by", "note"])
