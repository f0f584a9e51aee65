"""The Fasescan and the Rollenkaart in a browser (issue 17): the questionnaire is filled in
without JavaScript-only controls, errors are summarised with links that move to the question,
the result names a phase; axe-core finds no serious or critical WCAG 2.1 AA violation and
nothing scrolls sideways at 320 CSS pixels."""

import pytest

from demo.factories.instruments import answers_for
from demo.factories.registers import OrganisationFactory, PartnershipFactory
from instruments.models import FasescanPage, RollenkaartPage
from registers.choices import ProvinceRole, Role

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NARROW = {"width": 320, "height": 640}


def no_sideways_scroll(page):
    return page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]


def test_fill_in_the_fasescan_with_errors_then_a_result(visit, live_server, demo_site):
    scan = FasescanPage.objects.live().get(locale__language_code="nl")
    page = visit.page
    page.set_viewport_size(NARROW)
    page.goto(live_server.url + scan.url)
    assert page.get_by_role("heading", level=1).inner_text() == "Fasescan"
    assert page.locator("fieldset legend").count() == 6
    assert visit.axe_violations() == []
    assert no_sideways_scroll(page)

    # Two questions answered, then "Toon de fase": the other four are errors.
    answers = answers_for("evaluatie")
    for key in ("afspraken", "doelen"):
        page.check(f"input[name={key}][value={answers[key]}]")
    page.get_by_role("button", name="Toon de fase").click()
    assert page.title().startswith("Fout: Fasescan")
    summary = page.locator(".error-summary")
    assert summary.get_by_role("link").count() == 4
    assert page.is_checked(f"input[name=afspraken][value={answers['afspraken']}]")
    assert visit.axe_violations() == []
    assert no_sideways_scroll(page)
    summary.get_by_role("link").first.click()
    assert page.evaluate("document.activeElement.id") == "id_organisatie_0"

    # Every question answered: the result names the phase and the tools that fit it.
    for key, value in answers.items():
        page.check(f"input[name={key}][value={value}]")
    page.get_by_role("button", name="Toon de fase").click()
    assert not page.title().startswith("Fout")
    assert page.get_by_role("heading", level=2, name="Uitslag: de fase Evaluatie").is_visible()
    suggestions = page.locator("h3:has-text('Hulpmiddelen die bij deze fase passen') + ul a")
    assert "Werkvorm voor een evaluatie" in suggestions.all_inner_texts()
    assert visit.axe_violations() == []
    assert no_sideways_scroll(page)
    suggestions.filter(has_text="Werkvorm voor een evaluatie").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Werkvorm voor een evaluatie"
    assert visit.foreign_hosts() == set()


def test_the_rollenkaart_of_a_partnership(visit, live_server, demo_site):
    partnership = PartnershipFactory(
        name="Recreatieschap Twiske",
        slug="recreatieschap-twiske",
        province_role=ProvinceRole.TOEZICHTHOUDER,
        participants=[
            (OrganisationFactory(name="Gemeente Zaanstad"), Role.PENVOERDER),
            (OrganisationFactory(name="Gemeente Oostzaan"), Role.DEELNEMER),
        ],
    )
    partnership.save_revision().publish()
    role_map = RollenkaartPage.objects.live().get(locale__language_code="nl")
    page = visit.page
    page.set_viewport_size(NARROW)
    page.goto(f"{live_server.url}{role_map.url}{partnership.slug}/")
    assert page.get_by_role("heading", level=1).inner_text() == "Recreatieschap Twiske"
    assert page.get_by_role("table").locator("tbody tr").count() == 3  # with the province
    assert visit.axe_violations() == []
    assert no_sideways_scroll(page)
    with page.expect_download() as download:
        page.get_by_role("link", name="Download als CSV").click()
    assert download.value.suggested_filename == "rollenkaart-recreatieschap-twiske.csv"
    assert visit.foreign_hosts() == set()


def test_a_verification_link_saves_the_phase_through_the_fasescan(
    visit, live_server, demo_site, mailoutbox
):
    import datetime

    from instruments.models import PartnershipPhase
    from registers import verification
    from registers.models import VerificationRequest

    partnership = PartnershipFactory(
        name="Plassenschap Loosdrecht",
        last_verified=datetime.date(2020, 1, 1),
        contact_email="secretariaat@example.org",
        participants=[
            OrganisationFactory(
                name="Gemeente Wijdemeren", verification_email="register@wijdemeren.example"
            )
        ],
    )
    partnership.save_revision().publish()
    verification.start_round()
    # The organisation's link opens its page of the round, which offers the Fasescan per
    # partnership.
    invitation = VerificationRequest.objects.get(partnership=partnership).invitations.get()
    path = verification.verification_url(invitation).split("/", 3)[3]
    page = visit.page
    page.goto(f"{live_server.url}/{path}")
    page.get_by_role("link", name="Doe de Fasescan").click()
    assert "Plassenschap Loosdrecht" in page.locator(".fasescan-for").inner_text()
    for key, value in answers_for("opbouw").items():
        page.check(f"input[name={key}][value={value}]")
    page.get_by_role("button", name="Toon de fase").click()
    assert visit.axe_violations() == []
    page.get_by_role("button", name="Opslaan als fase van “Plassenschap Loosdrecht”").click()
    assert "Opgeslagen." in page.locator(".fasescan-for").inner_text()
    assert visit.axe_violations() == []
    saved = PartnershipPhase.objects.get(partnership=partnership)
    assert (saved.phase, saved.source) == ("opbouw", PartnershipPhase.Source.VERIFICATION)
    assert visit.foreign_hosts() == set()
