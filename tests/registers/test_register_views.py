"""The public register: search, facets, exports, partnership and organisation pages."""

import csv
import io
import json

from django.template import Context, Template

import pytest
from bs4 import BeautifulSoup
from openpyxl import load_workbook

from demo.factories.registers import OrganisationFactory, PartnershipFactory

pytestmark = pytest.mark.django_db


def names(response):
    """The names of the page's results, in order (its cards show their display names)."""
    from registers.models import Partnership

    ids = list(response.context["page_obj"].object_list)
    by_pk = Partnership.objects.in_bulk(ids)
    return [by_pk[pk].name for pk in ids]


def facet_counts(response, param):
    for facet_result in response.context["facets"]:
        if facet_result.facet.param == param:
            return {v.value: v.count for v in facet_result.values}
    raise AssertionError(param)


def test_register_lists_published_partnerships_in_both_languages(
    client, register_page, register_page_en, register_data
):
    for page in (register_page, register_page_en):
        response = client.get(page.url)
        assert response.status_code == 200
        assert len(names(response)) == 3
        assert "Concept samenwerking afval" not in response.content.decode()
    assert client.get("/en/register/").context["facets"]


def test_text_search_finds_by_name_participant_and_abbreviation(
    client, register_page, register_data
):
    assert names(client.get(register_page.url, {"q": "afvalschap"})) == [
        "Afvalschap IJmond-Zaanstreek"
    ]
    assert set(names(client.get(register_page.url, {"q": "Wormerland"}))) == {
        "Afvalschap IJmond-Zaanstreek",
        "Veiligheidsregio Zaanstreek-Waterland",
    }
    assert names(client.get(register_page.url, {"q": "AVU"})) == ["Afvalverwijdering Utrecht"]


def test_a_text_typed_into_the_landing_page_is_sorted_by_relevance(
    client, register_page, register_data
):
    """The landing page lists by name, and its order select stood on "Naam": submitted with
    a text typed into the same form, that sorted the text's matches by name. The default
    order is submitted as no choice; an order the visitor picks is kept."""

    def order_select(response):
        return BeautifulSoup(response.content, "html.parser").find("select", {"name": "sort"})

    landing = order_select(client.get(register_page.url))
    shown = landing.find("option", selected=True)
    assert shown.get_text() == "Naam" and shown["value"] == ""
    searched = client.get(register_page.url, {"q": "Wormerland", "sort": shown["value"]})
    assert searched.context["query"].sort == "relevantie"

    after_text = order_select(searched)
    assert after_text.find("option", selected=True).get_text() == "Relevantie"
    by_name = after_text.find("option", string="Naam")["value"]
    assert by_name == "naam"
    chosen = client.get(register_page.url, {"q": "Wormerland", "sort": by_name})
    assert chosen.context["query"].sort == "naam"
    assert order_select(chosen).find("option", selected=True)["value"] == "naam"


def test_facets_are_disjunctive_within_and_conjunctive_across(client, register_page, register_data):
    response = client.get(register_page.url, {"domein": "afval"})
    assert set(names(response)) == {"Afvalschap IJmond-Zaanstreek", "Afvalverwijdering Utrecht"}
    # The domain facet ignores its own selection: choosing "veiligheid" too would add one.
    assert facet_counts(response, "domein") == {"afval": 2, "veiligheid": 1}
    # Other facets are counted within the selection.
    assert facet_counts(response, "provincie") == {
        "provincie-noord-holland": 1,
        "provincie-utrecht": 1,
    }

    both = client.get(register_page.url, {"domein": ["afval", "veiligheid"]})
    assert len(names(both)) == 3

    crossed = client.get(register_page.url, {"domein": "afval", "provincie": "provincie-utrecht"})
    assert names(crossed) == ["Afvalverwijdering Utrecht"]
    assert facet_counts(crossed, "domein") == {"afval": 1}


def test_participant_and_region_facets(client, register_page, register_data):
    response = client.get(register_page.url, {"deelnemer": "zaanstad"})
    assert len(names(response)) == 2
    assert facet_counts(response, "deelnemer")["wormerland"] == 2
    response = client.get(register_page.url, {"regio": "zaanstreek-waterland", "rol": "deelnemer"})
    assert names(response) == ["Afvalschap IJmond-Zaanstreek"]


def test_json_has_results_and_facets(client, register_page, register_data):
    data = client.get(register_page.url, {"format": "json", "domein": "afval"}).json()
    assert data["count"] == 2
    first = data["results"][0]
    assert {"id", "name", "url", "legal_form", "domains", "provinces", "participant_count"} <= set(
        first
    )
    assert first["url"].startswith("http://testserver/nl/register/")
    assert {item["value"]: item["count"] for item in data["facets"]["domein"]} == {
        "afval": 2,
        "veiligheid": 1,
    }


