"""Merging a duplicate pair as a registerbeheerder clicks it: Register › Possible duplicates,
"Keep …", the confirmation, then the merged entry's old address leads to the kept one.
"Not a duplicate" takes a pair off the list."""

import pytest

from demo.factories.registers import (
    OrganisationFactory,
    PartnershipFactory,
    RegisterPageFactory,
)
from demo.factories.users import UserFactory
from registers.models import NotADuplicate, Partnership, PartnershipMerge

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def duplicates(baseline_data, live_server, home_page, settings):
    settings.ADMIN_2FA_REQUIRED = False
    page = RegisterPageFactory(parent=home_page)
    page.save_revision().publish()
    members = [OrganisationFactory(name=n) for n in ("Oldambt", "Pekela", "Veendam")]
    full = PartnershipFactory(name="Algemene Muziekschool Oost-Groningen", participants=members)
    empty = PartnershipFactory(
        name="Alg Muziekschool Oost-Groningen", cbs_code="GR0123", seat_place="Winschoten"
    )
    plassen = PartnershipFactory(
        name="Plassenschap Loosdrecht en omgeving", seat_postcode="3500 AA"
    )
    plassen_too = PartnershipFactory(
        name="Plassenschap Loosdrecht en omstreken", seat_postcode="3500 AA"
    )
    UserFactory(username="beheer", groups=["Registerbeheer"])
    return {"page": page, "full": full, "empty": empty, "plassen": (plassen, plassen_too)}


@pytest.fixture
def admin_page(browser, live_server, duplicates):
    context = browser.new_context(locale="nl-NL", bypass_csp=True)
    page = context.new_page()
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "beheer")
    page.fill("#id_password", "wachtwoord")
    page.click("button[type=submit]")
    page.wait_for_url(live_server.url + "/admin/")
    yield page
    context.close()


def test_registerbeheer_merges_a_pair_and_marks_another_distinct(
    admin_page, duplicates, live_server
):
    from tests.browser.conftest import Visit

    full, empty = duplicates["full"], duplicates["empty"]
    visit = Visit(admin_page, live_server.url)
    page = admin_page
    # From the dashboard's data-quality panel to the list of pairs.
    page.get_by_role("link", name="2 mogelijk dubbele paren").click()
    page.wait_for_url("**/admin/register/duplicates/")
    assert visit.axe_violations() == []

    row = page.locator("tr", has_text="Alg Muziekschool Oost-Groningen")
    row.get_by_role("link", name="“Alg Muziekschool Oost-Groningen” behouden").click()
    page.wait_for_url(f"**/admin/register/duplicates/merge/{empty.pk}/{full.pk}/")
    assert page.get_by_text("Deelnemer: Oldambt").is_visible()
    assert visit.axe_violations() == []
    page.fill("#id_reason", "zelfde muziekschool")
    page.get_by_role("button", name="Samenvoegen in “Alg Muziekschool Oost-Groningen”").click()
    page.wait_for_url("**/admin/register/duplicates/")
    assert page.get_by_text("is samengevoegd in").is_visible()

    assert not Partnership.objects.filter(pk=full.pk).exists()
    kept = Partnership.objects.get(pk=empty.pk)
    assert sorted(m.organisation.name for m in kept.memberships.all()) == [
        "Oldambt",
        "Pekela",
        "Veendam",
    ]
    merge = PartnershipMerge.objects.get()
    assert merge.merged_by.username == "beheer" and merge.reason == "zelfde muziekschool"

    # The merged entry's address leads to the kept one.
    response = page.goto(f"{live_server.url}{duplicates['page'].url}{full.slug}/")
    assert response.status == 200
    assert page.url.endswith(f"/{kept.slug}/")
    assert page.get_by_role("heading", name="Alg Muziekschool Oost-Groningen").is_visible()

    # The other pair is no duplicate: it leaves the list.
    page.goto(live_server.url + "/admin/register/duplicates/")
    row = page.locator("tr", has_text="Plassenschap Loosdrecht")
    row.get_by_role("button", name="Geen dubbeling").click()
    page.wait_for_url("**/admin/register/duplicates/")
    assert page.get_by_text("Geen mogelijke dubbelingen.").is_visible()
    assert NotADuplicate.objects.count() == 1
    assert visit.foreign_hosts() == set()
