"""What happens when a workflow is approved (WAGTAIL_FINISH_WORKFLOW_ACTION in
cms/settings.py). Imported while Wagtail's models load, so it imports nothing at the top.

Wagtail publishes the approved revision as the approver, which needs the approver's own
publish permission. Register edits go through Registerreview precisely so that
Registerbeheer does not publish alone: there the approval of a second registerbeheerder is
the permission, and the revision is published without asking for another one. Everything
else (pages) is published as Wagtail does.
"""


def publish_approved(workflow_state, user=None):
    from wagtail.workflows import publish_workflow_state

    from registers.models import SecondPersonApprovalTask

    revision = workflow_state.content_object.get_latest_revision()
    approved_by_second_person = SecondPersonApprovalTask.objects.filter(
        task_states__workflow_state=workflow_state, task_states__status="approved"
    ).exists()
    if approved_by_second_person:
        revision.publish(user=user, skip_permission_checks=True)
    else:
        publish_workflow_state(workflow_state, user=user)
