"""Merging duplicates by two people (issue 14): in Register › Possible duplicates a
registerbeheerder proposes "merge B into A" with a reason; another member of Registerbeheer
sees the proposal (the duplicates queue, the dashboard) with the same preview and approves
it, which carries out the merge (registers/merging.py) as the approver, or rejects it with a
comment, optionally recording the pair as "not a duplicate".

When it applies follows the Registerreview workflow rather than a setting of its own: a
merge needs a second person exactly when partnership edits do, that is when the workflow
assigned to partnerships is active and has a second-person task. So Settings › Workflows is
the one switch an administrator turns for all register review (no deploy, no setting that
can disagree with it); with the workflow disabled or removed, one registerbeheerder merges
directly, as before.

`manage.py apply_merges` stays direct: it carries out the province's recorded decision,
run by an operator, and logs it.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from registers.merging import mark_not_a_duplicate, merge_partnerships
from registers.models import MergeProposal, Partnership, SecondPersonApprovalTask

MERGE_PROPOSED_ACTION = "registers.merge_proposed"
MERGE_REJECTED_ACTION = "registers.merge_rejected"


class ProposalRefused(Exception):
    """Why this person cannot do this with the proposal now (shown to them)."""


def needs_second_person() -> bool:
    workflow = Partnership.get_default_workflow()
    if workflow is None or not workflow.active:
        return False
    return SecondPersonApprovalTask.objects.filter(
        workflow_tasks__workflow=workflow, active=True
    ).exists()


def pending():
    return MergeProposal.objects.filter(status=MergeProposal.Status.PENDING).select_related(
        "proposed_by", "kept", "other"
    )


def pending_for_pair(first_pk, second_pk):
    """The pending proposal about these two entries, either way round, or None."""
    pair = [first_pk, second_pk]
    return pending().filter(kept_id__in=pair, other_id__in=pair).first()


def awaiting(user):
    """The pending proposals this person may decide: someone else's (a superuser, any)."""
    proposals = pending()
    if not user.is_superuser:
        proposals = proposals.exclude(proposed_by=user)
    return proposals


def may_decide(proposal, user) -> bool:
    return proposal.is_pending and (user.is_superuser or proposal.proposed_by_id != user.pk)


def propose(kept, other, *, user, reason: str = "") -> MergeProposal:
    existing = pending_for_pair(kept.pk, other.pk)
    if existing is not None:
        raise ProposalRefused(
            _("%(name)s already proposed a merge of these two; it awaits review.")
            % {"name": _person(existing.proposed_by)}
        )
    proposal = MergeProposal.objects.create(
        kept=kept,
        other=other,
        kept_name=kept.name[:255],
        other_name=other.name[:255],
        reason=reason[:255],
        proposed_by=user,
    )
    log(
        instance=kept,
        action=MERGE_PROPOSED_ACTION,
        user=user,
        data={"merged": other.name, "reason": reason, "proposal": proposal.pk},
    )
    return proposal


@transaction.atomic
def approve(proposal, *, user):
    """Carry out the merge as `user`; MergeRefused (merging.py) when it cannot be done now."""
    proposal = MergeProposal.objects.select_for_update().get(pk=proposal.pk)
    _check(proposal, user)
    if proposal.kept is None or proposal.other is None:
        raise ProposalRefused(_("One of the two entries no longer exists; reject the proposal."))
    reason = _("Proposed by %(proposer)s: %(reason)s") % {
        "proposer": _person(proposal.proposed_by),
        "reason": proposal.reason or "—",
    }
    merge = merge_partnerships(
        proposal.kept,
        proposal.other,
        user=user,
        reason=reason,
        log_data={"proposal": proposal.pk, "proposed_by": _person(proposal.proposed_by)},
    )
    proposal.status = MergeProposal.Status.APPROVED
    proposal.decided_by = user
    proposal.decided_at = timezone.now()
    proposal.merge = merge
    proposal.save(update_fields=["status", "decided_by", "decided_at", "merge"])
    return merge


@transaction.atomic
def reject(proposal, *, user, comment: str = "", not_a_duplicate: bool = False):
    proposal = MergeProposal.objects.select_for_update().get(pk=proposal.pk)
    _check(proposal, user)
    proposal.status = MergeProposal.Status.REJECTED
    proposal.decided_by = user
    proposal.decided_at = timezone.now()
    proposal.comment = comment[:500]
    proposal.save(update_fields=["status", "decided_by", "decided_at", "comment"])
    if proposal.kept is not None:
        log(
            instance=proposal.kept,
            action=MERGE_REJECTED_ACTION,
            user=user,
            data={"merged": proposal.other_name, "comment": comment, "proposal": proposal.pk},
        )
    if not_a_duplicate and proposal.kept is not None and proposal.other is not None:
        mark_not_a_duplicate(proposal.kept, proposal.other, user=user)
    return proposal


def _check(proposal, user):
    if not proposal.is_pending:
        raise ProposalRefused(_("This proposal has been decided already."))
    if not may_decide(proposal, user):
        raise ProposalRefused(_("Someone other than the proposer decides on a merge."))


def _person(user) -> str:
    if user is None:
        return "—"
    return user.get_full_name() or user.get_username()
