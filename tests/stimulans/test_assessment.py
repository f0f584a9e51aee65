"""The assessment by the Stimulans group in the admin, the states and their e-mails, the
decision term and its reminders, retention, the public list and the province's role."""

import datetime
from decimal import Decimal

from django.contrib.auth.models import Group
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.template import Context, Template
from django.urls import reverse
from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from demo.factories.registers import OrganisationFactory, PartnershipFactory
from demo.factories.stimulans import ApplicationFactory
from demo.factories.users import UserFactory
from registers.choices import ProvinceRole
from registers.province import province_roles
from stimulans.choices import ReminderStage, Status
from stimulans.models import Application, Attachment
from stimulans.tokens import make_token
from stimulans.workflow import change_status

pytestmark = pytest.mark.django_db


@pytest.fixture
def assessor(db):
    return UserFactory(
        username="beoordelaar", email="beoordelaar@provincie.example", groups=["Stimulans"]
    )


@pytest.fixture
def editor(db):
    return UserFactory(username="redacteur1", groups=["Redactie"])


@pytest.fixture
def submitted(stimulans_page, organisations, django_capture_on_commit_callbacks):
    application = ApplicationFactory(
        applicant=organisations["alkmaar"], partners=[organisations["hoorn"]]
    )
    with django_capture_on_commit_callbacks(execute=True):
        change_status(application, Status.ONTVANGEN)
    application.refresh_from_db()
    mail.outbox.clear()
    return application


def admin_get(client, user, name, *args):
    client.force_login(user)
    return client.get(reverse(name, args=args))


def test_the_group_exists_with_its_permissions():
    group = Group.objects.get(name="Stimulans")
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"access_admin", "view_application", "assess_application"} <= codenames


