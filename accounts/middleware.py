"""Two-factor sign-in for the admin (django-otp): required for those who can publish or
manage users (accounts/policy.py), optional for everyone else.

After the password, a user with an authenticator app (or recovery codes) must give a code
before any admin page; a user who must use two factors and has none yet is sent to set
one up. ADMIN_2FA_REQUIRED=0 (only the demo of `make run`) drops the requirement to set
one up; a user who has a device is still asked for its code.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse

import django_otp
from django_otp.middleware import OTPMiddleware

from accounts.policy import must_use_two_factor

# Admin pages a signed-in but unverified user may open: signing in and out, the two-factor
# steps themselves, and what those pages load.
OPEN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "accounts_two_factor_verify",
    "accounts_two_factor_setup",
}


def _url_name(request) -> str:
    try:
        return resolve(request.path_info).url_name or ""
    except Resolver404:
        return ""


class TwoFactorMiddleware(OTPMiddleware):
    """django-otp's middleware (request.user.is_verified()) plus the admin's requirement.
    Synchronous only, like the rest of the site."""

    sync_capable = True
    async_capable = False

    def __call__(self, request):
        self._install_lazy_accessors(request)
        return self._redirect_if_unverified(request) or self.get_response(request)

    def _redirect_if_unverified(self, request):
        user = request.user
        if not request.path_info.startswith(reverse("wagtailadmin_home")):
            return None
        if not user.is_authenticated or user.is_verified():
            return None
        if _url_name(request) in OPEN_URL_NAMES:
            return None
        if django_otp.user_has_device(user, confirmed=True):
            target = "accounts_two_factor_verify"
        elif settings.ADMIN_2FA_REQUIRED and must_use_two_factor(user):
            target = "accounts_two_factor_setup"
        else:
            return None
        return redirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")
