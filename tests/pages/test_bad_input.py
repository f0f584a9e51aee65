"""Malformed URLs and query strings give a page or a 404, never a 500, and reflect nothing raw."""

import pytest

from demo.factories.pages import KnowledgeArticlePageFactory, KnowledgeIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def knowledge_index(home_page):
    index = KnowledgeIndexPageFactory(parent=home_page)
    for number in range(12):
        KnowledgeArticlePageFactory(parent=index, title=f"Artikel {number}", tags=["data"])
    return index


@pytest.mark.parametrize("path", ["/xx/", "/de/kennisbank/", "/nl/bestaat-niet/", "/en/nope/x/y/"])
def test_unknown_paths_give_404(client, home_page, path):
    # An unknown language prefix is first redirected into /nl/, where it is not found.
    response = client.get(path, follow=True)
    assert response.status_code == 404
    assert "<h1" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "page=abc",
        "page=-1",
        "page=0",
        "page=99999999999999999999",
        "page=1&page=2",
        "tag=<script>alert(1)</script>",
        "programmalijn=abc",
        "programmalijn=9",
        "programmalijn=%C2%B3",
        "doelgroep=<b>x</b>",
        "tag=%00%ff",
        "tag=" + "a" * 5000,
    ],
)
def test_knowledge_index_survives_malformed_query(client, knowledge_index, query):
    response = client.get(f"{knowledge_index.url}?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "<b>x</b>" not in html


def test_search_escapes_the_query(client, home_page):
    response = client.get("/nl/zoeken/", {"q": '"><script>alert(1)</script>', "page": "x"})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_404_page_is_in_the_visitors_language(client, home_page, home_page_en):
    assert 'lang="en"' in client.get("/en/does-not-exist/").content.decode()
    assert 'lang="nl"' in client.get("/nl/bestaat-niet/").content.decode()


def test_server_error_page_is_in_the_visitors_language(rf):
    from pages.views import server_error

    response = server_error(rf.get("/en/broken/"))
    assert response.status_code == 500
    assert '<html lang="en">' in response.content.decode()
    assert "Something went wrong" in response.content.decode()
