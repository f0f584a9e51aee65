"""send_register_digests and purge_subscriptions: selections, languages, the cap per
subscription, retention, and bounded queries."""

from datetime import timedelta
from io import StringIO

from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from demo.factories.registers import OrganisationFactory, PartnershipFactory
from subscriptions.models import Subscription
from tests.subscriptions.conftest import link_with, path_of

pytestmark = pytest.mark.django_db


def digest(frequency="daily"):
    mail.outbox.clear()
    call_command("send_register_digests", frequency=frequency, stdout=StringIO())
    return list(mail.outbox)


def follow(email="lezer@example.org", language="nl", **target):
    subscription = Subscription(email=email, frequency="daily", language=language, **target)
    if "kind" not in target:
        subscription.kind = "organisation"
    subscription.confirmed_at = subscription.watermark = timezone.now()
    subscription.save()
    return subscription


def move_seat(partnership, place):
    partnership.seat_place = place
    partnership.save_revision().publish()


def test_a_selection_subscription_reports_new_entries(client, register_page, zaanstad):
    response = client.post(
        "/nl/volgen/",
        {
            "email": "lezer@example.org",
            "frequency": "daily",
            "kind": "selection",
            "target": f"deelnemer={zaanstad.slug}&sort=naam&peildatum=2025-01-01",
        },
    )
    assert response.status_code == 200
    subscription = Subscription.objects.get()
    assert subscription.selection == f"deelnemer={zaanstad.slug}"  # sort and date dropped
    client.post(path_of(link_with(mail.outbox[0], "/bevestigen/")))
    outside = PartnershipFactory(name="Recreatieschap Elders")
    outside.save_revision().publish()
    assert digest() == []
    inside = PartnershipFactory(name="Nieuw Samenwerkingsverband", participants=[zaanstad])
    inside.save_revision().publish()
    sent = digest()
    assert len(sent) == 1
    body = sent[0].body
    assert "Nieuw Samenwerkingsverband: toegevoegd aan het register" in body
    assert "Recreatieschap Elders" not in body
    assert f"http://testserver/nl/register/?deelnemer={zaanstad.slug}" in body


def test_an_english_subscription_gets_an_english_mail(client, register_page_en, zaanstad):
    page = client.get(f"{register_page_en.url}organisations/{zaanstad.slug}/").content.decode()
    assert 'action="/en/follow/"' in page and "Receive the changes by e-mail" in page
    response = client.post(
        "/en/follow/",
        {
            "email": "reader@example.org",
            "frequency": "weekly",
            "kind": "organisation",
            "target": zaanstad.pk,
        },
    )
    assert response.status_code == 200 and "Check your e-mail" in response.content.decode()
    confirmation = mail.outbox[0]
    assert "Confirm your subscription" in confirmation.subject
    url = path_of(link_with(confirmation, "/en/follow/confirm/"))
    assert "Subscription confirmed" in client.post(url).content.decode()
    move_seat(zaanstad.memberships.get().partnership, "Wormerveer")
    sent = digest("weekly")
    assert len(sent) == 1
    message = sent[0]
    assert message.subject == "1 change in the register"
    assert "The partnerships of Zaanstad" in message.body
    assert "Place: Zaandam → Wormerveer" in message.body
    assert "/en/register/afvalschap-test/" in message.body
    assert "/en/follow/unsubscribe/" in message.body
    assert '<html lang="en">' in message.alternatives[0][0]


def test_a_section_shows_at_most_the_cap_then_links_to_the_page(register_page, zaanstad, settings):
    settings.SUBSCRIPTIONS_MAX_ITEMS = 2
    follow(organisation=zaanstad)
    partnership = zaanstad.memberships.get().partnership
    for place in ("Wormerveer", "Krommenie", "Assendelft", "Westzaan"):
        move_seat(partnership, place)
    message = digest()[0]
    assert "Assendelft → Westzaan" in message.body
    assert "Krommenie → Assendelft" in message.body
    assert "Wormerveer → Krommenie" not in message.body
    assert (
        "En nog 2 wijzigingen — zie de pagina: http://testserver/nl/register/organisaties/zaanstad/"
        in message.body
    )
    assert message.subject == "4 wijzigingen in het register"


