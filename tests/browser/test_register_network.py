"""The network view and the insights page in a real browser: the graph is drawn, works with
mouse and keyboard, the table alternative is there, axe-core finds no serious or critical
WCAG 2.1 AA violation and nothing is loaded from another host."""

import random

import pytest
from wagtail.models import Page, Site

from demo.factories.pages import HomePageFactory
from demo.factories.registers import (
    OrganisationFactory,
    PartnershipFactory,
    PolicyDomainFactory,
    ProvinceFactory,
    RegisterPageFactory,
)
from registers.choices import OrganisationKind, Role

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

GRAPH_DRAWN = "() => window.registerNetwork && window.registerNetwork.nodes().length > 0"


@pytest.fixture
def register_site(baseline_data, live_server):
    """A register page on the live server's site with a province's worth of partnerships."""
    Page.objects.filter(depth=2).delete()  # Wagtail's own welcome page
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="home")
    host, port = live_server.url.split("//")[1].split(":")
    Site.objects.all().delete()
    Site.objects.create(hostname=host, port=int(port), root_page=home, is_default_site=True)
    register = RegisterPageFactory(parent=home)
    register.save_revision().publish()

    rng = random.Random(7)
    noord_holland = ProvinceFactory(name="Provincie Noord-Holland", cbs_code="PV27")
    utrecht = ProvinceFactory(name="Provincie Utrecht", cbs_code="PV26")
    municipalities = [
        OrganisationFactory(name=f"Gemeente {n:02d}", cbs_code=f"GM{n:04d}") for n in range(40)
    ]
    water = OrganisationFactory(
        name="Hoogheemraadschap", kind=OrganisationKind.WATERSCHAP, cbs_code="WS0155"
    )
    domains = [PolicyDomainFactory(slug=slug) for slug in ("afval", "veiligheid", "water")]
    for n in range(30):
        members = rng.sample(municipalities, rng.randint(2, 9))
        participants = [(members[0], Role.PENVOERDER), *members[1:], noord_holland]
        if n % 5 == 0:
            participants.append(water)
        PartnershipFactory(
            name=f"Regeling {n:02d}",
            abbreviation=f"R{n:02d}" if n % 2 else "",
            participants=participants,
            provinces=[noord_holland],
            domains=[rng.choice(domains)],
        )
    PartnershipFactory(
        name="Regeling Utrecht", participants=[municipalities[0]], provinces=[utrecht]
    )
    PartnershipFactory(name="Concept", live=False, participants=municipalities[:3])
    return register


def open_network(visit, live_server, register_site, query="?provincie=provincie-noord-holland"):
    response = visit.page.goto(f"{live_server.url}{register_site.url}netwerk/{query}")
    assert response.status == 200
    visit.page.wait_for_function(GRAPH_DRAWN, timeout=15_000)


def test_network_is_drawn_with_its_tables_and_passes_axe(register_site, live_server, visit):
    open_network(visit, live_server, register_site)
    counts = visit.page.evaluate(
        """() => {
            const cy = window.registerNetwork;
            return {
                partnerships: cy.nodes("[type = 'partnership']").length,
                organisations: cy.nodes("[type = 'organisation']").length,
                edges: cy.edges().length,
            };
        }"""
    )
    assert counts["partnerships"] == 30
    table_partnerships = visit.page.locator("#partnerships-heading ~ div tbody tr").count()
    table_organisations = visit.page.locator("#organisations-heading ~ div tbody tr").count()
    assert table_partnerships == counts["partnerships"]
    assert table_organisations == counts["organisations"]
    summary = visit.page.locator("#network-summary").inner_text()
    assert f"{counts['partnerships']} " in summary and f"{counts['organisations']} " in summary
    # Drawn: the layout placed the nodes apart.
    spread = visit.page.evaluate(
        "() => { const b = window.registerNetwork.nodes().boundingBox(); return b.w * b.h; }"
    )
    assert spread > 10_000
    assert visit.axe_violations() == []
    assert visit.foreign_hosts() == set()


def test_keyboard_moves_through_nodes_and_enter_opens_one(register_site, live_server, visit):
    open_network(visit, live_server, register_site)
    visit.page.focus("#network-graph")
    visit.page.keyboard.press("ArrowRight")
    status = visit.page.locator("#network-status").inner_text()
    assert "Regeling 00" in status
    visit.page.keyboard.press("Enter")
    visit.page.wait_for_url("**/register/regeling-00/")
    assert visit.page.locator("h1").inner_text().startswith("Regeling 00")


