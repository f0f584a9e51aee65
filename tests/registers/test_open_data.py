"""The register as an open dataset: the open-data page, its column documentation, licences,
and the DCAT description whose distributions really answer."""

import json

import pytest
from bs4 import BeautifulSoup

from registers import exchange
from registers.models import Partnership

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(register_data):
    """One entry published through its revision, as an editor does: the register changed."""
    partnership = Partnership.objects.public().order_by("name").first()
    partnership.save_revision().publish()
    return partnership


def test_open_data_page_documents_every_column_and_licence(client, register_page, published):
    response = client.get(register_page.url + "open-data/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    documented = {code.get_text() for code in soup.select("table th[scope=row] code")}
    assert set(exchange.PARTNERSHIP_COLUMNS) <= documented
    assert set(exchange.MEMBERSHIP_COLUMNS) <= documented
    text = soup.get_text(" ")
    for licence in ("ODC-PDDL-1.0", "CC BY 4.0", "CC0 1.0"):
        assert licence in text
    assert "Het register is voor het laatst gewijzigd op" in text
    # Choice columns list their values: the legal forms of the register.
    assert "wgr" in {code.get_text() for code in soup.select("td code")}


def test_open_data_page_in_english(client, register_page_en, register_data):
    response = client.get(register_page_en.url + "open-data/")
    assert response.status_code == 200
    assert "The register as open data" in response.content.decode()


def test_register_links_the_open_data_page_and_its_dcat_description(
    client, register_page, register_data
):
    soup = BeautifulSoup(client.get(register_page.url).content, "html.parser")
    assert soup.find("a", href=register_page.url + "open-data/")
    alternate = soup.find("link", rel="alternate", type="application/ld+json")
    assert alternate["href"] == register_page.url + "open-data/dcat/"


def test_dcat_has_the_required_properties_and_every_distribution_answers(
    client, register_page, published
):
    response = client.get(register_page.url + "open-data/dcat/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/ld+json")
    catalogue = json.loads(response.content)
    assert catalogue["@type"] == "dcat:Catalog"
    for key in ("dct:title", "dct:description", "dct:publisher", "dcat:dataset", "dct:license"):
        assert catalogue[key], key
    (dataset,) = catalogue["dcat:dataset"]
    for key in (
        "dct:identifier",
        "dct:title",
        "dct:description",
        "dct:publisher",
        "dct:license",
        "dcat:contactPoint",
        "dcat:landingPage",
        "dct:modified",
    ):
        assert dataset[key], key
    formats = set()
    for distribution in dataset["dcat:distribution"]:
        assert distribution["dct:license"]["@id"].startswith("https://")
        url = distribution["dcat:accessURL"]["@id"]
        path = url.split("://", 1)[1].split("/", 1)[1]
        answer = client.get("/" + path)
        assert answer.status_code == 200, url
        assert answer["Content-Type"].startswith(distribution["dcat:mediaType"]), url
        formats.add(distribution["dct:format"])
    assert formats == {"CSV", "XLSX", "JSON"}


def test_dcat_as_turtle_is_the_same_graph_as_the_json_ld(client, register_page, published):
    from rdflib import Graph, URIRef
    from rdflib.compare import isomorphic
    from rdflib.namespace import DCAT, RDF

    turtle = client.get(register_page.url + "open-data/dcat.ttl")
    json_ld = client.get(register_page.url + "open-data/dcat/")
    assert turtle.status_code == 200
    assert turtle["Content-Type"] == "text/turtle; charset=utf-8"
    assert turtle["Access-Control-Allow-Origin"] == "*"
    from_turtle = Graph().parse(data=turtle.content.decode(), format="turtle")
    from_json_ld = Graph().parse(data=json_ld.content.decode(), format="json-ld")
    assert isomorphic(from_turtle, from_json_ld)
    catalogue = URIRef(json.loads(json_ld.content)["@id"])
    assert (catalogue, RDF.type, DCAT.Catalog) in from_turtle
    assert len(list(from_turtle.objects(None, DCAT.distribution))) >= 3
    assert "@prefix dcat: <http://www.w3.org/ns/dcat#>" in turtle.content.decode()
    soup = BeautifulSoup(client.get(register_page.url + "open-data/").content, "html.parser")
    assert soup.find("link", rel="alternate", type="text/turtle")["href"].endswith("dcat.ttl")
    assert soup.find("a", href=register_page.url + "open-data/dcat.ttl")


def test_api_root_lists_its_endpoints_and_each_answers(client, register_data):
    index = client.get("/api/v2/")
    assert index.status_code == 200
    endpoints = index.json()["endpoints"]
    assert {"pages", "samenwerkingsverbanden", "organisaties"} <= set(endpoints)
    for endpoint in endpoints.values():
        path = "/" + endpoint["url"].split("://", 1)[1].split("/", 1)[1]
        assert client.get(path).status_code == 200, path


def test_openapi_document_describes_every_endpoint(client, register_data):
    document = client.get("/api/v2/openapi.json").json()
    assert document["openapi"].startswith("3.")
    for name in ("samenwerkingsverbanden", "organisaties"):
        listing = document["paths"][f"/api/v2/{name}/"]["get"]
        assert {"limit", "offset", "fields", "search"} <= {p["name"] for p in listing["parameters"]}
        item = listing["responses"]["200"]["content"]["application/json"]["schema"]
        assert "name" in item["properties"]["items"]["items"]["properties"]
        assert f"/api/v2/{name}/{{id}}/" in document["paths"]


def test_api_allows_anonymous_cross_origin_get_but_no_credentials(client, register_data):
    response = client.get("/api/v2/samenwerkingsverbanden/", HTTP_ORIGIN="https://data.example.org")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    preflight = client.options(
        "/api/v2/samenwerkingsverbanden/",
        HTTP_ORIGIN="https://data.example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
    )
    assert "POST" not in preflight.get("Access-Control-Allow-Methods", "")
    # Pages of the site are not opened to other origins.
    page = client.get("/nl/", HTTP_ORIGIN="https://data.example.org")
    assert "Access-Control-Allow-Origin" not in page


def test_every_column_has_a_meaning():
    from registers.open_data import membership_columns, partnership_columns

    for column in [*partnership_columns(), *membership_columns()]:
        assert column.description or column.label, column.name
