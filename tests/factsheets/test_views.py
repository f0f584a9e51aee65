"""Serving factsheets: headers, the store (render once, 304s, invalidation on publish),
who sees what, and what happens when rendering fails. WeasyPrint is replaced by
conftest.fake_pdf (counting renders) except where the PDF's content matters."""

import logging

from django.contrib.auth.models import Permission
from django.core.files.storage import default_storage
from django.utils.http import http_date

import pytest

from demo.factories.users import UserFactory
from factsheets import cache
from tests.factsheets.conftest import body, pdf_text

PARTNERSHIP = "/nl/register/afvalschap/factsheet.pdf"


def stored_files(kind="partnership"):
    names = []
    try:
        directories = default_storage.listdir(f"factsheets/{kind}")[0]
    except FileNotFoundError:
        return names
    for directory in directories:
        names += default_storage.listdir(f"factsheets/{kind}/{directory}")[1]
    return names


@pytest.fixture
def editor(db):
    user = UserFactory(username="registerredacteur")
    user.user_permissions.add(
        Permission.objects.get(codename="change_partnership", content_type__app_label="registers"),
        Permission.objects.get(codename="access_admin"),
    )
    return user


class LogRecorder(logging.Handler):
    def __init__(self):
        super().__init__(logging.ERROR)
        self.records = []

    def emit(self, record):
        self.records.append(record)


@pytest.fixture
def logged():
    recorder = LogRecorder()
    logger = logging.getLogger("factsheets")
    logger.addHandler(recorder)
    yield recorder.records
    logger.removeHandler(recorder)


def test_factsheet_is_a_pdf_shown_inline_with_the_slug_as_name(client, register, fake_pdf):
    response = client.get(PARTNERSHIP)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'inline; filename="afvalschap.pdf"'
    assert body(response).startswith(b"%PDF")
    assert response["ETag"].startswith('W/"')
    assert "Last-Modified" in response


def test_second_request_is_served_from_the_store_without_rendering(client, register, fake_pdf):
    first = client.get(PARTNERSHIP)
    second = client.get(PARTNERSHIP)
    assert fake_pdf.calls == 1
    assert body(second) == body(first)
    assert second["ETag"] == first["ETag"]
    assert second["Last-Modified"] == first["Last-Modified"]
    assert len(stored_files()) == 1


def test_languages_are_stored_separately(client, register, fake_pdf):
    dutch = client.get(PARTNERSHIP)
    english = client.get("/en/register/afvalschap/factsheet.pdf")
    assert fake_pdf.calls == 2
    assert dutch["ETag"] != english["ETag"]
    assert b"Factsheet samenwerkingsverband" in body(dutch)
    assert b"Factsheet partnership" in body(english)


