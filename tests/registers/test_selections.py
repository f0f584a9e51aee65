"""Register selections as content (issue 18): a page shows a register query as a list or
table linked to the same selection in the register, in both languages, current after a
publish (through the anonymous page cache), and bad query values are a clear error."""

from django.core.exceptions import ValidationError
from django.test import Client

import pytest
from wagtail.blocks import StructBlockValidationError

from demo.factories.pages import ContentPageFactory
from pages.blocks import BodyBlock
from registers.models import RegisterSelection
from registers.selections import MAX_ENTRIES, resolve, validate_query

pytestmark = pytest.mark.django_db


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def selection_page(parent, value, **fields):
    return publish(
        ContentPageFactory(
            parent=parent,
            title=fields.pop("title", "Veiligheid in de regio"),
            slug=fields.pop("slug", "veiligheid-in-de-regio"),
            body=[("register_selection", value)],
            **fields,
        )
    )


def test_the_body_offers_the_selection_block():
    assert "register_selection" in BodyBlock().child_blocks


def test_a_page_lists_the_selection_with_count_and_links(register_data, register_page):
    page = selection_page(
        register_page.get_parent(),
        {"caption": "Afval in de regio", "query": "domein=afval", "limit": 10},
    )
    html = Client().get(page.url).content.decode()
    assert "Afval in de regio" in html
    assert "Afvalschap IJmond-Zaanstreek" in html and "Afvalverwijdering Utrecht" in html
    assert "Veiligheidsregio Zaanstreek-Waterland" not in html
    assert "Concept samenwerking afval" not in html  # drafts are not in the register
    assert "2 samenwerkingsverbanden" in html
    assert f'href="{register_page.url}{register_data["afvalschap"].slug}/"' in html
    assert "Bekijk deze selectie in het register" in html
    assert f'href="{register_page.url}?domein=afval&amp;sort=naam"' in html


def test_a_full_register_url_and_the_maximum(register_data, register_page):
    selection = resolve(
        "https://example.org/nl/register/?domein=afval&sort=naam", limit=1, caption="Afval"
    )
    assert selection.count == 2
    assert [p.name for p in selection.partnerships] == ["Afvalschap IJmond-Zaanstreek"]
    assert resolve("", limit=10_000).count == 3
    assert len(resolve("", limit=10_000).partnerships) <= MAX_ENTRIES


def test_table_display_has_caption_and_headers(register_data, register_page):
    page = selection_page(
        register_page.get_parent(),
        {"caption": "Veiligheid", "query": "?domein=veiligheid", "display": "table"},
    )
    html = Client().get(page.url).content.decode()
    assert '<caption class="utrecht-table__caption">Veiligheid' in html
    assert '<th scope="col"' in html
    assert "Veiligheidsregio Zaanstreek-Waterland" in html
    assert "1 samenwerkingsverband" in html


def test_english_page_links_to_the_english_register(
    register_data, register_page, register_page_en, home_page_en
):
    page = selection_page(
        home_page_en,
        {"caption": "Waste in the region", "query": "domein=afval"},
        title="Waste",
        slug="waste",
    )
    html = Client().get(page.url).content.decode()
    assert page.url.startswith("/en/")
    assert "View this selection in the register" in html
    assert f'href="{register_page_en.url}?domein=afval&amp;sort=naam"' in html
    assert f'href="{register_page_en.url}{register_data["afvalschap"].slug}/"' in html
    assert "2 partnerships" in html


def test_a_saved_selection_is_reused_with_its_caption_per_language(
    register_data, register_page, register_page_en, home_page_en
):
    saved = RegisterSelection.objects.create(
        title="Veiligheid", title_en="Safety", query="domein=veiligheid", display="list"
    )
    nl = selection_page(register_page.get_parent(), {"selection": saved})
    en = selection_page(home_page_en, {"selection": saved}, title="Safety", slug="safety")
    nl_html = Client().get(nl.url).content.decode()
    en_html = Client().get(en.url).content.decode()
    assert ">Veiligheid</h2>" in nl_html and ">Safety</h2>" in en_html
    assert "Veiligheidsregio Zaanstreek-Waterland" in nl_html and en_html