def test_the_stimulans_group_sees_the_applications_and_others_are_refused(
    client, assessor, editor, submitted
):
    response = admin_get(client, assessor, "stimulans_admin:index")
    assert response.status_code == 200
    assert submitted.reference in response.content.decode()
    assert admin_get(client, assessor, "stimulans_admin:detail", submitted.pk).status_code == 200
    for name, args in (("stimulans_admin:index", ()), ("stimulans_admin:detail", (submitted.pk,))):
        # Redactie may open the admin, but not the applications: Wagtail sends it back to the
        # dashboard ("no permission") instead.
        refused = admin_get(client, editor, name, *args)
        assert (refused.status_code, refused["Location"]) == (302, "/admin/")
    client.force_login(editor)
    response = client.post(
        reverse("stimulans_admin:detail", args=[submitted.pk]), {"status": "toegekend"}
    )
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    submitted.refresh_from_db()
    assert submitted.status == Status.ONTVANGEN
    client.logout()
    response = client.get(reverse("stimulans_admin:index"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_drafts_are_not_shown_in_the_admin(client, assessor, stimulans_page):
    draft = ApplicationFactory()
    assert admin_get(client, assessor, "stimulans_admin:detail", draft.pk).status_code == 404


def test_assessing_changes_state_logs_who_and_mails_the_applicant(
    client, assessor, submitted, stimulans_page, django_capture_on_commit_callbacks
):
    client.force_login(assessor)
    url = reverse("stimulans_admin:detail", args=[submitted.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"status": "in_behandeling", "note": ""})
    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.status == Status.IN_BEHANDELING
    change = submitted.status_changes.last()
    assert change.changed_by == assessor and change.from_status == Status.ONTVANGEN
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [submitted.contact_email]
    assert "In behandeling" in mail.outbox[0].subject
    # Granting beyond the scheme's maximum is refused; within it, it is recorded.
    response = client.post(url, {"status": "toegekend", "granted_amount": "30000"})
    assert response.status_code == 200
    assert "25.000" in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            url, {"status": "toegekend", "granted_amount": "18.000", "note": "Gefeliciteerd."}
        )
    submitted.refresh_from_db()
    assert submitted.status == Status.TOEGEKEND
    assert submitted.granted_amount == Decimal("18000")
    assert submitted.decided_at is not None
    assert "Gefeliciteerd." in mail.outbox[-1].body
    assert "18.000" in mail.outbox[-1].body
    # The applicant sees it on the status page.
    status = client.get(stimulans_page.url + f"aanvraag/{make_token(submitted)}/status/")
    text = BeautifulSoup(status.content, "html.parser").get_text(" ", strip=True)
    assert "Toegekend" in text and "€ 18.000" in text
    # A decided application has no next state: the form is gone and a POST changes nothing.
    page = admin_get(client, assessor, "stimulans_admin:detail", submitted.pk)
    assert b'name="status"' not in page.content


def test_transitions_are_validated(submitted, assessor):
    with pytest.raises(ValidationError):
        change_status(submitted, Status.CONCEPT, user=assessor)
    change_status(submitted, Status.AFGEWEZEN, user=assessor)
    with pytest.raises(ValidationError):
        change_status(submitted, Status.TOEGEKEND, user=assessor)


def test_an_unlisted_state_posted_is_a_form_error_not_a_500(client, assessor, submitted):
    client.force_login(assessor)
    url = reverse("stimulans_admin:detail", args=[submitted.pk])
    for data in (
        {"status": "concept"},
        {"status": "nonsense"},
        {"status": "toegekend", "granted_amount": "veel"},
        {},
    ):
        assert client.post(url, data).status_code == 200
    assert client.post(url, {"status": "aanvullende_informatie"}).status_code == 200  # needs a note
    submitted.refresh_from_db()
    assert submitted.status == Status.ONTVANGEN


def test_asking_for_information_suspends_the_term_until_the_applicant_resubmits(
    client, assessor, submitted, stimulans_page, programme_line, django_capture_on_commit_callbacks
):
    deadline = submitted.deadline
    assert deadline == timezone.localdate(submitted.submitted_at) + datetime.timedelta(weeks=8)
    with django_capture_on_commit_callbacks(execute=True):
        change_status(
            submitted, Status.AANVULLENDE_INFORMATIE, user=assessor, note="Graag de begroting."
        )
    assert "Graag de begroting." in mail.outbox[-1].body
    # Ten days later the applicant answers through the link.
    Application.objects.filter(pk=submitted.pk).update(
        info_requested_at=timezone.now() - datetime.timedelta(days=10)
    )
    url = stimulans_page.url + f"aanvraag/{make_token(submitted)}/"
    form = client.get(url)
    assert "Graag de begroting." in form.content.decode()
    response = client.post(
        url,
        {
            "contact_name": "Anna",
            "contact_email": "anna@alkmaar.example",
            "applicant_name": "Alkmaar",
            "title": "Verkenning",
            "description": "Nu met begroting.",
            "programme_line": str(programme_line.pk),
            "budget": "40000",
            "requested_amount": "20000",
            "own_contribution": "20000",
            "declaration": "on",
            "action": "submit",
        },
    )
    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.status == Status.IN_BEHANDELING
    assert submitted.suspended_days == 10
    assert submitted.deadline == deadline + datetime.timedelta(days=10)
    assert submitted.status_changes.last().changed_by is None


def test_attachments_are_downloaded_by_the_group_only(
    client, assessor, editor, submitted, stimulans_page
):
    attachment = Attachment(application=submitted, kind="plan", original_name="plan.pdf", size=9)
    attachment.file.save("plan.pdf", ContentFile(b"%PDF-1.7\n"), save=False)
    attachment.save()
    url = reverse("stimulans_admin:attachment", args=[submitted.pk, attachment.pk])
    client.force_login(assessor)
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert "attachment" in response["Content-Disposition"]
    client.force_login(editor)
    refused = client.get(url)
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")
    client.force_login(assessor)
    assert (
        client.get(reverse("stimulans_admin:attachment", args=[submitted.pk, 99999])).status_code
        == 404
    )


def test_reminders_go_to_the_group_once_per_stage(assessor, submitted, settings):
    call_command("send_stimulans_reminders")
    assert mail.outbox == []  # eight weeks left
    Application.objects.filter(pk=submitted.pk).update(
        submitted_at=timezone.now() - datetime.timedelta(weeks=7)
    )
    call_command("send_stimulans_reminders")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["beoordelaar@provincie.example"]
    assert submitted.reference in mail.outbox[0].body
    call_command("send_stimulans_reminders")
    assert len(mail.outbox) == 1  # idempotent
    submitted.refresh_from_db()
    assert submitted.reminder_stage == ReminderStage.NEAR
    Application.objects.filter(pk=submitted.pk).update(
        submitted_at=timezone.now() - datetime.timedelta(weeks=9)
    )
    call_command("send_stimulans_reminders")
    call_command("send_stimulans_reminders")
    assert len(mail.outbox) == 2
    assert "verstreken" in mail.outbox[1].body.lower()


def test_no_reminder_while_the_term_is_suspended_or_decided(assessor, submitted):
    Application.objects.filter(pk=submitted.pk).update(
        submitted_at=timezone.now() - datetime.timedelta(weeks=9)
    )
    change_status(submitted, Status.AANVULLENDE_INFORMATIE, user=assessor, note="x")
    call_command("send_stimulans_reminders")
    assert mail.outbox == []


def test_retention_deletes_old_drafts_and_anonymises_decided_applications(
    assessor, submitted, stimulans_page
):
    old_draft = ApplicationFactory()
    Application.objects.filter(pk=old_draft.pk).update(
        updated_at=timezone.now() - datetime.timedelta(days=91)
    )
    fresh_draft = ApplicationFactory()
    change_status(submitted, Status.AFGEWEZEN, user=assessor)
    Application.objects.filter(pk=submitted.pk).update(
        decided_at=timezone.now() - datetime.timedelta(days=731)
    )
    call_command("purge_stimulans_applications")
    assert not Application.objects.filter(pk=old_draft.pk).exists()
    assert Application.objects.filter(pk=fresh_draft.pk).exists()
    submitted.refresh_from_db()
    assert (
        submitted.contact_email == "" and submitted.contact_name == "" and submitted.anonymised_at
    )
    assert submitted.applicant is not None  # organisations stay: the public list needs them


def test_the_public_list_shows_granted_projects_only_with_their_partnerships(
    client, assessor, stimulans_page, register_page, organisations
):
    partnership = PartnershipFactory(name="Samenwerking Noord")
    granted = ApplicationFactory(
        applicant=organisations["alkmaar"],
        partners=[organisations["hoorn"]],
        partnership=partnership,
        title="Gedeelde inkoop",
    )
    change_status(granted, Status.ONTVANGEN)
    change_status(granted, Status.TOEGEKEND, user=assessor, granted_amount=Decimal("12500"))
    rejected = ApplicationFactory(applicant=organisations["heiloo"], title="Afgewezen plan")
    change_status(rejected, Status.ONTVANGEN)
    change_status(rejected, Status.AFGEWEZEN, user=assessor)
    response = client.get(stimulans_page.url + "toegekend/")
    text = BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)
    assert "Gedeelde inkoop" in text and "Afgewezen plan" not in text
    assert "Alkmaar" in text and "Hoorn" in text and "€ 12.500" in text
    assert f'href="{register_page.url}samenwerking-noord/"' in response.content.decode()
    assert "anna" not in text.lower()  # no personal data


