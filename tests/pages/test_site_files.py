"""sitemap.xml, robots.txt and the error pages."""

import pytest

from demo.factories.pages import ContentPageFactory

pytestmark = pytest.mark.django_db


def test_sitemap_lists_both_languages_but_not_drafts_or_aliases(
    client, home_page, home_page_en, locale_en
):
    live = ContentPageFactory(parent=home_page, title="Privacy", slug="privacy")
    live.save_revision().publish()
    english = live.copy_for_translation(locale_en)
    english.slug = "privacy-statement"
    english.save_revision().publish()
    ContentPageFactory(parent=home_page, title="Concept", slug="concept", live=False)
    alias_source = ContentPageFactory(parent=home_page, title="Alleen NL", slug="alleen-nl")
    alias_source.copy_for_translation(locale_en, alias=True)

    xml = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/nl/privacy/" in xml
    assert "http://testserver/en/privacy-statement/" in xml
    assert "http://testserver/nl/alleen-nl/" in xml
    assert "/en/alleen-nl/" not in xml
    assert "/concept/" not in xml


def test_robots_txt_points_at_the_sitemap(client, home_page):
    # The sitemap's address is the Site record's (tests/conftest.py: testserver, port 80).
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_html_sitemap_lists_each_languages_pages_by_section(
    client, home_page, home_page_en, locale_en
):
    section = ContentPageFactory(parent=home_page, title="Over ons", slug="over-ons")
    section.save_revision().publish()
    child = ContentPageFactory(parent=section, title="Team", slug="team")
    child.save_revision().publish()
    ContentPageFactory(parent=section, title="Concept", slug="concept", live=False)
    english = section.copy_for_translation(locale_en)
    english.title, english.slug = "About us", "about-us"
    english.save_revision().publish()

    page = client.get("/nl/sitemap/")
    assert page.status_code == 200
    html = page.content.decode()
    # The section is a heading, its pages a list under it; drafts and English stay out.
    assert f'<h2 class="utrecht-heading-2" id="sitemap-{section.pk}">' in html
    assert html.index("Over ons") < html.index('href="/nl/over-ons/team/"')
    assert "Concept" not in html
    assert "About us" not in html
    assert 'href="/sitemap.xml"' in html

    english_html = client.get("/en/sitemap/").content.decode()
    assert 'href="/en/about-us/"' in english_html
    assert "Over ons" not in english_html


def test_footer_links_to_the_html_sitemap(client, home_page):
    home_page.save_revision().publish()
    html = client.get("/nl/").content.decode()
    assert 'href="/nl/sitemap/">Sitemap</a>' in html
