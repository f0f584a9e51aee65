"""Admin pages of the register beyond the snippet views: possible duplicates, their merge
(registers/merging.py; proposed by one registerbeheerder and approved by another,
registers/merge_review.py) and "not a duplicate"; recording a merger of organisations
(registers/mergers.py)."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from registers import merge_review, quality
from registers.mergers import organisation_blocked, plan, record_merger
from registers.merging import (
    MergeRefused,
    mark_not_a_duplicate,
    merge_partnerships,
    preview,
    why_not,
)
from registers.models import Membership, MergeProposal, Organisation, Partnership


def _may_merge(user) -> bool:
    # A merge changes one entry and removes the other.
    return user.has_perm("registers.change_partnership") and user.has_perm(
        "registers.delete_partnership"
    )


def duplicates(request):
    """Register › possible duplicates: the detector's pairs (registers/duplicates.py)."""
    if not request.user.has_perm("registers.change_partnership"):
        raise PermissionDenied
    return render(
        request,
        "registers/admin/duplicates.html",
        {
            "page_title": gettext_lazy("Possible duplicates"),
            "header_title": gettext_lazy("Possible duplicates"),
            "duplicates": _with_proposals(quality.duplicate_pairs()),
            "may_merge": _may_merge(request.user),
            "proposals": list(merge_review.pending()),
            "needs_second_person": merge_review.needs_second_person(),
        },
    )


def _with_proposals(pairs):
    """(pair, its pending merge proposal or None) for each pair: one query for the page."""
    pending = {
        frozenset((proposal.kept_id, proposal.other_id)): proposal
        for proposal in merge_review.pending()
    }
    return [(pair, pending.get(frozenset((pair.first.pk, pair.second.pk)))) for pair in pairs]


def quality_queue(request):
    """Register › data quality: the entries each check finds (registers/quality.py)."""
    if not request.user.has_perm("registers.change_partnership"):
        raise PermissionDenied
    return render(
        request,
        "registers/admin/quality.html",
        {
            "page_title": gettext_lazy("Register data quality"),
            "header_title": gettext_lazy("Register data quality"),
            "listed": quality.LISTED,
            **quality.queue(),
        },
    )


def _with_children(queryset):
    return queryset.prefetch_related(
        Prefetch("memberships", queryset=Membership.objects.select_related("organisation")),
        "documents",
        "domains",
    )


def merge(request, keep_pk, other_pk):
    """Confirm (GET) and propose (POST) the merge of `other` into `keep`; carried out at
    once only when merges need no second person (registers/merge_review.py)."""
    if not _may_merge(request.user):
        raise PermissionDenied
    pairs = _with_children(Partnership.objects.all())
    kept = get_object_or_404(pairs, pk=keep_pk)
    other = get_object_or_404(pairs, pk=other_pk)
    problem = why_not(kept, other)
    existing = merge_review.pending_for_pair(kept.pk, other.pk)
    if existing is not None:
        return redirect("register_merge_proposal", existing.pk)
    second_person = merge_review.needs_second_person()
    reason = request.POST.get("reason", "").strip()
    if request.method == "POST" and not problem:
        try:
            if second_person:
                merge_review.propose(kept, other, user=request.user, reason=reason)
            else:
                merge_partnerships(kept, other, user=request.user, reason=reason)
        except (MergeRefused, merge_review.ProposalRefused) as refused:
            problem = str(refused)
        else:
            if second_person:
                messages.success(
                    request,
                    _(
                        "Merge of “%(other)s” into “%(kept)s” proposed; another registerbeheerder "
                        "approves it."
                    )
                    % {"other": other.name, "kept": kept.name},
                )
            else:
                _say_merged(request, other_name=other.name, kept_name=kept.name)
            return redirect("register_duplicates")
    if problem:
        messages.error(request, problem)
    return render(
        request,
        "registers/admin/merge_confirm.html",
        {
            "page_title": _("Merge duplicates"),
            "header_title": _("Merge “%(other)s” into “%(kept)s”")
            % {"other": other.name, "kept": kept.name},
            "kept": kept,
            "other": other,
            "problem": problem,
            "preview": preview(kept, other),
            "needs_second_person": second_person,
        },
    )


