"""TOOI identifiers (registers/identifiers.py): derived from CBS codes for gemeenten,
provincies and waterschappen, validated when entered, shown on pages, in JSON-LD, exports and
the API, and found by a search for the code."""

import csv
import importlib
import io
import json
from pathlib import Path

from django.apps import apps
from django.core.exceptions import ValidationError

import pytest

from demo.factories.registers import OrganisationFactory, PartnershipFactory, ProvinceFactory
from registers.choices import OrganisationKind
from registers.identifiers import code_in_query, tooi_uri_for, validate_tooi_uri
from registers.importer import run_import
from registers.models import Organisation
from search.site import search_site

pytestmark = pytest.mark.django_db
GEMEENTE_URI = "https://identifier.overheid.nl/tooi/id/gemeente/gm0363"
FIXTURE = Path(__file__).parent / "data" / "import_order"


def test_the_uri_follows_from_the_cbs_code():
    assert tooi_uri_for("gemeente", "GM0363") == GEMEENTE_URI
    assert tooi_uri_for("provincie", "pv27") == (
        "https://identifier.overheid.nl/tooi/id/provincie/pv27"
    )
    assert tooi_uri_for("waterschap", "WS0155") == (
        "https://identifier.overheid.nl/tooi/id/waterschap/ws0155"
    )
    # Nothing follows for other kinds, a missing code or a code of another kind.
    assert tooi_uri_for("overig", "GM0363") == ""
    assert tooi_uri_for("gemeente", None) == ""
    assert tooi_uri_for("gemeente", "PV27") == ""


def test_an_entered_uri_must_have_the_tooi_form():
    validate_tooi_uri("https://identifier.overheid.nl/tooi/id/oorg/oorg10103")
    for wrong in ("https://example.org/gm0363", "http://identifier.overheid.nl/tooi/id/x/gm1"):
        with pytest.raises(ValidationError):
            validate_tooi_uri(wrong)


def test_saving_a_municipality_derives_its_uri():
    amsterdam = OrganisationFactory(name="Amsterdam", cbs_code="GM0363")
    assert amsterdam.tooi_uri == GEMEENTE_URI
    other = Organisation.objects.create(
        name="Stichting Test",
        kind=OrganisationKind.OVERIG,
        tooi_uri="https://identifier.overheid.nl/tooi/id/oorg/oorg10103",
    )
    assert other.tooi_uri.endswith("oorg10103")  # entered, kept


def test_a_uri_that_contradicts_the_cbs_code_is_a_clear_error():
    organisation = Organisation(
        name="Amsterdam",
        slug="amsterdam",
        cbs_code="GM0363",
        tooi_uri="https://identifier.overheid.nl/tooi/id/gemeente/gm0479",
    )
    with pytest.raises(ValidationError) as error:
        organisation.full_clean()
    assert "gm0363" in str(error.value.message_dict["tooi_uri"])


def test_the_import_gives_every_municipality_and_province_its_uri():
    run_import([FIXTURE / "regioatlas"])
    derivable = Organisation.objects.filter(
        kind__in=["gemeente", "provincie", "waterschap"], cbs_code__isnull=False
    )
    assert derivable.count() > 40
    for organisation in derivable:
        assert organisation.tooi_uri == tooi_uri_for(organisation.kind, organisation.cbs_code)


def test_the_migration_fills_uris_of_organisations_that_lack_one():
    OrganisationFactory(name="Amsterdam", cbs_code="GM0363")
    ProvinceFactory(name="Provincie Noord-Holland", cbs_code="PV27")
    Organisation.objects.update(tooi_uri="")
    migration = importlib.import_module("registers.migrations.0004_tooi_identifiers")
    migration.derive_tooi_uris(apps, None)
    assert dict(Organisation.objects.values_list("cbs_code", "tooi_uri")) == {
        "GM0363": GEMEENTE_URI,
        "PV27": "https://identifier.overheid.nl/tooi/id/provincie/pv27",
    }


@pytest.fixture
def amsterdam_partnership(register_page, rebuild_search_index):
    amsterdam = OrganisationFactory(name="Amsterdam", cbs_code="GM0363")
    partnership = PartnershipFactory(
        name="Vervoerregio Testland",
        cbs_code="GR0617",
        tooi_uri="https://identifier.overheid.nl/tooi/id/oorg/oorg10103",
        participants=[amsterdam],
    )
    rebuild_search_index()
    return partnership


def jsonld(response) -> dict:
    html = response.content.decode()
    return json.loads(html.split('<script type="application/ld+json">')[1].split("</script>")[0])


def test_pages_and_jsonld_show_the_identifiers(client, register_page, amsterdam_partnership):
    response = client.get(f"{register_page.url}organisaties/amsterdam/")
    assert GEMEENTE_URI in response.content.decode()
    data = jsonld(response)
    assert data["@id"] == data["sameAs"] == GEMEENTE_URI
    assert {"@type": "PropertyValue", "propertyID": "CBS", "value": "GM0363"} in data["identifier"]
    page = client.get(f"{register_page.url}{amsterdam_partnership.slug}/")
    assert "oorg10103" in page.content.decode()
    data = jsonld(page)
    assert data["sameAs"].endswith("oorg10103")
    assert [i["value"] for i in data["identifier"]] == ["GR0617", data["sameAs"]]
    assert data["member"][0]["member"]["sameAs"] == GEMEENTE_URI


def test_exports_json_and_api_carry_them(client, register_page, amsterdam_partnership):
    members = client.get(register_page.url, {"format": "csv", "tabel": "deelnemers"})
    rows = list(csv.DictReader(io.StringIO(b"".join(members.streaming_content).decode())))
    assert rows[0]["organisatie_tooi_uri"] == GEMEENTE_URI
    partnerships = client.get(register_page.url, {"format": "csv"})
    text = b"".join(partnerships.streaming_content).decode()
    assert "oorg10103" in text
    organisation = client.get(f"{register_page.url}organisaties/amsterdam/", {"format": "json"})
    assert organisation.json()["tooi_uri"] == GEMEENTE_URI
    api = client.get("/api/v2/organisaties/", {"fields": "tooi_uri"}).json()
    assert api["items"][0]["tooi_uri"] == GEMEENTE_URI


@pytest.mark.parametrize(
    "query", ["GR0617", "gr0617", "https://identifier.overheid.nl/tooi/id/oorg/oorg10103"]
)
def test_the_register_search_finds_a_partnership_by_its_code(
    client, register_page, amsterdam_partnership, query
):
    response = client.get(register_page.url, {"q": query, "format": "json"})
    assert [item["name"] for item in response.json()["results"]] == ["Vervoerregio Testland"]


@pytest.mark.parametrize("query", ["GM0363", "gm0363", GEMEENTE_URI])
def test_site_search_finds_an_organisation_by_its_code(amsterdam_partnership, query):
    result = search_site(query)
    assert any(
        isinstance(hit.object, Organisation) and hit.object.name == "Amsterdam"
        for hit in result.hits
    )


def test_a_code_in_a_query_is_recognised():
    assert code_in_query(" gm0363 ") == "GM0363"
    assert code_in_query(GEMEENTE_URI) == "GM0363"
    assert code_in_query("afval gm0363") == ""
