"""English routes in English words: /en/register/organisations/, network/, insights/ (and the
event routes), the Dutch words redirected for good, and the language links, canonical link
and sitemap naming each route in its own language."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db

DUTCH_ROUTE_WORDS = (
    "organisaties",
    "netwerk",
    "inzichten",
    "aanmelden",
    "inschrijving",
    "afmelden",
)


def links(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [a["href"] for a in soup.find_all(["a", "link"], href=True)] + [
        form["action"] for form in soup.find_all("form", action=True)
    ]


def head_link(response, **attrs):
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.head.find("link", attrs=attrs)["href"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("organisaties/", "organisations/"),
        ("organisaties/zaanstad/", "organisations/zaanstad/"),
        ("netwerk/?domein=afval", "network/?domein=afval"),
        ("inzichten/", "insights/"),
    ],
)
def test_english_register_routes_use_english_words(
    client, register_page_en, register_data, old, new
):
    base = register_page_en.url
    assert client.get(base + new).status_code == 200
    response = client.get(base + old)
    assert response.status_code == 301
    assert response["Location"].endswith(base + new)


def test_dutch_register_keeps_dutch_words(client, register_page, register_data):
    base = register_page.url
    for route in ("organisaties/", "organisaties/zaanstad/", "netwerk/", "inzichten/"):
        assert client.get(base + route).status_code == 200, route
    assert client.get(base + "organisations/").status_code == 404


def test_english_pages_link_only_english_routes(client, register_page_en, register_data):
    base = register_page_en.url
    pages = [base, base + register_data["afvalschap"].slug + "/", base + "organisations/zaanstad/"]
    pages += [base + "organisations/", base + "network/?provincie=provincie-noord-holland"]
    pages += [base + "insights/"]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        english = [href for href in links(response) if "/en/" in href]
        assert english, url
        for href in english:
            assert not any(f"/{word}/" in href for word in DUTCH_ROUTE_WORDS), (url, href)


def test_language_links_and_canonical_name_the_route_in_each_language(
    client, register_page, register_page_en, register_data
):
    english = client.get(register_page_en.url + "organisations/zaanstad/")
    assert head_link(english, hreflang="nl").endswith("/nl/register/organisaties/zaanstad/")
    assert head_link(english, hreflang="en").endswith("/en/register/organisations/zaanstad/")
    assert head_link(english, rel="canonical").endswith("/en/register/organisations/zaanstad/")
    switcher = BeautifulSoup(english.content, "html.parser").select_one(".language-switcher a")
    assert switcher["href"] == "/nl/register/organisaties/zaanstad/"

    dutch = client.get(register_page.url + "netwerk/?domein=afval")
    assert head_link(dutch, hreflang="en").endswith("/en/register/network/?domein=afval")
    assert head_link(dutch, rel="canonical").endswith("/nl/register/netwerk/")

    slug = register_data["afvalschap"].slug
    partnership = client.get(f"{register_page_en.url}{slug}/")
    assert head_link(partnership, rel="canonical").endswith(f"/en/register/{slug}/")


def test_sitemap_lists_english_organisation_pages_in_english_words(
    client, register_page, register_page_en, register_data
):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/en/register/organisations/zaanstad/" in sitemap
    assert "/nl/register/organisaties/zaanstad/" in sitemap
    assert "/en/register/organisaties/" not in sitemap
