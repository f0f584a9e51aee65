"""Every shipped management command runs; the demo loader is idempotent."""

from io import StringIO
from pathlib import Path

from django.core.management import call_command

import pytest
from wagtail.models import Page, Revision, Site

from demo import content_files
from pages.models import HomePage, InstrumentPage, KnowledgeArticlePage, ProgrammeLinePage

pytestmark = pytest.mark.django_db

PROJECT = Path(__file__).resolve().parents[2]
OUR_APPS = ("pages", "registers", "search", "events", "factsheets", "demo")


def shipped_commands():
    for app in OUR_APPS:
        for path in sorted((PROJECT / app / "management" / "commands").glob("[a-z]*.py")):
            yield path.stem


@pytest.mark.parametrize("name", list(shipped_commands()))
def test_every_shipped_command_has_help(name, capsys):
    with pytest.raises(SystemExit) as exit_info:
        call_command(name, "--help")
    assert exit_info.value.code == 0
    assert "usage:" in capsys.readouterr().out


def test_load_demo_builds_both_languages_and_is_idempotent():
    out = StringIO()
    call_command("load_demo", "--no-index", stdout=out)
    assert "Demo site built" in out.getvalue()

    for code in ("nl", "en"):
        assert HomePage.objects.live().filter(locale__language_code=code).count() == 1
        assert ProgrammeLinePage.objects.live().filter(locale__language_code=code).count() == 5
        assert InstrumentPage.objects.live().filter(locale__language_code=code).count() == 4
        articles = KnowledgeArticlePage.objects.live().filter(locale__language_code=code)
        assert articles.count() == len(content_files.load().articles) >= 6
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific.locale.language_code == "nl"

    # The Instrumentenkoffer's five tools, each with a PDF and a DOCX, in both languages.
    from instruments.models import GeneratedDocument, ToolPage

    assert ToolPage.objects.live().filter(locale__language_code="en").count() == 3
    documents = {(g.document_id, g.source) for g in GeneratedDocument.objects.all()}
    assert len(documents) == 5 * 2 * 2

    pages, revisions = Page.objects.count(), Revision.objects.count()
    out = StringIO()
    call_command("load_demo", "--no-index", stdout=out)
    assert "nothing changed" in out.getvalue()
    assert (Page.objects.count(), Revision.objects.count()) == (pages, revisions)
    assert {(g.document_id, g.source) for g in GeneratedDocument.objects.all()} == documents


def test_demo_pages_render(client):
    call_command("load_demo", "--no-index", stdout=StringIO())
    for page in Page.objects.live().filter(depth__gt=1).specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
