"""Review of register edits: a registerbeheerder submits a partnership, another member of
Registerbeheer approves it (which publishes it). Wagtail's group approval task lets the
submitter approve their own edit; this task does not, so every edit is seen by two people.

The workflow "Registerreview" with this task is assigned to partnerships by a migration;
Settings › Workflows in the admin can change its groups, disable it or assign another.
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from wagtail.models import AbstractGroupApprovalTask


class SecondPersonApprovalTask(AbstractGroupApprovalTask):
    @staticmethod
    def _submitted_by(task_state_or_obj):
        workflow_state = getattr(task_state_or_obj, "workflow_state", None)
        if workflow_state is None:
            workflow_state = getattr(task_state_or_obj, "current_workflow_state", None)
        return workflow_state.requested_by_id if workflow_state is not None else None

    def get_actions(self, obj, user):
        if not user.is_superuser and self._submitted_by(obj) == user.pk:
            return []  # the submitter waits for someone else
        return super().get_actions(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        if user.is_superuser:
            return states
        return states.exclude(workflow_state__requested_by=user)

    def on_action(self, task_state, user, action_name, **kwargs):
        if (
            action_name == "approve"
            and not user.is_superuser
            and self._submitted_by(task_state) == user.pk
        ):
            raise PermissionDenied(_("Someone other than the submitter approves an edit."))
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve, except the person who submitted.")

    class Meta:
        verbose_name = _("second-person approval task")
        verbose_name_plural = _("second-person approval tasks")
