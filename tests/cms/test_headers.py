"""Security headers (issue 11, item 7): a strict Content-Security-Policy on public pages,
the admin's own policy under /admin/, a Permissions-Policy everywhere."""

import base64
import hashlib
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def directives(response) -> dict:
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


def test_public_pages_get_the_strict_policy(client, home_page):
    response = client.get("/nl/")
    policy = directives(response)
    assert policy["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["style-src"]
    assert policy["default-src"] == ["'none'"] and policy["frame-ancestors"] == ["'none'"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_the_api_and_errors_get_it_too(client, home_page):
    assert "script-src 'self'" in client.get("/api/v2/pages/")["Content-Security-Policy"]
    assert "script-src 'self'" in client.get("/nl/bestaat-niet/")["Content-Security-Policy"]


def test_the_admin_gets_its_own_policy(admin_client):
    policy = directives(admin_client.get("/admin/"))
    assert "'unsafe-inline'" in policy["script-src"]
    assert not any(source.startswith("'nonce-") for source in policy["script-src"])
    assert policy["frame-ancestors"] == ["'self'"]
    assert all(
        source in {"'self'", "'unsafe-inline'", "'none'", "data:", "blob:"}
        for sources in policy.values()
        for source in sources
    ), "the admin may load nothing from another host"


@pytest.mark.parametrize("template", ["500.html", "factsheets/error.html"])
def test_the_error_pages_inline_css_is_allowed_by_its_hash(client, home_page, template):
    css = re.search(r"<style>(.*?)</style>", (TEMPLATES / template).read_text(), re.DOTALL)[1]
    digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in directives(client.get("/nl/"))["style-src"]
