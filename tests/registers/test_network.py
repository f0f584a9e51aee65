"""The network view: graph data, the table alternative, filters, bad input, languages."""

import json

import pytest
from bs4 import BeautifulSoup

from demo.factories.registers import OrganisationFactory, PartnershipFactory, ProvinceFactory
from registers import network
from registers.choices import PartnershipKind, Role
from registers.models import Membership

pytestmark = pytest.mark.django_db

NH = "provincie-noord-holland"


def get(client, register_page, params=None):
    """The network under a register page (Dutch or English). Tests that read text use the
    English page: the Dutch one shows translations that change."""
    response = client.get(register_page.url + register_page.subpath("netwerk/"), params or {})
    assert response.status_code == 200
    return response


def graph(response):
    """The graph as the browser gets it: the json_script element of the page."""
    soup = BeautifulSoup(response.content, "html.parser")
    return json.loads(soup.find(id="network-data").string)


def nodes(data, kind):
    return {n["data"]["slug"] for n in data["nodes"] if n["data"]["type"] == kind}


def table_rows(response, heading_id):
    soup = BeautifulSoup(response.content, "html.parser")
    section = soup.find(id=heading_id).find_parent("section")
    return section.select("tbody tr")


def row_names(response, heading_id):
    return {row.th.get_text(strip=True) for row in table_rows(response, heading_id)}


def test_province_filter_draws_its_partnerships_with_all_participants(
    client, register_page, register_data
):
    data = graph(get(client, register_page, {"provincie": NH}))
    assert nodes(data, "partnership") == {
        "afvalschap-ijmond-zaanstreek",
        "veiligheidsregio-zaanstreek-waterland",
    }
    assert nodes(data, "organisation") == {"zaanstad", "wormerland", "purmerend", NH}
    edges = {(e["data"]["source"], e["data"]["target"]): e["data"] for e in data["edges"]}
    assert len(data["edges"]) == 6
    ids = {n["data"]["slug"]: n["data"]["id"] for n in data["nodes"]}
    lead = edges[(ids["zaanstad"], ids["afvalschap-ijmond-zaanstreek"])]
    assert lead["role"] == Role.PENVOERDER and lead["lead"] is True
    other = edges[(ids["wormerland"], ids["afvalschap-ijmond-zaanstreek"])]
    assert other["role"] == "deelnemer" and "lead" not in other


def test_domain_and_region_filters_use_the_register_parameters(
    client, register_page, register_data
):
    data = graph(get(client, register_page, {"domein": "afval"}))
    assert nodes(data, "partnership") == {
        "afvalschap-ijmond-zaanstreek",
        "afvalverwijdering-utrecht",
    }
    data = graph(get(client, register_page, {"regio": "zaanstreek-waterland", "domein": "afval"}))
    assert nodes(data, "partnership") == {"afvalschap-ijmond-zaanstreek"}
    # Several values of one filter are OR-ed, as in the register.
    data = graph(get(client, register_page, {"domein": ["afval", "veiligheid"]}))
    assert len(nodes(data, "partnership")) == 3


def test_organisation_network_shows_its_partnerships_and_their_other_participants(
    client, register_page, register_data
):
    response = get(client, register_page, {"organisatie": "wormerland"})
    data = graph(response)
    assert nodes(data, "partnership") == {
        "afvalschap-ijmond-zaanstreek",
        "veiligheidsregio-zaanstreek-waterland",
    }
    assert nodes(data, "organisation") == {"zaanstad", "wormerland", "purmerend", NH}
    focus = [n["data"]["slug"] for n in data["nodes"] if n["data"].get("focus")]
    assert focus == ["wormerland"]
    soup = BeautifulSoup(response.content, "html.parser")
    assert "Wormerland" in soup.h1.get_text(strip=True)
    assert soup.find(id="network-graph")["data-layout"] == "concentric"

    soest = graph(get(client, register_page, {"organisatie": "soest"}))
    assert nodes(soest, "partnership") == {"afvalverwijdering-utrecht"}
    # Combined with a filter, the organisation's network narrows.
    narrowed = graph(get(client, register_page, {"organisatie": "zaanstad", "domein": "afval"}))
    assert nodes(narrowed, "partnership") == {"afvalschap-ijmond-zaanstreek"}


