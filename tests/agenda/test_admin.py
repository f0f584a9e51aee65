"""Organisers see, filter and export the registrations of their own events only."""

import csv
import io
import re
from importlib import import_module

from django.apps import apps
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

import pytest

from agenda.models import Registration
from demo.factories.agenda import RegistrationFactory
from demo.factories.users import UserFactory

pytestmark = pytest.mark.django_db

INDEX = "registrations:index"


@pytest.fixture(autouse=True)
def organiser_permissions(db):
    # The data migration has run on the test database already; run it again to show it is
    # idempotent (and to restore it after a transactional test flushed the tables).
    import_module("agenda.migrations.0002_organiser_permissions").forwards(apps, None)


@pytest.fixture
def organiser():
    return UserFactory(groups=["Organisatoren"])


@pytest.fixture
def two_events(make_event, organiser):
    mine = make_event(title="Mijn netwerkdag", organiser_users=[organiser])
    theirs = make_event(title="Andermans webinar")
    RegistrationFactory(event=mine, name="Fatima el Amrani", email="fatima@alkmaar.example")
    RegistrationFactory(event=mine, name="Pieter Bakker", status="waitlisted")
    RegistrationFactory(event=theirs, name="Geheime Gast", email="gast@elders.example")
    return mine, theirs


def test_the_group_has_view_permission_only():
    group = Group.objects.get(name="Organisatoren")
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"access_admin", "view_registration"} <= codenames
    assert not codenames & {"add_registration", "change_registration", "delete_registration"}


def test_organiser_sees_only_registrations_of_own_events(client, organiser, two_events):
    client.force_login(organiser)
    response = client.get(reverse(INDEX))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Fatima el Amrani" in html and "Pieter Bakker" in html
    assert "Geheime Gast" not in html


def test_organiser_filters_by_status(client, organiser, two_events):
    client.force_login(organiser)
    html = client.get(reverse(INDEX), {"status": "waitlisted"}).content.decode()
    assert "Pieter Bakker" in html and "Fatima el Amrani" not in html


def test_event_filter_offers_only_own_events(client, organiser, two_events):
    mine, theirs = two_events
    client.force_login(organiser)
    html = client.get(reverse(INDEX)).content.decode()
    assert "Mijn netwerkdag" in html
    assert "Andermans webinar" not in html
    # Asking for another event's registrations by id is not a valid choice: nothing leaks.
    html = client.get(reverse(INDEX), {"event": theirs.pk}).content.decode()
    assert "Geheime Gast" not in html


def test_csv_export_holds_own_registrations_only(client, organiser, two_events):
    client.force_login(organiser)
    response = client.get(reverse(INDEX), {"export": "csv"})
    assert response.status_code == 200
    assert "aanmeldingen" in response["Content-Disposition"]
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(content)))
    with translation.override("nl"):  # the admin speaks the user's language, Dutch by default
        name, event, status, registered = (
            gettext("Name"),
            gettext("Event"),
            gettext("Status"),
            gettext("Registered at"),
        )
        statuses = {gettext("Registered"), gettext("On the waiting list")}
    assert sorted(row[name] for row in rows) == ["Fatima el Amrani", "Pieter Bakker"]
    assert {row[event] for row in rows} == {"Mijn netwerkdag"}
    assert {row[status] for row in rows} == statuses
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", row[registered]) for row in rows)
    assert "fatima@alkmaar.example" in content


def test_organiser_cannot_open_another_events_registration(client, organiser, two_events):
    mine, theirs = two_events
    client.force_login(organiser)
    own = mine.registrations.first()
    other = theirs.registrations.get()
    assert client.get(reverse("registrations:inspect", args=[own.pk])).status_code == 200
    assert client.get(reverse("registrations:inspect", args=[other.pk])).status_code == 404


def test_page_owner_also_sees_the_registrations(client, make_event):
    owner = UserFactory(groups=["Organisatoren"])
    event = make_event(title="Eigen sessie", owner=owner)
    RegistrationFactory(event=event, name="Gast van de eigenaar")
    client.force_login(owner)
    assert "Gast van de eigenaar" in client.get(reverse(INDEX)).content.decode()


def test_superuser_sees_all_registrations(client, two_events):
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    html = client.get(reverse(INDEX)).content.decode()
    assert "Geheime Gast" in html and "Fatima el Amrani" in html


def test_other_editors_see_no_registrations(client, two_events):
    communicator = UserFactory(groups=["Communicatoren"])
    client.force_login(communicator)
    response = client.get(reverse(INDEX))
    assert response.status_code in (302, 403)


def test_nobody_adds_or_edits_registrations_in_the_admin(client, two_events):
    from django.urls import NoReverseMatch

    for name in ("add", "edit", "copy", "history", "usage"):
        with pytest.raises(NoReverseMatch):
            reverse(f"registrations:{name}", args=[1] if name != "add" else [])


def test_superuser_deletes_a_registration_on_request_and_the_place_moves_on(client, make_event):
    from django.core import mail

    from wagtail.models import ModelLogEntry

    event = make_event(capacity=1)
    leaving = RegistrationFactory(event=event, name="Wil Vergeten Worden")
    waiting = RegistrationFactory(event=event, status="waitlisted", email="wacht@example.org")
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    url = reverse("registrations:delete", args=[leaving.pk])
    assert client.get(url).status_code == 200
    assert client.post(url).status_code == 302
    assert not Registration.objects.filter(pk=leaving.pk).exists()
    waiting.refresh_from_db()
    assert waiting.status == "confirmed"
    assert "wacht@example.org" in [m.to[0] for m in mail.outbox]
    assert not ModelLogEntry.objects.filter(label__contains="Vergeten").exists()


def test_organiser_cannot_delete_registrations(client, organiser, two_events):
    mine, _theirs = two_events
    client.force_login(organiser)
    own = mine.registrations.first()
    response = client.post(reverse("registrations:delete", args=[own.pk]))
    assert response.status_code in (302, 403)  # Wagtail turns "permission denied" into a redirect
    assert Registration.objects.filter(pk=own.pk).exists()
