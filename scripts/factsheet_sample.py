"""Sample content for measuring factsheets (scripts/factsheet_measure.py and
scripts/factsheet_bench.py).

Built with the shared factories (demo/factories), like the demo site, so it cannot drift
from what the tests use. Never run this against a production database: it adds
partnerships named "Factsheet bench …".
"""

import datetime
from decimal import Decimal

BENCH_SLUG = "factsheet-bench-20"
BENCH_ORGANISATION_SLUG = "factsheet-bench-gemeente-1"
BENCH_DOMAIN = "factsheet-bench"


def ensure_site():
    """A home page, register pages (nl, en) and a programme line, when the database has
    none (a fresh throw-away database); the demo site already has them."""
    from wagtail.models import Locale, Page, Site

    from demo.factories.pages import (
        HomePageFactory,
        ProgrammeLineIndexPageFactory,
        ProgrammeLinePageFactory,
    )
    from demo.factories.registers import RegisterPageFactory
    from pages.models import HomePage
    from registers.models import RegisterPage

    if RegisterPage.objects.live().exists():
        return
    nl = Locale.objects.get_or_create(language_code="nl")[0]
    en = Locale.objects.get_or_create(language_code="en")[0]
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=nl).first()
    if home is None:
        home = HomePageFactory(parent=root)
        Site.objects.all().delete()
        Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
    home.save_revision().publish()
    register = RegisterPageFactory(parent=home)
    register.save_revision().publish()
    home_en = home.copy_for_translation(en)
    home_en.save_revision().publish()
    register_en = register.copy_for_translation(en)
    register_en.save_revision().publish()
    index = ProgrammeLineIndexPageFactory(parent=home)
    index.save_revision().publish()
    line = ProgrammeLinePageFactory(parent=index, number=1, title="Rollen en rolvastheid")
    line.save_revision().publish()


def bench_partnership(participants: int = 20):
    """A published partnership with `participants` participants and four years of figures."""
    from demo.factories.registers import (
        FinancialFigureFactory,
        OrganisationFactory,
        PartnershipFactory,
        PolicyDomainFactory,
        ProvinceFactory,
    )
    from registers.choices import ProvinceRole, Role
    from registers.models import Partnership

    existing = Partnership.objects.filter(slug=BENCH_SLUG).first()
    if existing:
        return existing
    domain = PolicyDomainFactory(
        slug=BENCH_DOMAIN, name="Factsheet-meting", name_en="Factsheet benchmark"
    )
    province = ProvinceFactory(name="Provincie Factsheet", cbs_code="PV99")
    organisations = [
        OrganisationFactory(
            name=f"Factsheet bench gemeente {n}",
            slug=f"factsheet-bench-gemeente-{n}",
            cbs_code=f"GM9{n:03d}",
        )
        for n in range(1, participants)
    ]
    partnership = PartnershipFactory(
        name="Factsheet bench gemeenschappelijke regeling",
        slug=BENCH_SLUG,
        abbreviation="FBGR",
        description="Een samenwerkingsverband om de snelheid van factsheets te meten.",
        province_role=ProvinceRole.DEELNEMER,
        account_holder="Gedeputeerde Bestuur",
        official_contact="Team Verbonden Partijen",
        seat_address="Stationsplein 1",
        seat_postcode="1500 AA",
        participants=[
            (organisations[0], Role.PENVOERDER),
            *organisations[1:],
            (province, Role.DEELNEMER),
        ],
        domains=[domain],
        provinces=[province],
    )
    for membership in partnership.memberships.all():
        membership.cost_share = Decimal("5")
        membership.annual_contribution = Decimal("125000")
        membership.joined = datetime.date(2015, 1, 1)
        membership.save()
    for year in range(2022, 2026):
        FinancialFigureFactory(
            partnership=partnership,
            year=year,
            contribution=100_000 + 5_000 * (year - 2022),
            result=-20_000 + 15_000 * (year - 2022),
        )
    partnership.save_revision().publish()
    return partnership


def bulk_partnerships(count: int = 500):
    """`count` published partnerships in the benchmark domain (for the bulk ZIP)."""
    from django.db import transaction

    from demo.factories.registers import OrganisationFactory, PartnershipFactory
    from registers.models import Partnership, PolicyDomain

    domain = PolicyDomain.objects.get(slug=BENCH_DOMAIN)
    have = Partnership.objects.filter(domains=domain).count()
    members = [
        OrganisationFactory(
            name=f"Factsheet bulk gemeente {n}",
            slug=f"factsheet-bulk-gemeente-{n}",
            cbs_code=f"GM8{n:03d}",
        )
        for n in range(5)
    ]
    with transaction.atomic():
        for n in range(have, count):
            partnership = PartnershipFactory(
                name=f"Factsheet bench samenwerking {n:04d}",
                domains=[domain],
                participants=members,
            )
            partnership.save_revision().publish()
    return count
