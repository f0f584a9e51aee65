"""Organisations under review (issue 14): a registerbeheerder's edit of an organisation is a
draft submitted to Registerreview; the public site shows the published values until a second
registerbeheerder approves it. A new organisation made in the admin is a draft until then.
The importer still publishes what it creates or changes, as the import."""

from pathlib import Path

from django.test import Client
from django.urls import reverse

import pytest
from wagtail.models import ModelLogEntry, WorkflowContentType

from demo.factories.registers import OrganisationFactory, PartnershipFactory
from demo.factories.users import UserFactory
from registers.importer import run_import
from registers.importer.identity import IMPORT_USERNAME
from registers.models import Organisation

pytestmark = pytest.mark.django_db
EDIT = "wagtailsnippets_registers_organisation:edit"
ADD = "wagtailsnippets_registers_organisation:add"
ACTION = "wagtailsnippets_registers_organisation:workflow_action"
DATA = Path(__file__).parent / "data" / "import_order"


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def beheerders():
    return UserFactory(groups=["Registerbeheer"]), UserFactory(groups=["Registerbeheer"])


@pytest.fixture
def zaanstad():
    organisation = OrganisationFactory(
        name="Zaanstad", cbs_code="GM0479", website="https://www.zaanstad.nl"
    )
    PartnershipFactory(name="Afvalschap IJmond-Zaanstreek", participants=[organisation])
    organisation.save_revision().publish()  # as the import leaves it: a published revision
    return organisation


def form(organisation=None, **changes):
    data = {
        "name": organisation.name if organisation else "",
        "kind": organisation.kind if organisation else "gemeente",
        "cbs_code": (organisation.cbs_code or "") if organisation else "",
        "tooi_uri": organisation.tooi_uri if organisation else "",
        "slug": organisation.slug if organisation else "",
        "province": "",
        "active_from": "",
        "active_until": "",
        "website": organisation.website if organisation else "",
        "verification_email": "",
    }
    data.update(changes)
    return data


def public_page(register_page, organisation):
    return Client().get(f"{register_page.url}organisaties/{organisation.slug}/")


def test_organisations_go_through_registerreview():
    workflow = WorkflowContentType.objects.get(
        content_type__app_label="registers", content_type__model="organisation"
    ).workflow
    assert workflow.name == "Registerreview" and workflow.active


def test_an_edit_is_public_only_after_a_second_registerbeheerder_approves(
    zaanstad, beheerders, register_page
):
    first, second = beheerders
    editor = logged_in(first)
    response = editor.post(
        reverse(EDIT, args=[zaanstad.pk]),
        form(
            zaanstad,
            name="Gemeente Zaanstad",
            website="https://nieuw.zaanstad.nl",
            **{"action-submit": "submit"},
        ),
    )
    assert response.status_code == 302
    zaanstad.refresh_from_db()
    # The row keeps the published values; the edit is a revision in review.
    assert zaanstad.website == "https://www.zaanstad.nl" and zaanstad.name == "Zaanstad"
    assert zaanstad.live and zaanstad.workflow_in_progress
    assert "Gemeente Zaanstad" not in public_page(register_page, zaanstad).content.decode()

    # The submitter cannot approve it.
    task_state = zaanstad.current_workflow_task_state
    editor.post(reverse(ACTION, args=[zaanstad.pk, "approve", task_state.pk]), {"comment": ""})
    zaanstad.refresh_from_db()
    assert zaanstad.name == "Zaanstad" and zaanstad.workflow_in_progress
    assert not task_state.task.specific.get_task_states_user_can_moderate(first).exists()

    # The second registerbeheerder sees it to review, with the approve action, and approves.
    reviewer = logged_in(second)
    assert task_state.task.specific.get_task_states_user_can_moderate(second).exists()
    edit = reviewer.get(reverse(EDIT, args=[zaanstad.pk])).content.decode()
    assert "Goedkeuren" in edit or "Approve" in edit
    response = reviewer.post(
        reverse(ACTION, args=[zaanstad.pk, "approve", task_state.pk]), {"comment": "ok"}
    )
    assert response.status_code in (200, 302)
    zaanstad.refresh_from_db()
    assert zaanstad.website == "https://nieuw.zaanstad.nl" and zaanstad.name == "Gemeente Zaanstad"
    assert zaanstad.current_workflow_state is None and not zaanstad.has_unpublished_changes
    assert "Gemeente Zaanstad" in public_page(register_page, zaanstad).content.decode()
    # The organisation's feed has its own published change (not the website: not public).
    feed = Client().get(f"{register_page.url}organisaties/{zaanstad.slug}/feed.atom")
    text = feed.content.decode()
    assert feed.status_code == 200 and "Zaanstad → Gemeente Zaanstad" in text
    assert "nieuw.zaanstad.nl" not in text


