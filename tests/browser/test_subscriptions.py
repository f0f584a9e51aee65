"""Subscribing to a municipality's changes in a real browser, on the demo site: the form on
the organisation page, the answer, confirming from the mail; axe-core finds no serious or
critical WCAG 2.1 AA violation, nothing is loaded from another host, and at 320 px nothing
scrolls sideways."""

import re

from django.core import mail

import pytest

from registers.models import Organisation
from subscriptions.models import Subscription

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NARROW = {"width": 320, "height": 640}


def test_a_visitor_subscribes_on_an_organisation_page(demo_site, live_server, visit, browser):
    alkmaar = Organisation.objects.get(cbs_code="GM0361")
    url = f"/nl/register/organisaties/{alkmaar.slug}/"
    page = visit.page
    assert page.goto(live_server.url + url).status == 200
    assert visit.axe_violations() == []
    mail.outbox.clear()

    form = page.locator("form.subscribe-form")
    form.get_by_label("Uw e-mailadres").fill("lezer@example.org")
    form.get_by_label("dagelijks").check()
    form.get_by_role("button", name="Aanmelden").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Controleer uw e-mail"
    assert visit.axe_violations() == []

    subscription = Subscription.objects.get()
    assert (subscription.organisation, subscription.frequency) == (alkmaar, "daily")
    (message,) = mail.outbox
    confirm = re.search(r"https?://\S+/bevestigen/\S+", message.body).group(0)
    assert page.goto(confirm).status == 200
    assert visit.axe_violations() == []
    page.get_by_role("button", name="Abonnement bevestigen").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Abonnement bevestigd"
    subscription.refresh_from_db()
    assert subscription.is_confirmed

    assert page.goto(live_server.url + "/nl/privacy/").status == 200
    assert page.get_by_text("Wijzigingen in het register per e-mail volgen").count() == 1
    assert visit.foreign_hosts() == set()

    context = browser.new_context(viewport=NARROW, locale="nl-NL")
    narrow = context.new_page()
    for address in (live_server.url + url, confirm):
        assert narrow.goto(address).status == 200
        assert narrow.evaluate("document.documentElement.scrollWidth") <= NARROW["width"], address
    context.close()


def test_a_subscriber_is_told_of_an_edit_two_registerbeheerders_published(
    demo_site, live_server, login, settings
):
    """The rest of the chain as its people act: registerbeheerder changes a partnership of
    Alkmaar and submits it with the editor's own button, registerbeheerder2 approves it with
    "Goedkeuren", cron's digest run mails the subscriber what changed, old → new."""
    from django.core.management import call_command
    from django.utils import timezone

    from demo.factories.registers import PartnershipFactory

    from .test_organisation_review import approve_in_editor, footer_action

    settings.ADMIN_2FA_REQUIRED = False
    alkmaar = Organisation.objects.get(cbs_code="GM0361")
    # The demo site of the tests has no imported register: an entry Alkmaar takes part in.
    partnership = PartnershipFactory(
        name="Regionaal Archief Alkmaar", seat_place="Alkmaar", participants=[alkmaar], live=False
    )
    partnership.save_revision().publish()
    published_place = partnership.seat_place
    old_place = published_place or "—"  # how the history shows an empty field
    now = timezone.now()
    Subscription.objects.create(
        email="lezer@example.org",
        kind="organisation",
        organisation=alkmaar,
        frequency="daily",
        language="nl",
        confirmed_at=now,
        watermark=now,
    )
    edit_url = f"{live_server.url}/admin/snippets/registers/partnership/edit/{partnership.pk}/"

    first = login("registerbeheerder")
    first.goto(edit_url)
    first.locator("#id_seat_place").fill("Heiloo")
    footer_action(first, "Stuur door naar Registerreview")
    first.wait_for_load_state("networkidle")
    partnership.refresh_from_db()
    assert partnership.workflow_in_progress and partnership.seat_place == published_place

    def digests():
        # The review also mails the reviewers and the owner; the subscriber's mails only.
        return [message for message in mail.outbox if message.to == ["lezer@example.org"]]

    mail.outbox.clear()
    call_command("send_register_digests", frequency="daily")
    assert digests() == []  # waiting for review is not a published change

    second = login("registerbeheerder2")
    second.goto(edit_url)
    approve_in_editor(second, partnership)
    partnership.refresh_from_db()
    assert partnership.seat_place == "Heiloo"

    call_command("send_register_digests", frequency="daily")
    (digest,) = digests()
    assert f"{old_place} → Heiloo" in digest.body
    assert partnership.name in digest.body
    assert "/nl/volgen/afmelden/" in digest.body
