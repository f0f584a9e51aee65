"""The database unreachable: 503 with Retry-After, an HTML page in the visitor's language,
JSON for the API, never a 500; and a connection PostgreSQL dropped between two requests is
replaced before it fails one (issue 11, item 6)."""

import json

from django.db import OperationalError, ProgrammingError, connection
from django.db.backends.utils import CursorWrapper

import pytest

pytestmark = pytest.mark.django_db


def fault_message():
    """What each database says when it cannot be used (SQLite's OperationalError also
    covers programming errors, which must stay 500s)."""
    if connection.vendor == "sqlite":
        return "unable to open database file"
    return "terminating connection due to administrator command"


@pytest.fixture
def database_down(monkeypatch):
    """Every query fails as it does while the database is unreachable."""

    def fail(self, sql, *args, **kwargs):
        raise OperationalError(fault_message())

    monkeypatch.setattr(CursorWrapper, "execute", fail)
    monkeypatch.setattr(CursorWrapper, "executemany", fail)


@pytest.mark.parametrize(
    ("path", "language", "text"),
    [
        ("/nl/", "nl", "tijdelijk niet beschikbaar"),
        ("/en/", "en", "temporarily unavailable"),
        ("/nl/register/", "nl", "tijdelijk niet beschikbaar"),
        ("/en/search/?q=afval", "en", "temporarily unavailable"),
    ],
)
def test_pages_answer_503_in_the_visitors_language(
    client, home_page, home_page_en, database_down, path, language, text
):
    response = client.get(path)
    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    assert "no-store" in response["Cache-Control"]
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    assert f'lang="{language}"' in html
    assert text in html


def test_the_api_gets_json(client, database_down):
    response = client.get("/api/v2/samenwerkingsverbanden/")
    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    assert int(response["Retry-After"]) > 0
    assert "unavailable" in json.loads(response.content)["detail"]


def test_a_fault_raised_in_middleware_is_a_503_too(client, home_page, monkeypatch):
    """Wagtail's RedirectMiddleware queries on a 404: handler500 sees that fault."""
    original = CursorWrapper.execute

    def fail_on_redirects(self, sql, *args, **kwargs):
        if "wagtailredirects_redirect" in sql:
            raise OperationalError(fault_message())
        return original(self, sql, *args, **kwargs)

    monkeypatch.setattr(CursorWrapper, "execute", fail_on_redirects)
    client.raise_request_exception = False
    response = client.get("/nl/bestaat-niet/")
    assert response.status_code == 503
    assert response["Retry-After"]


def test_a_programming_error_is_still_a_500(client, home_page, monkeypatch):
    def broken(self, sql, *args, **kwargs):
        raise ProgrammingError("no such column: name")

    monkeypatch.setattr(CursorWrapper, "execute", broken)
    client.raise_request_exception = False
    assert client.get("/nl/").status_code == 500


def test_sqlite_programming_errors_are_not_mistaken_for_faults():
    from cms.database_faults import is_unavailable

    if connection.vendor == "sqlite":
        assert not is_unavailable(OperationalError("no such column: name"))
        assert not is_unavailable(OperationalError('fts5: syntax error near "("'))
        assert is_unavailable(OperationalError("database is locked"))
    else:
        assert is_unavailable(OperationalError("server closed the connection unexpectedly"))


def test_health_checks_are_on_by_default(settings):
    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True
