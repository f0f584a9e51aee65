import pytest

from demo.factories.registers import (
    OrganisationFactory,
    PartnershipFactory,
    PolicyDomainFactory,
    ProvinceFactory,
    RegionFactory,
)
from registers.choices import PartnershipKind, Phase, ProvinceRole, Role


@pytest.fixture
def register_data(db, rebuild_search_index):
    """A small register: three partnerships over two provinces and four municipalities."""
    noord_holland = ProvinceFactory(name="Provincie Noord-Holland", cbs_code="PV27")
    utrecht = ProvinceFactory(name="Provincie Utrecht", cbs_code="PV26")
    zaanstad = OrganisationFactory(name="Zaanstad", cbs_code="GM0479")
    wormerland = OrganisationFactory(name="Wormerland", cbs_code="GM0880")
    purmerend = OrganisationFactory(name="Purmerend", cbs_code="GM0439")
    soest = OrganisationFactory(name="Soest", cbs_code="GM0342")
    afval = PolicyDomainFactory(slug="afval", name="Afval en reiniging", name_en="Waste")
    veiligheid = PolicyDomainFactory(slug="veiligheid", name="Veiligheid", name_en="Safety")
    region = RegionFactory(name="Zaanstreek-Waterland", slug="zaanstreek-waterland")

    data = {
        "afvalschap": PartnershipFactory(
            name="Afvalschap IJmond-Zaanstreek",
            abbreviation="AIJZ",
            seat_place="Zaandam",
            participants=[(zaanstad, Role.PENVOERDER), wormerland, noord_holland],
            domains=[afval],
            provinces=[noord_holland],
            regions=[region],
            province_role=ProvinceRole.DEELNEMER,
            tags=["circulair"],
        ),
        "veiligheidsregio": PartnershipFactory(
            name="Veiligheidsregio Zaanstreek-Waterland",
            seat_place="Zaandam",
            participants=[zaanstad, wormerland, purmerend],
            domains=[veiligheid],
            provinces=[noord_holland],
            regions=[region],
            phase=Phase.EVALUATIE,
        ),
        "afvalverwijdering": PartnershipFactory(
            name="Afvalverwijdering Utrecht",
            abbreviation="AVU",
            seat_place="Soest",
            kind=PartnershipKind.WGR,
            participants=[soest],
            domains=[afval],
            provinces=[utrecht],
        ),
        "concept": PartnershipFactory(
            name="Concept samenwerking afval", live=False, participants=[zaanstad], domains=[afval]
        ),
        "zaanstad": zaanstad,
        "wormerland": wormerland,
        "noord_holland": noord_holland,
        "afval": afval,
        "region": region,
    }
    rebuild_search_index()
    return data
