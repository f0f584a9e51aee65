"""The subscription pages: bad input, signed links, rate limits, the manage page, the form on
the register's pages, and the admin's counts."""

from datetime import timedelta

from django.core import mail
from django.utils import timezone

import pytest

from demo.factories.registers import OrganisationFactory, PartnershipFactory
from demo.factories.users import UserFactory
from subscriptions import links
from subscriptions.models import Subscription
from tests.subscriptions.conftest import link_with, path_of

pytestmark = pytest.mark.django_db


def post(client, target, kind="organisation", email="lezer@example.org", ip="192.0.2.1", **extra):
    return client.post(
        "/nl/volgen/",
        {"email": email, "frequency": "weekly", "kind": kind, "target": target, **extra},
        REMOTE_ADDR=ip,
    )


def confirmed(organisation, email="lezer@example.org", **fields):
    subscription = Subscription(
        email=email,
        kind="organisation",
        organisation=organisation,
        frequency="daily",
        language="nl",
        **fields,
    )
    subscription.confirmed_at = subscription.watermark = timezone.now()
    subscription.save()
    return subscription


def test_bad_input_gets_a_clear_answer_never_a_500(client, register_page, zaanstad):
    response = post(client, zaanstad.pk, email="geen-adres")
    assert response.status_code == 400
    assert "Voer een geldig e-mailadres in" in response.content.decode()
    assert 'aria-invalid="true"' in response.content.decode()
    for kind, target in [
        ("organisation", "999999"),
        ("organisation", "abc"),
        ("partnership", "-1"),
        ("iets", "1"),
        ("selection", "fase=onzin"),
        ("selection", "q=" + "x" * 3000),
    ]:
        response = post(client, target, kind=kind)
        assert response.status_code == 400, (kind, target)
        assert "Verbeter het formulier" in response.content.decode()
    assert "te lang" in post(client, "q=" + "x" * 3000, kind="selection").content.decode()
    assert "onzin" in post(client, "fase=onzin", kind="selection").content.decode()
    assert client.get("/nl/volgen/").status_code == 405
    assert not Subscription.objects.exists() and not mail.outbox


def test_a_draft_partnership_cannot_be_followed(client, register_page):
    draft = PartnershipFactory(name="Concept", live=False)
    assert post(client, draft.pk, kind="partnership").status_code == 400


def test_a_draft_organisation_cannot_be_followed(client, register_page):
    """A new organisation is a draft until a second registerbeheerder approves it."""
    draft = OrganisationFactory(name="Gemeente in oprichting", live=False)
    assert post(client, draft.pk, kind="organisation").status_code == 400
    assert not Subscription.objects.exists()


def test_the_answer_never_tells_whether_an_address_is_subscribed(client, register_page, zaanstad):
    confirmed(zaanstad)
    known = post(client, zaanstad.pk)
    new = post(client, zaanstad.pk, email="nieuw@example.org")
    assert known.status_code == new.status_code == 200
    assert known.content.decode().replace("lezer", "nieuw") == new.content.decode()
    # The confirmed subscriber gets no mail; the new address gets its confirmation.
    assert [m.to for m in mail.outbox] == [["nieuw@example.org"]]
    # Asking again for an unconfirmed one sends its confirmation again (within the limit).
    post(client, zaanstad.pk, email="nieuw@example.org", ip="192.0.2.2")
    assert len(mail.outbox) == 2
    assert Subscription.objects.filter(email="nieuw@example.org").count() == 1


def test_rate_limits_per_client_and_per_address(client, register_page, zaanstad, settings):
    settings.SUBSCRIPTIONS_RATE_LIMIT = 3
    settings.SUBSCRIPTIONS_ADDRESS_LIMIT = 2
    organisations = [OrganisationFactory() for _ in range(4)]
    # Per address: from many clients, at most two confirmation mails a day.
    answers = [
        post(client, o.pk, email="doelwit@example.org", ip=f"198.51.100.{n}").status_code
        for n, o in enumerate(organisations)
    ]
    assert answers == [200, 200, 429, 429]
    assert len(mail.outbox) == 2
    # Per client: three requests an hour, whatever the addresses.
    answers = [
        post(client, zaanstad.pk, email=f"a{n}@example.org", ip="203.0.113.9").status_code
        for n in range(4)
    ]
    assert answers == [200, 200, 200, 429]
    response = post(client, zaanstad.pk, email="b@example.org", ip="203.0.113.9")
    assert "Te veel aanvragen" in response.content.decode()


