"""The financial scan's comparison page in a real browser: no serious or critical axe
violations, no request to another host, no sideways scrolling at 320 px, and the form that
switches year and ratio works without JavaScript."""

import pytest
from wagtail.models import Site

from demo.factories.registers import (
    FinancialFigureFactory,
    PartnershipFactory,
    PolicyDomainFactory,
    RegisterPageFactory,
)
from registers.models import PartnershipRisk

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NARROW = {"width": 320, "height": 640}
LONG_NAME = "Gemeenschappelijkeregelingveiligheidsregiobrandweerzorgrampenbestrijding Noord"


@pytest.fixture
def scan_site(baseline_data, live_server, home_page, home_page_en):
    page = RegisterPageFactory(parent=home_page)
    page.save_revision().publish()
    english = page.copy_for_translation(home_page_en.locale)
    english.title = "Register of partnerships"
    english.save_revision().publish()
    domain = PolicyDomainFactory(slug="veiligheid", name="Openbare orde en veiligheid")
    names = ["Veiligheidsregio Alfa", "Veiligheidsregio Beta", LONG_NAME]
    for number, name in enumerate(names):
        partnership = PartnershipFactory(name=name, domains=[domain])
        for year in (2023, 2024):
            FinancialFigureFactory(
                partnership=partnership,
                year=year,
                equity_end=200_000 * (number + 1) - (600_000 if number == 2 else 0),
                debt_end=900_000,
                participants_contribution=5_000_000 + number * 1_000_000,
                inhabitants=200_000,
                source="Demo: verzonnen voorbeeldcijfers",
            )
        PartnershipRisk.objects.create(
            partnership=partnership, description="Demo-risico", likelihood="hoog", impact="laag"
        )
    Site.objects.filter(root_page=home_page).update(
        hostname="localhost", port=int(live_server.url.rsplit(":", 1)[1])
    )
    return page


@pytest.mark.parametrize(
    "path", ["/nl/register/financiele-scan/veiligheid/", "/en/register/financial-scan/veiligheid/"]
)
def test_comparison_page_is_accessible_and_reflows(scan_site, live_server, visit, browser, path):
    page = visit.page
    response = page.goto(live_server.url + path)
    assert response.status == 200
    chart = page.locator("svg.bar-chart[role=img]")
    assert chart.count() == 1
    assert page.locator("svg.bar-chart .bar-chart__row").count() == 3
    assert visit.axe_violations() == []
    assert visit.foreign_hosts() == set()

    context = browser.new_context(viewport=NARROW, locale="nl-NL")
    narrow = context.new_page()
    narrow.goto(live_server.url + path)
    assert narrow.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]
    # The wide table scrolls inside its own labelled region.
    region = narrow.locator("#scan-table-heading + .table-scroll")
    assert region.get_attribute("role") == "region"
    assert region.evaluate("el => el.scrollWidth > el.clientWidth")
    context.close()


def test_year_and_ratio_switch_without_javascript(scan_site, live_server, browser):
    context = browser.new_context(java_script_enabled=False, locale="nl-NL")
    page = context.new_page()
    page.goto(live_server.url + "/nl/register/financiele-scan/veiligheid/")
    page.select_option("#scan-year", "2023")
    page.select_option("#scan-ratio", "bijdrage-per-inwoner")
    page.click("form.visual-filters button[type=submit]")
    page.wait_for_url("**kengetal=bijdrage-per-inwoner**")
    heading = page.locator("#scan-chart-heading").inner_text()
    assert heading == "Bijdrage per inwoner van Openbare orde en veiligheid, 2023"
    values = page.locator("svg.bar-chart .bar-chart__value").evaluate_all(
        "texts => texts.map(text => text.textContent)"
    )
    assert values == ["€ 35,00", "€ 30,00", "€ 25,00"]
    context.close()