def test_the_public_list_in_english(client, assessor, stimulans_page_en, organisations):
    granted = ApplicationFactory(
        applicant=organisations["alkmaar"], title="Gedeelde inkoop", title_en="Joint procurement"
    )
    change_status(granted, Status.ONTVANGEN)
    change_status(granted, Status.TOEGEKEND, user=assessor)
    dutch_only = ApplicationFactory(applicant=organisations["hoorn"], title="Alleen Nederlands")
    change_status(dutch_only, Status.ONTVANGEN)
    change_status(dutch_only, Status.TOEGEKEND, user=assessor)
    response = client.get(stimulans_page_en.url + "granted/")
    page = BeautifulSoup(response.content, "html.parser")
    text = page.get_text(" ", strip=True)
    assert "Granted projects" in text and "Joint procurement" in text and "€20,000" in text
    # A title only in Dutch, and the organisations' names, are marked Dutch (WCAG 3.1.2).
    assert page.find("h2", string="Alleen Nederlands")["lang"] == "nl"
    assert not page.find("h2", string="Joint procurement").get("lang")
    assert page.find("span", string="Alkmaar")["lang"] == "nl"
    # The list is in the English sitemap.
    sitemap = client.get("/sitemap.xml").content.decode()
    assert stimulans_page_en.full_url + "granted/" in sitemap


