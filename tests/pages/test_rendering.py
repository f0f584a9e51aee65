"""Every page type renders in Dutch and English, with the right chrome."""

import json
import re

import pytest

from demo.factories.pages import (
    ContentPageFactory,
    InstrumentIndexPageFactory,
    InstrumentPageFactory,
    KnowledgeArticlePageFactory,
    KnowledgeIndexPageFactory,
    ProgrammeLineIndexPageFactory,
    ProgrammeLinePageFactory,
)

pytestmark = pytest.mark.django_db


def publish(page):
    page.save_revision().publish()
    return page


def translate(page, locale, title):
    translation = page.copy_for_translation(locale)
    translation.title = title
    return publish(translation)


@pytest.fixture
def site_tree(home_page, home_page_en, locale_en):
    """One page of each type in Dutch, each translated into English."""
    pages = {}
    lines_index = ProgrammeLineIndexPageFactory(parent=home_page)
    line = ProgrammeLinePageFactory(parent=lines_index, number=1, title="Rollen en houding")
    instruments = InstrumentIndexPageFactory(parent=home_page)
    instrument = InstrumentPageFactory(
        parent=instruments, title="Financiële scan", programme_lines=[line]
    )
    knowledge = KnowledgeIndexPageFactory(parent=home_page)
    article = KnowledgeArticlePageFactory(
        parent=knowledge, title="Toezicht in dialoog", programme_line=line, tags=["toezicht"]
    )
    about = ContentPageFactory(parent=home_page, title="Over dit programma", slug="over")
    pages["nl"] = {
        "home": home_page,
        "programme_line_index": lines_index,
        "programme_line": line,
        "instrument_index": instruments,
        "instrument": instrument,
        "knowledge_index": knowledge,
        "article": article,
        "content": about,
    }
    english_titles = {
        "programme_line_index": "Programme lines",
        "programme_line": "Roles and attitude",
        "instrument_index": "Instruments",
        "instrument": "Financial scan",
        "knowledge_index": "Knowledge base",
        "article": "Supervision in dialogue",
        "content": "About this programme",
    }
    pages["en"] = {"home": home_page_en}
    for key in english_titles:  # parents come before children in this order
        pages["en"][key] = translate(pages["nl"][key], locale_en, english_titles[key])
    return pages


PAGE_KEYS = [
    "home",
    "programme_line_index",
    "programme_line",
    "instrument_index",
    "instrument",
    "knowledge_index",
    "article",
    "content",
]


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("key", PAGE_KEYS)
def test_page_renders_in_both_languages(client, site_tree, language, key):
    page = site_tree[language][key]
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert html.count("<h1") == 1
    assert page.title in html


@pytest.mark.parametrize("key", PAGE_KEYS)
def test_language_switcher_links_the_translation(client, site_tree, key):
    nl_page, en_page = site_tree["nl"][key], site_tree["en"][key]
    html = client.get(nl_page.url).content.decode()
    assert f'href="{en_page.url}" hreflang="en"' in html
    html = client.get(en_page.url).content.decode()
    assert f'href="{nl_page.url}" hreflang="nl"' in html


def test_hreflang_alternates_in_head(client, site_tree):
    html = client.get(site_tree["nl"]["article"].url).content.decode()
    head = html.split("</head>")[0]
    assert re.search(r'<link rel="alternate" hreflang="en" href="http://testserver/en/', head)
    assert re.search(r'<link rel="alternate" hreflang="nl" href="http://testserver/nl/', head)
    assert 'hreflang="x-default"' in head


def test_untranslated_page_links_other_home_instead_of_404(client, site_tree):
    only_dutch = ContentPageFactory(parent=site_tree["nl"]["home"], title="Alleen Nederlands")
    html = client.get(only_dutch.url).content.decode()
    assert 'href="/en/" hreflang="en"' in html
    assert "has not been translated" in html or "niet vertaald" in html


def test_untranslated_alias_shows_dutch_text_with_notice(client, site_tree, locale_en):
    dutch = ContentPageFactory(parent=site_tree["nl"]["home"], title="Nieuwe pagina", slug="nieuw")
    publish(dutch)
    alias = dutch.copy_for_translation(locale_en, alias=True)
    response = client.get(alias.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert alias.url.startswith("/en/")
    assert 'id="main" class="utrecht-page-content site-main" tabindex="-1" lang="nl"' in html
    assert "This page has not been translated yet" in html


def test_programme_line_lists_related_instruments_and_articles_in_its_language(client, site_tree):
    html = client.get(site_tree["en"]["programme_line"].url).content.decode()
    assert "Financial scan" in html
    assert site_tree["en"]["instrument"].url in html
    assert site_tree["en"]["article"].url in html
    assert site_tree["nl"]["instrument"].url not in html


def test_article_has_schema_org_article(client, site_tree):
    html = client.get(site_tree["nl"]["article"].url).content.decode()
    payload = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(payload.group(1))
    assert data["@type"] == "Article"
    assert data["headline"] == "Toezicht in dialoog"
    assert data["inLanguage"] == "nl"
    assert data["keywords"] == ["toezicht"]


def test_page_has_meta_description_and_open_graph(client, site_tree):
    page = site_tree["nl"]["instrument"]
    html = client.get(page.url).content.decode()
    assert f'<meta name="description" content="{page.intro}">' in html
    assert '<meta property="og:title" content="Financiële scan">' in html
    assert '<meta property="og:locale" content="nl_NL">' in html


def test_breadcrumbs_show_ancestors(client, site_tree):
    html = client.get(site_tree["nl"]["programme_line"].url).content.decode()
    nav = html.split('class="utrecht-breadcrumb-nav breadcrumbs"')[1].split("</nav>")[0]
    assert "Programmalijnen" in nav
    assert 'aria-current="page"' in nav


def test_skip_link_and_landmarks(client, site_tree):
    html = client.get(site_tree["nl"]["home"].url).content.decode()
    assert 'href="#main"' in html
    for landmark in ("<header", "<main", "<footer", 'aria-label="Hoofdmenu"'):
        assert landmark in html


def test_root_redirects_by_browser_language(client, site_tree):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert response.status_code == 302
    assert response["Location"] == "/en/"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="nl-NL,nl;q=0.9,en;q=0.5")
    assert response["Location"] == "/nl/"
