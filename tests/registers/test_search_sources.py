"""What the register brings to site search (registers/search_sources.py)."""

import pytest

from demo.factories.registers import OrganisationFactory, PartnershipFactory
from registers.models import RegisterPage
from search.site import make_hit, prepare_for_display

pytestmark = pytest.mark.django_db


def test_register_hits_on_one_page_look_up_the_register_page_once(rf, register_page, monkeypatch):
    zaanstad = OrganisationFactory(name="Zaanstad", cbs_code="GM0479")
    partnership = PartnershipFactory(name="Afvalschap Zaanstreek", participants=[zaanstad])
    lookups = []
    find = RegisterPage.for_active_language
    monkeypatch.setattr(
        RegisterPage, "for_active_language", classmethod(lambda cls: lookups.append(1) or find())
    )
    hits = [make_hit(partnership, 2.0), make_hit(zaanstad, 1.0)]
    prepare_for_display(hits, ["zaanstad"], rf.get("/nl/zoeken/"))
    assert len(lookups) == 1
    assert [hit.url for hit in hits] == [
        f"/nl/register/{partnership.slug}/",
        "/nl/register/organisaties/zaanstad/",
    ]
    # Without a description, a partnership is described by its participants.
    assert hits[0].snippet == "<mark>Zaanstad</mark>"
