"""Mergers of organisations (municipal mergers): A + B → C on a date, recorded once
(OrganisationMerger), and every partnership in which A or B took part on that date continued
by C from that date.

Per affected partnership the predecessors' memberships end the day before the merger and
the successor gets a membership from the merger date (in the first predecessor's role),
unless it already takes part. These changes are a new revision of the partnership: where
a workflow applies (Registerreview) it is submitted for review, so a second person sees and
approves it; otherwise it is published. Partnerships that are locked, in review or have
unpublished changes are left out and named, to be done by hand.

The predecessors' own change (their end date, the successor they continue in) is a revision
of each predecessor that goes the same way (organisations are under Registerreview too,
issue 14): until a second registerbeheerder approves it, the public pages do not show the
merger. A predecessor that is locked or has a draft of its own cannot be merged (the form
says so) because its draft would be published with the merger.
"""

import datetime
from dataclasses import dataclass, field

from django.db import transaction

from wagtail.log_actions import log

from registers.models import Membership, Organisation, OrganisationMerger, Partnership

MERGER_ACTION = "registers.organisation_merger"


@dataclass
class Continuation:
    partnership: Partnership
    ending: list = field(default_factory=list)  # memberships of predecessors that end
    successor_role: str = ""  # the role of the new membership ("" when it takes part already)
    blocked: str = ""  # why it is left out


def _active_on(membership, date) -> bool:
    return (membership.left is None or membership.left >= date) and (
        membership.joined is None or membership.joined < date
    )


def organisation_blocked(organisation) -> bool:
    """A predecessor whose own revision cannot be made now: locked, or with a draft or a
    review in progress (a registerbeheerder finishes that first)."""
    return bool(
        organisation.locked
        or organisation.has_unpublished_changes
        or organisation.workflow_in_progress
    )


def plan(predecessors, successor, date) -> list[Continuation]:
    """What the merger would change, per partnership (for the preview and for the merger)."""
    predecessor_ids = {organisation.pk for organisation in predecessors}
    partnerships = (
        Partnership.objects.filter(
            memberships__organisation_id__in=predecessor_ids,
        )
        .distinct()
        .prefetch_related("memberships__organisation")
        .order_by("name")
    )
    result = []
    for partnership in partnerships:
        memberships = list(partnership.memberships.all())
        ending = [
            m for m in memberships if m.organisation_id in predecessor_ids and _active_on(m, date)
        ]
        if not ending:
            continue
        takes_part = any(
            m.organisation_id == successor.pk and (m.left is None or m.left >= date)
            for m in memberships
        )
        continuation = Continuation(
            partnership=partnership,
            ending=ending,
            successor_role="" if takes_part else ending[0].role,
        )
        if partnership.locked:
            continuation.blocked = "locked"
        elif partnership.has_unpublished_changes or partnership.workflow_in_progress:
            continuation.blocked = "unpublished"
        result.append(continuation)
    return result


@transaction.atomic
def record_merger(predecessors, successor, date: datetime.date, *, user=None, review=True):
    """(the merger, continuations done, continuations left out). `review=False` publishes
    the continuations without the review workflow (a data load: manage.py
    record_municipal_mergers, as the importer publishes)."""
    merger = OrganisationMerger.objects.create(date=date, successor=successor, recorded_by=user)
    merger.predecessors.set(predecessors)
    day_before = date - datetime.timedelta(days=1)
    for organisation in predecessors:
        _end(organisation, successor, day_before, user, review)
    done, left_out = [], []
    for continuation in plan(predecessors, successor, date):
        if continuation.blocked:
            left_out.append(continuation)
            continue
        _continue(continuation, successor, date, day_before, user, review)
        done.append(continuation)
    log(
        instance=successor,
        action=MERGER_ACTION,
        user=user,
        data={"predecessors": [o.name for o in predecessors], "date": date.isoformat()},
    )
    return merger, done, left_out


def _end(organisation, successor, day_before, user, review):
    """The predecessor ends the day before the merger and continues in the successor: a
    revision, submitted to Registerreview where that applies, else published."""
    organisation = Organisation.objects.get(pk=organisation.pk)
    successors = list(organisation.successors.all())
    if organisation.active_until is not None and organisation.active_until <= day_before:
        if successor in successors:
            return  # recorded before
    else:
        organisation.active_until = day_before
    if successor not in successors:
        # In memory (a ParentalManyToManyField): the revision holds it until it is published.
        organisation.successors = [*successors, successor]
    revision = organisation.save_revision(user=user)
    workflow = organisation.get_workflow() if review else None
    if workflow is not None and workflow.active:
        workflow.start(organisation, user)
    else:
        revision.publish(user=user, skip_permission_checks=True)


def _continue(continuation, successor, date, day_before, user, review=True):
    partnership = Partnership.objects.get(pk=continuation.partnership.pk)
    ending = {m.pk for m in continuation.ending}
    memberships = list(partnership.memberships.all())
    for membership in memberships:
        if membership.pk in ending:
            membership.left = day_before
    if continuation.successor_role:
        first = continuation.ending[0]
        memberships.append(
            Membership(
                organisation=successor,
                role=continuation.successor_role,
                joined=date,
                governing_bodies=first.governing_bodies,
                sort_order=max((m.sort_order or 0 for m in memberships), default=0) + 1,
            )
        )
    # Kept in memory: the revision holds the change; publishing it writes the memberships.
    partnership.memberships = memberships
    revision = partnership.save_revision(user=user)
    workflow = partnership.get_workflow() if review else None
    if workflow is not None and workflow.active:
        workflow.start(partnership, user)
    else:
        revision.publish(user=user, skip_permission_checks=True)
