"""Every search box of the admin answers, never 500: the register's snippet listings on
SQLite (`no such column: name` before) and PostgreSQL, and every other listing and chooser
with a search, walked from the URL configuration (issue 11, item 4)."""

from django.urls import NoReverseMatch, get_resolver, reverse

import pytest

pytestmark = pytest.mark.django_db

LISTING_NAMES = {"index", "index_results", "list", "list_results", "search", "search_results"}
QUERIES = ["Groningen", '"(((', "a\x00b", "NEAR(x", "zaan*", "x" * 2000, "%_\\"]


def admin_search_urls():
    names = set()

    def walk(resolver, namespace=""):
        for pattern in resolver.url_patterns:
            if hasattr(pattern, "url_patterns"):
                prefix = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                walk(pattern, prefix)
            elif pattern.name:
                names.add(namespace + pattern.name)

    walk(get_resolver())
    urls = []
    for name in sorted(names):
        last = name.rsplit(":", 1)[-1]
        if last in LISTING_NAMES or ("choose" in name and "search" in name):
            try:
                url = reverse(name)
            except NoReverseMatch:
                continue
            if url.startswith("/admin/"):
                urls.append(url)
    return urls


def test_the_walk_covers_the_register_listings():
    urls = admin_search_urls()
    assert "/admin/snippets/registers/partnership/" in urls
    assert "/admin/snippets/registers/organisation/" in urls
    assert "/admin/users/" in urls and "/admin/pages/search/" in urls
    assert len(urls) > 25


@pytest.mark.parametrize("url", admin_search_urls())
def test_admin_search_never_answers_500(admin_client, register_data, url):
    for query in QUERIES:
        response = admin_client.get(url, {"q": query})
        assert response.status_code < 500, (url, query)


@pytest.mark.parametrize(
    "url,query,expected",
    [
        ("/admin/snippets/registers/partnership/", "zaanstreek", "Veiligheidsregio Zaanstreek"),
        ("/admin/snippets/registers/partnership/", "AIJZ", "Afvalschap IJmond-Zaanstreek"),
        ("/admin/snippets/registers/organisation/", "wormer", "Wormerland"),
        ("/admin/snippets/registers/organisation/", "GM0342", "Soest"),
    ],
)
def test_register_listing_search_finds_entries(admin_client, register_data, url, query, expected):
    response = admin_client.get(url, {"q": query})
    assert response.status_code == 200
    assert expected in response.content.decode()


def test_register_listing_search_finds_drafts(admin_client, register_data):
    response = admin_client.get("/admin/snippets/registers/partnership/", {"q": "concept"})
    assert "Concept samenwerking afval" in response.content.decode()
