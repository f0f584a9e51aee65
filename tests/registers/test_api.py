"""The open-data API: published partnerships and organisations with stable identifiers."""

import pytest

pytestmark = pytest.mark.django_db


def test_partnerships_endpoint_lists_published_entries(client, register_data):
    data = client.get("/api/v2/samenwerkingsverbanden/").json()
    assert data["meta"]["total_count"] == 3
    names = {item["name"] for item in data["items"]}
    assert "Concept samenwerking afval" not in names
    assert {"slug", "kind", "phase"} <= set(data["items"][0])


def test_partnership_detail_has_participants(client, register_data):
    partnership = register_data["afvalschap"]
    data = client.get(f"/api/v2/samenwerkingsverbanden/{partnership.pk}/").json()
    assert [domain["code"] for domain in data["domains"]] == ["afval"]
    assert {m["cbs_code"] for m in data["memberships"]} == {"GM0479", "GM0880", "PV27"}
    assert {m["code"] for m in data["memberships"]} == {"GM0479", "GM0880", "PV27"}


def test_unpublished_partnership_detail_is_404(client, register_data):
    assert (
        client.get(f"/api/v2/samenwerkingsverbanden/{register_data['concept'].pk}/").status_code
        == 404
    )


def test_organisations_endpoint(client, register_data):
    data = client.get("/api/v2/organisaties/", {"fields": "cbs_code,successors"}).json()
    codes = {item["cbs_code"] for item in data["items"]}
    assert {"GM0479", "GM0880", "PV27"} <= codes


@pytest.mark.parametrize("query", ["limit=abc", "offset=-5", "fields=nonsense", "order=xyz"])
def test_bad_api_parameters_are_400_not_500(client, register_data, query):
    assert client.get(f"/api/v2/samenwerkingsverbanden/?{query}").status_code == 400


def test_api_search_uses_the_query_pipeline(client, register_data):
    def names(**params):
        data = client.get("/api/v2/samenwerkingsverbanden/", params).json()
        return [item["name"] for item in data["items"]]

    # A typo and a plural, as in the register's own search.
    assert names(search="afvalshap") == ["Afvalschap IJmond-Zaanstreek"]
    assert names(search="veiligheidsregios") == ["Veiligheidsregio Zaanstreek-Waterland"]
    # Boilerplate does not make the query fail.
    assert names(search="gemeenschappelijke regeling afvalschap") == [
        "Afvalschap IJmond-Zaanstreek"
    ]
    # English labels (and the seeded synonym waste ↔ afval) with lang=en.
    assert "Afvalschap IJmond-Zaanstreek" in names(search="waste", lang="en")
    assert client.get("/api/v2/samenwerkingsverbanden/", {"search": '\x00(("'}).status_code in {
        200,
        400,
    }
