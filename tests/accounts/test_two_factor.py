"""Two-factor sign-in (issue 11, item 3): required by the production settings for everyone
who can publish or manage users, optional for the others, TOTP with recovery codes."""

from django.test import override_settings

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.policy import must_use_two_factor
from demo.factories.users import UserFactory

pytestmark = pytest.mark.django_db

ADMIN = "/admin/"
SETUP = "/admin/two-factor/setup/"
VERIFY = "/admin/two-factor/"


def current_code(device) -> str:
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def wait_out_throttling(user):
    """django-otp delays the next try after a wrong code (1 s, 2 s, 4 s, …): skip the wait."""
    for model in (TOTPDevice, StaticDevice):
        model.objects.filter(user=user).update(
            throttling_failure_count=0, throttling_failure_timestamp=None
        )


def sign_in(client, user):
    """Sign in with the admin's own form (password step)."""
    response = client.post("/admin/login/", {"username": user.username, "password": "wachtwoord"})
    assert response.status_code == 302, response.content[:500]
    return response


def test_the_production_settings_require_two_factor():
    """Without ADMIN_2FA_REQUIRED (the test run sets it to 0 for itself), it is on."""
    from tests.cms.test_settings import PRODUCTION_ENV, TEST_ONLY_VARIABLES, manage

    assert "ADMIN_2FA_REQUIRED" in TEST_ONLY_VARIABLES
    code = "from django.conf import settings; print(settings.ADMIN_2FA_REQUIRED)"
    result = manage("shell", "--no-imports", "-c", code, env_overrides=PRODUCTION_ENV)
    assert result.stdout.strip().splitlines()[-1] == "True", result.stderr


@pytest.mark.parametrize(
    "groups,superuser,required",
    [
        (["Redactie"], False, True),  # publishes pages
        (["Registerbeheer"], False, True),  # publishes partnerships
        ([], True, True),
        (["Communicatoren"], False, False),
        (["Organisatoren"], False, False),
        (["Stimulans"], False, True),  # grants go on the public list; applicants' data
        (["Toezicht"], False, True),  # judgements on municipalities' pages
    ],
)
def test_who_must_use_two_factor(groups, superuser, required):
    user = UserFactory(groups=groups, is_superuser=superuser)
    assert must_use_two_factor(user) is required


def test_a_user_manager_must_use_two_factor():
    from django.contrib.auth.models import Permission

    user = UserFactory(groups=["Communicatoren"])
    user.user_permissions.add(Permission.objects.get(codename="change_user"))
    assert must_use_two_factor(user)


@override_settings(ADMIN_2FA_REQUIRED=True)
def test_a_publisher_without_a_device_must_set_one_up(client):
    user = UserFactory(groups=["Redactie"])
    sign_in(client, user)
    response = client.get("/admin/pages/")
    assert response.status_code == 302 and response["Location"].startswith(SETUP)
    # force_login (what other tests use) is held to the same rule.
    client.logout()
    client.force_login(user)
    assert client.get("/admin/pages/")["Location"].startswith(SETUP)


@override_settings(ADMIN_2FA_REQUIRED=True)
def test_two_factor_is_optional_for_communicators(client):
    user = UserFactory(groups=["Communicatoren"])
    sign_in(client, user)
    assert client.get(ADMIN).status_code == 200


@override_settings(ADMIN_2FA_REQUIRED=True)
def test_setup_then_sign_in_with_the_app_and_with_a_recovery_code(client):
    user = UserFactory(groups=["Redactie"])
    sign_in(client, user)
    page = client.get(SETUP, {"next": "/admin/pages/"})
    assert page.status_code == 200 and b"<svg" in page.content
    device = TOTPDevice.objects.get(user=user, confirmed=False)

    wrong = client.post(SETUP, {"token": "000000", "next": "/admin/pages/"})
    assert wrong.status_code == 200 and not TOTPDevice.objects.filter(confirmed=True).exists()
    wait_out_throttling(user)

    done = client.post(SETUP, {"token": current_code(device), "next": "/admin/pages/"})
    codes = done.context["codes"]
    assert len(codes) == 10
    assert client.get(ADMIN).status_code == 200  # this session is verified

    # A new sign-in asks for the code after the password.
    client.logout()
    sign_in(client, user)
    response = client.get("/admin/pages/")
    assert response["Location"].startswith(VERIFY)
    # The setup page does not let a half-signed-in user replace the app.
    assert client.get(SETUP)["Location"].startswith(VERIFY)
    assert client.post(VERIFY, {"token": "123456"}).status_code == 200
    wait_out_throttling(user)
    response = client.post(VERIFY, {"token": codes[0], "next": "/admin/pages/"})
    assert response.status_code == 302 and response["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200

    # A recovery code works once.
    client.logout()
    sign_in(client, user)
    assert client.post(VERIFY, {"token": codes[0]}).status_code == 200
    assert StaticDevice.objects.get(user=user).token_set.count() == 9


@override_settings(ADMIN_2FA_REQUIRED=True)
def test_next_must_stay_on_the_site(client):
    user = UserFactory(groups=["Communicatoren"])
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    sign_in(client, user)
    response = client.post(VERIFY, {"token": current_code(device), "next": "https://evil.example/"})
    assert response["Location"] == "/admin/"


@override_settings(ADMIN_2FA_REQUIRED=False)
def test_the_demo_setting_lets_publishers_in_without_a_device(client):
    sign_in(client, UserFactory(groups=["Redactie"]))
    assert client.get(ADMIN).status_code == 200


@override_settings(ADMIN_2FA_REQUIRED=False)
def test_a_device_is_asked_for_even_with_the_demo_setting(client):
    user = UserFactory(groups=["Communicatoren"])
    TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    sign_in(client, user)
    assert client.get(ADMIN)["Location"].startswith(VERIFY)


def test_recovery_codes_page_makes_new_codes(client):
    user = UserFactory(groups=["Communicatoren"])
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    sign_in(client, user)
    client.post(VERIFY, {"token": current_code(device)})
    response = client.post("/admin/two-factor/recovery-codes/")
    assert len(response.context["codes"]) == 10
    assert StaticDevice.objects.get(user=user).token_set.count() == 10


def test_the_admin_loads_no_gravatar(admin_client, settings):
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    content = admin_client.get(ADMIN).content.decode()
    assert "gravatar" not in content
    assert "default-user-avatar" in content or "avatar" in content
