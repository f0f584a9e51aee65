"""The register in a real browser: search, two facets, a partnership, an organisation."""

import pytest
from wagtail.models import Site

from demo.factories.registers import (
    OrganisationFactory,
    PartnershipFactory,
    PolicyDomainFactory,
    ProvinceFactory,
    RegisterPageFactory,
)
from registers.choices import Role

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def register(baseline_data, live_server, home_page, rebuild_search_index):
    page = RegisterPageFactory(parent=home_page)
    page.save_revision().publish()
    noord_holland = ProvinceFactory(name="Provincie Noord-Holland", cbs_code="PV27")
    utrecht = ProvinceFactory(name="Provincie Utrecht", cbs_code="PV26")
    zaanstad = OrganisationFactory(name="Zaanstad", cbs_code="GM0479")
    wormerland = OrganisationFactory(name="Wormerland", cbs_code="GM0880")
    soest = OrganisationFactory(name="Soest", cbs_code="GM0342")
    afval = PolicyDomainFactory(slug="afval", name="Afval en reiniging")
    veiligheid = PolicyDomainFactory(slug="veiligheid", name="Veiligheid")
    PartnershipFactory(
        name="Afvalschap IJmond-Zaanstreek",
        participants=[(zaanstad, Role.PENVOERDER), wormerland],
        domains=[afval],
        provinces=[noord_holland],
    )
    PartnershipFactory(
        name="Afvalverwijdering Utrecht",
        abbreviation="AVU",
        participants=[soest],
        domains=[afval],
        provinces=[utrecht],
    )
    PartnershipFactory(
        name="Veiligheidsregio Zaanstreek-Waterland",
        participants=[zaanstad, wormerland],
        domains=[veiligheid],
        provinces=[noord_holland],
    )
    rebuild_search_index()
    Site.objects.filter(root_page=home_page).update(
        hostname="localhost", port=int(live_server.url.rsplit(":", 1)[1])
    )
    return page


def test_search_filter_and_open_partnership_and_organisation(register, live_server, visit):
    page = visit.page
    page.goto(live_server.url + register.url)
    assert visit.axe_violations() == []

    page.fill("#register-q", "afval")
    page.click("form.register-search .register-search__bar button[type=submit]")
    page.wait_for_url("**q=afval**")
    assert page.locator(".partnership-list > li").count() == 2

    page.check("input[name=domein][value=afval]")
    page.check("input[name=provincie][value=provincie-noord-holland]")
    page.click("form.register-search .facets button[type=submit]")
    page.wait_for_url("**provincie=provincie-noord-holland**")
    titles = page.locator(".partnership-list .card__title").all_inner_texts()
    assert titles == ["Afvalschap IJmond-Zaanstreek"]
    assert page.locator(".active-filters li").count() == 3  # two filters and "clear all"
    assert visit.axe_violations() == []

    page.click("text=Afvalschap IJmond-Zaanstreek")
    assert page.locator("h1").inner_text().startswith("Afvalschap IJmond-Zaanstreek")
    assert page.locator("table.utrecht-table").first.is_visible()
    assert visit.axe_violations() == []

    page.click("table.utrecht-table >> text=Zaanstad")
    assert page.locator("h1").inner_text() == "Zaanstad"
    assert "Wormerland" in page.locator(".partner-bars").inner_text()
    assert visit.axe_violations() == []
    assert visit.foreign_hosts() == set()


def test_keyboard_reaches_the_first_result_past_the_facets(register, live_server, visit):
    page = visit.page
    page.goto(live_server.url + register.url + "?q=afval")
    page.focus("#register-q")
    presses = 0
    # Tab to the skip link (after the search button), follow it, then on to the first result.
    while page.evaluate("document.activeElement.classList.contains('skip-to-results')") is False:
        page.keyboard.press("Tab")
        presses += 1
        assert presses < 5, "the skip link comes right after the search box"
    assert page.locator(".skip-to-results").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "results"
    while not page.evaluate("!!document.activeElement.closest('.partnership-list')"):
        page.keyboard.press("Tab")
        presses += 1
        assert presses < 10, "the first result is a few presses away, not past every facet"
    assert visit.axe_violations() == []


def test_suggestions_and_a_corrected_typo_in_the_register(register, live_server, visit):
    page = visit.page
    page.goto(live_server.url + register.url)
    # Typing fills the search box's suggestions (partnerships only) from the endpoint.
    page.fill("#register-q", "afva")
    page.wait_for_function(
        "document.querySelectorAll('#register-q-suggestions option').length >= 2"
    )
    options = page.locator("#register-q-suggestions option")
    labels = {options.nth(i).get_attribute("value") for i in range(options.count())}
    assert labels == {"Afvalschap IJmond-Zaanstreek", "Afvalverwijdering Utrecht (AVU)"}

    # A typo is corrected within the query, and the page says so.
    page.fill("#register-q", "afvalshap zaanstreek")
    page.click("form.register-search .register-search__bar button[type=submit]")
    page.wait_for_url("**q=afvalshap**")
    assert page.locator(".partnership-list .card__title").all_inner_texts() == [
        "Afvalschap IJmond-Zaanstreek"
    ]
    assert "afvalschap zaanstreek" in page.locator(".did-you-mean").inner_text()
    assert visit.axe_violations() == []
    assert visit.foreign_hosts() == set()


def test_facets_fold_into_a_disclosure_on_a_narrow_screen(register, live_server, visit, browser):
    page = visit.page
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(live_server.url + register.url + "?q=afval")
    facets = page.locator("details.facets")
    page.wait_for_function("!document.querySelector('details.facets').open")
    assert not page.locator("input[name=domein][value=afval]").is_visible()
    assert visit.axe_violations() == []

    # Keyboard: the skip link, then the folded "Filter" summary; the results are close by.
    page.focus("#register-q")
    presses = 0
    while not page.evaluate("!!document.activeElement.closest('.partnership-list')"):
        page.keyboard.press("Tab")
        presses += 1
        assert presses < 10, "the first result is a few presses away, not past every facet"

    # Opening the disclosure with the keyboard shows the filters; one applied stays counted.
    page.focus(".facets__summary")
    page.keyboard.press("Enter")
    assert facets.evaluate("details => details.open")
    page.check("input[name=domein][value=afval]")
    page.click("form.register-search .facets button[type=submit]")
    page.wait_for_url("**domein=afval**")
    page.wait_for_function("!document.querySelector('details.facets').open")
    assert "(1 actief)" in page.locator(".facets__summary").inner_text()
    assert visit.axe_violations() == []

    # A wide window shows them open.
    page.set_viewport_size({"width": 1280, "height": 800})
    page.wait_for_function("document.querySelector('details.facets').open")
    assert page.locator("input[name=domein][value=afval]").is_visible()


def test_facets_work_without_javascript_on_a_narrow_screen(register, live_server, browser):
    context = browser.new_context(
        locale="nl-NL", java_script_enabled=False, viewport={"width": 320, "height": 640}
    )
    page = context.new_page()
    try:
        page.goto(live_server.url + register.url)
        # Without the script the disclosure stays open: every filter can be used.
        page.check("input[name=domein][value=afval]")
        page.click("form.register-search .facets button[type=submit]")
        page.wait_for_url("**domein=afval**")
        assert page.locator(".partnership-list > li").count() == 2
    finally:
        context.close()