def _say_merged(request, *, other_name, kept_name):
    """The message after a merge, whether done at once or approved as a proposal."""
    messages.success(
        request,
        _("“%(other)s” was merged into “%(kept)s”; its address now leads there.")
        % {"other": other_name, "kept": kept_name},
    )


def merge_proposal(request, pk):
    """A pending (or decided) merge proposal: the preview, and for another member of
    Registerbeheer the buttons to approve (which merges) or reject it."""
    if not _may_merge(request.user):
        raise PermissionDenied
    proposal = get_object_or_404(
        MergeProposal.objects.select_related("proposed_by", "decided_by"), pk=pk
    )
    may_decide = merge_review.may_decide(proposal, request.user)
    if request.method == "POST":
        action = request.POST.get("action")
        if action not in {"approve", "reject"}:
            messages.error(request, _("Choose approve or reject."))
        elif not may_decide:
            messages.error(request, _("Someone other than the proposer decides on a merge."))
        else:
            try:
                if action == "approve":
                    merge_review.approve(proposal, user=request.user)
                else:
                    merge_review.reject(
                        proposal,
                        user=request.user,
                        comment=request.POST.get("comment", "").strip(),
                        not_a_duplicate=bool(request.POST.get("not_a_duplicate")),
                    )
            except (MergeRefused, merge_review.ProposalRefused) as refused:
                messages.error(request, str(refused))
            else:
                if action == "approve":
                    _say_merged(
                        request, other_name=proposal.other_name, kept_name=proposal.kept_name
                    )
                else:
                    messages.success(
                        request,
                        _("The merge of “%(other)s” into “%(kept)s” was rejected.")
                        % {"other": proposal.other_name, "kept": proposal.kept_name},
                    )
                return redirect("register_duplicates")
    kept = other = None
    problem = ""
    merge_preview = None
    if proposal.is_pending:
        pairs = _with_children(Partnership.objects.all())
        kept = pairs.filter(pk=proposal.kept_id).first()
        other = pairs.filter(pk=proposal.other_id).first()
        if kept is None or other is None:
            problem = _("One of the two entries no longer exists; reject the proposal.")
        else:
            problem = why_not(kept, other)
            merge_preview = preview(kept, other)
    return render(
        request,
        "registers/admin/merge_proposal.html",
        {
            "page_title": _("Merge proposal"),
            "header_title": _("Merge “%(other)s” into “%(kept)s”")
            % {"other": proposal.other_name, "kept": proposal.kept_name},
            "proposal": proposal,
            "kept": kept,
            "other": other,
            "problem": problem,
            "preview": merge_preview,
            "may_decide": may_decide,
            "is_proposer": proposal.proposed_by_id == request.user.pk,
        },
    )


@require_POST
def not_a_duplicate(request, first_pk, second_pk):
    if not request.user.has_perm("registers.change_partnership"):
        raise PermissionDenied
    first = get_object_or_404(Partnership, pk=first_pk)
    second = get_object_or_404(Partnership, pk=second_pk)
    if first.pk == second.pk:
        raise PermissionDenied
    mark_not_a_duplicate(first, second, user=request.user)
    messages.success(
        request,
        _("“%(first)s” and “%(second)s” are no longer listed as possible duplicates.")
        % {"first": first.name, "second": second.name},
    )
    return redirect("register_duplicates")


# --- mergers of organisations ---------------------------------------------------------------


