"""Recording a merger of organisations (registers/mergers.py) from Register › Organisations ›
"Record a merger": preview, then the predecessors' participations are continued by the
successor from the merger date, as revisions that a second registerbeheerder approves."""

import datetime

from django.test import Client
from django.urls import reverse

import pytest

from demo.factories.registers import OrganisationFactory, PartnershipFactory
from demo.factories.users import UserFactory
from registers.choices import Role
from registers.models import Membership, OrganisationMerger

pytestmark = pytest.mark.django_db
APPROVE = "wagtailsnippets_registers_partnership:workflow_action"
APPROVE_ORGANISATION = "wagtailsnippets_registers_organisation:workflow_action"
MERGER_URL = "register_record_merger"


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def vijfheerenlanden():
    vianen = OrganisationFactory(name="Vianen", cbs_code="GM0620")
    leerdam = OrganisationFactory(name="Leerdam", cbs_code="GM0545")
    successor = OrganisationFactory(name="Vijfheerenlanden", cbs_code="GM1961")
    other = OrganisationFactory(name="Houten", cbs_code="GM0321")
    afval = PartnershipFactory(
        name="Afvalschap Lek en IJssel",
        participants=[(vianen, Role.PENVOERDER), leerdam, other],
    )
    belasting = PartnershipFactory(name="Belastingsamenwerking Vianen", participants=[vianen])
    untouched = PartnershipFactory(name="Recreatieschap Houten", participants=[other])
    return {
        "vianen": vianen,
        "leerdam": leerdam,
        "successor": successor,
        "afval": afval,
        "belasting": belasting,
        "untouched": untouched,
    }


def form(data, **extra):
    return {
        "predecessors": [data["vianen"].pk, data["leerdam"].pk],
        "successor": data["successor"].pk,
        "date": "2019-01-01",
        **extra,
    }


def test_the_merger_is_previewed_recorded_and_approved_by_a_second_person(
    vijfheerenlanden, register_page
):
    data = vijfheerenlanden
    first = UserFactory(groups=["Registerbeheer"])
    second = UserFactory(groups=["Registerbeheer"])
    client = logged_in(first)

    listing = client.get(reverse("wagtailsnippets_registers_organisation:list")).content.decode()
    assert reverse(MERGER_URL) in listing

    preview = client.post(reverse(MERGER_URL), form(data, preview="1"))
    html = preview.content.decode()
    assert preview.status_code == 200
    assert "Afvalschap Lek en IJssel" in html and "Belastingsamenwerking Vianen" in html
    assert "Recreatieschap Houten" not in html
    assert not OrganisationMerger.objects.exists()  # a preview changes nothing

    response = client.post(reverse(MERGER_URL), form(data, confirm="1"))
    assert response.status_code == 302
    merger = OrganisationMerger.objects.get()
    assert merger.recorded_by == first and merger.date == datetime.date(2019, 1, 1)

    # Nothing is public before a second registerbeheerder approves: not the predecessors'
    # end (organisations are under review too), not the continued participations.
    from django.test import Client as Anonymous

    visitor = Anonymous()
    data["vianen"].refresh_from_db()
    assert data["vianen"].active_until is None
    assert not data["vianen"].successors.exists()
    assert data["vianen"].workflow_in_progress
    early = visitor.get(f"{register_page.url}organisaties/{data['vianen'].slug}/")
    assert "Vijfheerenlanden</a></p>" not in early.content.decode()
    afval = data["afval"]
    afval.refresh_from_db()
    assert afval.has_unpublished_changes
    assert not Membership.objects.filter(organisation=data["successor"]).exists()
    # The recorder cannot approve their own merger.
    own = data["vianen"].current_workflow_task_state
    client.post(reverse(APPROVE_ORGANISATION, args=[data["vianen"].pk, "approve", own.pk]))
    data["vianen"].refresh_from_db()
    assert data["vianen"].active_until is None
    reviewer = logged_in(second)
    for partnership in (data["afval"], data["belasting"]):
        partnership.refresh_from_db()
        task_state = partnership.current_workflow_task_state
        response = reviewer.post(
            reverse(APPROVE, args=[partnership.pk, "approve", task_state.pk]), {"comment": "ok"}
        )
        assert response.status_code in (200, 302)
    for organisation in (data["vianen"], data["leerdam"]):
        organisation.refresh_from_db()
        task_state = organisation.current_workflow_task_state
        response = reviewer.post(
            reverse(APPROVE_ORGANISATION, args=[organisation.pk, "approve", task_state.pk]),
            {"comment": "ok"},
        )
        assert response.status_code in (200, 302)
    data["vianen"].refresh_from_db()
    assert data["vianen"].active_until == datetime.date(2018, 12, 31)
    assert list(data["vianen"].successors.all()) == [data["successor"]]

    ended = Membership.objects.filter(
        partnership=afval, organisation__in=[data["vianen"], data["leerdam"]]
    )
    assert {m.left for m in ended} == {datetime.date(2018, 12, 31)}  # history stays
    (continued,) = Membership.objects.filter(partnership=afval, organisation=data["successor"])
    assert continued.joined == datetime.date(2019, 1, 1)
    assert continued.role == Role.PENVOERDER  # the first predecessor's role
    assert Membership.objects.filter(
        partnership=data["belasting"], organisation=data["successor"]
    ).exists()
    assert data["untouched"].memberships.count() == 1

    # Both organisation pages show the merger.
    for organisation in (data["vianen"], data["successor"]):
        page = visitor.get(f"{register_page.url}organisaties/{organisation.slug}/")
        assert page.status_code == 200
        text = page.content.decode()
        assert "Vianen</a> + " in text or "Leerdam</a> + " in text
        assert "Vijfheerenlanden</a></p>" in text


def test_a_partnership_in_review_is_left_out_and_named(vijfheerenlanden):
    data = vijfheerenlanden
    belasting = data["belasting"]
    belasting.description = "Concept"
    belasting.save_revision()
    client = logged_in(UserFactory(groups=["Registerbeheer"]))
    response = client.post(reverse(MERGER_URL), form(data, confirm="1"), follow=True)
    assert "Belastingsamenwerking Vianen" in response.content.decode()
    belasting.refresh_from_db()
    assert belasting.get_latest_revision().content["description"] == "Concept"


def test_the_successor_is_not_its_own_predecessor(vijfheerenlanden):
    data = vijfheerenlanden
    client = logged_in(UserFactory(groups=["Registerbeheer"]))
    bad = form(data, confirm="1")
    bad["predecessors"].append(data["successor"].pk)
    response = client.post(reverse(MERGER_URL), bad)
    assert response.status_code == 200
    assert not OrganisationMerger.objects.exists()


def test_others_cannot_record_a_merger(vijfheerenlanden):
    client = logged_in(UserFactory(groups=["Communicatoren"]))
    response = client.post(reverse(MERGER_URL), form(vijfheerenlanden, confirm="1"))
    assert response.status_code in (302, 403)
    assert not OrganisationMerger.objects.exists()


def test_a_predecessor_with_a_draft_of_its_own_is_refused(vijfheerenlanden):
    """Its draft would otherwise be published with the merger's revision of it."""
    data = vijfheerenlanden
    vianen = data["vianen"]
    vianen.website = "https://concept.example"
    vianen.save_revision()
    client = logged_in(UserFactory(groups=["Registerbeheer"]))
    response = client.post(reverse(MERGER_URL), form(data, confirm="1"))
    assert response.status_code == 200
    assert "Vianen" in response.content.decode()
    assert not OrganisationMerger.objects.exists()
