"""A reviewer's own edit is part of what they approve.

WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT (cms/settings.py) reopens a review when the
page changes while it is in review, so nobody publishes what the reviewer did not see. It
also reopened the review when the reviewer themself corrected a typo and clicked
"Goedkeuren": Wagtail saved the correction as a new revision, approved the old one and
started the same task again for the new one, so the page stayed "ter goedkeuring".

A redacteur who edits a page they are reviewing expects their approval to publish the
page as they left it. So when the author of a new revision may approve the task in
progress, the task moves to that revision: approving then publishes it, and the
communicator's submitted version plus the redacteur's correction is what goes live.
Anyone else's edit (the page is locked for non-reviewers during review) still reopens it.
"""


def keep_review_on_reviewers_revision(page, revision, user):
    if user is None or not page.pk:
        return
    task_state = page.current_workflow_task_state
    if task_state is None or task_state.revision_id == revision.pk:
        return
    task = task_state.task.specific
    if any(name == "approve" for name, _label, _modal in task.get_actions(page, user)):
        task_state.revision = revision
        task_state.save(update_fields=["revision"])


class ReviewersEditIsApproved:
    """Mixin for anything under a review workflow (pages, register entries): a revision saved
    by someone who may approve the task in progress becomes the revision that task approves."""

    def save_revision(self, *args, **kwargs):
        revision = super().save_revision(*args, **kwargs)
        keep_review_on_reviewers_revision(self, revision, kwargs.get("user"))
        return revision
