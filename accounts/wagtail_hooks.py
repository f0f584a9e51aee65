"""The admin side of accounts: the two-factor steps and recovery codes (account menu),
and the sign-in lockouts (django-axes) as a listing where an administrator lifts a block
by deleting it."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from axes.models import AccessAttempt
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from accounts import views


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("two-factor/", views.verify, name="accounts_two_factor_verify"),
        path("two-factor/setup/", views.setup, name="accounts_two_factor_setup"),
        path("two-factor/recovery-codes/", views.recovery_codes, name="accounts_recovery_codes"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request):
    return {
        "url": reverse("accounts_two_factor_setup"),
        "label": _("Two-factor sign-in"),
        "help_text": _("Sign in with a code from an authenticator app as well."),
    }


@hooks.register("register_account_menu_item")
def recovery_codes_menu_item(request):
    return {
        "url": reverse("accounts_recovery_codes"),
        "label": _("Recovery codes"),
        "help_text": _("One-time codes for when your authenticator app is lost."),
    }


class UnlockOnlyPolicy(ModelPermissionPolicy):
    """Lockouts are made by failed sign-ins, never by hand: list, inspect and delete."""

    def user_has_permission(self, user, action):
        if action in {"add", "change"}:
            return False
        return super().user_has_permission(user, action)


class LockoutViewSet(ModelViewSet):
    model = AccessAttempt
    icon = "lock"
    menu_label = _("Sign-in lockouts")
    add_to_settings_menu = True
    name = "lockouts"
    list_display = ["username", "ip_address", "failures_since_start", "attempt_time"]
    search_fields = ["username", "ip_address"]
    ordering = ["-attempt_time"]
    exclude_form_fields = []
    inspect_view_enabled = True
    copy_view_enabled = False


register_permission_policy(AccessAttempt, UnlockOnlyPolicy(AccessAttempt))


@hooks.register("register_admin_viewset")
def register_lockout_viewset():
    return LockoutViewSet()