def test_the_organisation_page_link_opens_its_network(client, register_page, register_data):
    page = client.get(f"{register_page.url}organisaties/wormerland/")
    link = BeautifulSoup(page.content, "html.parser").find(
        "a", href=lambda href: href and "netwerk/?organisatie=" in href
    )
    response = client.get(link["href"])
    assert response.status_code == 200
    assert response.context["focus"].slug == "wormerland"


def test_every_node_links_to_its_page(client, register_page, register_data):
    data = graph(get(client, register_page, {"provincie": NH}))
    for node in data["nodes"]:
        item = node["data"]
        if item["type"] == "partnership":
            assert item["url"] == f"/nl/register/{item['slug']}/"
        else:
            assert item["url"] == f"/nl/register/organisaties/{item['slug']}/"
        assert client.get(item["url"]).status_code == 200, item["url"]


def test_tables_list_the_same_partnerships_and_organisations_as_the_graph(
    client, register_page_en, register_data
):
    response = get(client, register_page_en, {"provincie": NH})
    data = graph(response)
    names = {n["data"]["type"]: set() for n in data["nodes"]}
    for node in data["nodes"]:
        names[node["data"]["type"]].add(node["data"]["name"])
    assert {name.split(" (")[0] for name in row_names(response, "partnerships-heading")} == (
        names["partnership"]
    )
    assert row_names(response, "organisations-heading") == names["organisation"]

    rows = {
        row.th.get_text(strip=True): row for row in table_rows(response, "partnerships-heading")
    }
    afvalschap = rows["Afvalschap IJmond-Zaanstreek (AIJZ)"].find_all("td")
    assert afvalschap[0].get_text(strip=True) == "3"
    # get_text() without a separator: the Dutch term is its own element (lang="nl").
    assert "Zaanstad (Lead party (penvoerder/trekker))" in afvalschap[1].get_text()
    assert len(data["edges"]) == sum(
        int(row.find("td").get_text(strip=True))
        for row in table_rows(response, "partnerships-heading")
    )


def test_organisation_table_counts_partnerships_and_strongest_links(
    client, register_page_en, register_data
):
    response = get(client, register_page_en, {"provincie": NH})
    rows = {
        row.th.get_text(strip=True): [td.get_text(" ", strip=True) for td in row.find_all("td")]
        for row in table_rows(response, "organisations-heading")
    }
    assert rows["Zaanstad"][1] == "2"
    assert rows["Zaanstad"][2].startswith("Wormerland (2)")
    assert rows["Purmerend"][1] == "1"
    # Most connected first.
    assert list(rows)[:2] == ["Wormerland", "Zaanstad"]
    assert rows["Purmerend"][3] == "Network : Purmerend"


def test_summary_says_what_is_shown(client, register_page_en, register_data):
    response = get(client, register_page_en, {"provincie": NH})
    summary = BeautifulSoup(response.content, "html.parser").find(id="network-summary")
    assert summary.get_text(strip=True) == ("Shown: 2 partnerships, 4 organisations, 6 links.")


def test_unpublished_partnerships_never_appear(client, register_page, register_data):
    for params in ({}, {"organisatie": "zaanstad"}, {"domein": "afval"}, {"q": "concept"}):
        # (the search for "concept" finds nothing: an empty network, no graph data)
        response = get(client, register_page, params)
        assert "Concept samenwerking afval" not in response.content.decode(), params
        if response.context["network"] and response.context["network"].partnerships:
            assert "concept-samenwerking-afval" not in nodes(graph(response), "partnership")


def test_small_register_is_drawn_whole_without_a_filter(client, register_page, register_data):
    data = graph(get(client, register_page))
    assert len(nodes(data, "partnership")) == 3


def test_a_large_register_asks_for_a_starting_point_and_caps_a_large_selection(
    client, register_page_en, register_data, monkeypatch
):
    monkeypatch.setattr(network, "MAX_PARTNERSHIPS", 1)
    response = get(client, register_page_en)
    soup = BeautifulSoup(response.content, "html.parser")
    assert response.context["network"] is None
    assert soup.find(id="network-data") is None
    start = soup.find(id="start-heading").find_parent("section")
    assert start.find("a", href=f"?provincie={NH}")
    assert "3 published partnerships" in start.get_text(" ", strip=True)

    response = get(client, register_page_en, {"provincie": NH})
    data = graph(response)
    assert len(nodes(data, "partnership")) == 1
    text = response.content.decode()
    assert "This selection has 2 partnerships" in text
    assert "/en/register/?provincie=provincie-noord-holland" in text


