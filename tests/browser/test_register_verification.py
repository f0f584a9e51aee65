"""The verification link as an organisation uses it (issue 14): one page lists all its
partnerships in the round; it confirms one ("Klopt"), opens "Correctie voorstellen" for
another, first sends a form with a mistake (an unknown new participant) and gets a clear
error, then sends the correction, which waits in Registerreview. Every step passes axe
(no serious/critical WCAG 2.1 AA violations), requests no other host, and the pages reflow
at 320 px without sideways scrolling."""

import datetime
import re

from django.utils import timezone

import pytest

from demo.factories.registers import OrganisationFactory, PartnershipFactory
from registers import verification
from registers.choices import Role
from registers.models import Partnership, VerificationInvitation

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
NARROW = {"width": 320, "height": 640}


@pytest.fixture
def invitation_path(baseline_data, home_page, mailoutbox):
    oostzaan = OrganisationFactory(
        name="Gemeente Oostzaan", verification_email="verificatie@oostzaan.voorbeeld.nl"
    )
    OrganisationFactory(name="Gemeente Wormerland")
    for name in ("Recreatieschap Twiske", "Plassenschap Loosdrecht"):
        partnership = PartnershipFactory(
            name=name,
            last_verified=datetime.date(2020, 1, 1),
            participants=[
                (oostzaan, Role.DEELNEMER),
                OrganisationFactory(name=f"Gemeente bij {name}"),
            ],
        )
        partnership.save_revision().publish()
    verification.start_round()
    invitation = VerificationInvitation.objects.get()
    return "/" + verification.verification_url(invitation).split("/", 3)[3]


def no_sideways_scroll(page):
    return page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]


def test_the_organisation_confirms_one_and_corrects_another(visit, live_server, invitation_path):
    page = visit.page
    page.goto(f"{live_server.url}{invitation_path}")
    assert page.get_by_role("heading", level=1).inner_text() == (
        "Klopt dit nog? Samenwerkingsverbanden van Gemeente Oostzaan"
    )
    assert visit.axe_violations() == []

    # Confirm one.
    loosdrecht = page.get_by_role("region", name="Plassenschap Loosdrecht")
    loosdrecht.get_by_role("button", name="Klopt").click()
    assert "Plassenschap Loosdrecht” staat vandaag als geverifieerd" in page.content()
    assert visit.axe_violations() == []
    confirmed = Partnership.objects.get(name="Plassenschap Loosdrecht")
    assert confirmed.last_verified == timezone.localdate()
    assert confirmed.last_verified_by == "Gemeente Oostzaan"

    # Correct another: a mistake first.
    page.get_by_role("link", name="Correctie voorstellen voor Recreatieschap Twiske").click()
    assert page.get_by_role("heading", level=1).inner_text() == (
        "Correctie voorstellen: Recreatieschap Twiske"
    )
    assert visit.axe_violations() == []
    new = page.get_by_role("group", name="Nieuwe deelnemer 1")
    new.get_by_label(re.compile("^Organisatie")).fill("Gemeente Nergenshuizen")
    new.get_by_label(re.compile("^Rol")).select_option("deelnemer")
    page.get_by_role("button", name="Voorstel versturen").click()
    assert page.title().startswith("Fout:")
    assert page.get_by_role("alert").first.is_visible()
    assert "Gemeente Nergenshuizen" in page.content()
    assert visit.axe_violations() == []
    assert not Partnership.objects.get(name="Recreatieschap Twiske").has_unpublished_changes

    new = page.get_by_role("group", name="Nieuwe deelnemer 1")
    new.get_by_label(re.compile("^Organisatie")).fill("Gemeente Wormerland")
    new.get_by_label(re.compile("^Toegetreden")).fill("2026-01-01")
    page.get_by_role("group", name="Gemeente Oostzaan").get_by_label(
        re.compile("^Rol")
    ).select_option("penvoerder")
    page.get_by_label(re.compile("^Ambtelijk contact")).fill("Mw. J. de Vries (voorbeeld)")
    page.get_by_label("Wat is er veranderd? (toelichting)").fill("Wormerland doet mee.")
    page.get_by_role("button", name="Voorstel versturen").click()
    assert "uw correctie van “Recreatieschap Twiske” is ontvangen" in page.content()
    assert visit.axe_violations() == []
    twiske = Partnership.objects.get(name="Recreatieschap Twiske")
    assert "Gemeente Wormerland" not in {m.organisation.name for m in twiske.memberships.all()}
    draft = twiske.get_latest_revision_as_object()
    roles = {m.organisation.name: m.role for m in draft.memberships.all()}
    assert roles["Gemeente Wormerland"] == Role.DEELNEMER
    assert roles["Gemeente Oostzaan"] == Role.PENVOERDER
    assert draft.official_contact == "Mw. J. de Vries (voorbeeld)"
    assert twiske.workflow_in_progress
    assert visit.foreign_hosts() == set()


def test_the_pages_reflow_at_320_px(browser, live_server, invitation_path):
    context = browser.new_context(viewport=NARROW, locale="nl-NL")
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}{invitation_path}")
        assert no_sideways_scroll(page)
        page.get_by_role("link", name=re.compile("^Correctie voorstellen")).first.click()
        assert page.get_by_role("heading", level=1).inner_text().startswith("Correctie")
        assert no_sideways_scroll(page)
    finally:
        context.close()


def test_a_broken_link_page_passes_axe(visit, live_server, baseline_data, home_page):
    visit.page.goto(f"{live_server.url}/nl/register-verificatie/kapot/")
    assert visit.page.get_by_role("heading", level=1).inner_text() == "Deze link is niet geldig"
    assert visit.axe_violations() == []