def test_saving_a_draft_does_not_change_the_live_row(zaanstad, beheerders, register_page):
    editor = logged_in(beheerders[0])
    response = editor.post(
        reverse(EDIT, args=[zaanstad.pk]), form(zaanstad, name="Zaanstad (concept)")
    )
    assert response.status_code == 302
    zaanstad.refresh_from_db()
    assert zaanstad.name == "Zaanstad" and zaanstad.has_unpublished_changes
    assert zaanstad.get_latest_revision().content["name"] == "Zaanstad (concept)"
    assert "Zaanstad (concept)" not in public_page(register_page, zaanstad).content.decode()


def test_a_registerbeheerder_cannot_publish_an_organisation_alone(beheerders):
    editor = logged_in(beheerders[0])
    editor.post(reverse(ADD), form(name="Gemeente Nieuwland", **{"action-publish": "publish"}))
    created = Organisation.objects.filter(name="Gemeente Nieuwland").first()
    assert created is None or not created.live


def test_a_new_organisation_draft_is_nowhere_public(beheerders, register_page, register_data):
    editor = logged_in(beheerders[0])
    response = editor.post(
        reverse(ADD),
        form(name="Gemeente Nieuwland", cbs_code="GM9999", **{"action-submit": "submit"}),
    )
    assert response.status_code == 302
    draft = Organisation.objects.get(name="Gemeente Nieuwland")
    assert not draft.live and draft.workflow_in_progress
    # Even taking part in a published partnership (chosen in the partnership's editor).
    register_data["afvalschap"].memberships.create(organisation=draft)
    # The admin finds it (search by the database, drafts included).
    listing = editor.get(reverse("wagtailsnippets_registers_organisation:list"), {"q": "Nieuw"})
    assert "Gemeente Nieuwland" in listing.content.decode()

    visitor = Client()
    base = register_page.url
    assert visitor.get(f"{base}organisaties/{draft.slug}/").status_code == 404
    assert visitor.get(f"{base}organisaties/{draft.slug}/feed.atom").status_code == 404
    pages = [
        f"{base}organisaties/",
        f"{base}organisaties/?q=Nieuwland",
        f"{base}?q=Nieuwland",
        f"{base}{register_data['afvalschap'].slug}/",
        f"{base}?format=json",
        f"{base}?format=csv",
        "/api/v2/organisaties/?limit=100",
        "/api/v2/samenwerkingsverbanden/?limit=100",
        reverse("search") + "?q=Nieuwland",
    ]
    for url in pages:
        response = visitor.get(url)
        body = b"".join(response) if response.streaming else response.content
        assert response.status_code in (200, 404), url
        assert "Gemeente Nieuwland" not in body.decode("utf-8", "replace"), url


def test_the_import_creates_live_organisations_and_revisions_of_its_own():
    run_import([DATA / "regioatlas"])
    organisation = Organisation.objects.exclude(live_revision=None).first()
    assert organisation is not None
    assert not Organisation.objects.filter(live=False).exists()
    revision = organisation.live_revision
    assert revision.user.username == IMPORT_USERNAME
    assert ModelLogEntry.objects.filter(
        object_id=str(organisation.pk), action="wagtail.create", revision=revision
    ).exists()

    # The source's value changes (the register had taken it over unchanged): the import
    # changes the organisation and records a published revision of its own.
    source_name = organisation.name
    organisation.name = "Oude naam"
    organisation.imported_values = {**organisation.imported_values, "name": "Oude naam"}
    organisation.save()
    run_import([DATA / "regioatlas"])
    organisation.refresh_from_db()
    assert organisation.name == source_name
    latest = organisation.live_revision
    assert latest != revision and latest.user.username == IMPORT_USERNAME
    assert latest.content["name"] == source_name
    entry = ModelLogEntry.objects.get(
        object_id=str(organisation.pk), action="wagtail.edit", revision=latest
    )
    assert entry.data["import_source"]
