"""Where factsheets live (factsheets/urls.py, factsheets/routing.py) and the links to them
(factsheet_tags): every kind in both languages at the URL it always had, found through
Wagtail's routing and hooks, and a 404 for whatever has no factsheet. WeasyPrint is replaced
by conftest.fake_pdf."""

from django.template import Context, Template
from django.test import RequestFactory

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from demo.factories.pages import ContentPageFactory
from factsheets import routing
from tests.factsheets.conftest import ORGANISATIONS, PATHS, body, publish

pytestmark = pytest.mark.django_db

KINDS = sorted(PATHS)


def path_of(kind, language, programme):
    line = programme["line" if language == "nl" else "line_en"]
    return PATHS[kind].format(
        lang=language, line_url=line.url, organisations=ORGANISATIONS[language]
    )


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_answers_in_both_languages(
    client, register, programme, fake_pdf, kind, language
):
    response = client.get(path_of(kind, language, programme))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert body(response).startswith(b"%PDF")
    assert response["ETag"] and "Last-Modified" in response
    assert fake_pdf.calls == 1


def test_the_language_of_the_url_is_the_language_of_the_factsheet(
    client, register, programme, fake_pdf
):
    for kind in KINDS:
        dutch = body(client.get(path_of(kind, "nl", programme)))
        english = body(client.get(path_of(kind, "en", programme)))
        assert dutch != english, kind


def test_the_url_names_the_route_of_what_the_factsheet_shows():
    assert routing.factsheet_url("/nl/register/") == "/nl/register/factsheet.pdf"
    assert routing.factsheet_url("/en/register/x/") == "/en/register/x/factsheet.pdf"
    assert (
        routing.factsheet_url("/nl/register/", "domein=afval&sort=naam")
        == "/nl/register/factsheet.pdf?domein=afval&sort=naam"
    )
    assert routing.factsheet_url(None) is None  # a page without a URL has no factsheet link


@pytest.mark.parametrize(
    "path",
    [
        "/nl/register/netwerk/factsheet.pdf",  # the register's own routes have no factsheet
        "/nl/register/inzichten/factsheet.pdf",
        "/nl/register/organisaties/factsheet.pdf",
        "/nl/register/organisaties/zaanstad/extra/factsheet.pdf",
        "/nl/register/afvalschap/factsheet.pdf/",
        "/nl/register/afvalschap/factsheet.pdf.pdf",
        "/nl/register/afvalschap/Factsheet.pdf",
        "/en/register/bestaat-niet/factsheet.pdf",
        "/nl/programmalijnen/factsheet.pdf",  # the index of programme lines
        "/nl/programmalijnen/rollen/deel/factsheet.pdf",
        "/nl/programmalijnen/bestaat-niet/factsheet.pdf",
        "/nl/over-ons/factsheet.pdf",  # a content page
    ],
)
def test_what_has_no_factsheet_is_404(client, register, programme, fake_pdf, path):
    publish(ContentPageFactory(parent=programme["line"].get_parent().get_parent(), slug="over-ons"))
    assert client.get(path).status_code == 404
    assert fake_pdf.calls == 0


def test_a_draft_page_has_no_factsheet(client, register, programme, site, fake_pdf):
    site["register"].unpublish()
    for kind in ("partnership", "organisation", "selection"):
        assert client.get(path_of(kind, "nl", programme)).status_code == 404, kind
    assert client.get(path_of("partnership", "en", programme)).status_code == 200
    programme["line_en"].unpublish()
    assert client.get(path_of("programme-line", "en", programme)).status_code == 404
    assert fake_pdf.calls == 1


def test_view_restrictions_of_the_register_page_apply(client, register, programme, site):
    PageViewRestriction.objects.create(
        page=site["register"], restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(path_of("partnership", "nl", programme))
    assert response.status_code == 302
    assert "/nl/register/afvalschap/factsheet.pdf" in response["Location"]


def test_options_is_answered_as_for_the_page(client, register, programme, fake_pdf):
    page = client.options("/nl/register/afvalschap/")
    factsheet = client.options("/nl/register/afvalschap/factsheet.pdf")
    assert factsheet.status_code == page.status_code == 200
    assert factsheet["Allow"] == page["Allow"]
    assert fake_pdf.calls == 0


# --- the links: factsheet_tags ------------------------------------------------------------


def render_tag(source, **context):
    request = RequestFactory().get("/")
    template = Template("{% load factsheet_tags %}" + source)
    return template.render(Context({"request": request, **context}))


def test_the_tag_gives_the_url_of_each_kind(register, programme, site):
    register_page, register_en = site["register"], site["register_en"]
    partnership, zaanstad = register["partnership"], register["zaanstad"]
    assert render_tag("{% factsheet_url page %}", page=programme["line"]) == (
        f"{programme['line'].url}factsheet.pdf"
    )
    assert render_tag(
        "{% factsheet_url page partnership=p %}", page=register_en, p=partnership
    ) == ("/en/register/afvalschap/factsheet.pdf")
    assert render_tag(
        "{% factsheet_url page organisation=o %}", page=register_page, o=zaanstad
    ) == ("/nl/register/organisaties/zaanstad/factsheet.pdf")
    assert render_tag("{% factsheet_url page query=q %}", page=register_page, q="domein=afval") == (
        "/nl/register/factsheet.pdf?domein=afval"
    )
    assert render_tag("{% factsheet_url page query='' %}", page=register_page) == (
        "/nl/register/factsheet.pdf"
    )


def factsheet_links(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [link["href"] for link in soup.select('a[type="application/pdf"]')]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_page_links_its_factsheet_and_the_link_answers(
    client, register, programme, fake_pdf, language
):
    line = programme["line" if language == "nl" else "line_en"]
    organisations = "organisaties" if language == "nl" else "organisations"
    pages = {
        line.url: f"{line.url}factsheet.pdf",
        f"/{language}/register/afvalschap/": f"/{language}/register/afvalschap/factsheet.pdf",
        f"/{language}/register/{organisations}/zaanstad/": (
            f"/{language}/register/{organisations}/zaanstad/factsheet.pdf"
        ),
        f"/{language}/register/?domein=afval&sort=naam": (
            f"/{language}/register/factsheet.pdf?domein=afval&sort=naam"
        ),
    }
    for page_url, factsheet in pages.items():
        response = client.get(page_url)
        assert response.status_code == 200, page_url
        assert factsheet_links(response) == [factsheet], page_url
        assert client.get(factsheet).status_code == 200, factsheet