def test_the_snippet_previews_its_result(register_data, register_page, admin_client):
    saved = RegisterSelection.objects.create(title="Afval", query="domein=veiligheid")
    url = f"/admin/snippets/registers/registerselection/preview/{saved.pk}/"
    # The live preview posts the form as it is being edited, then shows it.
    form = {"title": "Afval", "title_en": "", "query": "domein=afval", "sort": "", "limit": "10"}
    posted = admin_client.post(url, {**form, "display": "list"})
    assert posted.json()["is_valid"] is True
    response = admin_client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Afvalschap IJmond-Zaanstreek" in html
    assert "Veiligheidsregio" not in html  # the values being edited, not the stored ones
    # The preview panel frames it: the admin's policy, not the public frame-ancestors 'none'.
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]


@pytest.mark.parametrize(
    "query", ["rechtsvorm=onzin", "fase=x&status=y", "verouderd=ja", "sort=<script>"]
)
def test_bad_query_values_are_a_clear_error(query):
    block = BodyBlock().child_blocks["register_selection"]
    if query.startswith("sort="):
        # An unknown sort is ignored, as the register does.
        block.clean(block.to_python({"caption": "X", "query": query}))
        return
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"caption": "X", "query": query}))
    with pytest.raises(ValidationError):
        validate_query(query)


def test_a_caption_is_needed_without_a_saved_selection():
    block = BodyBlock().child_blocks["register_selection"]
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"query": "domein=afval"}))


def test_stored_bad_values_never_break_the_page(register_data, register_page):
    page = selection_page(
        register_page.get_parent(),
        {"caption": "Oud", "query": "rechtsvorm=bestaat-niet&q=" + "x" * 3000, "limit": -5},
    )
    response = Client().get(page.url)
    assert response.status_code == 200
    assert "Oud" in response.content.decode()


def test_page_cache_shows_the_new_entry_after_a_publish(register_data, register_page, settings):
    from django.core.cache import caches

    from demo.factories.registers import PartnershipFactory

    settings.PAGE_CACHE_ENABLED = True
    caches["pages"].clear()
    page = selection_page(
        register_page.get_parent(), {"caption": "Veiligheid", "query": "domein=veiligheid"}
    )
    first = Client().get(page.url)
    assert Client().get(page.url)["X-Cache"] == "HIT"
    assert "Brandweer Noord" not in first.content.decode()

    veiligheid = register_data["veiligheidsregio"].domains.get()
    new = PartnershipFactory(name="Brandweer Noord", domains=[veiligheid], live=False)
    new.save_revision().publish()
    after = Client().get(page.url)
    assert after["X-Cache"] == "MISS"
    assert "Brandweer Noord" in after.content.decode()

    # A published edit of a register entry shows too.
    new.name = "Brandweer Noord-Holland"
    new.save_revision().publish()
    assert "Brandweer Noord-Holland" in Client().get(page.url).content.decode()


def test_the_block_chooser_previews_the_block(register_data, register_page, admin_client):
    """Wagtail's block chooser shows a preview of the block (its preview value: the
    veiligheid domain) from the register as it is."""
    from django.urls import reverse

    block = BodyBlock().child_blocks["register_selection"]
    url = reverse("wagtailadmin_block_preview") + "?id=" + block.definition_prefix
    response = admin_client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Veiligheidsregio Zaanstreek-Waterland" in html
    assert "Afvalschap" not in html


@pytest.mark.parametrize("group", ["Communicatoren", "Redactie", "Registerbeheer"])
def test_editors_keep_the_selections_the_block_points_them_to(client, group):
    """The selection block says "reuse a selection saved under Register › Register
    selections": the editors who place the block can open that list and save one (only
    administrators could)."""
    from django.urls import reverse

    from demo.factories.users import UserFactory
    from registers.models import RegisterSelection

    client.force_login(UserFactory(groups=[group]))
    listing = reverse("wagtailsnippets_registers_registerselection:list")
    assert client.get(listing).status_code == 200
    sidebar = client.get(reverse("wagtailadmin_home")).content.decode()
    assert listing in sidebar[sidebar.index('id="wagtail-sidebar-props"') :]
    add = reverse("wagtailsnippets_registers_registerselection:add")
    response = client.post(
        add,
        {
            "title": "Afval",
            "title_en": "Waste",
            "query": "?domein=afval",
            "limit": 10,
            "display": "list",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    assert RegisterSelection.objects.get().title == "Afval"