def test_json_pages_follow_page_parameter(client, register_page, register_data):
    from demo.factories.registers import PartnershipFactory

    for number in range(45):
        PartnershipFactory(name=f"Regeling {number:02d}")
    first = client.get(register_page.url, {"format": "json"}).json()
    assert first["count"] == 48 and first["pages"] == 3 and len(first["results"]) == 20
    assert "page=2" in first["next"]
    third = client.get(register_page.url, {"format": "json", "page": 3}).json()
    assert len(third["results"]) == 8 and third["next"] is None


def test_csv_export_of_the_selection(client, register_page, register_data):
    response = client.get(register_page.url, {"format": "csv", "domein": "afval"})
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {row["naam"] for row in rows} == {
        "Afvalschap IJmond-Zaanstreek",
        "Afvalverwijdering Utrecht",
    }
    assert rows[0]["domeinen"] == "afval"

    members = client.get(register_page.url, {"format": "csv", "tabel": "deelnemers", "q": "AIJZ"})
    member_rows = list(
        csv.DictReader(io.StringIO(b"".join(members.streaming_content).decode("utf-8-sig")))
    )
    assert {row["organisatie_cbs_code"] for row in member_rows} == {"GM0479", "GM0880", "PV27"}


def test_xlsx_export_has_both_tables(client, register_page, register_data):
    response = client.get(register_page.url, {"format": "xlsx"})
    assert response.streaming  # streamed from the stored file (issue 11)
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    # The two tables, then what the data is and under which licence (issue 16).
    assert workbook.sheetnames == ["samenwerkingsverbanden", "deelnemers", "Over deze gegevens"]
    assert workbook["samenwerkingsverbanden"].max_row == 4  # header + 3
    assert workbook["deelnemers"].max_row == 1 + 3 + 3 + 1


@pytest.mark.parametrize(
    "params",
    [
        {"domein": "<script>alert(1)</script>"},
        {"provincie": "x" * 5000},
        {"q": "\x00\x01" + "a" * 10000},
        {"page": "-1"},
        {"page": "abc"},
        {"sort": "drop table"},
        {"fase": ["uitvoering", "nonsense", "uitvoering"]},
        {"q": '") OR 1=1 --', "rol": "deelnemer"},
        {"tag": "%ff%00"},
    ],
)
def test_bad_parameters_never_error(client, register_page, register_data, params):
    response = client.get(register_page.url, params)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_unknown_format_is_a_clear_400(client, register_page, register_data):
    response = client.get(register_page.url, {"format": "pdfx"})
    assert response.status_code == 400
    assert "format=json" in response.content.decode()


