"""Translations through the Redactie's review, from wagtail-localize's translation editor.

wagtail-localize's editor keeps the translated strings in its own tables and writes them to
the page only on "Publish in English"; its footer has no workflow action, so a communicator
(who may not publish) could translate but not submit, and a redacteur could only publish
unreviewed. The editor page gets a review bar (templates/wagtail_localize/admin/
edit_translation.html) with the same actions as the page editor's footer:

- "Submit to Redactiereview" writes the translation to a draft revision of the English page
  and starts the page's workflow (or resumes it after "Request changes");
- the Redactie's "Approve" writes what the editor shows to a revision first — a redacteur's
  own corrections are part of what they approve (SitePage.save_revision keeps the review on
  the reviewer's revision) — then approves, which publishes as for a Dutch page;
- "Request changes" sends it back with a comment.

An English page still cannot go live before its Dutch source (pages/translation_rules.py).
"""

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation

from pages.translation_rules import SourceNotLive

SUBMIT, APPROVE, REJECT = "submit", "approve", "reject"


def translated_page(translation: Translation):
    """The target page of a page translation, or None (snippets, a deleted target)."""
    try:
        instance = translation.get_target_instance()
    except ObjectDoesNotExist:
        return None
    return instance.specific if isinstance(instance, Page) else None


def review_state(page, user) -> dict:
    """What the review bar shows this user for this page: the workflow, and which of
    submit / approve / request changes they may do now."""
    workflow = page.get_workflow()
    state = page.current_workflow_state
    task = page.current_workflow_task
    perms = page.permissions_for_user(user)
    may_submit = bool(workflow) and perms.can_submit_for_moderation()
    task_actions = (
        {name for name, _label, _modal in task.get_actions(page, user)} if task else set()
    )
    in_review = bool(state) and state.status == WorkflowState.STATUS_IN_PROGRESS
    needs_changes = bool(state) and state.status == WorkflowState.STATUS_NEEDS_CHANGES
    return {
        "workflow": workflow,
        "state": state,
        "task": task,
        "in_review": in_review,
        "needs_changes": needs_changes,
        "may_submit": may_submit and not in_review,
        "may_approve": in_review and APPROVE in task_actions,
        "approval_publishes": in_review and state.is_at_final_task,
        "may_reject": in_review and REJECT in task_actions,
    }


def save_as_draft(translation, user):
    """Write the translated strings to a new draft revision of the translated page.

    wagtail-localize's save_target(publish=False) saves a revision, but first writes the
    translated fields to the page's own row — and for a live page that row is what
    visitors see. The row gets the live revision's content back, so only the revision
    carries the draft, as when a page is saved in Wagtail's own editor.
    """
    with transaction.atomic():
        translation.save_target(user=user, publish=False)
        page = Page.objects.get(pk=translated_page(translation).pk).specific
        if page.live and page.live_revision_id:
            page.live_revision.as_object().save(clean=False)
            page = Page.objects.get(pk=page.pk).specific
    return page


def _submit(request, translation, page, review):
    page = save_as_draft(translation, request.user)
    if review["needs_changes"]:
        review["state"].resume(user=request.user)
    else:
        review["workflow"].start(page, request.user)
    messages.success(
        request,
        _("The translation “%(title)s” was submitted to %(workflow)s.")
        % {"title": page.title, "workflow": review["workflow"].name},
    )


def _approve(request, translation, page, review):
    comment = request.POST.get("comment", "").strip()
    try:
        with transaction.atomic():
            # What the redacteur sees in the editor is what goes live, corrections included.
            page = save_as_draft(translation, request.user)
            page.current_workflow_task.on_action(
                page.current_workflow_task_state, request.user, APPROVE, comment=comment
            )
    except SourceNotLive as refusal:
        for message in refusal.messages:
            messages.error(request, message)
        return
    page.refresh_from_db()
    if page.live and not page.has_unpublished_changes:
        messages.success(
            request, _("“%(title)s” was approved and published.") % {"title": page.title}
        )
    else:
        messages.success(request, _("“%(title)s” was approved.") % {"title": page.title})


def _reject(request, translation, page, review):
    comment = request.POST.get("comment", "").strip()
    page.current_workflow_task.on_action(
        page.current_workflow_task_state, request.user, REJECT, comment=comment
    )
    messages.success(
        request,
        _("Changes were requested for “%(title)s”.") % {"title": page.title},
    )


ACTIONS = {
    SUBMIT: ("may_submit", _submit),
    APPROVE: ("may_approve", _approve),
    REJECT: ("may_reject", _reject),
}


@require_POST
def translation_review_action(request, translation_id, action):
    translation = get_object_or_404(Translation, pk=translation_id)
    page = translated_page(translation)
    if (
        page is None
        or action not in ACTIONS
        or not page.permissions_for_user(request.user).can_edit()
    ):
        raise PermissionDenied
    allowed, perform = ACTIONS[action]
    review = review_state(page, request.user)
    if not review[allowed]:
        # The state changed since the editor was opened (someone else approved, say).
        messages.warning(request, _("This action is no longer available for this page."))
    else:
        perform(request, translation, page, review)
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
