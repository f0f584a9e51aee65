"""Revisions made by an import are the import's (registers/importer/identity.py) and name
their files, so the public change history says "via import <file>"."""

from pathlib import Path

import pytest
from wagtail.models import ModelLogEntry

from registers.importer import run_import
from registers.importer.identity import IMPORT_USERNAME
from registers.models import Partnership

pytestmark = pytest.mark.django_db
DATA = Path(__file__).parent / "data" / "import_order"


def test_import_revisions_are_attributed_to_the_import_and_its_files(client, register_page):
    run_import([DATA / "regioatlas", DATA / "opengr_provincies.csv"])
    partnership = Partnership.objects.filter(memberships__isnull=False).first()
    revision = partnership.live_revision
    assert revision.user.username == IMPORT_USERNAME
    # A system identity: nobody signs in as it.
    assert not revision.user.is_active and not revision.user.has_usable_password()
    entry = ModelLogEntry.objects.get(
        object_id=str(partnership.pk), action="wagtail.publish", revision=revision
    )
    assert entry.user == revision.user
    assert entry.data["import_source"] == "opengr_provincies.csv"

    html = client.get(f"{register_page.url}{partnership.slug}/").content.decode()
    assert "via import opengr_provincies.csv" in html

    # A later import of another source: the revisions it publishes name that file.
    dsta = "gemeenschappelijke_regelingen_dsta_cbs.csv"
    run_import([DATA / dsta])
    changed = ModelLogEntry.objects.filter(action="wagtail.publish", data__import_source=dsta)
    assert changed.exists()
    assert {entry.user.username for entry in changed} == {IMPORT_USERNAME}