def test_the_province_is_grant_provider_of_a_partnership_with_a_grant(
    client, assessor, register_page, organisations
):
    partnership = PartnershipFactory(
        name="Samenwerking Noord", province_role=ProvinceRole.DEELNEMER
    )
    assert province_roles(partnership) == [ProvinceRole.DEELNEMER]
    application = ApplicationFactory(applicant=organisations["alkmaar"], partnership=partnership)
    change_status(application, Status.ONTVANGEN)
    assert province_roles(partnership) == [ProvinceRole.DEELNEMER]  # not granted yet
    change_status(application, Status.TOEGEKEND, user=assessor)
    assert province_roles(partnership) == [ProvinceRole.DEELNEMER, ProvinceRole.SUBSIDIEVERSTREKKER]
    response = client.get(register_page.url + "samenwerking-noord/")
    page = BeautifulSoup(response.content, "html.parser")
    role = (
        page.find("dt", string="Rol van de provincie")
        .find_next_sibling("dd")
        .get_text(" ", strip=True)
    )
    assert role == "Deelnemer, Subsidieverstrekker"
    other = PartnershipFactory(name="Zonder subsidie")
    assert province_roles(other) == [ProvinceRole.GEEN]


def test_grants_for_an_organisation_fragment(assessor, stimulans_page, organisations):
    application = ApplicationFactory(
        applicant=organisations["alkmaar"],
        partners=[organisations["hoorn"]],
        title="Gedeelde inkoop",
    )
    change_status(application, Status.ONTVANGEN)
    change_status(application, Status.TOEGEKEND, user=assessor)
    template = Template("{% load stimulans_tags %}{% stimulans_grants_for organisation %}")
    for name in ("alkmaar", "hoorn"):
        html = template.render(Context({"organisation": organisations[name]}))
        assert "Gedeelde inkoop" in html
        assert stimulans_page.url + "toegekend/" in html
    assert "Gedeelde inkoop" not in template.render(
        Context({"organisation": organisations["heiloo"]})
    )


def test_demo_applications_are_built_once(db, stimulans_page):
    from demo.stimulans import build_demo_applications

    UserFactory(username="stimulans", groups=["Stimulans"])
    assert build_demo_applications() == 9
    assert build_demo_applications() == 0
    demo = Application.objects.filter(is_demo=True)
    assert demo.count() == 9 and demo.granted().count() == 4
    assert set(demo.values_list("status", flat=True)) == set(Status.values)
    assert all("demo" in a.title for a in demo)
    assert OrganisationFactory._meta.model.objects.filter(cbs_code="GM0479").count() == 1


def test_an_organisations_register_page_shows_the_grants_it_received(
    client, assessor, stimulans_page, organisations, register_page
):
    application = ApplicationFactory(
        applicant=organisations["alkmaar"], partners=[organisations["hoorn"]], title="Samen inkopen"
    )
    change_status(application, Status.ONTVANGEN)
    html = client.get(f"{register_page.url}organisaties/{organisations['hoorn'].slug}/")
    assert "Samen inkopen" not in html.content.decode()  # not granted yet
    change_status(application, Status.TOEGEKEND, user=assessor)
    for name in ("alkmaar", "hoorn"):
        response = client.get(f"{register_page.url}organisaties/{organisations[name].slug}/")
        assert response.status_code == 200
        page = BeautifulSoup(response.content, "html.parser")
        section = page.find(id="stimulans-grants-heading").find_parent("section")
        assert "Samen inkopen" in section.get_text(" ")


def test_editors_can_add_the_stimulans_page_beside_the_instruments(db):
    from pages.models import InstrumentIndexPage
    from stimulans.models import StimulansPage

    assert StimulansPage in InstrumentIndexPage.allowed_subpage_models()
    assert InstrumentIndexPage in StimulansPage.allowed_parent_page_models()
