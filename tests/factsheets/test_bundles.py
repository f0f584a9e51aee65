"""All factsheets of a register selection as one ZIP: in the admin (a background task with
progress) and with `manage.py export_factsheets`. WeasyPrint is stubbed (conftest.fake_pdf):
these tests are about the bundle, not the PDFs."""

import io
import zipfile

from django.contrib.auth.models import Permission
from django.core.management import CommandError, call_command
from django.urls import reverse

import pytest

from demo.factories.registers import PartnershipFactory
from demo.factories.users import UserFactory
from factsheets.choices import BundleStatus
from factsheets.models import FactsheetBundle


@pytest.fixture
def afval_register(register, rebuild_search_index):
    """Three published partnerships in the domain afval (and a draft one)."""
    for name in ("Reinigingsdienst Waardlanden", "Afvalverwijdering Utrecht"):
        partnership = PartnershipFactory(name=name, domains=[register["afval"]])
        partnership.save_revision().publish()
    rebuild_search_index()
    return register


@pytest.fixture
def editor(db):
    user = UserFactory(username="bundelaar")
    user.user_permissions.add(
        Permission.objects.get(codename="change_partnership", content_type__app_label="registers"),
        Permission.objects.get(codename="access_admin"),
    )
    return user


EXPECTED = ["afvalschap.pdf", "afvalverwijdering-utrecht.pdf", "reinigingsdienst-waardlanden.pdf"]


def test_editor_makes_a_zip_of_a_selection_with_progress(
    client, afval_register, editor, fake_pdf, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("factsheets_admin:bundles"),
            {"filters": "http://testserver/nl/register/?domein=afval&page=2", "language": "en"},
        )
    bundle = FactsheetBundle.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("factsheets_admin:bundle", args=[bundle.pk])
    assert bundle.filters == "domein=afval"
    assert bundle.created_by == editor
    assert bundle.status == BundleStatus.DONE
    assert bundle.total == 3 and bundle.done == 3 and bundle.percent == 100

    page = client.get(response["Location"]).content.decode()
    assert '<progress id="bundle-progress" max="3" value="3">' in page
    assert reverse("factsheets_admin:bundle_download", args=[bundle.pk]) in page

    status = client.get(response["Location"] + "?format=json").json()
    assert status == {
        "status": "done",
        "status_label": "Klaar",
        "total": 3,
        "done": 3,
        "percent": 100,
        "finished": True,
    }

    download = client.get(reverse("factsheets_admin:bundle_download", args=[bundle.pk]))
    assert download["Content-Disposition"].startswith("attachment;")
    archive = zipfile.ZipFile(io.BytesIO(b"".join(download.streaming_content)))
    assert sorted(archive.namelist()) == EXPECTED
    assert archive.read("afvalschap.pdf").startswith(b"%PDF")
    assert b"Factsheet partnership" in archive.read("afvalschap.pdf")  # English


def test_progress_is_reported_while_the_zip_is_made(afval_register, editor, fake_pdf, monkeypatch):
    from factsheets import tasks

    seen = []
    monkeypatch.setattr(tasks, "PROGRESS_INTERVAL", 0)
    original = FactsheetBundle.objects.filter

    def spy(*args, **kwargs):
        queryset = original(*args, **kwargs)
        seen.append(FactsheetBundle.objects.values_list("done", "total").first())
        return queryset

    bundle = FactsheetBundle.objects.create(filters="domein=afval", created_by=editor)
    monkeypatch.setattr(FactsheetBundle.objects, "filter", spy)
    tasks.build_bundle.call(bundle.pk)
    bundle.refresh_from_db()
    assert (1, 3) in seen and (2, 3) in seen
    assert (bundle.done, bundle.total, bundle.status) == (3, 3, BundleStatus.DONE)


