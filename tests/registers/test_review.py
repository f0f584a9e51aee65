"""Review of register edits (registers/models/review.py): a registerbeheerder's edit of a
partnership waits until a second registerbeheerder approves it, through the admin's own
submit and approve actions."""

from django.test import Client
from django.urls import reverse

import pytest
from wagtail.models import WorkflowContentType

from demo.factories.registers import OrganisationFactory
from demo.factories.users import UserFactory
from registers.models import Partnership, SecondPersonApprovalTask
from tests.registers.test_admin import ADD_URL, membership, partnership_form

pytestmark = pytest.mark.django_db
APPROVE = "wagtailsnippets_registers_partnership:workflow_action"


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def two_registerbeheerders():
    return UserFactory(groups=["Registerbeheer"]), UserFactory(groups=["Registerbeheer"])


def submitted(client):
    zaanstad = OrganisationFactory(name="Zaanstad", cbs_code="GM0479")
    data = partnership_form([membership(zaanstad)])
    data["action-submit"] = "submit"
    response = client.post(reverse(ADD_URL), data)
    assert response.status_code == 302, response.context["form"].errors
    return Partnership.objects.get(abbreviation="GRAZ")


def test_partnerships_go_through_registerreview():
    workflow = WorkflowContentType.objects.get(
        content_type__app_label="registers", content_type__model="partnership"
    ).workflow
    assert workflow.name == "Registerreview" and workflow.active
    (task,) = [task.specific for task in workflow.tasks.all()]
    assert isinstance(task, SecondPersonApprovalTask)
    assert [group.name for group in task.groups.all()] == ["Registerbeheer"]


def test_a_registerbeheerder_cannot_publish_directly(two_registerbeheerders):
    first, _second = two_registerbeheerders
    zaanstad = OrganisationFactory(name="Zaanstad", cbs_code="GM0479")
    data = partnership_form([membership(zaanstad)])
    data["action-publish"] = "publish"
    logged_in(first).post(reverse(ADD_URL), data)
    partnership = Partnership.objects.filter(abbreviation="GRAZ").first()
    assert partnership is None or not partnership.live


def test_the_submitter_cannot_approve_their_own_edit(two_registerbeheerders):
    first, _second = two_registerbeheerders
    client = logged_in(first)
    partnership = submitted(client)
    task_state = partnership.current_workflow_task_state
    assert task_state is not None and not partnership.live
    response = client.post(
        reverse(APPROVE, args=[partnership.pk, "approve", task_state.pk]), {"comment": ""}
    )
    # Refused: the admin turns the PermissionDenied into a redirect to the dashboard.
    assert response.status_code in (302, 403) and response.get("Location", "/admin/") == "/admin/"
    partnership.refresh_from_db()
    assert not partnership.live
    # Nor is it on the submitter's list of things to review.
    assert not task_state.task.specific.get_task_states_user_can_moderate(first).exists()


def test_a_second_registerbeheerder_approves_and_so_publishes(two_registerbeheerders):
    first, second = two_registerbeheerders
    partnership = submitted(logged_in(first))
    task_state = partnership.current_workflow_task_state
    reviewer = logged_in(second)
    assert task_state.task.specific.get_task_states_user_can_moderate(second).exists()
    edit = reviewer.get(
        reverse("wagtailsnippets_registers_partnership:edit", args=[partnership.pk])
    )
    assert "Approve" in edit.content.decode() or "Goedkeuren" in edit.content.decode()
    response = reviewer.post(
        reverse(APPROVE, args=[partnership.pk, "approve", task_state.pk]), {"comment": "ok"}
    )
    assert response.status_code in (200, 302)
    partnership.refresh_from_db()
    assert partnership.live
    assert partnership.current_workflow_state is None
