"""Who must sign in with a second factor: everyone who can publish or manage users.

Publishing is a page permission (Wagtail's GroupPagePermission `publish_page`, the
Redactie) or a model permission `publish_<model>` (snippets with drafts such as the
register's partnerships). Approving the task of a review workflow publishes too
(Registerbeheer approves partnerships that way without a publish permission of its own),
so the members of a group that approves an active task count as publishers. Managing users
is `auth.add_user`, `auth.change_user` or `auth.delete_user`. Superusers can do both.
`settings.ADMIN_2FA_PERMISSIONS` names other permissions that decide what the public sees or
open personal data (Stimulans assessment, toezicht judgements).
"""

from django.apps import apps
from django.conf import settings

from wagtail.models import AbstractGroupApprovalTask, GroupPagePermission

USER_MANAGEMENT = ("auth.add_user", "auth.change_user", "auth.delete_user")


def must_use_two_factor(user) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    permissions = user.get_all_permissions()  # cached on the user object
    if any(permission in permissions for permission in USER_MANAGEMENT):
        return True
    if any(permission in permissions for permission in settings.ADMIN_2FA_PERMISSIONS):
        return True
    if any(permission.split(".", 1)[1].startswith("publish_") for permission in permissions):
        return True
    if GroupPagePermission.objects.filter(
        group__user=user, permission__codename="publish_page"
    ).exists():
        return True
    return approves_a_review(user)


def approves_a_review(user) -> bool:
    """Whether one of `user`'s groups approves an active task: of Wagtail's group approval
    task or any other task type built on it (the register's second-person review). One
    query per such task type, none for the tasks themselves."""
    group_ids = list(user.groups.values_list("pk", flat=True))
    if not group_ids:
        return False
    return any(
        model.objects.filter(active=True, groups__in=group_ids).exists()
        for model in apps.get_models()
        if issubclass(model, AbstractGroupApprovalTask)
    )