def test_unpublished_and_deleted_things_send_nothing(register_page, zaanstad):
    partnership = zaanstad.memberships.get().partnership
    subscription = follow(kind="partnership", partnership=partnership)
    move_seat(partnership, "Wormerveer")
    partnership.unpublish()
    assert digest() == []
    partnership.delete()
    assert not Subscription.objects.filter(pk=subscription.pk).exists()


def test_a_failed_mail_keeps_the_watermark(register_page, zaanstad, settings, monkeypatch):
    subscription = follow(organisation=zaanstad)
    move_seat(zaanstad.memberships.get().partnership, "Wormerveer")

    def refuse(self, *args, **kwargs):
        raise OSError("mail server down")

    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", refuse)
    out = StringIO()
    call_command("send_register_digests", frequency="daily", stdout=out)
    assert "0 mails" in out.getvalue() and "1 mails failed" in out.getvalue()
    before = subscription.watermark
    subscription.refresh_from_db()
    assert subscription.watermark == before and subscription.last_sent_at is None
    monkeypatch.undo()
    assert len(digest()) == 1


def test_purge_deletes_stale_unconfirmed_requests_only(register_page, zaanstad, settings):
    settings.SUBSCRIPTIONS_UNCONFIRMED_DAYS = 7
    old_unconfirmed = Subscription.objects.create(
        email="oud@example.org",
        kind="organisation",
        organisation=zaanstad,
        frequency="daily",
        language="nl",
    )
    new_unconfirmed = Subscription.objects.create(
        email="nieuw@example.org",
        kind="organisation",
        organisation=zaanstad,
        frequency="daily",
        language="nl",
    )
    old_confirmed = follow(email="trouw@example.org", organisation=zaanstad)
    Subscription.objects.filter(pk__in=[old_unconfirmed.pk, old_confirmed.pk]).update(
        created_at=timezone.now() - timedelta(days=8)
    )
    out = StringIO()
    call_command("purge_subscriptions", stdout=out)
    assert out.getvalue().startswith("1 unconfirmed requests deleted")
    assert set(Subscription.objects.all()) == {new_unconfirmed, old_confirmed}


def test_queries_do_not_grow_per_subscription(register_page, zaanstad):
    """Each thing followed is read once per run; per mail there is one UPDATE. So ten
    addresses following the same municipality cost nine more queries than one (the nine
    UPDATEs), not ten times the reading."""
    partnership = zaanstad.memberships.get().partnership
    others = [OrganisationFactory() for _ in range(3)]

    def run(addresses):
        Subscription.objects.all().delete()
        for n in range(addresses):
            follow(email=f"lezer{n}@example.org", organisation=zaanstad)
            for other in others:  # more things followed by the same address: same mail
                follow(email=f"lezer{n}@example.org", organisation=other)
        move_seat(partnership, f"Plaats {addresses}")
        mail.outbox.clear()
        with CaptureQueriesContext(connection) as queries:
            call_command("send_register_digests", frequency="daily", stdout=StringIO())
        assert len(mail.outbox) == addresses
        return len(queries)

    one, ten = run(1), run(10)
    assert ten - one <= 9, (one, ten)


def test_a_draft_saved_before_a_digest_and_approved_after_it_is_in_the_next(zaanstad):
    """Under review a change is drafted one day and published days later: it is dated by its
    publication, so the digest sent in between does not swallow it."""
    partnership = zaanstad.memberships.get().partnership
    subscription = follow(kind="organisation", organisation=zaanstad)
    partnership.seat_place = "Wormerveer"
    draft = partnership.save_revision()  # waits for the second registerbeheerder
    # A digest goes out meanwhile (with other news): the watermark passes the draft.
    Subscription.objects.filter(pk=subscription.pk).update(watermark=timezone.now())
    assert digest() == []
    draft.publish()
    sent = digest()
    assert len(sent) == 1
    assert "Zaandam → Wormerveer" in sent[0].body
