"""The importer's sources and the register's one field list: the exchange format's columns
stay as published, and every source fills only the fields it declares."""

from collections import defaultdict

import pytest

from demo.factories.registers import OrganisationFactory
from registers.exchange import MEMBERSHIP_COLUMNS, PARTNERSHIP_COLUMNS
from registers.history import PUBLIC_FIELDS
from registers.importer import run_import
from registers.importer.fields import IMPORTED_FIELDS
from registers.importer.organisations import REGISTER as ORG_REGISTER
from registers.importer.organisations import OrgEntry
from registers.importer.partnerships import DSTA, OPENGR, REGISTER, PartnershipEntry
from registers.importer.readers import KIND_ORDER
from registers.importer.sources import SOURCES
from registers.importer.sources.derived import DERIVED_FIELDS
from registers.importer.sources.dsta import DstaSource
from registers.importer.sources.exchange import ExchangeSource
from registers.importer.sources.opengr import OpenGRSource
from registers.models import Organisation, Partnership

# A public format: columns are added, never renamed or reordered.
PUBLISHED_PARTNERSHIP_COLUMNS = [
    "slug",
    "naam",
    "afkorting",
    "citeertitel",
    "rechtsvorm",
    "wgr_vorm",
    "bevoegdheden",
    "uitvoeringsorganisatie",
    "bronhouder",
    "inwerkingtreding",
    "domeinen",
    "fase",
    "status",
    "status_sinds",
    "status_tot",
    "adres",
    "postcode",
    "plaats",
    "provincies",
    "regio",
    "rol_provincie",
    "accounthouder",
    "ambtelijk_contact",
    "wettelijke_grondslag",
    "regeling_url",
    "omschrijving",
    "tooi_uri",
    "landelijk_register_id",
    "cbs_code",
    "onderdeel_van",
    "opgevolgd_door",
    "tags",
    "laatst_geverifieerd",
    "geverifieerd_door",
    "bron",
    "aantal_deelnemers",
    "url",
    "verouderd",
]
PUBLISHED_MEMBERSHIP_COLUMNS = [
    "samenwerkingsverband",
    "samenwerkingsverband_naam",
    "organisatie",
    "organisatie_naam",
    "organisatie_soort",
    "organisatie_cbs_code",
    "rol",
    "toegetreden",
    "uitgetreden",
    "verdeelsleutel",
    "bestuursorganen",
    "zetels",
    "jaarlijkse_bijdrage",
    "organisatie_tooi_uri",
]


def test_the_exchange_columns_are_the_published_ones():
    assert PARTNERSHIP_COLUMNS == PUBLISHED_PARTNERSHIP_COLUMNS
    assert MEMBERSHIP_COLUMNS == PUBLISHED_MEMBERSHIP_COLUMNS


def test_the_public_history_shows_the_partnerships_own_descriptive_fields():
    assert PUBLIC_FIELDS == [
        "name",
        "abbreviation",
        "citation_title",
        "kind",
        "wgr_form",
        "powers_obtained",
        "executing_body",
        "entry_into_force",
        "phase",
        "status",
        "status_start",
        "status_end",
        "seat_address",
        "seat_postcode",
        "seat_place",
        "province_role",
        "account_holder",
        "official_contact",
        "legal_basis",
        "legal_basis_url",
        "description",
        "last_verified",
        "last_verified_by",  # who verified it: the organisation, in a verification round
    ]


def test_every_table_kind_has_one_source_and_declared_fields_exist():
    kinds = [kind for source in SOURCES for kind in source.reads]
    assert sorted(kinds, key=KIND_ORDER.index) == KIND_ORDER
    for source in SOURCES:
        for name in source.partnership_fields:
            Partnership._meta.get_field(name)  # memberships and documents are relations
        for name in source.organisation_fields:
            Organisation._meta.get_field(name)
    # The register's own tables can fill every field they export.
    assert set(IMPORTED_FIELDS) <= ExchangeSource.partnership_fields


