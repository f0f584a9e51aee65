"""Possible duplicates (registers/duplicates.py) and the data-quality panel in the admin."""

from django.urls import reverse

import pytest

from demo.factories.registers import OrganisationFactory, PartnershipFactory
from demo.factories.users import UserFactory
from registers.duplicates import duplicate_key, possible_duplicates
from registers.models import Partnership

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "first, second",
    [
        ("Alg Muziekschool Oost-Groningen", "Algemene Muziekschool Oost-Groningen"),
        ("Plassenschap Loosdrecht en omstreken", "Plassenschap Loosdrecht en omgeving"),
        (
            "Intergemeentelijk Samenwerkingsorgaan Waterland",
            "Intergemeentelijk Samenwerkingsorgaan Waterland ISW",
        ),
        ("Vuilverbrandingsinstallatie Alkmaar e.o.", "Vuilverbrandingsinstallatie Alkmaar"),
    ],
)
def test_boilerplate_does_not_tell_names_apart(first, second):
    assert duplicate_key(first) == duplicate_key(second)


def test_regions_do_tell_names_apart():
    assert duplicate_key("Belastingsamenwerking West-Brabant") != duplicate_key(
        "Belastingsamenwerking Oost-Brabant"
    )


@pytest.fixture
def muziekschool():
    members = [OrganisationFactory(name=n) for n in ("Oldambt", "Pekela", "Veendam", "Vlagtwedde")]
    empty = PartnershipFactory(name="Alg Muziekschool Oost-Groningen")
    full = PartnershipFactory(name="Algemene Muziekschool Oost-Groningen", participants=members)
    return empty, full


def test_the_detector_pairs_an_empty_entry_with_its_twin(muziekschool):
    (pair,) = possible_duplicates(Partnership.objects.prefetch_related("memberships"))
    assert {pair.first, pair.second} == set(muziekschool)
    assert "no participants" in pair.reason


def test_same_name_with_other_participants_and_seat_is_no_pair():
    PartnershipFactory(
        name="Samenwerking Sociale Zaken",
        seat_postcode="2100 AA",
        participants=[OrganisationFactory(name="Heemstede")],
    )
    PartnershipFactory(
        name="Samenwerking Sociale Zaken (SSZ)",
        seat_postcode="1270 AA",
        participants=[OrganisationFactory(name="Huizen")],
    )
    assert possible_duplicates(Partnership.objects.prefetch_related("memberships")) == []


def test_registerbeheer_sees_the_counts_and_the_pairs(client, muziekschool):
    client.force_login(UserFactory(groups=["Registerbeheer"]))
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "1 mogelijk dubbel paar" in dashboard or "1 possible duplicate pair" in dashboard
    page = client.get(reverse("register_duplicates"))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Alg Muziekschool Oost-Groningen" in html
    assert reverse("wagtailsnippets_registers_partnership:edit", args=[muziekschool[0].pk]) in html


def test_others_do_not_get_the_duplicates_page(client):
    client.force_login(UserFactory(groups=["Communicatoren"]))
    response = client.get(reverse("register_duplicates"))
    assert response.status_code in (302, 403)
