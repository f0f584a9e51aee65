"""Merging a duplicate pair as registerbeheerders click it (issue 14: two people): one
proposes it from Register › Possible duplicates ("Keep …", the confirmation with a reason),
another finds it on the dashboard and approves it; then the merged entry's old address leads
to the kept one. "Not a duplicate" takes a pair off the list."""

import re

import pytest

from demo.factories.registers import (
    OrganisationFactory,
    PartnershipFactory,
    RegisterPageFactory,
)
from demo.factories.users import UserFactory
from registers.models import MergeProposal, NotADuplicate, Partnership, PartnershipMerge

from .conftest import sign_in

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
    UserFactory(username="beheer2", groups=["Registerbeheer"])
    return {"page": page, "full": full, "empty": empty, "plassen": (plassen, plassen_too)}


@pytest.fixture
def admin_page(browser, live_server, duplicates):
    context, page = sign_in(browser, live_server, "beheer")
    yield page
    context.close()


def test_registerbeheer_merges_a_pair_and_marks_another_distinct(
    admin_page, duplicates, live_server, browser
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
    page.get_by_role(
        "button", name="Samenvoegen in “Alg Muziekschool Oost-Groningen” voorstellen"
    ).click()
    page.wait_for_url("**/admin/register/duplicates/")
    assert page.get_by_text("voorgesteld; een andere registerbeheerder").is_visible()
    assert Partnership.objects.filter(pk=full.pk).exists()  # a proposal, nothing merged
    proposal = MergeProposal.objects.get()
    # The proposer cannot approve: the proposal page offers no button to them.
    page.get_by_role("link", name="Voorstel beoordelen").first.click()
    page.wait_for_url(f"**/admin/register/duplicates/proposals/{proposal.pk}/")
    assert page.get_by_role("button", name="Goedkeuren en samenvoegen").count() == 0
    assert visit.axe_violations() == []

    # The second registerbeheerder finds it on the dashboard and approves it.
    context, reviewer = sign_in(browser, live_server, "beheer2")
    reviewer_visit = Visit(reviewer, live_server.url)
    panel = reviewer.locator("section", has_text="Samenvoegingen die op uw beoordeling wachten")
    panel.get_by_role("link", name=re.compile("Algemene Muziekschool Oost-Groningen")).click()
    reviewer.wait_for_url(f"**/admin/register/duplicates/proposals/{proposal.pk}/")
    assert reviewer.get_by_text("Deelnemer: Oldambt").is_visible()  # the same preview
    assert reviewer.get_by_text("zelfde muziekschool").is_visible()
    assert reviewer_visit.axe_violations() == []
    reviewer.get_by_role("button", name="Goedkeuren en samenvoegen").click()
    reviewer.wait_for_url("**/admin/register/duplicates/")
    assert reviewer.get_by_text("is samengevoegd in").is_visible()
    context.close()

    assert not Partnership.objects.filter(pk=full.pk).exists()
    kept = Partnership.objects.get(pk=empty.pk)
    assert sorted(m.organisation.name for m in kept.memberships.all()) == [
        "Oldambt",
        "Pekela",
        "Veendam",
    ]
    merge = PartnershipMerge.objects.get()
    assert merge.merged_by.username == "beheer2"  # the approver carried it out
    assert "zelfde muziekschool" in merge.reason and "beheer" in merge.reason

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