def test_if_none_match_gets_304(client, register, fake_pdf):
    etag = client.get(PARTNERSHIP)["ETag"]
    response = client.get(PARTNERSHIP, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert response["ETag"] == etag
    assert response.content == b""
    assert fake_pdf.calls == 1


def test_if_modified_since_gets_304(client, register, fake_pdf):
    last_modified = client.get(PARTNERSHIP)["Last-Modified"]
    response = client.get(PARTNERSHIP, HTTP_IF_MODIFIED_SINCE=last_modified)
    assert response.status_code == 304
    assert fake_pdf.calls == 1


def test_old_validators_get_the_full_pdf(client, register, fake_pdf):
    client.get(PARTNERSHIP)
    response = client.get(
        PARTNERSHIP, HTTP_IF_NONE_MATCH='W/"other"', HTTP_IF_MODIFIED_SINCE=http_date(0)
    )
    assert response.status_code == 200


def test_publishing_makes_a_new_factsheet_and_deletes_the_old_one(
    client, register, fake_pdf, django_capture_on_commit_callbacks
):
    old = client.get(PARTNERSHIP)
    old_files = stored_files()
    partnership = register["partnership"]
    partnership.name = "Afvalschap Zaanstreek"
    with django_capture_on_commit_callbacks(execute=True):
        partnership.save_revision().publish()
    assert stored_files() == []  # deleted on publication

    new = client.get(PARTNERSHIP)
    assert fake_pdf.calls == 2
    assert new["ETag"] != old["ETag"]
    assert b"Afvalschap Zaanstreek" in body(new)
    assert client.get(PARTNERSHIP, HTTP_IF_NONE_MATCH=old["ETag"]).status_code == 200
    assert stored_files() != old_files and len(stored_files()) == 1


def test_publishing_a_partnership_invalidates_its_organisations_and_selections(
    client, register, fake_pdf, django_capture_on_commit_callbacks
):
    client.get("/nl/register/organisaties/zaanstad/factsheet.pdf")
    client.get("/nl/register/factsheet.pdf?domein=afval")
    assert stored_files("organisation") and default_storage.listdir("factsheets/selection")[1]
    with django_capture_on_commit_callbacks(execute=True):
        register["partnership"].save_revision().publish()
    assert stored_files("organisation") == []
    assert default_storage.listdir("factsheets/selection")[1] == []


def test_a_saved_draft_does_not_change_the_public_factsheet(client, register, fake_pdf):
    etag = client.get(PARTNERSHIP)["ETag"]
    partnership = register["partnership"]
    partnership.name = "Nog niet gepubliceerd"
    partnership.save_revision()
    response = client.get(PARTNERSHIP)
    assert response["ETag"] == etag
    assert fake_pdf.calls == 1
    assert b"Nog niet gepubliceerd" not in body(response)


def test_programme_line_is_cached_and_invalidated_on_publish(
    client, programme, fake_pdf, django_capture_on_commit_callbacks
):
    line = programme["line"]
    path = f"{line.url}factsheet.pdf"
    first = client.get(path)
    assert client.get(path, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    line.title = "Rollen en verantwoordelijkheden"
    with django_capture_on_commit_callbacks(execute=True):
        line.save_revision().publish()
    assert stored_files("programme-line") == []
    second = client.get(path)
    assert second["ETag"] != first["ETag"]
    assert b"Rollen en verantwoordelijkheden" in body(second)
    assert fake_pdf.calls == 2


def test_selection_factsheet_key_follows_the_filters(client, register, fake_pdf):
    afval = client.get("/nl/register/factsheet.pdf?domein=afval")
    again = client.get("/nl/register/factsheet.pdf?domein=afval&page=3")
    everything = client.get("/nl/register/factsheet.pdf")
    assert afval["ETag"] == again["ETag"]
    assert everything["ETag"] != afval["ETag"]
    assert afval["Content-Disposition"] == 'inline; filename="register.pdf"'
    assert fake_pdf.calls == 2


# --- who sees what -----------------------------------------------------------------------


def test_unpublished_partnership_is_404_for_visitors(client, register, fake_pdf):
    assert client.get("/nl/register/concept/factsheet.pdf").status_code == 404
    assert client.get("/nl/register/bestaat-niet/factsheet.pdf").status_code == 404
    assert fake_pdf.calls == 0


def test_organisation_without_published_partnerships_is_404(client, register, fake_pdf):
    from demo.factories.registers import OrganisationFactory

    OrganisationFactory(name="Nergens", cbs_code="GM0999", slug="nergens")
    assert client.get("/nl/register/organisaties/nergens/factsheet.pdf").status_code == 404


def test_editor_gets_a_preview_of_an_unpublished_partnership_never_stored(client, register, editor):
    client.force_login(editor)
    response = client.get("/nl/register/concept/factsheet.pdf")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "ETag" not in response
    text = pdf_text(body(response))
    assert "Voorbeeld: deze versie is niet gepubliceerd." in " ".join(text.split())
    assert "Concept samenwerking afval" in text
    assert stored_files() == []


def test_editor_previews_the_latest_revision_visitors_get_the_published_one(
    client, register, editor, fake_pdf
):
    partnership = register["partnership"]
    partnership.name = "Afvalschap in wording"
    partnership.save_revision()
    public = client.get(PARTNERSHIP)
    client.force_login(editor)
    preview = client.get(PARTNERSHIP)
    assert b"Afvalschap IJmond-Zaanstreek" in body(public)
    assert b"Afvalschap in wording" in body(preview)
    assert "no-store" in preview["Cache-Control"]
    assert len(stored_files()) == 1  # only the public one


def test_user_without_permission_gets_no_preview(client, register, fake_pdf):
    client.force_login(UserFactory())
    assert client.get("/nl/register/concept/factsheet.pdf").status_code == 404


def test_page_editor_gets_a_preview_of_a_programme_line_draft(client, programme, fake_pdf):
    from demo.factories.users import UserFactory as Users

    line = programme["line"]
    line.title = "Werktitel"
    line.save_revision()
    path = f"{line.url}factsheet.pdf"
    assert b"Rollen en rolvastheid" in body(client.get(path))
    client.force_login(Users(is_superuser=True))
    preview = client.get(path)
    assert b"Werktitel" in body(preview)
    assert "no-store" in preview["Cache-Control"]


def test_unpublished_programme_line_is_404(client, programme, fake_pdf):
    line = programme["line"]
    line.unpublish()
    assert client.get(f"{line.url}factsheet.pdf").status_code == 404


def test_private_programme_line_asks_for_login_and_is_not_stored(client, programme, fake_pdf):
    from wagtail.models import PageViewRestriction

    line = programme["line"]
    PageViewRestriction.objects.create(page=line, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(f"{line.url}factsheet.pdf")
    assert response.status_code == 302
    client.force_login(UserFactory())
    assert client.get(f"{line.url}factsheet.pdf").status_code == 200
    assert stored_files("programme-line") == []


# --- failures ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("nl", "De factsheet kan nu niet worden gemaakt"),
        ("en", "The factsheet could not be made right now"),
    ],
)
def test_render_failure_gives_a_clear_503_logs_and_stores_nothing(
    client, register, fake_pdf, logged, language, message
):
    fake_pdf.fail = True
    response = client.get(f"/{language}/register/afvalschap/factsheet.pdf")
    assert response.status_code == 503
    assert response["Content-Type"].startswith("text/html")
    assert response["Retry-After"]
    assert "no-store" in response["Cache-Control"]
    assert message in response.content.decode()
    assert f'lang="{language}"' in response.content.decode()
    assert any("could not be rendered" in record.getMessage() for record in logged)
    assert any(record.exc_info for record in logged)
    assert stored_files() == []


def test_after_a_failure_the_next_request_renders_again(client, register, fake_pdf, logged):
    fake_pdf.fail = True
    assert client.get(PARTNERSHIP).status_code == 503
    fake_pdf.fail = False
    assert client.get(PARTNERSHIP).status_code == 200
    assert fake_pdf.calls == 2


def test_a_failed_write_leaves_no_partial_file(register, monkeypatch, site):
    """The PDF is written to a temporary name and renamed: a crash halfway leaves nothing
    under the factsheet's name (and no temporary file either once it is cleaned up)."""
    import os

    spec = cache.partnership_spec(register["partnership"], site["register"])

    def crash(source, target):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    assert cache.store(spec, b"%PDF-1.7 half") is None
    assert cache.lookup(spec) is None
    assert default_storage.listdir(spec.directory)[1] == []


@pytest.mark.parametrize(
    "path",
    [
        "/nl/factsheet.pdf",  # the home page has no factsheet
        "/nl/register/afvalschap/deelnemers/factsheet.pdf",
        "/nl/bestaat-niet/factsheet.pdf",
        "/nl/register/organisaties/factsheet.pdf",
    ],
)
def test_paths_without_a_factsheet_are_404(client, register, fake_pdf, path):
    assert client.get(path).status_code == 404


def test_only_get_and_head_are_answered(client, register, fake_pdf):
    assert client.post(PARTNERSHIP).status_code == 405
    head = client.head(PARTNERSHIP)
    assert head.status_code == 200 and head["Content-Type"] == "application/pdf"
