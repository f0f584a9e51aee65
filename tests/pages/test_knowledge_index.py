import pytest

from demo.factories.pages import (
    KnowledgeArticlePageFactory,
    KnowledgeIndexPageFactory,
    ProgrammeLineIndexPageFactory,
    ProgrammeLinePageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    lines = ProgrammeLineIndexPageFactory(parent=home_page)
    line3 = ProgrammeLinePageFactory(parent=lines, number=3, title="Kennispositie")
    line4 = ProgrammeLinePageFactory(parent=lines, number=4, title="Toezicht")
    index = KnowledgeIndexPageFactory(parent=home_page)
    KnowledgeArticlePageFactory(
        parent=index,
        title="Data delen",
        programme_line=line3,
        tags=["data"],
        audiences=["ambtenaren"],
    )
    KnowledgeArticlePageFactory(
        parent=index,
        title="IBT in dialoog",
        programme_line=line4,
        tags=["toezicht"],
        audiences=["bestuurders", "volksvertegenwoordigers"],
    )
    KnowledgeArticlePageFactory(
        parent=index,
        title="Open data",
        programme_line=line3,
        tags=["data", "toezicht"],
        audiences=["partners"],
    )
    return index


def titles(response):
    return {article.title for article in response.context["articles"]}


def test_filters_by_theme(client, index):
    assert titles(client.get(index.url, {"tag": "toezicht"})) == {"IBT in dialoog", "Open data"}


def test_filters_by_programme_line(client, index):
    assert titles(client.get(index.url, {"programmalijn": "3"})) == {"Data delen", "Open data"}


def test_filters_by_audience(client, index):
    assert titles(client.get(index.url, {"doelgroep": "bestuurders"})) == {"IBT in dialoog"}


def test_filters_combine(client, index):
    response = client.get(index.url, {"tag": "data", "programmalijn": "3", "doelgroep": "partners"})
    assert titles(response) == {"Open data"}


def test_unknown_filter_value_matches_nothing(client, index):
    assert titles(client.get(index.url, {"doelgroep": "iedereen"})) == set()


def test_paginates_and_keeps_filters_in_links(client, index):
    for number in range(25):
        KnowledgeArticlePageFactory(parent=index, title=f"Extra {number}", tags=["data"])
    response = client.get(index.url, {"tag": "data"})
    assert len(response.context["articles"]) == index.per_page
    html = response.content.decode()
    assert "?tag=data&amp;page=2" in html
    last = client.get(index.url, {"tag": "data", "page": "99"})
    assert last.context["page_obj"].number == last.context["page_obj"].paginator.num_pages


def test_draft_articles_are_not_listed(client, index):
    KnowledgeArticlePageFactory(parent=index, title="Concept", live=False)
    assert "Concept" not in titles(client.get(index.url))