def test_a_failing_factsheet_is_listed_and_the_others_are_bundled(
    afval_register, editor, fake_pdf, monkeypatch
):
    from factsheets import pdf, tasks

    real = pdf.render_partnership_factsheet

    def flaky(partnership, *args, **kwargs):
        if partnership.slug == "afvalschap":
            raise RuntimeError("kapot")
        return real(partnership, *args, **kwargs)

    monkeypatch.setattr(pdf, "render_partnership_factsheet", flaky)
    bundle = FactsheetBundle.objects.create(filters="domein=afval", created_by=editor)
    tasks.build_bundle.call(bundle.pk)
    bundle.refresh_from_db()
    assert bundle.status == BundleStatus.DONE and bundle.failed == 1
    archive = zipfile.ZipFile(bundle.file.open("rb"))
    assert "afvalschap.pdf" not in archive.namelist()
    assert "afvalschap: RuntimeError: kapot" in archive.read("errors.txt").decode()


def test_unknown_filter_values_are_refused(client, afval_register, editor):
    client.force_login(editor)
    response = client.post(
        reverse("factsheets_admin:bundles"), {"filters": "fase=bestaat-niet", "language": "nl"}
    )
    assert response.status_code == 200
    assert "fase=bestaat-niet" in response.content.decode()
    assert not FactsheetBundle.objects.exists()


def test_bundle_form_is_prefilled_from_the_register_link(client, afval_register, editor):
    client.force_login(editor)
    response = client.get(reverse("factsheets_admin:bundles") + "?domein=afval&fase=uitvoering")
    form = response.context["form"]
    assert form["domein"].value() == ["afval"]
    assert form["fase"].value() == ["uitvoering"]
    (afval,) = [w for w in form["domein"].subwidgets if w.data["value"] == "afval"]
    assert afval.data["selected"] and afval.data["label"].endswith("(3)")
    assert 'value="afval"' in response.content.decode()


def test_the_zip_form_offers_the_registers_own_facets_with_counts(client, afval_register, editor):
    client.force_login(editor)
    response = client.get(reverse("factsheets_admin:bundles"))
    form = response.context["form"]
    from registers.search import FACETS, RegisterQuery, search_register

    whole = {r.facet.param: r for r in search_register(RegisterQuery()).facets}
    for facet in FACETS:
        values = {item.value for item in whole[facet.param].values}
        if values:
            assert {value for value, _label in form.fields[facet.param].choices} == values
    labels = dict(form.fields["domein"].choices)
    assert labels["afval"].endswith("(3)")


def test_facets_chosen_in_the_form_and_a_pasted_address_make_one_selection(
    client, afval_register, editor, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=False):
        response = client.post(
            reverse("factsheets_admin:bundles"),
            {
                "domein": ["afval"],
                "q": "utrecht",
                "filters": "https://example.org/nl/register/?domein=afval&page=3",
                "language": "nl",
            },
        )
    assert response.status_code == 302
    assert FactsheetBundle.objects.get().filters == "q=utrecht&domein=afval"


