"""Pre-rendering after publication (django-tasks, enqueued on commit)."""

from django.core.files.storage import default_storage

import pytest

from factsheets import tasks


def stored(kind, pk):
    try:
        return sorted(default_storage.listdir(f"factsheets/{kind}/{pk}")[1])
    except FileNotFoundError:
        return []


def test_publishing_a_partnership_prerenders_its_factsheet_in_both_languages(
    register, fake_pdf, settings, django_capture_on_commit_callbacks
):
    settings.FACTSHEETS_PRERENDER = True
    partnership = register["partnership"]
    with django_capture_on_commit_callbacks(execute=True):
        partnership.save_revision().publish()
    files = stored("partnership", partnership.pk)
    assert [name.split("-", 1)[0] for name in files] == ["en", "nl"]
    assert fake_pdf.calls == 2


def test_publishing_a_programme_line_prerenders_its_factsheet(
    programme, fake_pdf, settings, django_capture_on_commit_callbacks
):
    settings.FACTSHEETS_PRERENDER = True
    line = programme["line"]
    with django_capture_on_commit_callbacks(execute=True):
        line.save_revision().publish()
    assert len(stored("programme-line", line.pk)) == 1


def test_prerendered_factsheet_is_what_visitors_get(
    client, register, fake_pdf, settings, django_capture_on_commit_callbacks
):
    settings.FACTSHEETS_PRERENDER = True
    with django_capture_on_commit_callbacks(execute=True):
        register["partnership"].save_revision().publish()
    client.get("/nl/register/afvalschap/factsheet.pdf")
    client.get("/en/register/afvalschap/factsheet.pdf")
    assert fake_pdf.calls == 2  # both rendered by the task, none by the requests


def test_no_prerendering_when_tasks_run_in_the_request(
    register, fake_pdf, settings, django_capture_on_commit_callbacks
):
    settings.FACTSHEETS_PRERENDER = None
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    assert tasks.prerender_enabled() is False
    with django_capture_on_commit_callbacks(execute=True):
        register["partnership"].save_revision().publish()
    assert fake_pdf.calls == 0


@pytest.mark.parametrize("backend", ["django_tasks.backends.dummy.DummyBackend"])
def test_prerendering_is_on_with_a_background_backend(settings, backend):
    settings.FACTSHEETS_PRERENDER = None
    settings.TASKS = {"default": {"BACKEND": backend}}
    assert tasks.prerender_enabled() is True


def test_unpublished_partnership_is_not_prerendered(register, fake_pdf):
    assert tasks.prerender_partnership.call(register["draft"].pk) == 0
    assert fake_pdf.calls == 0
