"""Register selections as content (issue 18), as a communicator and a visitor meet them:
the communicator adds the selection block to programme line 5's page and sees the live
preview, submits it, the Redactie publishes it; visitors see the selection (through the
anonymous page cache) change after a register edit is published, in Dutch and English, and
the page has no serious or critical axe-core violations."""

import pytest

from demo.factories.registers import PartnershipFactory
from pages.models import ProgrammeLinePage
from registers.models import Organisation, PolicyDomain

from .test_editorial_flow import click_footer_action

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def veiligheidsregios(demo_site, rebuild_search_index, settings):
    settings.PAGE_CACHE_ENABLED = True
    from django.core.cache import caches

    caches["pages"].clear()
    province = Organisation.objects.get(cbs_code="PV27")
    domain = PolicyDomain.objects.get(slug="veiligheid")
    made = []
    for name in ("Veiligheidsregio Kennemerland", "Veiligheidsregio Zaanstreek-Waterland"):
        partnership = PartnershipFactory(
            name=name, domains=[domain], provinces=[province], live=False
        )
        partnership.save_revision().publish()
        made.append(partnership)
    rebuild_search_index()
    return made


def add_selection_block(editor):
    """Append a register selection block to the body through Wagtail's block chooser."""
    editor.locator("#panel-child-inhoud-body-section button.c-sf-add-button").last.click()
    editor.get_by_role("option", name="Registerselectie").click()
    # The new block is the body's last: its fields are the last of their kind.
    editor.locator("input[id^='body-'][id$='-value-caption']").last.fill(
        "Samenwerking voor veiligheid"
    )
    editor.locator("input[id^='body-'][id$='-value-query']").last.fill(
        "/nl/register/?domein=veiligheid&provincie=PV27"
    )
    editor.locator("select[id^='body-'][id$='-value-display']").last.select_option("list")


def test_communicator_places_a_selection_that_follows_the_register(
    veiligheidsregios, live_server, login, visit
):
    line = ProgrammeLinePage.objects.get(locale__language_code="nl", number=5)
    communicator = login("communicator")
    communicator.goto(f"{live_server.url}/admin/pages/{line.pk}/edit/")
    add_selection_block(communicator)

    # The live preview shows the selection's entries as the page will.
    communicator.locator("[data-side-panel-toggle='preview']").click()
    preview = communicator.frame_locator("#w-preview-iframe")
    # The preview renders the page with the block in a request of its own; on a loaded
    # machine (two suites, or CI with a busy neighbour) that took over 20 s.
    preview.get_by_text("Samenwerking voor veiligheid").wait_for(timeout=60_000)
    previewed = preview.locator(".register-selection", has_text="Samenwerking voor veiligheid")
    previewed.get_by_role("link", name="Veiligheidsregio Kennemerland").wait_for()
    previewed.get_by_role("link", name="Bekijk deze selectie in het register").wait_for()

    click_footer_action(communicator, "Stuur door naar Redactiereview")
    redacteur = login("redacteur")
    redacteur.goto(f"{live_server.url}/admin/pages/{line.pk}/edit/")
    click_footer_action(redacteur, "Goedkeuren en publiceren")
    line.refresh_from_db()
    assert line.live and "Samenwerking voor veiligheid" in str(line.body.render_as_block())

    # A visitor: the selection with its entries linked, and the link to the register.
    page = visit.page
    first = page.goto(live_server.url + line.url)
    section = page.locator(".register-selection", has_text="Samenwerking voor veiligheid")
    assert section.get_by_role("link", name="Veiligheidsregio Kennemerland").count() == 1
    assert "2 samenwerkingsverbanden" in section.inner_text()
    assert first.headers.get("x-cache") == "MISS"
    assert page.goto(live_server.url + line.url).headers.get("x-cache") == "HIT"
    assert visit.axe_violations() == []
    assert visit.foreign_hosts() == set()

    # The register link opens the same selection in the register.
    section.get_by_role("link", name="Bekijk deze selectie in het register").click()
    page.wait_for_load_state()
    assert "domein=veiligheid" in page.url and "provincie=" in page.url
    assert page.get_by_role("link", name="Veiligheidsregio Kennemerland").count() >= 1

    # A register editor publishes a new entry and an edit: the page (through the page
    # cache) shows both at once.
    province = Organisation.objects.get(cbs_code="PV27")
    new = PartnershipFactory(
        name="Veiligheidsregio Noord-Holland Noord",
        domains=[PolicyDomain.objects.get(slug="veiligheid")],
        provinces=[province],
        live=False,
    )
    new.save_revision().publish()
    edited = veiligheidsregios[0]
    edited.name = "Veiligheidsregio Kennemerland (vernieuwd)"
    edited.save_revision().publish()
    after = page.goto(live_server.url + line.url)
    assert after.headers.get("x-cache") == "MISS"
    section = page.locator(".register-selection", has_text="Samenwerking voor veiligheid")
    assert section.get_by_role("link", name="Veiligheidsregio Noord-Holland Noord").count() == 1
    assert (
        section.get_by_role("link", name="Veiligheidsregio Kennemerland (vernieuwd)").count() == 1
    )
    assert "3 samenwerkingsverbanden" in section.inner_text()


def test_the_demo_selection_in_both_languages(veiligheidsregios, live_server, visit):
    """Line 5's demo page has "Veiligheidsregio's in onze provincie" as a table; the English
    page has its own caption and links to the English register."""
    page = visit.page
    for language, caption, more in (
        ("nl", "Veiligheidsregio's in onze provincie", "Bekijk deze selectie in het register"),
        ("en", "Safety regions", "View this selection in the register"),
    ):
        line = ProgrammeLinePage.objects.get(locale__language_code=language, number=5)
        page.goto(live_server.url + line.url)
        table = page.locator(".register-selection table")
        assert caption in table.locator("caption").inner_text()
        assert table.get_by_role("link", name="Veiligheidsregio Kennemerland").count() == 1
        link = page.get_by_role("link", name=more)
        assert link.get_attribute("href").startswith(f"/{language}/register/?")
        assert visit.axe_violations() == []
