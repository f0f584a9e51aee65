"""The register on a date in a real browser (issue 18): the date picker, the banner, links
that keep the date, axe-core without serious or critical violations, reflow at 320 px, and the
picker without JavaScript."""

import datetime

import pytest
from wagtail.models import Site

from demo.factories.registers import (
    MembershipFactory,
    OrganisationFactory,
    PartnershipFactory,
    RegisterPageFactory,
)
from registers.choices import Role

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def register(baseline_data, live_server, home_page, rebuild_search_index):
    page = RegisterPageFactory(parent=home_page)
    page.save_revision().publish()
    vianen = OrganisationFactory(
        name="Vianen", cbs_code="GM0620", active_until=datetime.date(2018, 12, 31)
    )
    successor = OrganisationFactory(name="Vijfheerenlanden", cbs_code="GM1961")
    vianen.successors.add(successor)
    vianen.save()  # a ParentalManyToManyField: written on save
    houten = OrganisationFactory(name="Houten", cbs_code="GM0321")
    afval = PartnershipFactory(
        name="Afvalschap Lek en IJssel",
        entry_into_force=datetime.date(2000, 1, 1),
        participants=[houten],
    )
    MembershipFactory(
        partnership=afval,
        organisation=vianen,
        role=Role.PENVOERDER,
        left=datetime.date(2018, 12, 31),
    )
    MembershipFactory(partnership=afval, organisation=successor, joined=datetime.date(2019, 1, 1))
    PartnershipFactory(
        name="Recreatieschap Houten",
        entry_into_force=datetime.date(2020, 1, 1),
        participants=[houten],
    )
    rebuild_search_index()
    Site.objects.filter(root_page=home_page).update(
        hostname="localhost", port=int(live_server.url.rsplit(":", 1)[1])
    )
    return page


def _fits(page, width=320):
    return page.evaluate("document.documentElement.scrollWidth") <= width


def test_the_date_picker_shows_the_register_of_that_day(register, live_server, visit):
    page = visit.page
    page.goto(live_server.url + register.url)
    assert page.locator(".partnership-list > li").count() == 2
    assert page.locator(".peildatum-banner").count() == 0

    page.fill("#peildatum", "2018-06-01")
    page.click(".peildatum-picker button[type=submit]")
    page.wait_for_url("**peildatum=2018-06-01**")
    banner = page.locator(".peildatum-banner")
    assert "U ziet het register zoals het was op 1 juni 2018" in banner.inner_text()
    # The partnership in force only since 2020 is not in the register of 2018.
    titles = page.locator(".partnership-list .card__title").all_inner_texts()
    assert titles == ["Afvalschap Lek en IJssel"]
    assert page.locator("input[name=deelnemer][value=vianen]").count() == 1
    assert page.locator("input[name=deelnemer][value=vijfheerenlanden]").count() == 0
    assert visit.axe_violations() == []

    # A facet chosen on that day keeps the date.
    page.check("input[name=deelnemer][value=vianen]")
    page.click("form.register-search .facets > button[type=submit]")
    page.wait_for_url("**deelnemer=vianen**")
    assert "peildatum=2018-06-01" in page.url
    assert page.locator(".peildatum-banner").is_visible()

    page.click("text=Afvalschap Lek en IJssel")
    page.wait_for_url("**peildatum=2018-06-01**")
    participants = page.locator("table.utrecht-table").first.inner_text()
    assert "Vianen" in participants and "Vijfheerenlanden" not in participants
    assert page.locator(".peildatum-banner").is_visible()
    assert visit.axe_violations() == []

    # The picker on the partnership page moves it to another day.
    page.fill("#peildatum", "2019-06-01")
    page.click(".peildatum-picker button[type=submit]")
    page.wait_for_url("**peildatum=2019-06-01**")
    participants = page.locator("table.utrecht-table").first.inner_text()
    assert "Vijfheerenlanden" in participants and "Vianen" not in participants

    # "Show the register as it is today" drops the date.
    page.click(".peildatum-banner a")
    page.wait_for_load_state()
    assert "peildatum" not in page.url
    assert page.locator(".peildatum-banner").count() == 0
    assert visit.foreign_hosts() == set()


def test_a_bad_date_is_explained_and_the_pages_reflow_at_320_px(register, live_server, visit):
    page = visit.page
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(live_server.url + register.url + "?peildatum=2018-02-30")
    assert "is geen datum" in page.locator(".peildatum-error").inner_text()
    assert _fits(page)
    assert visit.axe_violations() == []
    for path in ("?peildatum=2018-06-01", "afvalschap-lek-en-ijssel/?peildatum=2018-06-01"):
        page.goto(live_server.url + register.url + path)
        assert page.locator(".peildatum-banner").is_visible()
        assert _fits(page), path
        assert visit.axe_violations() == []
    page.goto(live_server.url + register.url + "organisaties/vianen/?peildatum=2018-06-01")
    assert _fits(page)
    assert visit.axe_violations() == []


def test_the_picker_works_without_javascript(register, live_server, browser):
    context = browser.new_context(
        locale="en-GB", java_script_enabled=False, viewport={"width": 320, "height": 640}
    )
    page = context.new_page()
    try:
        page.goto(live_server.url + register.url + "afvalschap-lek-en-ijssel/")
        page.fill("#peildatum", "2018-06-01")
        page.click(".peildatum-picker button[type=submit]")
        page.wait_for_url("**peildatum=2018-06-01**")
        assert page.locator(".peildatum-banner").is_visible()
        assert "Vianen" in page.locator("table.utrecht-table").first.inner_text()
    finally:
        context.close()