def test_a_value_not_offered_by_the_form_is_refused_without_a_bundle(
    client, afval_register, editor
):
    client.force_login(editor)
    response = client.post(
        reverse("factsheets_admin:bundles"), {"domein": ["bestaat-niet"], "language": "nl"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors["domein"]
    assert not FactsheetBundle.objects.exists()


def test_users_without_the_register_permission_cannot_make_or_download_zips(client, register):
    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    bundle = FactsheetBundle.objects.create(filters="", created_by=user)
    client.force_login(user)
    for url in (
        reverse("factsheets_admin:bundles"),
        reverse("factsheets_admin:bundle", args=[bundle.pk]),
        reverse("factsheets_admin:bundle_download", args=[bundle.pk]),
    ):
        assert client.get(url).status_code == 302  # Wagtail's "permission denied"
    assert client.post(reverse("factsheets_admin:bundles"), {"language": "nl"}).status_code == 302
    assert FactsheetBundle.objects.count() == 1


def test_menu_item_is_in_the_register_menu_for_editors_only(client, register, editor):
    client.force_login(editor)
    admin = client.get("/admin/").content.decode()
    assert reverse("factsheets_admin:bundles") in admin
    other = UserFactory()
    other.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(other)
    assert reverse("factsheets_admin:bundles") not in client.get("/admin/").content.decode()


def test_admin_preview_of_a_partnership_that_was_never_published(
    client, register, editor, fake_pdf
):
    client.force_login(editor)
    url = reverse("factsheets_admin:preview_partnership", args=[register["draft"].pk])
    response = client.get(url)
    assert response.status_code == 200
    assert b"Concept samenwerking afval" in response.content
    assert "no-store" in response["Cache-Control"]


# --- the management command --------------------------------------------------------------


def test_export_factsheets_writes_a_zip(afval_register, fake_pdf, tmp_path, capsys):
    output = tmp_path / "afval.zip"
    call_command(
        "export_factsheets", "--filter", "domein=afval", "--language", "en", "--output", output
    )
    archive = zipfile.ZipFile(output)
    assert sorted(archive.namelist()) == EXPECTED
    assert b"Factsheet partnership" in archive.read("afvalschap.pdf")
    captured = capsys.readouterr()
    assert "Wrote 3 factsheets" in captured.out
    assert "3/3" in captured.err  # the tqdm progress bar


def test_export_factsheets_refuses_unknown_filters(afval_register, tmp_path):
    with pytest.raises(CommandError, match="fase=onzin"):
        call_command("export_factsheets", "--filter", "fase=onzin", "--output", tmp_path / "x.zip")
    with pytest.raises(CommandError, match="PARAM=VALUE"):
        call_command("export_factsheets", "--filter", "afval", "--output", tmp_path / "x.zip")
    assert not (tmp_path / "x.zip").exists()


def test_admin_links_to_factsheet_previews(client, register, programme, editor):
    admin = UserFactory(is_superuser=True)
    client.force_login(admin)
    listing = client.get(reverse("wagtailsnippets_registers_partnership:list")).content.decode()
    assert reverse("factsheets_admin:preview_partnership", args=[register["partnership"].pk]) in (
        listing
    )
    line = programme["line"]
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[line.pk])).content.decode()
    assert reverse("factsheets_admin:preview_programme_line", args=[line.pk]) in edit


def test_admin_preview_of_a_programme_line_needs_edit_permission(client, programme, fake_pdf):
    url = reverse("factsheets_admin:preview_programme_line", args=[programme["line"].pk])
    client.force_login(UserFactory(is_superuser=True))
    assert client.get(url).status_code == 200
    other = UserFactory()
    other.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(other)
    assert client.get(url).status_code == 302


def test_the_zip_request_returns_at_once_when_a_worker_makes_it(
    client, afval_register, editor, fake_pdf, settings, django_capture_on_commit_callbacks
):
    """With a task worker (here django-tasks' DummyBackend, which keeps the job as the
    database queue does), the editor's request only records the bundle: no factsheet is
    made in it, the page shows the progress, and the worker fills it in."""
    from django_tasks import task_backends

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    queue = task_backends["default"]
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("factsheets_admin:bundles"), {"filters": "domein=afval", "language": "nl"}
        )
    bundle = FactsheetBundle.objects.get()
    assert response.status_code == 302
    assert fake_pdf.calls == 0 and bundle.status == BundleStatus.PENDING
    assert len(queue.results) == 1
    pending = client.get(response["Location"] + "?format=json").json()
    assert pending["finished"] is False and pending["done"] == 0

    job = queue.results[0]
    job.task.call(*job.args, **job.kwargs)  # what the worker does
    done = client.get(response["Location"] + "?format=json").json()
    assert done["finished"] is True and done["done"] == 3
    assert fake_pdf.calls == 3


def test_deploy_check_warns_when_tasks_run_in_requests(settings):
    from factsheets.checks import tasks_run_in_the_background

    settings.DEBUG = False
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    assert [w.id for w in tasks_run_in_the_background()] == ["factsheets.W001"]
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    assert tasks_run_in_the_background() == []
