"""Merged municipalities: every successor has a page, and a participation of a merged
municipality shows as continued by its successor, without rewriting the membership."""

import datetime

import pytest

from demo.factories.registers import OrganisationFactory, PartnershipFactory
from registers.importer import run_import
from registers.models import Membership, Organisation

pytestmark = pytest.mark.django_db


@pytest.fixture
def vianen(register_page):
    vijfheerenlanden = OrganisationFactory(name="Vijfheerenlanden", cbs_code="GM1961")
    vianen = OrganisationFactory(
        name="Vianen", cbs_code="GM0620", active_until=datetime.date(2018, 12, 31)
    )
    vianen.successors.add(vijfheerenlanden)
    vianen.save()  # a ParentalManyToManyField: written on save
    partnership = PartnershipFactory(name="Recreatieschap Lekoevers", participants=[vianen])
    return vianen, vijfheerenlanden, partnership


def test_a_successor_without_memberships_has_a_page(client, register_page, vianen):
    _vianen, vijfheerenlanden, partnership = vianen
    response = client.get(f"{register_page.url}organisaties/{vijfheerenlanden.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Voortgezet van opgeheven gemeenten" in html
    assert f"{register_page.url}{partnership.slug}/" in html
    assert "als Vianen tot en met" in html


def test_the_predecessors_page_links_the_successor(client, register_page, vianen):
    old, vijfheerenlanden, partnership = vianen
    html = client.get(f"{register_page.url}organisaties/{old.slug}/").content.decode()
    assert f"organisaties/{vijfheerenlanden.slug}/" in html
    page = client.get(f"{register_page.url}{partnership.slug}/").content.decode()
    assert "voortgezet door" in page and f"organisaties/{vijfheerenlanden.slug}/" in page
    # History is not rewritten: the membership stays Vianen's.
    assert list(Membership.objects.values_list("organisation__name", flat=True)) == ["Vianen"]


def test_an_organisation_without_memberships_or_history_is_no_page(client, register_page):
    OrganisationFactory(name="Nergens", cbs_code="GM0999")
    assert client.get(f"{register_page.url}organisaties/nergens/").status_code == 404


def test_a_participant_named_as_a_successor_gets_its_cbs_code(tmp_path):
    path = tmp_path / "deelnemers.csv"
    path.write_text(
        "Deelnemer,Gemeenschappelijke regeling,Postcode,Plaats,Provincie\n"
        "Vijfheerenlanden,Recreatieschap Lekoevers,4130 EA,Vianen,Provincie Utrecht\n",
        encoding="utf-8",
    )
    run_import([path])
    organisation = Organisation.objects.get(name="Vijfheerenlanden")
    assert (organisation.kind, organisation.cbs_code) == ("gemeente", "GM1961")
    assert organisation.tooi_uri.endswith("/gemeente/gm1961")
