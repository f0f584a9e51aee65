"""The open-data API answers 200 or 400 (with a JSON message), never 500: relation filters
by slug, values a field cannot hold, `search=` with operators, NUL bytes and very long
text, and `search=` while the search cluster is down (issue 11, item 4). Runs on SQLite
and, with DATABASE_URL, on PostgreSQL."""

from django.test import override_settings

import pytest

from cms.api import SafePagesAPIViewSet
from registers.api import OrganisationAPIViewSet, PartnershipAPIViewSet
from registers.models import Organisation, Partnership
from search.config import DATABASE_BACKEND

pytestmark = pytest.mark.django_db

ENDPOINTS = {
    "samenwerkingsverbanden": (PartnershipAPIViewSet, Partnership),
    "organisaties": (OrganisationAPIViewSet, Organisation),
}
HOSTILE_VALUES = [
    "afval",
    "x",
    "-1",
    "99999999999999999999999",
    "1.5",
    "2024-13-45",
    "true",
    '"(((',
    "a\x00b",
    "%",
    "' OR 1=1 --",
    "x" * 5000,
]
HOSTILE_SEARCHES = ['"(((', "a\x00b", "NEAR(afval", "afval*", "^", "-", "x" * 5000, "AND OR NOT"]

UNREACHABLE_CLUSTER = {
    "default": {
        "BACKEND": "search.backends.elasticsearch.elasticsearch9",
        "URLS": ["http://127.0.0.1:9"],
        "TIMEOUT": 1,
        "AUTO_UPDATE": False,
        "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
    },
    "database": {"BACKEND": DATABASE_BACKEND, "AUTO_UPDATE": False},
}


def _filter_params():
    for endpoint, (viewset, model) in ENDPOINTS.items():
        for field in sorted(viewset.get_available_fields(model, db_fields_only=True)):
            yield endpoint, field


def assert_not_500(response):
    assert response.status_code in (200, 400), response.content[:300]
    if response.status_code == 400:
        assert response.json()["message"]


@pytest.mark.parametrize("endpoint,field", list(_filter_params()))
def test_every_field_filter_answers_200_or_400(client, register_data, endpoint, field):
    for value in HOSTILE_VALUES:
        assert_not_500(client.get(f"/api/v2/{endpoint}/", {field: value}))


@pytest.mark.parametrize("endpoint", [*ENDPOINTS, "pages"])
@pytest.mark.parametrize("text", HOSTILE_SEARCHES)
def test_search_with_operators_and_control_characters_is_not_a_500(
    client, register_data, endpoint, text
):
    response = client.get(f"/api/v2/{endpoint}/", {"search": text})
    assert response.status_code == 200, response.content[:300]


def test_pages_endpoint_uses_the_safe_filters():
    names = [backend.__name__ for backend in SafePagesAPIViewSet.filter_backends]
    assert "SafeFieldsFilter" in names and names[-1] == "SafeSearchFilter"
    assert "SearchFilter" not in names and "FieldsFilter" not in names


def _names(response):
    assert response.status_code == 200, response.content[:300]
    return {item["name"] for item in response.json()["items"]}


def test_relations_filter_by_the_slug_the_api_shows(client, register_data):
    assert _names(client.get("/api/v2/samenwerkingsverbanden/", {"domains": "afval"})) == {
        "Afvalschap IJmond-Zaanstreek",
        "Afvalverwijdering Utrecht",
    }
    province = register_data["noord_holland"]
    assert _names(client.get("/api/v2/samenwerkingsverbanden/", {"provinces": province.slug})) == {
        "Afvalschap IJmond-Zaanstreek",
        "Veiligheidsregio Zaanstreek-Waterland",
    }
    # By id still works, as before.
    assert _names(client.get("/api/v2/samenwerkingsverbanden/", {"provinces": province.pk})) == {
        "Afvalschap IJmond-Zaanstreek",
        "Veiligheidsregio Zaanstreek-Waterland",
    }
    assert _names(client.get("/api/v2/samenwerkingsverbanden/", {"domains": "onbekend"})) == set()


def test_organisations_filter_by_successor_slug(client, register_data):
    zaanstad, wormerland = register_data["zaanstad"], register_data["wormerland"]
    wormerland.successors.add(zaanstad)
    wormerland.save()  # a ParentalManyToManyField: written on save
    response = client.get("/api/v2/organisaties/", {"successors": zaanstad.slug})
    assert _names(response) == {"Wormerland"}
    assert _names(client.get("/api/v2/organisaties/", {"successors": "x"})) == set()


def test_a_value_the_field_cannot_hold_is_a_400_with_a_message(client, register_data):
    response = client.get("/api/v2/samenwerkingsverbanden/", {"last_verified": "gisteren"})
    assert response.status_code == 400
    assert "last_verified" in response.json()["message"] or "YYYY" in response.json()["message"]


def test_search_finds_by_words_and_ranks(client, register_data):
    response = client.get("/api/v2/samenwerkingsverbanden/", {"search": '"afval((('})
    assert _names(response) == {"Afvalschap IJmond-Zaanstreek", "Afvalverwijdering Utrecht"}
    assert _names(client.get("/api/v2/organisaties/", {"search": "zaan"})) == {"Zaanstad"}
    ordered = client.get("/api/v2/samenwerkingsverbanden/", {"search": "afval", "order": "-name"})
    assert [item["name"] for item in ordered.json()["items"]] == [
        "Afvalverwijdering Utrecht",
        "Afvalschap IJmond-Zaanstreek",
    ]


@override_settings(WAGTAILSEARCH_BACKENDS=UNREACHABLE_CLUSTER)
@pytest.mark.parametrize(
    "endpoint,text,expected",
    [
        ("samenwerkingsverbanden", "veiligheid", {"Veiligheidsregio Zaanstreek-Waterland"}),
        ("organisaties", "wormer", {"Wormerland"}),
    ],
)
def test_search_falls_back_to_the_database_when_the_cluster_is_down(
    client, register_data, endpoint, text, expected
):
    assert _names(client.get(f"/api/v2/{endpoint}/", {"search": text})) == expected


@override_settings(WAGTAILSEARCH_BACKENDS=UNREACHABLE_CLUSTER)
def test_pages_search_falls_back_to_the_database_when_the_cluster_is_down(
    client, home_page, rebuild_search_index
):
    from demo.factories.pages import ContentPageFactory

    ContentPageFactory(parent=home_page, title="Regionale samenwerking")
    with override_settings(WAGTAILSEARCH_BACKENDS={"default": UNREACHABLE_CLUSTER["database"]}):
        rebuild_search_index()
    response = client.get("/api/v2/pages/", {"search": "regionale"})
    assert response.status_code == 200, response.content[:300]
    assert [item["title"] for item in response.json()["items"]] == ["Regionale samenwerking"]
