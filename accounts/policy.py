"""Who must sign in with a second factor: everyone who can publish or manage users.

Publishing is a page permission (Wagtail's GroupPagePermission `publish_page`, the
Redactie) or a model permission `publish_<model>` (snippets with drafts such as the
register's partnerships, Registerbeheer). Managing users is `auth.add_user`,
`auth.change_user` or `auth.delete_user`. Superusers can do both.
"""

from wagtail.models import GroupPagePermission

USER_MANAGEMENT = ("auth.add_user", "auth.change_user", "auth.delete_user")


def must_use_two_factor(user) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    permissions = user.get_all_permissions()  # cached on the user object
    if any(permission in permissions for permission in USER_MANAGEMENT):
        return True
    if any(permission.split(".", 1)[1].startswith("publish_") for permission in permissions):
        return True
    return GroupPagePermission.objects.filter(
        group__user=user, permission__codename="publish_page"
    ).exists()
