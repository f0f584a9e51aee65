"""Notifications to a page's or register entry's owner (issue 15): published, sent back in
review, stale; chosen per group in Settings → Notifications to owners."""

import datetime
from io import StringIO

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

import pytest
from wagtail.models import Page, Workflow

from demo.factories.pages import ContentPageFactory
from demo.factories.registers import PartnershipFactory
from demo.factories.users import UserFactory
from pages.models import OwnerNotificationSettings
from registers.models import Partnership


@pytest.fixture
def communicator(db):
    return UserFactory(username="anne", first_name="Anne", groups=["Communicatoren"])


@pytest.fixture
def redacteur(db):
    return UserFactory(username="rob", first_name="Rob", groups=["Redactie"])


@pytest.fixture
def owned_page(home_page, communicator):
    page = ContentPageFactory(parent=home_page, title="Over het programma", owner=communicator)
    page.save_revision(user=communicator)
    return page


def publish_as(page, user, capture):
    with capture(execute=True):
        page.save_revision(user=user).publish(user=user)


def test_the_owner_hears_when_a_redacteur_publishes_their_page(
    owned_page, redacteur, communicator, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    publish_as(owned_page, redacteur, django_capture_on_commit_callbacks)
    (message,) = mail.outbox
    assert message.to == [communicator.email]
    assert message.subject == "Gepubliceerd: Over het programma"
    assert "gepubliceerd door Rob" in message.body
    assert f"/admin/pages/{owned_page.pk}/edit/" in message.body


def test_no_mail_for_publishing_your_own_page_or_for_a_group_not_chosen(
    owned_page, redacteur, django_capture_on_commit_callbacks
):
    settings = OwnerNotificationSettings.load()
    settings.published_groups.add(*redacteur.groups.all())
    own = ContentPageFactory(parent=owned_page.get_parent(), title="Eigen", owner=redacteur)
    mail.outbox.clear()
    publish_as(own, redacteur, django_capture_on_commit_callbacks)
    assert mail.outbox == []
    publish_as(owned_page, redacteur, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1  # the communicator, whose group is chosen
    mail.outbox.clear()
    settings.published_groups.clear()
    publish_as(owned_page, redacteur, django_capture_on_commit_callbacks)
    assert mail.outbox == []


def test_the_owner_hears_when_someone_elses_submission_of_their_page_is_sent_back(
    owned_page, redacteur, communicator, django_capture_on_commit_callbacks
):
    colleague = UserFactory(username="bea", groups=["Communicatoren"])
    workflow = Workflow.objects.get(name="Redactiereview")
    with django_capture_on_commit_callbacks(execute=True):
        workflow.start(owned_page, user=colleague)
    mail.outbox.clear()
    task_state = Page.objects.get(pk=owned_page.pk).current_workflow_task_state
    with django_capture_on_commit_callbacks(execute=True):
        task_state.specific.reject(user=redacteur, comment="Graag de datum controleren.")
    ours = [m for m in mail.outbox if m.to == [communicator.email]]
    (message,) = ours
    assert message.subject == "Wijzigingen gevraagd: Over het programma"
    assert "Graag de datum controleren." in message.body
    assert "door Rob" in message.body


def test_the_owner_who_submitted_hears_it_from_wagtail_only(
    owned_page, redacteur, communicator, django_capture_on_commit_callbacks
):
    workflow = Workflow.objects.get(name="Redactiereview")
    with django_capture_on_commit_callbacks(execute=True):
        workflow.start(owned_page, user=communicator)
    mail.outbox.clear()
    task_state = Page.objects.get(pk=owned_page.pk).current_workflow_task_state
    with django_capture_on_commit_callbacks(execute=True):
        task_state.specific.reject(user=redacteur, comment="Nog niet.")
    assert not [m for m in mail.outbox if m.subject.startswith("Wijzigingen gevraagd")]


def test_stale_pages_and_entries_reach_their_owner_once_per_period(
    owned_page, communicator, django_capture_on_commit_callbacks
):
    beheerder = UserFactory(username="reg", groups=["Registerbeheer"])
    long_ago = timezone.now() - datetime.timedelta(days=400)
    owned_page.save_revision(user=communicator).publish()
    Page.objects.filter(pk=owned_page.pk).update(last_published_at=long_ago)
    fresh = ContentPageFactory(parent=owned_page.get_parent(), owner=communicator, title="Nieuw")
    fresh.save_revision(user=communicator).publish()
    entry = PartnershipFactory(name="Afvalschap", owner=beheerder)
    entry.save_revision().publish()
    Partnership.objects.filter(pk=entry.pk).update(last_published_at=long_ago)
    mail.outbox.clear()

    out = StringIO()
    call_command("notify_stale_owners", stdout=out)

    assert out.getvalue().strip() == "Reminded 2 owners of 2 stale items."
    by_owner = {message.to[0]: message for message in mail.outbox}
    assert set(by_owner) == {communicator.email, beheerder.email}
    assert "Over het programma" in by_owner[communicator.email].body
    assert "Nieuw" not in by_owner[communicator.email].body
    assert "Afvalschap" in by_owner[beheerder.email].body
    mail.outbox.clear()
    call_command("notify_stale_owners", stdout=StringIO())
    assert mail.outbox == []  # told once per period


def test_an_entry_published_by_someone_else_is_told_to_its_owner(
    db, django_capture_on_commit_callbacks
):
    author = UserFactory(username="maker", groups=["Registerbeheer"])
    entry = PartnershipFactory(name="Regio Noord", owner=author)
    administrator = UserFactory(username="beheer", is_superuser=True)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        entry.save_revision(user=administrator).publish(user=administrator)
    (message,) = mail.outbox
    assert message.to == [author.email] and message.subject == "Gepubliceerd: Regio Noord"


def test_an_owner_whose_own_submission_is_approved_gets_wagtails_mail_only(
    db, django_capture_on_commit_callbacks
):
    author = UserFactory(username="maker", groups=["Registerbeheer"])
    reviewer = UserFactory(username="tweede", groups=["Registerbeheer"])
    entry = PartnershipFactory(name="Regio Zuid", owner=author)
    entry.save_revision(user=author)
    with django_capture_on_commit_callbacks(execute=True):
        Workflow.objects.get(name="Registerreview").start(entry, user=author)
    mail.outbox.clear()
    entry.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        entry.current_workflow_task_state.specific.approve(user=reviewer)
    entry.refresh_from_db()
    assert entry.live
    assert not [m for m in mail.outbox if m.subject == "Gepubliceerd: Regio Zuid"]


def test_the_settings_are_chosen_per_group_in_the_admin(client, db):
    admin = UserFactory(username="beheer", is_superuser=True, is_staff=True)
    client.force_login(admin)
    url = reverse("wagtailsettings:edit", args=["pages", "ownernotificationsettings"])
    page = client.get(url, follow=True)
    assert page.status_code == 200
    assert "Communicatoren" in page.content.decode()
