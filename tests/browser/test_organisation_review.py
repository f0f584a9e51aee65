"""An organisation's edit goes through Registerreview as registerbeheerders click it (issue 14):
the first edits it in the snippet editor and submits it with the footer's own "Stuur door
naar Registerreview"; the public page keeps the published name; the second finds it under
"Wacht op uw beoordeling" on the dashboard and approves it with the editor's "Goedkeuren",
and the page shows the new name."""

import re

import pytest

from demo.factories.registers import (
    OrganisationFactory,
    PartnershipFactory,
    RegisterPageFactory,
)
from demo.factories.users import UserFactory
from registers.models import Organisation

from .conftest import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def zaanstad(baseline_data, live_server, home_page, settings):
    settings.ADMIN_2FA_REQUIRED = False
    register = RegisterPageFactory(parent=home_page)
    register.save_revision().publish()
    organisation = OrganisationFactory(name="Zaanstad", cbs_code="GM0479")
    PartnershipFactory(name="Afvalschap IJmond-Zaanstreek", participants=[organisation])
    UserFactory(username="eerste", groups=["Registerbeheer"])
    UserFactory(username="tweede", groups=["Registerbeheer"])
    return register, organisation


def footer_action(page, name):
    """A footer action: the primary button, or one in the "Meer acties" dropdown."""
    button = page.get_by_role("button", name=name).first
    more = page.get_by_role("button", name="Meer acties")
    # is_visible() does not wait: on a busy machine the footer may not be there yet.
    button.or_(more).first.wait_for()
    if not button.is_visible():
        more.click()
    button.click()
    dialog = page.get_by_role("dialog")
    if dialog.count() and dialog.first.is_visible():
        dialog.first.get_by_role("button", name=name).click()


def approve_in_editor(page, obj):
    """The reviewer's "Goedkeuren" in the snippet editor's footer (and its dialog, if any);
    returns once the approval has reached the database (the admin's redirect may still be
    under way, and leaving the page earlier would cancel it)."""
    footer_action(page, re.compile("^Goedkeuren"))
    model = type(obj)
    for _attempt in range(150):
        if not model.objects.get(pk=obj.pk).workflow_in_progress:
            break
        page.wait_for_timeout(100)
    else:
        raise AssertionError(f"{obj} was not approved")
    page.wait_for_load_state("networkidle")


def test_an_organisation_edit_is_submitted_and_approved_by_a_second_person(
    browser, live_server, zaanstad
):
    from tests.browser.conftest import Visit

    register, organisation = zaanstad
    public_url = f"{live_server.url}{register.url}organisaties/{organisation.slug}/"
    edit_url = f"{live_server.url}/admin/snippets/registers/organisation/edit/{organisation.pk}/"

    context, page = sign_in(browser, live_server, "eerste")
    visit = Visit(page, live_server.url)
    page.goto(edit_url)
    page.fill("#id_name", "Gemeente Zaanstad")
    page.fill("#id_website", "https://nieuw.zaanstad.nl")
    footer_action(page, "Stuur door naar Registerreview")
    page.wait_for_load_state("networkidle")
    organisation.refresh_from_db()
    assert organisation.workflow_in_progress and organisation.name == "Zaanstad"
    # The submitter's own editor offers no "Goedkeuren".
    page.goto(edit_url)
    page.get_by_role("button", name="Meer acties").click()
    assert page.get_by_role("button", name=re.compile("^Goedkeuren")).count() == 0
    assert visit.axe_violations() == []
    page.goto(public_url)
    assert page.get_by_role("heading", name="Zaanstad", exact=True).is_visible()
    context.close()

    context, page = sign_in(browser, live_server, "tweede")
    # The dashboard's "awaiting your review" lists it.
    page.get_by_role("link", name=re.compile("Gemeente Zaanstad")).first.click()
    page.wait_for_url(f"**/admin/snippets/registers/organisation/edit/{organisation.pk}/**")
    approve_in_editor(page, organisation)
    context.close()

    organisation = Organisation.objects.get(pk=organisation.pk)
    assert organisation.name == "Gemeente Zaanstad" and not organisation.has_unpublished_changes
    assert organisation.website == "https://nieuw.zaanstad.nl"
    context = browser.new_context(locale="nl-NL")
    visitor = context.new_page()
    visitor.goto(public_url)
    assert visitor.get_by_role("heading", name="Gemeente Zaanstad").is_visible()
    context.close()
