"""Factories of the dossiers app (account holders, toezicht judgements, Belangenbehartiging
pages), shared by the tests and load_demo."""

import datetime

import factory

from demo.factories.pages import SitePageFactory
from demo.factories.registers import OrganisationFactory
from demo.factories.streams import stream
from dossiers.choices import (
    AccountHolderRole,
    Counterpart,
    DossierStatus,
    Judgement,
    SupervisionDomain,
)
from dossiers.models import (
    AccountHolder,
    BelangenbehartigingIndexPage,
    BelangenbehartigingPage,
    SupervisionJudgement,
)


class AccountHolderFactory(factory.django.DjangoModelFactory):
    organisation = factory.SubFactory(OrganisationFactory)
    role = AccountHolderRole.AMBTELIJK
    name = factory.Sequence(lambda n: f"Accounthouder {n} (voorbeeld)")
    position = "Accountmanager gemeenten"
    email = factory.Sequence(lambda n: f"accounthouder{n}@provincie.example")
    phone = "088 000 12 00"

    class Meta:
        model = AccountHolder


class SupervisionJudgementFactory(factory.django.DjangoModelFactory):
    organisation = factory.SubFactory(OrganisationFactory)
    domain = SupervisionDomain.FINANCIEEL
    year = 2025
    judgement = Judgement.ADEQUAAT
    explanation = "Voorbeeld: de begroting is structureel en reëel in evenwicht."

    class Meta:
        model = SupervisionJudgement


class BelangenbehartigingIndexPageFactory(SitePageFactory):
    title = "Belangenbehartiging"
    slug = "belangenbehartiging"

    class Meta:
        model = BelangenbehartigingIndexPage


def timeline(*entries):
    """Raw timeline data from (date, event[, detail]) tuples."""
    return stream(
        (
            "entry",
            {
                "date": date.isoformat() if isinstance(date, datetime.date) else date,
                "event": event,
                "detail": rest[0] if rest else "",
            },
        )
        for date, event, *rest in entries
    )


class BelangenbehartigingPageFactory(SitePageFactory):
    title = factory.Sequence(lambda n: f"Dossier {n} (voorbeeld)")
    subject = "Financiële verhouding"
    counterpart = Counterpart.RIJK
    counterpart_name = "Ministerie van BZK"
    status = DossierStatus.ACTIEF
    position = "<p>De provincie vraagt om meerjarige zekerheid.</p>"
    timeline = factory.LazyFunction(
        lambda: timeline((datetime.date(2025, 9, 16), "Brief aan de minister"))
    )

    class Meta:
        model = BelangenbehartigingPage