def test_partnership_page_shows_facts_participants_and_jsonld(client, register_page, register_data):
    partnership = register_data["afvalschap"]
    response = client.get(f"{register_page.url}{partnership.slug}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1" in html and "Afvalschap IJmond-Zaanstreek (AIJZ)" in html
    assert "Zaanstad" in html and "Penvoerder/trekker" in html
    assert "/nl/register/organisaties/zaanstad/" in html
    jsonld = json.loads(html.split('<script type="application/ld+json">')[1].split("</script>")[0])
    assert "tooi:Samenwerkingsorganisatie" in jsonld["@type"]
    assert len(jsonld["member"]) == 3


def test_unpublished_partnership_is_not_public(client, register_page, register_data):
    response = client.get(f"{register_page.url}{register_data['concept'].slug}/")
    assert response.status_code == 404


def test_partnership_page_in_english_links_english_urls(
    client, register_page, register_page_en, register_data
):
    partnership = register_data["afvalschap"]
    html = client.get(f"/en/register/{partnership.slug}/").content.decode()
    assert 'lang="en"' in html
    assert f'href="/nl/register/{partnership.slug}/" hreflang="nl"' in html
    assert "Lead party" in html


def test_organisation_page_lists_partnerships_roles_and_partners(
    client, register_page, register_data
):
    response = client.get(f"{register_page.url}organisaties/zaanstad/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Afvalschap IJmond-Zaanstreek" in html and "Veiligheidsregio" in html
    assert "Concept samenwerking" not in html
    partners = {o.name: o.shared for o in response.context["partners"]}
    assert partners["Wormerland"] == 2


def test_organisation_json(client, register_page, register_data):
    data = client.get(f"{register_page.url}organisaties/zaanstad/", {"format": "json"}).json()
    assert data["count"] == 2
    assert {item["role"] for item in data["results"]} == {"penvoerder", "deelnemer"}
    assert data["shares_most_with"][0] == {
        "id": "wormerland",
        "name": "Wormerland",
        "shared_partnerships": 2,
    }


def test_unknown_organisation_and_partnership_give_404(client, register_page, register_data):
    assert client.get(f"{register_page.url}organisaties/bestaat-niet/").status_code == 404
    assert client.get(f"{register_page.url}bestaat-niet/").status_code == 404


def test_sitemap_lists_partnerships_and_organisations(client, register_page, register_data):
    xml = client.get("/sitemap.xml").content.decode()
    assert f"/nl/register/{register_data['afvalschap'].slug}/" in xml
    assert "/nl/register/organisaties/zaanstad/" in xml
    assert register_data["concept"].slug not in xml


def teaser_link(response):
    teaser = BeautifulSoup(response.content, "html.parser").select_one(".register-teaser")
    link = teaser.select_one("a")
    return link["href"] if link else None


def test_home_page_teaser_links_the_register_of_its_language(
    client, register_page, register_page_en
):
    assert teaser_link(client.get("/nl/")) == register_page.url == "/nl/register/"
    assert teaser_link(client.get("/en/")) == register_page_en.url == "/en/register/"


def test_without_a_live_register_the_teaser_has_no_link(client, home_page, register_page):
    register_page.unpublish()
    assert teaser_link(client.get("/nl/")) is None
    tag = Template("{% load register_tags %}{% register_page_for page as found %}{{ found }}")
    assert tag.render(Context({"page": home_page})) == "None"


def test_partnership_documents_newest_year_first_on_page_and_factsheet(
    client, register_page, register_data
):
    from factsheets import pdf
    from registers.models import PartnershipDocument

    partnership = register_data["afvalschap"]
    for order, (title, year) in enumerate(
        [
            ("Begroting 2015", 2015),
            ("Begroting 2016", 2016),
            ("Regeling", None),
            ("Jaarrekening 2013", 2013),
        ]
    ):
        PartnershipDocument.objects.create(
            partnership=partnership,
            title=title,
            year=year,
            url="https://example.org/doc",
            sort_order=order,
        )
    # Published through a revision, as the admin does (the revision carries the documents).
    partnership = type(partnership).objects.get(pk=partnership.pk)
    partnership.save_revision().publish()
    expected = ["Begroting 2016", "Begroting 2015", "Jaarrekening 2013", "Regeling"]

    html = client.get(f"{register_page.url}{partnership.slug}/").content.decode()
    section = BeautifulSoup(html, "html.parser").find(
        "section", attrs={"aria-labelledby": "documents-heading"}
    )
    assert [link.get_text() for link in section.find_all("a")] == expected

    context = pdf.partnership_context(
        pdf.load_partnership(type(partnership).objects, pk=partnership.pk)
    )
    assert [document.title for document in context["documents"]] == expected


@pytest.mark.parametrize(
    "typed", ["GM0479", "gm0479", "https://identifier.overheid.nl/tooi/id/gemeente/gm0479"]
)
def test_a_municipality_code_points_to_the_municipality_and_its_partnerships(
    client, register_page, typed
):
    """The register lists partnerships; a gemeente's CBS code or TOOI URI typed into its
    search box leads to that gemeente's page and to the partnerships it takes part in."""
    zaanstad = OrganisationFactory(name="Zaanstad", cbs_code="GM0479")
    partnership = PartnershipFactory(name="Afvalschap IJmond-Zaanstreek", participants=[zaanstad])
    partnership.save_revision().publish()
    soup = BeautifulSoup(client.get(register_page.url, {"q": typed}).content, "html.parser")
    notice = soup.select_one(".search-code")
    assert "GM0479 is de code van Zaanstad" in notice.get_text(" ", strip=True)
    hrefs = [a["href"] for a in notice.select("a")]
    assert hrefs == [
        f"{register_page.url}organisaties/{zaanstad.slug}/",
        f"{register_page.url}?deelnemer={zaanstad.slug}",
    ]
    followed = client.get(hrefs[1])
    assert "Afvalschap IJmond-Zaanstreek" in followed.content.decode()


def test_an_unknown_or_draft_code_gives_no_pointer(client, register_page):
    OrganisationFactory(name="Gemeente in oprichting", cbs_code="GM9999", live=False)
    for typed in ("GM9999", "GM0001", "afval"):
        soup = BeautifulSoup(client.get(register_page.url, {"q": typed}).content, "html.parser")
        assert soup.select_one(".search-code") is None
