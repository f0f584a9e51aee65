"""The register's CSV/XLSX downloads are made in the background and streamed from a stored
file (issue 11): identical requests share one job and one file, a change to the register
starts a new generation (and, with a worker, rebuilds the full downloads at once).

The queue is django-tasks' DummyBackend here: jobs wait until the test runs them, as they
wait for a production worker."""

import csv
import io

from django.core.files.storage import default_storage

import pytest
from django_tasks import task_backends

from registers import exports

pytestmark = pytest.mark.django_db

HTML = {"HTTP_ACCEPT": "text/html"}


@pytest.fixture
def queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    backend = task_backends["default"]
    backend.clear()
    return backend


def run_jobs(queue):
    jobs, queue.results[:] = list(queue.results), []
    for job in jobs:
        job.task.call(*job.args, **job.kwargs)
    return jobs


def csv_names(response):
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return {row["naam"] for row in csv.DictReader(io.StringIO(text))}


def test_a_download_is_prepared_once_and_then_streamed(client, register_page, register_data, queue):
    first = client.get(register_page.url, {"format": "csv", "domein": "afval"})
    assert first.status_code == 202
    assert first["Retry-After"] and first.json()["status"] == "preparing"
    page = client.get(register_page.url, {"format": "csv", "domein": "afval"}, **HTML)
    assert page.status_code == 202 and "De download wordt voorbereid" in page.content.decode()
    assert len(queue.results) == 1  # identical requests share the job

    run_jobs(queue)
    ready = client.get(register_page.url, {"format": "csv", "domein": "afval", "page": "4"})
    assert ready.status_code == 200 and ready.streaming
    assert 'filename="register-samenwerkingsverbanden.csv"' in ready["Content-Disposition"]
    assert csv_names(ready) == {"Afvalschap IJmond-Zaanstreek", "Afvalverwijdering Utrecht"}
    assert queue.results == []


def test_publishing_starts_a_new_generation_and_rebuilds_the_full_downloads(
    client, register_page, register_data, queue, django_capture_on_commit_callbacks
):
    client.get(register_page.url, {"format": "csv"})
    run_jobs(queue)
    assert client.get(register_page.url, {"format": "csv"}).status_code == 200
    before = exports.generation()

    partnership = register_data["concept"]
    with django_capture_on_commit_callbacks(execute=True):
        partnership.save_revision().publish()
    assert exports.generation() != before
    # A worker runs tasks: the full register's three downloads are queued right away.
    queued = sorted(
        (job.args[1], job.args[2])
        for job in queue.results
        if job.task.func.__name__ == "prepare_export"
    )
    assert queued == [("", "csv"), ("", "xlsx"), ("deelnemers", "csv")]
    run_jobs(queue)
    fresh = client.get(register_page.url, {"format": "csv"})
    assert fresh.status_code == 200
    assert "Concept samenwerking afval" in csv_names(fresh)


def test_an_import_starts_a_new_generation(
    register_data, tmp_path, queue, django_capture_on_commit_callbacks
):
    from registers.importer import run_import

    before = exports.generation()
    table = tmp_path / "deelnemers.csv"
    table.write_text(
        "Deelnemer;Gemeenschappelijke regeling;Postcode;Plaats;Provincie\n"
        "Zaanstad;Afvalschap IJmond-Zaanstreek;1500 AA;Zaandam;Noord-Holland\n",
        encoding="utf-8",
    )
    with django_capture_on_commit_callbacks(execute=True):
        run_import([table])
    assert exports.generation() != before


def test_a_job_that_outlived_its_generation_lets_its_claim_go(
    client, register_page, register_data, queue
):
    from cms import prepared

    client.get(register_page.url, {"format": "csv", "domein": "afval"})
    assert prepared.pending_count() == 1
    exports.new_generation()  # the register changed before the worker came to the job
    run_jobs(queue)
    assert prepared.pending_count() == 0
    assert client.get(register_page.url, {"format": "csv", "domein": "afval"}).status_code == 200


def test_stored_downloads_are_capped_least_recently_used_first(
    client, register_page, register_data, queue, settings
):
    settings.REGISTER_EXPORTS_MAX_STORED = 2
    for domain in ("afval", "veiligheid"):
        client.get(register_page.url, {"format": "csv", "domein": domain})
        run_jobs(queue)
    assert client.get(register_page.url, {"format": "csv", "domein": "afval"}).status_code == 200
    client.get(register_page.url, {"format": "xlsx"})
    run_jobs(queue)
    directory = f"{exports.ROOT}/{exports.generation()}"
    assert len(default_storage.listdir(directory)[1]) == 2
    assert client.get(register_page.url, {"format": "csv", "domein": "afval"}).status_code == 200
    evicted = client.get(register_page.url, {"format": "csv", "domein": "veiligheid"})
    assert evicted.status_code == 202


def test_a_failed_export_answers_503_without_a_retry_storm(
    client, register_page, register_data, queue, monkeypatch
):
    def explode(*args):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(exports, "write_export", explode)
    client.get(register_page.url, {"format": "xlsx"})
    run_jobs(queue)
    response = client.get(register_page.url, {"format": "xlsx"}, **HTML)
    assert response.status_code == 503 and response["Retry-After"]
    assert queue.results == []


def test_export_rows_from_plain_values_match_the_rows_of_the_objects(register_data):
    """The downloads read plain values (issue 12: no prefetching per row); each row is the
    one exchange.partnership_row / membership_row makes of the objects, references, lists
    and participant counts included."""
    from registers import exchange
    from registers.models import Membership, Partnership

    afvalschap = register_data["afvalschap"]
    afvalschap.bronhouder = register_data["zaanstad"]
    afvalschap.succeeded_by = register_data["veiligheidsregio"]
    afvalschap.save()
    partnerships = Partnership.objects.order_by("name", "pk")
    from_objects = [
        exchange.partnership_row(p, url=f"/r/{p.slug}/")
        for p in exports.with_relations(partnerships)
    ]
    from_values = list(exports.partnership_rows(partnerships, "/r/"))
    assert from_values == from_objects
    assert from_values[0]["bronhouder"] == "GM0479" and from_values[0]["tags"] == "circulair"
    assert from_values[0]["aantal_deelnemers"] == 3

    memberships = Membership.objects.select_related("partnership", "organisation").order_by(
        "partnership__name", "sort_order", "pk"
    )
    assert list(exports.membership_rows(partnerships)) == [
        exchange.membership_row(m) for m in memberships
    ]
