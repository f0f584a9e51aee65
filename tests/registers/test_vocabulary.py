"""One vocabulary (issue 16): the CSV cells, the register's JSON and the API name provinces,
participants and policy domains by the same codes, and every filter accepts a code or a slug."""

import pytest
from bs4 import BeautifulSoup

from registers import exchange
from registers.models import Partnership

pytestmark = pytest.mark.django_db


def _names(response):
    assert response.status_code == 200, response.content[:300]
    return {item["name"] for item in response.json()["items"]}


def test_csv_json_and_api_name_provinces_and_domains_by_the_same_codes(
    client, register_page, register_data
):
    afvalschap = register_data["afvalschap"]
    (row,) = [
        row for row in exchange.partnership_rows(Partnership.objects.filter(pk=afvalschap.pk))
    ]
    register = client.get(register_page.url, {"format": "json", "q": "Afvalschap"}).json()
    (summary,) = [item for item in register["results"] if item["id"] == afvalschap.slug]
    api = client.get(f"/api/v2/samenwerkingsverbanden/{afvalschap.pk}/").json()

    assert row["provincies"] == "PV27"
    assert [province["code"] for province in summary["provinces"]] == ["PV27"]
    assert [province["code"] for province in api["provinces"]] == ["PV27"]
    assert summary["provinces"] == api["provinces"]
    assert summary["provinces"][0]["name"] == "Provincie Noord-Holland"
    assert summary["provinces"][0]["slug"] == register_data["noord_holland"].slug
    assert row["domeinen"] == "afval"
    assert (
        [d["code"] for d in summary["domains"]] == [d["code"] for d in api["domains"]] == ["afval"]
    )
    # The participants file has the code, the slug and the name of each participant.
    participants = list(exchange.membership_rows(afvalschap.memberships.all()))
    assert (
        {m["code"] for m in api["memberships"]}
        == {row["organisatie_cbs_code"] for row in participants}
        == {"GM0479", "GM0880", "PV27"}
    )
    assert {m["organisation"] for m in api["memberships"]} == {
        row["organisatie"] for row in participants
    }


def test_the_register_and_the_api_filter_by_code_or_slug_alike(
    client, register_page, register_data
):
    province = register_data["noord_holland"]
    by_slug = client.get(register_page.url, {"format": "json", "provincie": province.slug}).json()
    by_code = client.get(register_page.url, {"format": "json", "provincie": "pv27"}).json()
    assert by_code["count"] == by_slug["count"] == 2
    assert [r["id"] for r in by_code["results"]] == [r["id"] for r in by_slug["results"]]
    participant = client.get(register_page.url, {"format": "json", "deelnemer": "GM0479"}).json()
    assert {r["name"] for r in participant["results"]} == {"Afvalschap IJmond-Zaanstreek"} | {
        r["name"]
        for r in client.get(
            register_page.url, {"format": "json", "deelnemer": register_data["zaanstad"].slug}
        ).json()["results"]
    }
    api = "/api/v2/samenwerkingsverbanden/"
    assert (
        _names(client.get(api, {"provinces": "PV27"}))
        == _names(client.get(api, {"provinces": province.slug}))
        == {"Afvalschap IJmond-Zaanstreek", "Veiligheidsregio Zaanstreek-Waterland"}
    )
    # A code no organisation has is an unknown value, answered as any unknown value is.
    unknown = client.get(register_page.url, {"format": "json", "provincie": "PV99"})
    assert unknown.status_code != 500


def test_the_open_data_page_documents_the_codes(client, register_page, register_data):
    soup = BeautifulSoup(client.get(register_page.url + "open-data/").content, "html.parser")
    section = soup.find(id="codes-heading").find_parent("section")
    text = section.get_text(" ")
    assert "PV27" in text and "GM0363" in text and "TOOI" in text
    assert "provincie=PV27" in text
