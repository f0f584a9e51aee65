"""After a change the worker computes the new generation's whole-register counts ahead
(registers/tasks.py warm_register): the first visitor of the landing page, its JSON and the
insights page after a publish finds them kept instead of counting the whole register.

The queue is django-tasks' DummyBackend: jobs wait until the test runs them, as they wait for
a production worker."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from django_tasks import task_backends

from demo.factories.registers import PartnershipFactory
from registers import exports, tasks

pytestmark = pytest.mark.django_db


@pytest.fixture
def queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    settings.REGISTER_COUNTS_CACHE_SECONDS = 600
    cache.clear()
    backend = task_backends["default"]
    backend.clear()
    return backend


def warm_jobs(queue):
    return [job for job in queue.results if job.task.func.__name__ == "warm_register"]


def publish(name, register_data, django_capture_on_commit_callbacks):
    entry = PartnershipFactory(name=name, live=False)
    entry.domains.add(register_data["afval"])
    with django_capture_on_commit_callbacks(execute=True):
        entry.save_revision().publish()


def visit(client, url, **params):
    """(the response, queries asked) of one request."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200
    return response, len(captured)


def test_the_worker_warms_the_new_generation_for_the_first_visitor(
    client, register_page, register_data, queue, django_capture_on_commit_callbacks
):
    insights_url = register_page.url + "inzichten/"

    # A publish the worker has not caught up with: the first visitor counts.
    publish("Afvalinzameling Wormerland", register_data, django_capture_on_commit_callbacks)
    _page, cold_page_queries = visit(client, register_page.url)
    _insights, cold_insights_queries = visit(client, insights_url)
    cold_json, _queries = visit(client, register_page.url, format="json")

    # The next publish, and the worker runs the job it queued for its generation.
    publish("Afvalinzameling Oostzaan", register_data, django_capture_on_commit_callbacks)
    jobs = warm_jobs(queue)
    assert [job.args for job in jobs][-1] == [exports.generation()]
    jobs[-1].task.call(*jobs[-1].args)
    page, warm_page_queries = visit(client, register_page.url)
    _insights, warm_insights_queries = visit(client, insights_url)
    warm_json, _queries = visit(client, register_page.url, format="json")

    # The page's count, facets and first page were kept (the JSON reads the same ones).
    assert warm_page_queries < cold_page_queries
    assert warm_insights_queries < cold_insights_queries
    # What was kept is the new generation's: the entry published last is counted and shown.
    assert warm_json.json()["count"] == cold_json.json()["count"] + 1
    afval = {f["value"]: f["count"] for f in warm_json.json()["facets"]["domein"]}["afval"]
    cold_afval = {f["value"]: f["count"] for f in cold_json.json()["facets"]["domein"]}
    assert afval == cold_afval["afval"] + 1
    assert "Afvalinzameling Oostzaan" in page.content.decode()


def test_a_job_of_a_passed_generation_does_nothing(
    register_page, register_data, queue, django_capture_on_commit_callbacks
):
    publish("Afvalinzameling Wormerland", register_data, django_capture_on_commit_callbacks)
    passed = exports.generation()
    publish("Afvalinzameling Oostzaan", register_data, django_capture_on_commit_callbacks)
    assert tasks.warm_register.call(passed) is False
    assert tasks.warm_register.call(exports.generation()) is True
