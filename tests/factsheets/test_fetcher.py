"""factsheets.fetcher.site_url_fetcher(): serves the site's own static and media files and
data: URIs, refuses everything else before any file or connection is opened."""

import base64
import socket

import pytest

from factsheets.fetcher import FetchRefused, safe_relative_path, site_url_fetcher

SITE = "http://testserver"


@pytest.fixture
def fetcher():
    return site_url_fetcher(hosts={"testserver"})


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError("the fetcher opened a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture
def media(settings, tmp_path):
    root = tmp_path / "media"
    (root / "images").mkdir(parents=True)
    (root / "images" / "kaart.png").write_bytes(b"\x89PNG\r\n\x1a\nkaart")
    (tmp_path / "secret.txt").write_text("geheim")
    settings.MEDIA_ROOT = root
    return root


def test_it_is_a_weasyprint_url_fetcher_without_redirects(fetcher):
    from weasyprint.urls import URLFetcher

    assert isinstance(fetcher, URLFetcher)
    assert fetcher._fail_on_errors is False  # a refused resource is skipped, the PDF renders


def test_static_file_of_the_site_is_served(fetcher):
    response = fetcher.fetch(f"{SITE}/static/img/logo.svg")
    assert response.content_type == "image/svg+xml"
    assert response.read().startswith(b"<svg")


def test_woff2_font_is_served_decoded_as_truetype(fetcher):
    response = fetcher.fetch(
        f"{SITE}/static/vendor/noto-sans/files/noto-sans-latin-wght-normal.woff2"
    )
    assert response.read()[:4] == b"\x00\x01\x00\x00"  # sfnt version 1.0: TrueType outlines


def test_media_file_is_served(fetcher, media):
    assert fetcher.fetch(f"{SITE}/media/images/kaart.png").read().endswith(b"kaart")


def test_data_uri_is_served(fetcher):
    encoded = base64.b64encode(b"<svg/>").decode()
    response = fetcher.fetch(f"data:image/svg+xml;base64,{encoded}")
    assert response.read() == b"<svg/>"
    assert response.content_type == "image/svg+xml"


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "FILE:///etc/passwd",
        "http://127.0.0.1:8000/static/img/logo.svg",
        "http://169.254.169.254/latest/meta-data/",
        "https://example.org/static/img/logo.svg",
        "http://testserver.evil.example/static/img/logo.svg",
        "http://testserver@evil.example/static/img/logo.svg",
        f"{SITE}/nl/register/",
        "ftp://testserver/static/img/logo.svg",
        "gopher://testserver/",
        "//evil.example/x.png",
    ],
)
def test_other_urls_are_refused_without_a_request(fetcher, no_network, url):
    with pytest.raises(FetchRefused):
        fetcher.fetch(url)
    assert fetcher.resources.refused


@pytest.mark.parametrize(
    "path",
    [
        "/media/../secret.txt",
        "/media/%2e%2e/secret.txt",
        "/media/images/..%2f..%2fsecret.txt",
        "/media/images/%2E%2E/%2E%2E/secret.txt",
        "/media/images\\..\\..\\secret.txt",
        "/media/images/kaart.png%00.txt",
        "/media/",
        "/static/../cms/settings.py",
        "/static/%2e%2e/%2e%2e/cms/settings.py",
    ],
)
def test_path_traversal_out_of_media_or_static_is_refused(fetcher, media, no_network, path):
    with pytest.raises(FetchRefused):
        fetcher.fetch(f"{SITE}{path}")


def test_symlink_out_of_media_root_is_refused(fetcher, media):
    (media / "images" / "link.txt").symlink_to(media.parent / "secret.txt")
    with pytest.raises(FetchRefused):
        fetcher.fetch(f"{SITE}/media/images/link.txt")


def test_missing_file_is_refused(fetcher, media):
    with pytest.raises(FetchRefused):
        fetcher.fetch(f"{SITE}/media/images/bestaat-niet.png")


def test_site_hosts_come_from_the_base_url_and_wagtail_sites(db, home_page):
    fetcher = site_url_fetcher("https://samenwerking.example/")
    assert fetcher.resources.hosts == {"testserver", "samenwerking.example"}


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("images/kaart.png", "images/kaart.png"),
        ("./images//kaart.png", "images/kaart.png"),
        ("images/../kaart.png", None),
        ("..", None),
        ("", None),
        ("a\\b", None),
        ("a\x00b", None),
    ],
)
def test_safe_relative_path(path, expected):
    assert safe_relative_path(path) == expected
