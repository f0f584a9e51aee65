"""Admin flows: communicators create and submit, Redactie reviews and publishes."""

import datetime

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

import pytest
from wagtail.models import Page, Workflow, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from demo.factories.pages import (
    InstrumentIndexPageFactory,
    KnowledgeIndexPageFactory,
    ProgrammeLineIndexPageFactory,
)
from demo.factories.users import UserFactory
from pages.models import (
    ContentPage,
    InstrumentPage,
    KnowledgeArticlePage,
    ProgrammeLinePage,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def communicator():
    return UserFactory(groups=["Communicatoren"])


@pytest.fixture
def redacteur():
    return UserFactory(groups=["Redactie"])


def add_url(model, parent):
    return reverse(
        "wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.pk)
    )


def form_for(model, title, slug, **extra):
    data = {"title": title, "slug": slug, "intro": f"Over {title}."}
    data.update(extra)
    return nested_form_data(data)


def new_page_forms(home_page):
    lines = ProgrammeLineIndexPageFactory(parent=home_page)
    instruments = InstrumentIndexPageFactory(parent=home_page)
    knowledge = KnowledgeIndexPageFactory(parent=home_page)
    body = streamfield([("paragraph", rich_text("<p>Samen sterker.</p>"))])
    return [
        (
            ProgrammeLinePage,
            lines,
            form_for(
                ProgrammeLinePage,
                "Relatie en ontmoeten",
                "relatie",
                number=2,
                goal="Een duurzame relatie opbouwen.",
                problem=rich_text("<p>Weinig persoonlijk contact.</p>"),
                actions=streamfield(
                    [
                        (
                            "action",
                            {
                                "title": "Netwerkdagen",
                                "description": "Twee per jaar.",
                                "status": "lopend",
                                "team": "Team Relaties",
                                "timeframe": "2026",
                            },
                        )
                    ]
                ),
                body=body,
            ),
        ),
        (
            InstrumentPage,
            instruments,
            form_for(
                InstrumentPage,
                "Financiële scan",
                "financiele-scan",
                for_whom=rich_text("<p>Gemeenten.</p>"),
                how_to_apply=rich_text("<p>Mail ons.</p>"),
                body=body,
                documents=streamfield([]),
            ),
        ),
        (
            KnowledgeArticlePage,
            knowledge,
            form_for(
                KnowledgeArticlePage,
                "Toezicht in dialoog",
                "toezicht",
                summary="Hoe IBT in dialoog werkt.",
                body=body,
                attachments=streamfield([]),
                publication_date="2026-10-01",
                tags="toezicht, dialoog",
            ),
        ),
        (ContentPage, home_page, form_for(ContentPage, "Contact", "contact", body=body)),
    ]


def test_communicator_creates_and_submits_each_page_type_for_review(
    client, home_page, communicator
):
    client.force_login(communicator)
    for model, parent, data in new_page_forms(home_page):
        data["action-submit"] = "Submit for review"
        response = client.post(add_url(model, parent), data)
        assert response.status_code == 302, (
            model,
            response.context and response.context["form"].errors,
        )
        page = model.objects.get(slug=data["slug"], locale__language_code="nl")
        assert not page.live
        assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_communicator_cannot_publish(client, home_page, communicator):
    client.force_login(communicator)
    model, parent, data = new_page_forms(home_page)[3]
    data["action-publish"] = "Publish"
    client.post(add_url(model, parent), data)
    page = ContentPage.objects.get(slug="contact", locale__language_code="nl")
    assert not page.live
    assert not page.permissions_for_user(communicator).can_publish()


def test_redactie_approves_and_the_page_goes_live(client, home_page, communicator, redacteur):
    client.force_login(communicator)
    model, parent, data = new_page_forms(home_page)[0]
    data["action-submit"] = "Submit for review"
    client.post(add_url(model, parent), data)
    page = ProgrammeLinePage.objects.get(slug="relatie", locale__language_code="nl")
    task_state = page.current_workflow_task_state

    client.force_login(redacteur)
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)),
        {"comment": "Akkoord"},
    )
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    assert client.get(page.url).status_code == 200


def test_redactie_edits_and_publishes_directly(client, home_page, redacteur):
    client.force_login(redacteur)
    for model, parent, data in new_page_forms(home_page):
        data["action-publish"] = "Publish"
        response = client.post(add_url(model, parent), data)
        assert response.status_code == 302
        assert model.objects.get(slug=data["slug"], locale__language_code="nl").live


def test_review_workflow_covers_the_whole_tree(home_page):
    workflow = Workflow.objects.get(name="Redactiereview")
    assert home_page.get_workflow() == workflow
    assert [task.name for task in workflow.tasks] == ["Review door Redactie"]


def test_scheduled_page_goes_live_at_its_time(client, home_page, redacteur):
    client.force_login(redacteur)
    model, parent, data = new_page_forms(home_page)[3]
    go_live = timezone.localtime() + datetime.timedelta(hours=2)
    data["go_live_at"] = go_live.strftime("%Y-%m-%d %H:%M")
    data["action-publish"] = "Publish"
    client.post(add_url(model, parent), data)
    page = ContentPage.objects.get(slug="contact", locale__language_code="nl")
    assert not page.live
    assert page.scheduled_revision is not None or page.get_latest_revision().approved_go_live_at

    call_command("publish_scheduled")
    page.refresh_from_db()
    assert not page.live

    later = go_live + datetime.timedelta(minutes=5)
    from freezegun import freeze_time

    with freeze_time(later):
        call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live


def test_editor_preview_renders_a_draft(client, home_page, communicator):
    client.force_login(communicator)
    model, parent, data = new_page_forms(home_page)[2]
    response = client.post(
        reverse(
            "wagtailadmin_pages:preview_on_add",
            args=(model._meta.app_label, model._meta.model_name, parent.pk),
        ),
        data,
    )
    assert response.json()["is_valid"] is True
    preview = client.get(
        reverse(
            "wagtailadmin_pages:preview_on_add",
            args=(model._meta.app_label, model._meta.model_name, parent.pk),
        )
    )
    assert preview.status_code == 200
    assert "Toezicht in dialoog" in preview.content.decode()


def test_revisions_are_kept(home_page):
    home_page.title = "Nieuwe titel"
    home_page.save_revision()
    home_page.title = "Nog een titel"
    home_page.save_revision()
    assert Page.objects.get(pk=home_page.pk).revisions.count() >= 2
