"""Recording a municipal merger as registerbeheerders click it (issue 14): Register ›
Organisaties › "Fusie vastleggen", a refused form, the preview, the confirmation; then a
second registerbeheerder approves a continued partnership and the predecessors' end with the
editor's own workflow button, and the successor takes part from the merger date."""

import datetime
import re

import pytest

from demo.factories.registers import (
    OrganisationFactory,
    PartnershipFactory,
    RegisterPageFactory,
)
from demo.factories.users import UserFactory
from registers.choices import Role
from registers.models import Membership, Organisation, OrganisationMerger, Partnership
from tests.browser.test_organisation_review import approve_in_editor

from .conftest import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def merger_data(baseline_data, live_server, home_page, settings):
    settings.ADMIN_2FA_REQUIRED = False
    RegisterPageFactory(parent=home_page).save_revision().publish()
    vianen = OrganisationFactory(name="Vianen", cbs_code="GM0620")
    leerdam = OrganisationFactory(name="Leerdam", cbs_code="GM0545")
    successor = OrganisationFactory(name="Vijfheerenlanden", cbs_code="GM1961")
    houten = OrganisationFactory(name="Houten", cbs_code="GM0321")
    afval = PartnershipFactory(
        name="Afvalschap Lek en IJssel",
        participants=[(vianen, Role.PENVOERDER), leerdam, houten],
    )
    afval.save_revision().publish()
    UserFactory(username="eerste", groups=["Registerbeheer"])
    UserFactory(username="tweede", groups=["Registerbeheer"])
    return {"vianen": vianen, "leerdam": leerdam, "successor": successor, "afval": afval}


def test_a_merger_is_recorded_with_the_admins_buttons_and_approved_by_a_second_person(
    browser, live_server, merger_data
):
    from tests.browser.conftest import Visit

    data = merger_data
    context, page = sign_in(browser, live_server, "eerste")
    visit = Visit(page, live_server.url)
    page.goto(live_server.url + "/admin/snippets/registers/organisation/")
    page.get_by_role("link", name="Fusie vastleggen").click()
    page.wait_for_url("**/admin/register/**")
    assert visit.axe_violations() == []

    # The successor among its own predecessors: refused, nothing recorded.
    page.select_option("#id_predecessors", [str(data["vianen"].pk), str(data["successor"].pk)])
    page.select_option("#id_successor", str(data["successor"].pk))
    page.fill("#id_date", "2019-01-01")
    page.get_by_role("button", name="Voorbeeld").click()
    page.wait_for_load_state("networkidle")
    assert (
        page.get_by_role("alert")
        .filter(has_text="De opvolger kan niet een van zijn voorgangers zijn.")
        .is_visible()
    )
    assert not OrganisationMerger.objects.exists()

    page.select_option("#id_predecessors", [str(data["vianen"].pk), str(data["leerdam"].pk)])
    page.get_by_role("button", name="Voorbeeld").click()
    row = page.locator("tr", has_text="Afvalschap Lek en IJssel")
    row.wait_for()
    assert "Vianen" in row.inner_text()
    assert visit.axe_violations() == []
    page.get_by_role("button", name="Fusie vastleggen").click()
    page.wait_for_url("**/admin/snippets/registers/organisation/")
    page.get_by_text(re.compile("Fusie vastgelegd: 1 samenwerkingsverband")).wait_for()
    context.close()

    # Nothing public yet; the second registerbeheerder approves in the editor.
    assert not Membership.objects.filter(organisation=data["successor"]).exists()
    context, page = sign_in(browser, live_server, "tweede")
    page.goto(f"{live_server.url}/admin/snippets/registers/partnership/edit/{data['afval'].pk}/")
    approve_in_editor(page, data["afval"])
    # The predecessors' own end (organisations are under review too).
    for predecessor in (data["vianen"], data["leerdam"]):
        # A fresh tab: leaving the partnership's editor could ask to confirm.
        editor = context.new_page()
        editor.goto(
            f"{live_server.url}/admin/snippets/registers/organisation/edit/{predecessor.pk}/"
        )
        approve_in_editor(editor, predecessor)
        editor.close()
    context.close()
    vianen = Organisation.objects.get(pk=data["vianen"].pk)
    assert vianen.active_until == datetime.date(2018, 12, 31)
    assert list(vianen.successors.all()) == [data["successor"]]

    afval = Partnership.objects.get(pk=data["afval"].pk)
    assert afval.live and not afval.has_unpublished_changes
    (continued,) = Membership.objects.filter(partnership=afval, organisation=data["successor"])
    assert continued.joined == datetime.date(2019, 1, 1) and continued.role == Role.PENVOERDER
    ended = Membership.objects.filter(partnership=afval, organisation=data["vianen"]).get()
    assert ended.left == datetime.date(2018, 12, 31)