def test_query_count_does_not_grow_with_the_network(
    client, register_page, register_data, django_assert_max_num_queries
):
    province = register_data["noord_holland"]
    client.get(f"{register_page.url}netwerk/", {"provincie": NH})  # warm caches (site, locale)
    with django_assert_max_num_queries(40) as small:
        get(client, register_page, {"provincie": NH})
    for _ in range(30):
        PartnershipFactory(
            participants=[OrganisationFactory(), OrganisationFactory(), province],
            provinces=[province],
        )
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = get(client, register_page, {"provincie": NH})
    assert len(nodes(graph(response), "partnership")) == 32


def test_former_participants_are_drawn_as_ended(client, register_page_en, register_data):
    import datetime

    Membership.objects.filter(organisation__slug="purmerend").update(left=datetime.date(2020, 1, 1))
    response = get(client, register_page_en, {"provincie": NH})
    data = graph(response)
    ended = [e for e in data["edges"] if e["data"].get("ended")]
    assert len(ended) == 1
    assert "until" in response.content.decode()


def test_filter_form_is_a_get_form_that_keeps_other_register_filters(
    client, register_page, register_data
):
    response = get(client, register_page, {"provincie": NH, "rechtsvorm": PartnershipKind.WGR})
    soup = BeautifulSoup(response.content, "html.parser")
    form = soup.find("form", class_="visual-filters")
    assert form["method"] == "get"
    assert form.find("select", id="filter-provincie").find("option", selected=True)["value"] == NH
    assert form.find("input", type="hidden", attrs={"name": "rechtsvorm"})["value"] == "wgr"
    options = {o["value"] for o in form.find("select", id="filter-domein").find_all("option")}
    assert options == {"", "afval", "veiligheid"}
    assert form.find("select", id="filter-regio").find("optgroup")


def test_both_languages_render(client, register_page, register_page_en, register_data):
    dutch = get(client, register_page, {"domein": "afval"})
    english = client.get("/en/register/network/", {"domein": "afval"})
    assert english.status_code == 200
    assert BeautifulSoup(english.content, "html.parser").html["lang"] == "en"
    assert "Waste" in english.content.decode()
    data = graph(english)
    urls = {n["data"]["url"] for n in data["nodes"]}
    assert all(u.startswith("/en/register/") for u in urls)
    assert nodes(data, "partnership") == nodes(graph(dutch), "partnership")


def test_graph_data_is_escaped_in_the_page(client, register_page, register_data):
    PartnershipFactory(
        name="</script><script>alert(1)</script>",
        participants=[register_data["zaanstad"]],
        provinces=[register_data["noord_holland"]],
    )
    response = get(client, register_page, {"provincie": NH})
    text = response.content.decode()
    assert "<script>alert(1)</script>" not in text
    assert "</script><script>" not in text
    names = {n["data"]["name"] for n in graph(response)["nodes"]}
    assert "</script><script>alert(1)</script>" in names


@pytest.mark.parametrize(
    "params",
    [
        {"domein": "<script>alert(1)</script>"},
        {"provincie": "x" * 5000},
        {"regio": ["a", "b", "<script>alert(1)</script>"]},
        {"organisatie": "<script>alert(1)</script>"},
        {"organisatie": ["zaanstad", "wormerland"]},
        {"organisatie": "zaan\x00stad"},
        {"organisatie": "y" * 10000},
        {"q": "\x00\x01" + "a" * 10000},
        {"rechtsvorm": "nonsense", "fase": ["uitvoering", "x"]},
        {"tag": "%ff%00"},
    ],
)
def test_bad_parameters_never_error(client, register_page, register_data, params):
    response = client.get(f"{register_page.url}netwerk/", params)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_unknown_organisation_is_said_and_ignored(client, register_page_en, register_data):
    response = get(client, register_page_en, {"organisatie": "bestaat-niet"})
    assert response.context["focus"] is None
    assert "not in the register" in response.content.decode()


def test_historical_province_data_does_not_break_province_options(client, register_page, db):
    # A province without published partnerships is not offered as a filter value.
    ProvinceFactory(name="Provincie Zonder")
    response = get(client, register_page)
    soup = BeautifulSoup(response.content, "html.parser")
    options = {o["value"] for o in soup.find("select", id="filter-provincie").find_all("option")}
    assert options == {""}
