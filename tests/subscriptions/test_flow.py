"""E-mail subscriptions to register changes (issue 18): a visitor subscribes to a
municipality, confirms by e-mail and receives a digest that names what changed."""

from django.core import mail
from django.core.management import CommandError, call_command

import pytest

from demo.factories.registers import MembershipFactory, OrganisationFactory
from subscriptions.models import Subscription
from tests.subscriptions.conftest import link_with, path_of

pytestmark = pytest.mark.django_db


def subscribe(client, organisation, email="lezer@example.org", frequency="daily", lang="nl"):
    return client.post(
        f"/{lang}/{'volgen' if lang == 'nl' else 'follow'}/",
        {"email": email, "frequency": frequency, "kind": "organisation", "target": organisation.pk},
    )


def change(organisation):
    """A new published revision of the organisation's partnership: its seat moved and a
    municipality joined."""
    partnership = organisation.memberships.get().partnership
    partnership.seat_place = "Wormerveer"
    partnership.save()
    MembershipFactory(partnership=partnership, organisation=OrganisationFactory(name="Wormerland"))
    partnership.refresh_from_db()
    partnership.save_revision().publish()
    return partnership


def digest(frequency="daily"):
    mail.outbox.clear()
    call_command("send_register_digests", frequency=frequency, stdout=open("/dev/null", "w"))
    return list(mail.outbox)


def test_subscribe_confirm_digest_and_unsubscribe(client, register_page, zaanstad):
    page = client.get(f"{register_page.url}organisaties/{zaanstad.slug}/")
    assert 'action="/nl/volgen/"' in page.content.decode()

    response = subscribe(client, zaanstad)
    assert response.status_code == 200
    assert "Controleer uw e-mail" in response.content.decode()
    assert len(mail.outbox) == 1
    confirmation = mail.outbox[0]
    assert confirmation.to == ["lezer@example.org"]
    assert "Zaanstad" in confirmation.body
    subscription = Subscription.objects.get()
    assert not subscription.is_confirmed
    # Nothing is sent before the address is confirmed, whatever changes.
    change(zaanstad)
    assert digest() == []

    # GET (a mail scanner) shows a button and confirms nothing; POST confirms.
    url = path_of(link_with(confirmation, "/nl/volgen/bevestigen/"))
    assert "Abonnement bevestigen" in client.get(url).content.decode()
    subscription.refresh_from_db()
    assert not subscription.is_confirmed
    assert "Abonnement bevestigd" in client.post(url).content.decode()
    subscription.refresh_from_db()
    assert subscription.is_confirmed

    # Changes before the confirmation are not news; the next one is.
    assert digest() == []
    partnership = zaanstad.memberships.get().partnership
    partnership.seat_place = "Krommenie"
    partnership.save_revision().publish()
    MembershipFactory(partnership=partnership, organisation=OrganisationFactory(name="Oostzaan"))
    partnership.refresh_from_db()
    partnership.save_revision().publish()

    sent = digest()
    assert len(sent) == 1
    message = sent[0]
    assert message.to == ["lezer@example.org"]
    assert "Afvalschap Test" in message.body
    assert "Wormerveer → Krommenie" in message.body
    assert "Toegetreden: Oostzaan" in message.body
    html = message.alternatives[0][0]
    assert "Wormerveer → Krommenie" in html and '<html lang="nl">' in html
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.extra_headers["List-Unsubscribe"].startswith("<http://testserver/nl/volgen/")
    subscription.refresh_from_db()
    assert subscription.last_sent_at is not None

    # Nothing new: nothing sent.
    assert digest() == []

    unsubscribe = path_of(link_with(message, "/nl/volgen/afmelden/"))
    assert "Afmelden" in client.get(unsubscribe).content.decode()
    assert Subscription.objects.exists()
    assert client.post(unsubscribe).status_code == 200
    assert not Subscription.objects.exists()
    # The link of an old mail still answers, plainly.
    assert "bestaat niet meer" in client.get(unsubscribe).content.decode()


def test_one_mail_per_address_for_several_subscriptions(client, register_page, zaanstad):
    other = OrganisationFactory(name="Oostzaan")
    change_me = zaanstad.memberships.get().partnership
    MembershipFactory(partnership=change_me, organisation=other)
    change_me.refresh_from_db()
    change_me.save_revision().publish()
    for organisation in (zaanstad, other):
        subscribe(client, organisation)
    assert len(mail.outbox) == 2
    for message in list(mail.outbox):
        client.post(path_of(link_with(message, "/bevestigen/")))
    assert Subscription.objects.filter(confirmed_at__isnull=False).count() == 2
    change(zaanstad)
    sent = digest()
    assert len(sent) == 1
    assert sent[0].body.count("Wormerveer") == 2  # in both sections
    assert "De samenwerkingsverbanden van Zaanstad" in sent[0].body
    assert "De samenwerkingsverbanden van Oostzaan" in sent[0].body


def test_weekly_and_daily_are_sent_by_their_own_run(client, register_page, zaanstad):
    subscribe(client, zaanstad, email="dag@example.org", frequency="daily")
    subscribe(client, zaanstad, email="week@example.org", frequency="weekly")
    for message in list(mail.outbox):
        client.post(path_of(link_with(message, "/bevestigen/")))
    change(zaanstad)
    assert [m.to for m in digest("daily")] == [["dag@example.org"]]
    assert [m.to for m in digest("weekly")] == [["week@example.org"]]
    assert digest("weekly") == []


def test_the_command_says_what_it_did(client, register_page, zaanstad):
    from io import StringIO

    subscribe(client, zaanstad)
    client.post(path_of(link_with(mail.outbox[0], "/bevestigen/")))
    out = StringIO()
    call_command("send_register_digests", frequency="daily", stdout=out)
    assert out.getvalue().startswith("0 mails, 0 subscriptions with changes, 1 without changes")
    change(zaanstad)
    out = StringIO()
    call_command("send_register_digests", frequency="daily", stdout=out)
    assert out.getvalue().startswith("1 mails, 1 subscriptions with changes, 0 without changes")
    with pytest.raises(CommandError, match="hourly"):
        call_command("send_register_digests", frequency="hourly")
