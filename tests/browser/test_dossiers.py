"""The municipality dossier and Belangenbehartiging in a real browser, on the demo site:
axe-core finds no serious or critical WCAG 2.1 AA violation, nothing is loaded from another
host, and at 320 px nothing scrolls sideways."""

import pytest

from registers.models import Organisation

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NARROW = {"width": 320, "height": 640}


def check(visit, live_server, url):
    response = visit.page.goto(live_server.url + url)
    assert response.status == 200, url
    assert visit.axe_violations() == [], url
    assert visit.foreign_hosts() == set(), url


def no_sideways_scroll(browser, live_server, urls):
    context = browser.new_context(viewport=NARROW, locale="nl-NL")
    page = context.new_page()
    too_wide = {}
    for url in urls:
        assert page.goto(live_server.url + url).status == 200, url
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > NARROW["width"]:
            too_wide[url] = width
    context.close()
    return too_wide


def test_organisation_page_with_a_dossier(demo_site, live_server, visit, browser):
    alkmaar = Organisation.objects.get(cbs_code="GM0361")
    urls = [
        f"/nl/register/organisaties/{alkmaar.slug}/",
        f"/en/register/organisations/{alkmaar.slug}/",
    ]
    for url in urls:
        check(visit, live_server, url)
    visit.page.goto(live_server.url + urls[0])
    assert visit.page.locator("#account-holders-heading").inner_text() == (
        "Accounthouders bij de provincie"
    )
    assert visit.page.get_by_text("Marieke Jansen (voorbeeld)").count() == 1
    # The toezicht table scrolls in its own labelled region, which a keyboard can reach.
    region = visit.page.locator("section:has(#supervision-heading) .table-scroll")
    assert region.get_attribute("tabindex") == "0"
    assert no_sideways_scroll(browser, live_server, urls) == {}


def test_belangenbehartiging_index_filters_without_javascript(demo_site, live_server, browser):
    context = browser.new_context(locale="nl-NL", java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/nl/belangenbehartiging/")
    assert page.locator(".card-list > li").count() == 3
    page.select_option("#filter-counterpart", "eu")
    page.click("form.filters button[type=submit]")
    assert "tegenpartij=eu" in page.url
    titles = page.locator(".card__title").all_inner_texts()
    assert titles == ["Europese regiomiddelen voor de Kop van Noord-Holland (voorbeeld)"]
    context.close()


def test_belangenbehartiging_pages_are_accessible(demo_site, live_server, visit, browser):
    urls = [
        "/nl/belangenbehartiging/",
        "/nl/belangenbehartiging/?status=actief",
        "/nl/belangenbehartiging/?status=onbekend",
        "/nl/belangenbehartiging/financiele-verhouding-rijk-en-gemeenten/",
        "/en/representing-interests/",
        "/en/representing-interests/financial-relations-central-government-municipalities/",
    ]
    for url in urls:
        check(visit, live_server, url)
    assert no_sideways_scroll(browser, live_server, urls) == {}
