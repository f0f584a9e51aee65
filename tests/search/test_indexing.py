"""The index follows publication: publish, unpublish, move and delete — never a draft —
and survives an unreachable search cluster without losing edits."""

from io import StringIO

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse

import pytest
from wagtail.search.models import IndexEntry

from demo.factories.pages import ContentPageFactory
from demo.factories.registers import OrganisationFactory, PartnershipFactory
from demo.factories.users import UserFactory
from search.config import DATABASE_BACKEND
from search.models import PendingIndexUpdate

pytestmark = pytest.mark.django_db

# A real Elasticsearch backend pointed at a port where nothing listens: every request
# fails with a connection error, as when the cluster is down.
UNREACHABLE_CLUSTER = {
    "default": {
        "BACKEND": "search.backends.elasticsearch.elasticsearch9",
        "URLS": ["http://127.0.0.1:9"],
        "TIMEOUT": 1,
        "AUTO_UPDATE": False,
        "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
    },
    "database": {"BACKEND": DATABASE_BACKEND, "AUTO_UPDATE": False},
}


def indexed(obj) -> bool:
    content_type = ContentType.objects.get_for_model(obj)
    return IndexEntry.objects.filter(content_type=content_type, object_id=str(obj.pk)).exists()


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run the on-commit index updates of whatever happens inside the block."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def test_a_draft_page_is_not_indexed_until_published(home_page, commit):
    with commit():
        page = ContentPageFactory(parent=home_page, title="Nog geheim", live=False)
        page.save_revision()
    assert not indexed(page)
    with commit():
        page.save_revision().publish()
    assert indexed(page)


def test_unpublish_and_delete_remove_from_the_index(home_page, commit):
    with commit():
        page = ContentPageFactory(parent=home_page, title="Tijdelijk")
        page.save_revision().publish()
    assert indexed(page)
    with commit():
        page.unpublish()
    assert not indexed(page)
    with commit():
        page.save_revision().publish()
        page_pk = page.pk
        page.delete()
    assert not IndexEntry.objects.filter(object_id=str(page_pk)).exists()


def test_a_partnership_draft_does_not_reach_the_index(commit, rebuild_search_index):
    from registers.models import Partnership
    from search.matching import ranked_ids

    with commit():
        partnership = PartnershipFactory(name="Recreatieschap Spaarnwoude")
        partnership.save_revision().publish()
    with commit():
        partnership.name = "Recreatieschap Geheime Naam"
        partnership.save_revision()  # a draft
    assert ranked_ids(Partnership.objects.public(), ["geheime"]) == []
    assert ranked_ids(Partnership.objects.public(), ["spaarnwoude"]) == [partnership.pk]


def test_renaming_an_organisation_reindexes_its_partnerships(commit):
    from registers.models import Partnership
    from search.matching import ranked_ids

    with commit():
        organisation = OrganisationFactory(name="Gemeente Oudnaam", cbs_code="GM0001")
        partnership = PartnershipFactory(name="Afvalschap West", participants=[organisation])
        partnership.save_revision().publish()
    with commit():
        # Organisations go through Registerreview: a new name is public once published.
        organisation.name = "Gemeente Nieuwnaam"
        revision = organisation.save_revision()
    assert ranked_ids(Partnership.objects.public(), ["nieuwnaam"]) == []
    with commit():
        revision.publish()
    assert ranked_ids(Partnership.objects.public(), ["nieuwnaam"]) == [partnership.pk]
    assert ranked_ids(Partnership.objects.public(), ["oudnaam"]) == []


def test_moving_a_page_reindexes_it_and_its_children(home_page, commit):
    with commit():
        section = ContentPageFactory(parent=home_page, title="Sectie", slug="sectie")
        child = ContentPageFactory(parent=home_page, title="Verhuisd", slug="verhuisd")
        section.save_revision().publish()
        child.save_revision().publish()
    IndexEntry.objects.filter(object_id=str(child.pk)).delete()
    with commit():
        child.move(section, pos="last-child")
    assert indexed(child)


@override_settings(WAGTAILSEARCH_BACKENDS=UNREACHABLE_CLUSTER)
def test_edit_saves_when_the_cluster_is_down_and_is_retried(home_page, commit):
    with commit():
        page = ContentPageFactory(parent=home_page, title="Belangrijke wijziging")
        page.save_revision().publish()
    page.refresh_from_db()
    assert page.live and page.title == "Belangrijke wijziging"
    pending = PendingIndexUpdate.objects.get(object_id=str(page.pk))
    assert pending.backend == "default" and pending.action == "index"
    assert "Connection" in pending.last_error
    # The database fallback was still updated, so visitors find it.
    assert indexed(page)

    call_command("retry_index_updates", stdout=StringIO())
    assert PendingIndexUpdate.objects.get(object_id=str(page.pk)).attempts == 2

    with override_settings(
        WAGTAILSEARCH_BACKENDS={"default": {"BACKEND": DATABASE_BACKEND, "AUTO_UPDATE": False}}
    ):
        out = StringIO()
        call_command("retry_index_updates", stdout=out)
    assert "1 index update(s) applied, 0 still failing" in out.getvalue()
    assert not PendingIndexUpdate.objects.exists()


@override_settings(WAGTAILSEARCH_BACKENDS=UNREACHABLE_CLUSTER)
def test_visitors_get_database_results_when_the_cluster_is_down(client, home_page, commit):
    with commit():
        page = ContentPageFactory(parent=home_page, title="Regionale samenwerking")
        page.save_revision().publish()
    response = client.get("/nl/zoeken/", {"q": "regionale"})
    assert response.status_code == 200
    assert response.context["result"].used_fallback
    assert [hit.title for hit in response.context["results"]] == ["Regionale samenwerking"]


@override_settings(WAGTAILSEARCH_BACKENDS=UNREACHABLE_CLUSTER)
def test_editors_see_a_warning_while_updates_are_pending(client, home_page, commit):
    with commit():
        page = ContentPageFactory(parent=home_page, title="Wacht op index")
        page.save_revision().publish()
    client.force_login(UserFactory(groups=["Redactie"]))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "could not yet be sent to the search service" in html or "zoekdienst" in html


@override_settings(WAGTAILSEARCH_BACKENDS=UNREACHABLE_CLUSTER)
def test_register_search_answers_from_the_database_when_the_cluster_is_down(
    client, register_page, rebuild_search_index
):
    PartnershipFactory(name="Afvalschap IJmond-Zaanstreek")
    with override_settings(
        WAGTAILSEARCH_BACKENDS={"default": {"BACKEND": DATABASE_BACKEND, "AUTO_UPDATE": False}}
    ):
        rebuild_search_index()
    response = client.get(register_page.url, {"q": "afvalschap", "format": "json"})
    assert response.status_code == 200
    assert [item["name"] for item in response.json()["results"]] == ["Afvalschap IJmond-Zaanstreek"]


def test_with_a_database_task_queue_the_worker_indexes_after_commit(
    home_page, commit, settings, monkeypatch
):
    """Production runs index updates in a worker (django-tasks-db): publishing enqueues,
    and the page is indexed once the worker has run."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    # The worker closes connections between tasks; inside the test's transaction that
    # would close the test's own connection (PostgreSQL).
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )
    from django_tasks_db.models import DBTaskResult

    with commit():
        page = ContentPageFactory(parent=home_page, title="Via de wachtrij")
        page.save_revision().publish()
    assert DBTaskResult.objects.filter(status="READY").exists()
    assert not indexed(page)
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    assert indexed(page)
