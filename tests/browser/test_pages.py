"""The demo site in a real browser: WCAG 2.1 AA (axe-core) and no contact with other hosts."""

import pytest

from pages.models import HomePage, KnowledgeArticlePage, KnowledgeIndexPage, ProgrammeLinePage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def pages_to_check():
    for code in ("nl", "en"):
        yield HomePage.objects.get(locale__language_code=code)
        yield ProgrammeLinePage.objects.get(locale__language_code=code, number=4)
        yield KnowledgeIndexPage.objects.get(locale__language_code=code)
        yield KnowledgeArticlePage.objects.filter(locale__language_code=code).first()


def test_key_pages_pass_axe_and_load_nothing_from_other_hosts(demo_site, live_server, visit):
    problems = {}
    checked = 0
    paths = [page.url for page in pages_to_check()] + ["/nl/sitemap/", "/en/sitemap/"]
    for path in paths:
        url = live_server.url + path
        response = visit.page.goto(url)
        assert response.status == 200, url
        violations = visit.axe_violations()
        if violations:
            problems[path] = violations
        checked += 1
    assert checked == 10
    assert problems == {}
    assert visit.foreign_hosts() == set()


def test_knowledge_index_filters_without_javascript(demo_site, live_server, visit):
    index = KnowledgeIndexPage.objects.get(locale__language_code="nl")
    visit.page.goto(live_server.url + index.url)
    total = visit.page.locator(".card-list > li").count()
    visit.page.select_option("#filter-line", "4")
    visit.page.click("form.filters button[type=submit]")
    visit.page.wait_for_url("**programmalijn=4**")
    filtered = visit.page.locator(".card-list > li").count()
    assert 0 < filtered < total
    assert visit.axe_violations() == []


def test_language_switch_and_skip_link(demo_site, live_server, visit):
    line = ProgrammeLinePage.objects.get(locale__language_code="nl", number=2)
    visit.page.goto(live_server.url + line.url)
    visit.page.keyboard.press("Tab")
    focused = visit.page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main"
    visit.page.click("nav.language-switcher a[hreflang=en]")
    assert visit.page.locator("html").get_attribute("lang") == "en"
    english = line.get_translation(line.locale.__class__.objects.get(language_code="en"))
    assert visit.page.url.endswith(english.url)
