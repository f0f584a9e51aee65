"""Sign-in lockout (django-axes; issue 11, item 3): after a few wrong passwords the user
name and the address are blocked with a clear Dutch message, also behind a proxy, until
the block expires or an administrator lifts it."""

import pytest
from axes.models import AccessAttempt

from demo.factories.users import UserFactory

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


def attempt(client, username, password="fout", **headers):
    return client.post(LOGIN, {"username": username, "password": password}, **headers)


@pytest.fixture
def editor():
    return UserFactory(username="redacteur", groups=["Communicatoren"])


def test_wrong_passwords_lock_the_user_even_with_the_right_one(client, editor, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert attempt(client, "redacteur").status_code == 200
    blocked = attempt(client, "redacteur")
    assert blocked.status_code == 429
    text = blocked.content.decode()
    assert "Aanmelden is geblokkeerd na 5 mislukte pogingen" in text
    assert "30 minuten" in text and "beheerder" in text
    # The right password no longer helps, from another address either.
    assert attempt(client, "redacteur", "wachtwoord", REMOTE_ADDR="10.9.9.9").status_code == 429


def test_one_address_is_locked_across_user_names(client, editor, settings):
    for n in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, f"iemand{n}", REMOTE_ADDR="192.0.2.7")
    assert attempt(client, "redacteur", "wachtwoord", REMOTE_ADDR="192.0.2.7").status_code == 429
    assert attempt(client, "redacteur", "wachtwoord", REMOTE_ADDR="192.0.2.8").status_code == 302


def test_behind_a_proxy_the_forwarded_address_counts(client, editor, settings):
    settings.TRUSTED_PROXIES = 1
    for n in range(settings.AXES_FAILURE_LIMIT):
        # A forged first entry changes nothing: the proxy's own entry is the last one.
        attempt(
            client,
            f"iemand{n}",
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{n}, 203.0.113.5",
        )
    assert AccessAttempt.objects.filter(ip_address="203.0.113.5").exists()
    proxied = {"REMOTE_ADDR": "10.0.0.1"}
    locked = attempt(
        client, "redacteur", "wachtwoord", **proxied, HTTP_X_FORWARDED_FOR="203.0.113.5"
    )
    assert locked.status_code == 429
    # Another visitor behind the same proxy is not locked out.
    other = attempt(
        client, "redacteur", "wachtwoord", **proxied, HTTP_X_FORWARDED_FOR="203.0.113.6"
    )
    assert other.status_code == 302


def test_an_administrator_lifts_the_block_in_the_admin(client, admin_client, editor, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "redacteur")
    assert attempt(client, "redacteur", "wachtwoord").status_code == 429

    listing = admin_client.get("/admin/lockouts/")
    assert listing.status_code == 200 and "redacteur" in listing.content.decode()
    assert admin_client.get("/admin/lockouts/new/").status_code in (302, 403, 404)
    for lockout in AccessAttempt.objects.filter(username="redacteur"):
        response = admin_client.post(f"/admin/lockouts/delete/{lockout.pk}/")
        assert response.status_code == 302
    assert attempt(client, "redacteur", "wachtwoord").status_code == 302


def test_editors_cannot_see_the_lockouts(client, editor):
    client.force_login(editor)
    assert client.get("/admin/lockouts/").status_code in (302, 403)
