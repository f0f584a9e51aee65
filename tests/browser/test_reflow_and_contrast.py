"""Reflow (WCAG 1.4.10) and contrast (1.4.3): at 320 CSS pixels — 1280 px at 400 % zoom — no
page scrolls sideways; every text is readable against what it is drawn on.

Wide content (tables, the network drawing) scrolls inside its own focusable region; headers,
navigation and the search form wrap; long Dutch compounds break.
"""

import pytest
from wagtail.models import Page, Site

from demo.builder import DemoBuilder
from demo.factories.registers import OrganisationFactory, PartnershipFactory, PolicyDomainFactory
from registers.choices import Role
from registers.models import RegisterPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NARROW = {"width": 320, "height": 640}
LONG_WORD = "Gemeenschappelijkeregelingsafvalinzamelingssamenwerkingsverbanden"


@pytest.fixture
def demo_site(baseline_data, live_server, rebuild_search_index):
    DemoBuilder(hostname="localhost", port=80).build()
    # A partnership made to be wide: a long unbroken name, many participants with long names.
    domain = PolicyDomainFactory(slug="afval", name="Afval en reiniging")
    participants = [
        OrganisationFactory(name=f"Intergemeentelijke Afvalstoffendienstverlening {LONG_WORD} {n}")
        for n in range(12)
    ]
    partnership = PartnershipFactory(
        name=f"{LONG_WORD} Noordelijk Zuid-Holland",
        participants=[(participants[0], Role.PENVOERDER), *participants[1:]],
        domains=[domain],
    )
    rebuild_search_index()
    site = Site.objects.get(is_default_site=True)
    host, port = live_server.url.split("//")[1].split(":")
    site.hostname, site.port = host, int(port)
    site.save()
    return partnership, participants[0]


def urls_to_check(partnership, organisation):
    """One URL of every public page type and register view, in both languages."""
    urls = []
    seen = set()
    for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
        kind = (type(page).__name__, page.locale.language_code)
        if kind not in seen:
            seen.add(kind)
            urls.append(page.url)
    for register in RegisterPage.objects.live():
        urls += [
            register.url + "?q=afval&domein=afval",
            register.url + register.subpath("organisaties/"),
            register.partnership_url(partnership),
            register.organisation_url(organisation),
            register.url + register.subpath("netwerk/"),
            register.url + register.subpath("inzichten/"),
            register.url + "open-data/",
        ]
    urls += ["/nl/zoeken/?q=samenwerking", "/en/search/?q=collaboration"]
    return urls


def test_no_page_scrolls_sideways_at_320_px(demo_site, live_server, browser):
    partnership, organisation = demo_site
    context = browser.new_context(viewport=NARROW, locale="nl-NL")
    page = context.new_page()
    too_wide = {}
    urls = urls_to_check(partnership, organisation)
    for url in urls:
        response = page.goto(live_server.url + url)
        assert response.status == 200, url
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > NARROW["width"]:
            too_wide[url] = width
    context.close()
    # Home, programme lines, instruments, knowledge, standard pages, events, register views.
    assert len(urls) >= 30
    assert too_wide == {}


def test_tables_scroll_in_their_own_labelled_region(demo_site, live_server, browser):
    partnership, _ = demo_site
    register = RegisterPage.objects.live().get(locale__language_code="nl")
    context = browser.new_context(viewport=NARROW, locale="nl-NL")
    page = context.new_page()
    page.goto(live_server.url + register.partnership_url(partnership))
    region = page.locator(".table-scroll").first
    assert region.get_attribute("tabindex") == "0"
    assert region.get_attribute("role") == "region"
    assert region.get_attribute("aria-labelledby") or region.get_attribute("aria-label")
    # The table is wider than the screen and scrolls inside the region, not the page.
    assert region.evaluate("el => el.scrollWidth > el.clientWidth")
    assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]
    context.close()


def test_every_text_has_enough_contrast(demo_site, live_server, visit):
    partnership, organisation = demo_site
    problems = {}
    for url in urls_to_check(partnership, organisation):
        visit.page.goto(live_server.url + url)
        found = visit.contrast_problems()
        if found:
            problems[url] = found[:3]
    assert problems == {}
