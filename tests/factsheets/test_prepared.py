"""A register selection's factsheet is made in the background, never in the visitor's
request (issue 11): identical requests share one job and one file, the visitor gets a
"being prepared" page (202) until it is there, the queue and the stored files are bounded.

These tests run the queue with django-tasks' DummyBackend, which keeps jobs until the test
runs them: that is what a production worker does. (The rest of the suite uses the
ImmediateBackend, where the job runs inside `enqueue` and the request gets the file.)"""

import pytest
from django_tasks import task_backends

from cms import prepared
from tests.factsheets.conftest import body

SELECTION = "/nl/register/factsheet.pdf"
HTML = {"HTTP_ACCEPT": "text/html,application/xhtml+xml"}


@pytest.fixture
def queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    backend = task_backends["default"]
    backend.clear()
    return backend


def run_jobs(queue):
    """What the worker does: run every waiting job once."""
    jobs, queue.results[:] = list(queue.results), []
    for job in jobs:
        job.task.call(*job.args, **job.kwargs)
    return len(jobs)


def test_first_request_is_answered_at_once_and_the_pdf_made_in_the_background(
    client, register, fake_pdf, queue
):
    response = client.get(SELECTION, {"domein": "afval"}, **HTML)
    assert response.status_code == 202
    assert response["Retry-After"] == str(prepared.RETRY_AFTER)
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert "De factsheet wordt voorbereid" in html
    assert 'role="status"' in html and "js/preparing.js" in html
    assert fake_pdf.calls == 0  # nothing rendered on the request path
    assert len(queue.results) == 1

    # Identical selections (order, paging, repeated values) share the job.
    client.get(SELECTION, {"domein": "afval", "page": "2"}, **HTML)
    client.get(f"{SELECTION}?domein=afval&domein=afval")
    assert len(queue.results) == 1

    assert run_jobs(queue) == 1
    assert fake_pdf.calls == 1
    ready = client.get(SELECTION, {"domein": "afval"}, **HTML)
    assert ready.status_code == 200
    assert ready["Content-Type"] == "application/pdf"
    assert body(ready).startswith(b"%PDF")
    assert client.get(SELECTION, {"domein": "afval"}).status_code == 200
    assert fake_pdf.calls == 1 and queue.results == []


def test_other_clients_get_202_json_with_retry_after(client, register, fake_pdf, queue):
    response = client.get(SELECTION, {"domein": "afval"}, HTTP_ACCEPT="application/pdf")
    assert response.status_code == 202
    assert response["Retry-After"]
    assert response.json()["status"] == "preparing"
    # What the page's script asks every few seconds: 202 until the file is there, then 200.
    assert client.head(SELECTION, {"domein": "afval"}).status_code == 202
    run_jobs(queue)
    assert client.head(SELECTION, {"domein": "afval"}).status_code == 200


def test_the_english_page_speaks_english(client, register, fake_pdf, queue):
    response = client.get("/en/register/factsheet.pdf", {"domein": "afval"}, **HTML)
    assert response.status_code == 202
    assert "The factsheet is being prepared" in response.content.decode()
    assert 'lang="en"' in response.content.decode()


def test_too_many_waiting_jobs_give_503_not_a_longer_queue(
    client, register, fake_pdf, queue, settings
):
    settings.PREPARED_MAX_PENDING = 2
    assert client.get(SELECTION, {"domein": "afval"}).status_code == 202
    assert client.get(SELECTION, {"fase": "uitvoering"}).status_code == 202
    busy = client.get(SELECTION, {"status": "actief"}, **HTML)
    assert busy.status_code == 503
    assert int(busy["Retry-After"]) > 0
    assert len(queue.results) == 2
    run_jobs(queue)
    assert client.get(SELECTION, {"status": "actief"}).status_code == 202
    assert len(queue.results) == 1


def test_a_failed_job_answers_503_for_a_while_without_new_jobs(
    client, register, fake_pdf, queue, caplog
):
    fake_pdf.fail = True
    client.get(SELECTION, {"domein": "afval"})
    run_jobs(queue)
    response = client.get(SELECTION, {"domein": "afval"}, **HTML)
    assert response.status_code == 503
    assert response["Retry-After"]
    assert queue.results == []  # no retry storm
    assert any("failed" in record.getMessage() for record in caplog.records)


def test_a_job_that_died_is_claimed_again(client, register, fake_pdf, queue, monkeypatch):
    client.get(SELECTION, {"domein": "afval"})
    queue.clear()  # the worker lost it
    monkeypatch.setattr(prepared, "STALE_AFTER", -1)
    assert client.get(SELECTION, {"domein": "afval"}).status_code == 202
    assert len(queue.results) == 1


def test_stored_selections_evict_the_least_recently_served(
    client, register, fake_pdf, queue, settings
):
    from django.core.files.storage import default_storage

    settings.FACTSHEETS_MAX_STORED_SELECTIONS = 2
    for params in ({"domein": "afval"}, {"fase": "uitvoering"}):
        client.get(SELECTION, params)
        run_jobs(queue)
    # Served again, so the afval factsheet is the most recently used one.
    assert client.get(SELECTION, {"domein": "afval"}).status_code == 200
    client.get(SELECTION, {"status": "actief"})
    run_jobs(queue)
    assert len(default_storage.listdir("factsheets/selection")[1]) == 2
    assert client.get(SELECTION, {"domein": "afval"}).status_code == 200
    assert client.get(SELECTION, {"fase": "uitvoering"}).status_code == 202  # evicted
