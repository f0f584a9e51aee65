import datetime

import pytest

from demo.factories.dossiers import AccountHolderFactory, SupervisionJudgementFactory
from demo.factories.registers import OrganisationFactory, PartnershipFactory
from dossiers.choices import AccountHolderRole, Judgement, SupervisionDomain
from registers.choices import OrganisationKind


@pytest.fixture
def alkmaar(db):
    """A municipality with a partnership, two account holders and judgements over two years."""
    alkmaar = OrganisationFactory(name="Alkmaar", cbs_code="GM0361")
    PartnershipFactory(name="Veiligheidsregio Noord-Holland Noord", participants=[alkmaar])
    AccountHolderFactory(
        organisation=alkmaar,
        role=AccountHolderRole.BESTUURLIJK,
        name="Marieke Jansen (voorbeeld)",
        position="Gedeputeerde Bestuur",
        email="m.jansen@provincie.example",
    )
    AccountHolderFactory(
        organisation=alkmaar,
        role=AccountHolderRole.AMBTELIJK,
        name="Ahmed El Amrani (voorbeeld)",
        position="Accountmanager gemeenten",
        phone="088 000 12 11",
    )
    SupervisionJudgementFactory(
        organisation=alkmaar,
        domain=SupervisionDomain.FINANCIEEL,
        year=2024,
        judgement=Judgement.REDELIJK,
        explanation="Voorbeeld: de begroting leunt op incidentele middelen.",
        explanation_en="Example: the budget relies on one-off funds.",
    )
    SupervisionJudgementFactory(
        organisation=alkmaar,
        domain=SupervisionDomain.ARCHIEF,
        year=2025,
        judgement=Judgement.NIET,
        explanation="Voorbeeld: de digitale duurzaamheid is niet op orde.",
        next_meeting=datetime.date(2031, 3, 4),
    )
    return alkmaar


@pytest.fixture
def waterschap(db):
    """A water authority that takes part in nothing, with one judgement."""
    hhnk = OrganisationFactory(
        name="Hoogheemraadschap Hollands Noorderkwartier",
        kind=OrganisationKind.WATERSCHAP,
        cbs_code=None,
    )
    SupervisionJudgementFactory(organisation=hhnk, year=2025)
    return hhnk