class MergerForm(forms.Form):
    predecessors = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Predecessors"),
        queryset=Organisation.objects.order_by("name"),
        help_text=gettext_lazy("The organisations that merge (hold Ctrl to choose several)."),
    )
    successor = forms.ModelChoiceField(
        label=gettext_lazy("Successor"), queryset=Organisation.objects.order_by("name")
    )
    date = forms.DateField(
        label=gettext_lazy("Date of the merger"),
        help_text=gettext_lazy("The first day on which the successor exists."),
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def clean(self):
        cleaned = super().clean()
        successor, predecessors = cleaned.get("successor"), cleaned.get("predecessors")
        if successor and predecessors and successor in predecessors:
            raise forms.ValidationError(_("The successor cannot be one of its predecessors."))
        blocked = [o.name for o in predecessors or [] if organisation_blocked(o)]
        if blocked:
            # Its own draft would be published together with the merger.
            raise forms.ValidationError(
                _(
                    "Finish the draft or review of %(names)s first (or unlock it): the merger "
                    "is a new version of each predecessor."
                )
                % {"names": ", ".join(blocked)}
            )
        return cleaned


def record_merger_view(request):
    """Register › Organisations › "Record a merger": the form, a preview of every
    partnership it continues, then the merger (registers/mergers.py)."""
    if not request.user.has_perm("registers.change_organisation") or not request.user.has_perm(
        "registers.change_partnership"
    ):
        raise PermissionDenied
    form = MergerForm(request.POST or None)
    continuations = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        predecessors = list(data["predecessors"])
        if "confirm" in request.POST:
            merger, done, left_out = record_merger(
                predecessors, data["successor"], data["date"], user=request.user
            )
            messages.success(
                request,
                ngettext(
                    "Merger recorded: %(count)s partnership continued by %(successor)s "
                    "(submitted for review where a workflow applies).",
                    "Merger recorded: %(count)s partnerships continued by %(successor)s "
                    "(submitted for review where a workflow applies).",
                    len(done),
                )
                % {"count": len(done), "successor": data["successor"].name},
            )
            if left_out:
                messages.warning(
                    request,
                    _("Left out, to do by hand (in review, locked or with a draft): %(names)s")
                    % {"names": ", ".join(c.partnership.name for c in left_out)},
                )
            return redirect("wagtailsnippets_registers_organisation:list")
        continuations = plan(predecessors, data["successor"], data["date"])
    return render(
        request,
        "registers/admin/record_merger.html",
        {
            "page_title": _("Record a merger"),
            "header_title": _("Record a merger"),
            "form": form,
            "continuations": continuations,
        },
    )


class VerificationRoundForm(forms.Form):
    selection = forms.CharField(
        label=gettext_lazy("Register selection"),
        required=False,
        max_length=1000,
        help_text=gettext_lazy(
            "Paste the address of a selection on the register page (for example "
            "…/register/?provincie=PV27&rechtsvorm=gemeenschappelijke-regeling), or only its "
            "query string. Empty: every outdated partnership."
        ),
    )

    def clean_selection(self):
        from registers.verification import SelectionInvalid, parse_selection

        try:
            return parse_selection(self.cleaned_data["selection"])
        except SelectionInvalid as error:
            raise forms.ValidationError(
                _("The register does not know this filter value: %(values)s") % {"values": error}
            ) from error


def start_verification_round(request):
    """Register › "Start a verification round": choose a selection (or all), preview how
    many organisations and partnerships it asks, then start it (registers/verification.py)."""
    from registers.verification import plan_round, start_round

    if not request.user.has_perm("registers.change_partnership"):
        raise PermissionDenied
    data = request.POST if request.method == "POST" else (request.GET or None)
    form = VerificationRoundForm(data)
    plan = None
    if form.is_valid():
        selection = form.cleaned_data["selection"]
        if request.method == "POST" and request.POST.get("start"):
            verification_round = start_round(user=request.user, selection=selection)
            progress = verification_round.progress()
            if progress["organisations"]:
                messages.success(
                    request,
                    ngettext(
                        "Verification round started: %(count)d organisation was mailed "
                        "about %(partnerships)d partnerships.",
                        "Verification round started: %(count)d organisations were mailed "
                        "about %(partnerships)d partnerships.",
                        progress["organisations"],
                    )
                    % {"count": progress["organisations"], "partnerships": progress["mailed"]},
                )
            else:
                verification_round.delete()
                messages.info(
                    request,
                    _("No outdated partnership in this selection has an organisation to ask."),
                )
            return redirect("wagtailadmin_home")
        plan = plan_round(selection)
    return render(
        request,
        "registers/admin/verification_round.html",
        {
            "page_title": _("Start a verification round"),
            "header_title": _("Start a verification round"),
            "form": form,
            "plan": plan,
            "organisation_count": len(plan["organisations"]) if plan else 0,
            "limit": settings.REGISTER_VERIFY_MAX_MAILS,
        },
    )
