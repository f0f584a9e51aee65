"""The demo's dossiers (demo/dossiers.py): examples, made once, linked to the register after
its import without changing anything on a second run."""

import pytest

from demo import dossiers as demo_dossiers
from demo.factories.agenda import EventIndexPageFactory, EventPageFactory
from demo.factories.registers import OrganisationFactory, RegionalDivisionFactory, RegionFactory
from dossiers.models import AccountHolder, SupervisionJudgement
from registers.choices import RegionDomain

pytestmark = pytest.mark.django_db


def test_municipality_dossiers_are_examples_made_once():
    first = demo_dossiers.build_municipality_dossiers()
    assert first["account_holders"] >= 8 and first["judgements"] >= 10
    assert demo_dossiers.build_municipality_dossiers() == {"account_holders": 0, "judgements": 0}
    assert all(
        "(voorbeeld)" in name for name in AccountHolder.objects.values_list("name", flat=True)
    )
    for judgement in SupervisionJudgement.objects.all():
        assert judgement.explanation.startswith("Voorbeeld:")
        assert judgement.explanation_en.startswith("Example:")
    # Several municipalities, several domains, two years.
    assert SupervisionJudgement.objects.values("organisation").distinct().count() >= 4
    assert SupervisionJudgement.objects.values("domain").distinct().count() == 4
    assert set(SupervisionJudgement.objects.values_list("year", flat=True)) == {2024, 2025}


def test_the_register_import_finds_the_demo_municipalities_by_cbs_code():
    alkmaar = OrganisationFactory(name="Alkmaar", cbs_code="GM0361")
    demo_dossiers.build_municipality_dossiers()
    assert alkmaar.account_holders.count() == 2
    assert alkmaar.supervision_judgements.count() == 4


def test_linking_the_register_gives_the_regional_session_its_region_once(home_page):
    index = EventIndexPageFactory(parent=home_page)
    index.save_revision().publish()
    session = EventPageFactory(parent=index, event_type="ibt-regionaal")
    session.save_revision().publish()
    assert demo_dossiers.link_register() == 0  # no regions before the import
    alkmaar = OrganisationFactory(name="Alkmaar", cbs_code="GM0361")
    division = RegionalDivisionFactory(name="Veiligheidsregio's", domain=RegionDomain.VEILIGHEID)
    region = RegionFactory(division=division, name="Noord-Holland-Noord")
    region.municipalities.add(alkmaar)
    assert demo_dossiers.link_register() == 1
    session.refresh_from_db()
    assert list(session.regions.all()) == [region]
    assert demo_dossiers.link_register() == 0
