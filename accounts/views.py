"""The two-factor steps of the admin sign-in (django-otp): set up an authenticator app,
give its code after the password, and recovery codes — one-time codes that stand in for
the app when it is lost."""

from base64 import b32encode

from django import forms
from django.contrib import messages
from django.shortcuts import redirect, resolve_url
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods

import django_otp
import segno
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

APP_DEVICE_NAME = "app"
RECOVERY_DEVICE_NAME = "recovery"
RECOVERY_CODE_COUNT = 10


class TokenForm(forms.Form):
    token = forms.CharField(
        label=gettext_lazy("Code"),
        max_length=16,
        strip=True,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True}),
    )


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return resolve_url("wagtailadmin_home")


def _redirect_with_next(name, request):
    from urllib.parse import urlencode

    from django.urls import reverse

    return redirect(f"{reverse(name)}?{urlencode({'next': _next_url(request)})}")


def new_recovery_codes(user) -> list[str]:
    """Replace the user's recovery codes by RECOVERY_CODE_COUNT new ones."""
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name=RECOVERY_DEVICE_NAME, defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


@never_cache
@sensitive_post_parameters("token")
@require_http_methods(["GET", "POST"])
def verify(request):
    """The second step of signing in: a code from the app, or a recovery code."""
    user = request.user
    if not user.is_authenticated:
        return redirect("wagtailadmin_login")
    if not django_otp.user_has_device(user, confirmed=True):
        return _redirect_with_next("accounts_two_factor_setup", request)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = django_otp.match_token(user, form.cleaned_data["token"])
        if device is not None:
            django_otp.login(request, device)
            return redirect(_next_url(request))
        form.add_error("token", _("This code is not valid (or was used already). Try again."))
    return TemplateResponse(
        request, "accounts/two_factor_verify.html", {"form": form, "next": _next_url(request)}
    )


@never_cache
@sensitive_post_parameters("token")
@require_http_methods(["GET", "POST"])
def setup(request):
    """Set up an authenticator app: scan the QR code, confirm with a code, get recovery
    codes. Someone who has an app already must first sign in with it."""
    user = request.user
    if not user.is_authenticated:
        return redirect("wagtailadmin_login")
    if django_otp.user_has_device(user, confirmed=True) and not user.is_verified():
        return _redirect_with_next("accounts_two_factor_verify", request)
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"]):
            device.confirmed = True
            device.save()
            # One app per user: a new one replaces the earlier ones.
            TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
            django_otp.login(request, device)
            return TemplateResponse(
                request,
                "accounts/recovery_codes.html",
                {"codes": new_recovery_codes(user), "has_app": True, "next": _next_url(request)},
            )
        form.add_error("token", _("This code is not valid. Check the time on your phone."))
    qr_code = segno.make(device.config_url, error="m")
    context = {
        "form": form,
        "next": _next_url(request),
        # Inline SVG: no image request, no script, and nothing leaves the site.
        "qr_svg": mark_safe(qr_code.svg_inline(scale=4, title=_("QR code for your app"))),
        "secret": b32encode(device.bin_key).decode(),
        "has_app": TOTPDevice.objects.filter(user=user, confirmed=True).exists(),
    }
    return TemplateResponse(request, "accounts/two_factor_setup.html", context)


@never_cache
@require_http_methods(["GET", "POST"])
def recovery_codes(request):
    user = request.user
    has_app = TOTPDevice.objects.filter(user=user, confirmed=True).exists()
    device = StaticDevice.objects.filter(user=user, name=RECOVERY_DEVICE_NAME).first()
    context = {"has_app": has_app, "remaining": device.token_set.count() if device else 0}
    if request.method == "POST":
        if not has_app:
            messages.error(request, _("Set up an authenticator app first."))
            return redirect("accounts_recovery_codes")
        context["codes"] = new_recovery_codes(user)
    return TemplateResponse(request, "accounts/recovery_codes.html", context)
