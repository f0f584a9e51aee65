"""The public change history (registers/history.py): per published revision the old and new
value of each public field, and the participants who joined or left."""

from django.utils import translation

import pytest

from demo.factories.registers import MembershipFactory, OrganisationFactory, PartnershipFactory
from registers.history import public_changes

pytestmark = pytest.mark.django_db


def test_history_shows_old_and_new_values_and_who_joined_or_left(client, register_page):
    zaanstad = OrganisationFactory(name="Zaanstad", cbs_code="GM0479")
    wormerland = OrganisationFactory(name="Wormerland", cbs_code="GM0880")
    partnership = PartnershipFactory(
        name="Afvalschap Test", seat_place="Zaandam", participants=[zaanstad]
    )
    partnership.save_revision().publish()
    partnership.seat_place = "Wormerveer"
    partnership.phase = "evaluatie"
    partnership.save()
    MembershipFactory(partnership=partnership, organisation=wormerland)
    partnership.memberships.filter(organisation=zaanstad).delete()
    partnership.refresh_from_db()
    partnership.save_revision().publish()
    # A draft is not public history.
    partnership.seat_place = "Concept"
    partnership.save_revision()

    with translation.override("en"):
        newest, first = public_changes(partnership)
    assert first["added"]
    fields = {change["label"]: (change["old"], change["new"]) for change in newest["fields"]}
    assert fields["place"] == ("Zaandam", "Wormerveer")
    assert fields["phase"][1] == "Evaluation"
    assert newest["joined"] == ["Wormerland"] and newest["left"] == ["Zaanstad"]

    html = client.get(f"{register_page.url}{partnership.slug}/").content.decode()
    assert "<del>Zaandam</del> → <ins>Wormerveer</ins>" in html
    assert "Toegetreden: Wormerland" in html and "Uitgetreden: Zaanstad" in html
    assert "Concept" not in html