def test_one_address_follows_a_bounded_number_of_things(client, register_page, settings):
    settings.SUBSCRIPTIONS_MAX_PER_ADDRESS = 2
    settings.SUBSCRIPTIONS_ADDRESS_LIMIT = 10
    for n in range(3):
        assert post(client, OrganisationFactory().pk, ip=f"198.51.100.{n}").status_code == 200
    assert Subscription.objects.count() == 2


def test_forged_and_expired_links_are_refused_with_a_clear_page(client, register_page, zaanstad):
    post(client, zaanstad.pk)
    url = path_of(link_with(mail.outbox[0], "/bevestigen/"))
    forged = url[:-3] + ("0/" if url[-2] != "0" else "1/")
    for bad in (
        forged,
        "/nl/volgen/bevestigen/kapot/",
        "/nl/volgen/afmelden/kapot/",
        "/nl/volgen/beheren/kapot/",
    ):
        response = client.get(bad)
        assert response.status_code == 404
        assert "Deze link is niet geldig" in response.content.decode()
    assert client.post(forged).status_code == 404
    Subscription.objects.update(created_at=timezone.now() - timedelta(days=8))
    for method in (client.get, client.post):
        response = method(url)
        assert response.status_code == 410
        assert "Deze link is verlopen" in response.content.decode()
    assert not Subscription.objects.get().is_confirmed


def test_the_manage_page_lists_and_unsubscribes(client, register_page, zaanstad):
    other = OrganisationFactory(name="Oostzaan")
    first = confirmed(zaanstad)
    second = confirmed(other)
    stranger = confirmed(zaanstad, email="ander@example.org")
    url = path_of(links.manage_url(first))
    html = client.get(url).content.decode()
    assert "Zaanstad" in html and "Oostzaan" in html
    assert "ander@example.org" not in html
    client.post(url, {"subscription": second.pk})
    assert list(Subscription.objects.order_by("pk")) == [first, stranger]
    # Another address's subscription cannot be removed through this link.
    client.post(url, {"subscription": stranger.pk})
    assert Subscription.objects.filter(pk=stranger.pk).exists()
    # RFC 8058 one-click: a POST from the mail client, without cookies or CSRF token.
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert list(Subscription.objects.all()) == [stranger]
    assert "volgt (niet meer) iets" in client.get(url).content.decode()


def test_the_pages_carry_the_form_without_a_csrf_token(client, register_page, zaanstad):
    partnership = zaanstad.memberships.get().partnership
    for url in (
        f"{register_page.url}{partnership.slug}/",
        f"{register_page.url}organisaties/{zaanstad.slug}/",
        f"{register_page.url}?deelnemer={zaanstad.slug}",
    ):
        response = client.get(url)
        html = response.content.decode()
        assert 'action="/nl/volgen/"' in html, url
        assert "csrfmiddlewaretoken" not in html
        assert not response.cookies  # the page stays cacheable
    register = client.get(f"{register_page.url}?deelnemer={zaanstad.slug}").content.decode()
    # The form is not nested in the register's search form, and carries the selection.
    assert register.index("</form>") < register.index('action="/nl/volgen/"')
    assert f'name="target" value="deelnemer={zaanstad.slug}' in register


def test_registerbeheer_sees_counts_not_addresses(client, register_page, zaanstad):
    confirmed(zaanstad, email="geheim@example.org")
    Subscription.objects.create(
        email="open@example.org",
        kind="organisation",
        organisation=zaanstad,
        frequency="weekly",
        language="nl",
    )
    editor = UserFactory(groups=["Redactie"])
    client.force_login(editor)
    assert client.get("/admin/reports/subscriptions/").status_code in (302, 403)
    client.force_login(UserFactory(groups=["Registerbeheer"]))
    response = client.get("/admin/reports/subscriptions/")
    assert response.status_code == 200, response.get("Location")
    html = response.content.decode()
    assert "Zaanstad: 1" in html
    assert "geheim@example.org" not in html and "open@example.org" not in html
