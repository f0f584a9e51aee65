import datetime

import factory

from demo.factories.pages import SitePageFactory
from registers.choices import OrganisationKind, PartnershipKind, Phase, ProvinceRole, Role, Status
from registers.models import (
    FinancialFigure,
    Membership,
    Organisation,
    Partnership,
    PolicyDomain,
    Region,
    RegionalDivision,
    RegisterPage,
)


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Gemeente {n}")
    kind = OrganisationKind.GEMEENTE
    cbs_code = factory.Sequence(lambda n: f"GM{n % 10000:04d}")

    class Meta:
        model = Organisation
        django_get_or_create = ("cbs_code",)


class ProvinceFactory(OrganisationFactory):
    name = factory.Sequence(lambda n: f"Provincie {n}")
    kind = OrganisationKind.PROVINCIE
    cbs_code = factory.Sequence(lambda n: f"PV{20 + n % 80:02d}")


class PolicyDomainFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Domein {n}")
    name_en = factory.Sequence(lambda n: f"Domain {n}")
    slug = factory.Sequence(lambda n: f"domein-{n}")

    class Meta:
        model = PolicyDomain
        django_get_or_create = ("slug",)


class PartnershipFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Gemeenschappelijke regeling {n}")
    kind = PartnershipKind.WGR
    phase = Phase.UITVOERING
    status = Status.ACTIEF
    province_role = ProvinceRole.GEEN
    seat_place = "Zaandam"
    live = True
    last_verified = factory.LazyFunction(lambda: datetime.date(2026, 6, 1))

    class Meta:
        model = Partnership
        skip_postgeneration_save = True

    @factory.post_generation
    def participants(self, create, extracted, **kwargs):
        """participants=[organisation, (organisation, role), …]"""
        if not create or not extracted:
            return
        for item in extracted:
            organisation, role = item if isinstance(item, tuple) else (item, Role.DEELNEMER)
            Membership.objects.create(partnership=self, organisation=organisation, role=role)

    @factory.post_generation
    def domains(self, create, extracted, **kwargs):
        if create and extracted:
            self.domains.set(extracted)
            self.save()

    @factory.post_generation
    def provinces(self, create, extracted, **kwargs):
        if create and extracted:
            self.provinces.set(extracted)
            self.save()

    @factory.post_generation
    def regions(self, create, extracted, **kwargs):
        if create and extracted:
            self.regions.set(extracted)
            self.save()

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.add(*extracted)
            self.save()


class MembershipFactory(factory.django.DjangoModelFactory):
    partnership = factory.SubFactory(PartnershipFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = Role.DEELNEMER

    class Meta:
        model = Membership


class FinancialFigureFactory(factory.django.DjangoModelFactory):
    partnership = factory.SubFactory(PartnershipFactory)
    year = 2025
    source = "Jaarrekening 2025"
    contribution = 125000
    equity_start = 1_000_000
    equity_end = 1_100_000
    debt_start = 500_000
    debt_end = 450_000
    result = 100_000
    risk_profile = "gemiddeld"

    class Meta:
        model = FinancialFigure


class RegionalDivisionFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Regio-indeling {n}")
    slug = factory.Sequence(lambda n: f"regio-indeling-{n}")
    domain = "veiligheid"

    class Meta:
        model = RegionalDivision
        django_get_or_create = ("slug",)


class RegionFactory(factory.django.DjangoModelFactory):
    division = factory.SubFactory(RegionalDivisionFactory)
    name = factory.Sequence(lambda n: f"Regio {n}")
    slug = factory.Sequence(lambda n: f"regio-{n}")

    class Meta:
        model = Region


class RegisterPageFactory(SitePageFactory):
    title = "Register"
    slug = "register"

    class Meta:
        model = RegisterPage