DSTA_CSV = (
    "DSTA_GR_naam,Adres,Postcode,Plaats,CBS_GR_naam,CBS_GR_code\n"
    "Testschap Noordkwartier,Postbus 1,1500 AD,Zaandam,Testschap Noordkwartier,GR0901\n"
    "Recreatieschap Elders,Dorpsstraat 2,1234 AB,Elders,,GR0902\n"
)
PARTICIPANTS_CSV = (
    "Deelnemer,Gemeenschappelijke regeling,Postcode,Plaats,Provincie\n"
    "Zaanstad,Testschap Noordkwartier,1500 AD,Zaandam,Provincie Noord-Holland\n"
    "Provincie Noord-Holland,Testschap Noordkwartier,1500 AD,Zaandam,Provincie Noord-Holland\n"
)
PARTNERSHIPS_CSV = (
    "slug,naam,afkorting,rechtsvorm,fase,status,inwerkingtreding,bronhouder,provincies,"
    "domeinen,tags,onderdeel_van,plaats,bron\n"
    "eigen-regeling,Eigen Regeling,ER,convenant,opbouw,actief,2020-01-01,GM0479,PV27,afval,"
    "kust,,Zaandam,handmatig\n"
    "deel-regeling,Deel Regeling,,wgr,uitvoering,actief,,,,,,eigen-regeling,,\n"
)
MEMBERSHIPS_CSV = (
    "samenwerkingsverband,organisatie,organisatie_naam,organisatie_soort,organisatie_cbs_code,"
    "rol,toegetreden,verdeelsleutel\n"
    "eigen-regeling,zaanstad,Zaanstad,gemeente,GM0479,penvoerder,2020-01-01,50\n"
    "eigen-regeling,stichting-test,Stichting Test,overig,,deelnemer,,\n"
)


@pytest.fixture
def supplied(monkeypatch):
    """Which fields were offered at which priority, during the test."""
    partnerships, organisations = defaultdict(set), defaultdict(set)
    offer_partnership, offer_organisation = PartnershipEntry.supply, OrgEntry.supply

    def partnership_spy(self, field_name, value, priority, where, report):
        partnerships[priority].add(field_name)
        return offer_partnership(self, field_name, value, priority, where, report)

    def organisation_spy(self, field_name, value, priority):
        organisations[priority].add(field_name)
        return offer_organisation(self, field_name, value, priority)

    monkeypatch.setattr(PartnershipEntry, "supply", partnership_spy)
    monkeypatch.setattr(OrgEntry, "supply", organisation_spy)
    return partnerships, organisations


def test_each_source_fills_only_the_fields_it_declares(tmp_path, db, supplied, settings):
    settings.REGISTER_PROVINCE_CBS = "PV27"
    OrganisationFactory(name="Zaanstad", cbs_code="GM0479")
    files = []
    for name, text in [
        ("dsta.csv", DSTA_CSV),
        ("opengr.csv", PARTICIPANTS_CSV),
        ("samenwerkingsverbanden.csv", PARTNERSHIPS_CSV),
        ("deelnemers.csv", MEMBERSHIPS_CSV),
    ]:
        files.append(tmp_path / name)
        files[-1].write_text(text, encoding="utf-8")

    report = run_import(files)

    assert not report.rejections
    partnerships, organisations = supplied
    assert partnerships[OPENGR] <= OpenGRSource.partnership_fields | DERIVED_FIELDS
    assert partnerships[DSTA] <= DstaSource.partnership_fields
    assert partnerships[REGISTER] <= ExchangeSource.partnership_fields
    assert organisations[ORG_REGISTER] <= ExchangeSource.organisation_fields
    # The files exercised every kind of supply.
    assert {"seat_postcode", "provinces", "province_role"} <= partnerships[OPENGR]
    assert {"cbs_code", "seat_address"} <= partnerships[DSTA]
    assert {"bronhouder", "part_of", "tags", "entry_into_force"} <= partnerships[REGISTER]