def test_clicking_a_node_opens_its_page(register_site, live_server, visit):
    open_network(visit, live_server, register_site)
    # The whole drawing in the viewport (it is shorter than the window), so any node is.
    visit.page.evaluate("document.getElementById('network-graph').scrollIntoView()")
    x, y, url = visit.page.evaluate(
        """() => {
            // The organisation farthest from the middle: nothing is drawn over it.
            const cy = window.registerNetwork;
            const middle = cy.nodes().boundingBox();
            const cx = middle.x1 + middle.w / 2, cy_ = middle.y1 + middle.h / 2;
            const distance = n => Math.hypot(n.position().x - cx, n.position().y - cy_);
            const node = cy.nodes("[type = 'organisation']").max(distance).ele;
            const box = document.getElementById('network-graph').getBoundingClientRect();
            const p = node.renderedPosition();
            return [box.left + p.x, box.top + p.y, node.data('url')];
        }"""
    )
    visit.page.mouse.click(x, y)
    visit.page.wait_for_url(f"**{url}")


def test_organisation_network_is_drawn_around_it(register_site, live_server, visit):
    open_network(visit, live_server, register_site, "?organisatie=hoogheemraadschap")
    focus = visit.page.evaluate(
        "() => window.registerNetwork.nodes('[?focus]').map(n => n.data('name'))"
    )
    assert focus == ["Hoogheemraadschap"]
    assert visit.axe_violations() == []


def test_filter_form_works_without_javascript(register_site, live_server, browser):
    context = browser.new_context(java_script_enabled=False, locale="nl-NL")
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}{register_site.url}netwerk/")
        assert page.locator("#network-figure").is_hidden()
        page.select_option("#filter-domein", "water")
        page.click("form.visual-filters button[type=submit]")
        page.wait_for_url("**domein=water**")
        assert page.locator("#partnerships-heading ~ div tbody tr").count() > 0
    finally:
        context.close()


def test_insights_page_passes_axe(register_site, live_server, visit):
    response = visit.page.goto(f"{live_server.url}{register_site.url}inzichten/")
    assert response.status == 200
    assert visit.page.locator("svg.bar-chart").count() == 5
    assert visit.axe_violations() == []
    visit.page.goto(f"{live_server.url}{register_site.url}inzichten/?provincie=provincie-utrecht")
    assert visit.axe_violations() == []
    assert visit.foreign_hosts() == set()


# The label boxes cytoscape draws at the current zoom (names too small to draw, or left out
# because they would cover another, do not count).
DRAWN_LABELS = """() => {
    const cy = window.registerNetwork;
    return cy.nodes().filter(node =>
        parseFloat(node.style('font-size')) * cy.zoom()
            >= parseFloat(node.style('min-zoomed-font-size'))
        && parseFloat(node.style('text-opacity')) > 0
    ).map(node => {
        const b = node.renderedBoundingBox(
            {includeNodes: false, includeEdges: false, includeLabels: true});
        return {name: node.data('name'), x1: b.x1, x2: b.x2, y1: b.y1, y2: b.y2};
    });
}"""


def overlapping(labels):
    return [
        (a["name"], b["name"])
        for i, a in enumerate(labels)
        for b in labels[i + 1 :]
        if a["x1"] < b["x2"] and b["x1"] < a["x2"] and a["y1"] < b["y2"] and b["y1"] < a["y2"]
    ]


@pytest.mark.parametrize(
    "query", ["?organisatie=gemeente-00", "?provincie=provincie-noord-holland"]
)
def test_names_in_the_drawing_do_not_cover_each_other(register_site, live_server, visit, query):
    open_network(visit, live_server, register_site, query)
    labels = visit.page.evaluate(DRAWN_LABELS)
    assert overlapping(labels) == []
    # Zooming in makes room: more names appear, and at no zoom do two cover each other.
    for _ in range(12):
        visit.page.click("[data-network-zoom=in]")
        closer = visit.page.evaluate(DRAWN_LABELS)
        assert overlapping(closer) == []
        if len(closer) >= 2 and len(closer) > len(labels):
            break
    else:
        pytest.fail("zooming in never showed more names")


def test_drawing_is_a_named_widget_and_space_opens_a_node(register_site, live_server, visit):
    open_network(visit, live_server, register_site)
    graph = visit.page.locator("#network-graph")
    assert graph.get_attribute("role") == "application"
    assert graph.get_attribute("aria-roledescription") == "netwerktekening"
    assert "tabellen" in graph.get_attribute("aria-label")
    assert visit.axe_violations() == []
    graph.focus()
    visit.page.keyboard.press("End")  # the last node: an organisation
    status = visit.page.locator("#network-status").inner_text()
    assert status
    visit.page.keyboard.press("Space")
    visit.page.wait_for_url("**/register/organisaties/**")
