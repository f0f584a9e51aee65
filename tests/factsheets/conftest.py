"""Fixtures of the factsheet tests.

WeasyPrint takes 0.3–1 s per PDF, so the documents whose content and structure are checked
are rendered once per module (`rendered`): built and rendered in one transaction that is
rolled back afterwards. Tests of the caching, permissions and error paths that do not look
inside the PDF replace WeasyPrint with `fake_pdf` (counting its calls).
"""

import datetime
import io
import subprocess
from decimal import Decimal

from django.core.cache import cache as django_cache
from django.db import connection, transaction
from django.test import Client, override_settings

import pytest
from pypdf import PdfReader
from wagtail.models import Locale, Page, Site

from demo.factories.pages import (
    HomePageFactory,
    InstrumentIndexPageFactory,
    InstrumentPageFactory,
    ProgrammeLineIndexPageFactory,
    ProgrammeLinePageFactory,
)
from demo.factories.registers import (
    FinancialFigureFactory,
    OrganisationFactory,
    PartnershipFactory,
    PolicyDomainFactory,
    ProvinceFactory,
    RegionFactory,
    RegisterPageFactory,
)
from registers.choices import PartnershipKind, Phase, ProvinceRole, Role, Status
from registers.models import PartnershipRisk


def publish(obj):
    obj.save_revision().publish()
    obj.refresh_from_db()
    return obj


def build_site():
    """Home and register pages in Dutch and English, as tests/conftest.py builds them."""
    nl = Locale.objects.get(language_code="nl")
    en = Locale.objects.get(language_code="en")
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="home")
    Site.objects.all().delete()
    Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
    register = publish(RegisterPageFactory(parent=home))
    home_en = home.copy_for_translation(en)
    home_en.title = "Collaboration portal"
    publish(home_en)
    register_en = register.copy_for_translation(en)
    register_en.title = "Register of partnerships"
    publish(register_en)
    return {"home": home, "register": register, "register_en": register_en, "nl": nl, "en": en}


def build_register():
    """A published partnership with everything a factsheet shows, and a draft one."""
    noord_holland = ProvinceFactory(name="Provincie Noord-Holland", cbs_code="PV27")
    zaanstad = OrganisationFactory(name="Zaanstad", cbs_code="GM0479")
    wormerland = OrganisationFactory(name="Wormerland", cbs_code="GM0880")
    afval = PolicyDomainFactory(slug="afval", name="Afval en reiniging", name_en="Waste")
    region = RegionFactory(name="Zaanstreek-Waterland", slug="zaanstreek-waterland")
    partnership = PartnershipFactory(
        name="Afvalschap IJmond-Zaanstreek",
        slug="afvalschap",
        abbreviation="AIJZ",
        kind=PartnershipKind.WGR,
        wgr_form="OL",
        phase=Phase.UITVOERING,
        status=Status.ACTIEF,
        seat_address="Stationsstraat 1",
        seat_postcode="1506 DA",
        seat_place="Zaandam",
        province_role=ProvinceRole.DEELNEMER,
        account_holder="Gedeputeerde Jansen",
        official_contact="Team Verbonden Partijen",
        description="Inzameling en verwerking van huishoudelijk afval.",
        last_verified=datetime.date(2026, 6, 1),
        import_source="OpenGR 2026",
        participants=[(zaanstad, Role.PENVOERDER), wormerland, noord_holland],
        domains=[afval],
        provinces=[noord_holland],
        regions=[region],
    )
    for membership in partnership.memberships.all():
        membership.cost_share = Decimal("33.3333")
        membership.annual_contribution = Decimal("125000")
        membership.joined = datetime.date(2015, 1, 1)
        membership.save()
    for year, contribution, result in ((2023, 110_000, -15_000), (2024, 120_000, 25_000)):
        FinancialFigureFactory(
            partnership=partnership,
            year=year,
            contribution=contribution,
            result=result,
            source=f"Jaarrekening {year}",
        )
    PartnershipRisk.objects.create(
        partnership=partnership,
        description="Hogere verwerkingstarieven",
        likelihood="gemiddeld",
        impact="hoog",
    )
    publish(partnership)
    draft = PartnershipFactory(
        name="Concept samenwerking afval",
        slug="concept",
        live=False,
        participants=[zaanstad],
        domains=[afval],
    )
    return {
        "partnership": partnership,
        "draft": draft,
        "zaanstad": zaanstad,
        "wormerland": wormerland,
        "afval": afval,
    }


def build_programme(site):
    index = publish(ProgrammeLineIndexPageFactory(parent=site["home"]))
    line = publish(
        ProgrammeLinePageFactory(
            parent=index,
            number=2,
            title="Rollen en rolvastheid",
            slug="rollen",
            goal="Inzicht in rollen en rolwisselingen bij samenwerking.",
        )
    )
    instruments = publish(InstrumentIndexPageFactory(parent=site["home"]))
    instrument = publish(
        InstrumentPageFactory(parent=instruments, title="Financiële scan", programme_lines=[line])
    )
    publish(index.copy_for_translation(site["en"]))
    line_en = line.copy_for_translation(site["en"])
    line_en.title = "Roles and role clarity"
    line_en.goal = "Insight into roles when governments collaborate."
    publish(line_en)
    return {"line": line, "line_en": line_en, "instrument": instrument}


@pytest.fixture
def site(home_page, register_page, register_page_en, locale_nl, locale_en):
    return {
        "home": home_page,
        "register": register_page,
        "register_en": register_page_en,
        "nl": locale_nl,
        "en": locale_en,
    }


@pytest.fixture
def register(site):
    return build_register()


@pytest.fixture
def programme(site):
    return build_programme(site)


# --- PDFs rendered once per module -------------------------------------------------------


def pdf_text(data: bytes) -> str:
    """The text of a PDF in reading order, as poppler's pdftotext gives it."""
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True
    )
    return result.stdout.decode()


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


# The organisations route in each language's words (pages/models/routes.py).
ORGANISATIONS = {"nl": "organisaties", "en": "organisations"}
PATHS = {
    "partnership": "/{lang}/register/afvalschap/factsheet.pdf",
    "organisation": "/{lang}/register/{organisations}/zaanstad/factsheet.pdf",
    "programme-line": "{line_url}factsheet.pdf",
    "selection": "/{lang}/register/factsheet.pdf?domein=afval",
}


@pytest.fixture(scope="module")
def rendered(django_db_setup, django_db_blocker, tmp_path_factory):
    """{(kind, language): (pdf bytes, text)} for every kind in both languages.

    Modules using it must be marked django_db: pytest-django only creates the test database
    when a collected test asks for one, and this fixture must never write elsewhere."""
    documents = {}
    media = tmp_path_factory.mktemp("media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media):
        assert_test_database()
        with transaction.atomic():
            site = build_site()
            build_register()
            programme = build_programme(site)
            client = Client()
            for language in ("nl", "en"):
                line = programme["line" if language == "nl" else "line_en"]
                for kind, template in PATHS.items():
                    path = template.format(
                        lang=language, line_url=line.url, organisations=ORGANISATIONS[language]
                    )
                    response = client.get(path)
                    assert response.status_code == 200, (path, response.status_code)
                    data = body(response)
                    documents[(kind, language)] = (data, pdf_text(data))
            transaction.set_rollback(True)
        django_cache.clear()  # Wagtail's site root paths of the rolled-back site
    return documents


def assert_test_database():
    name = str(connection.settings_dict["NAME"])
    if not (name.startswith(("file:memorydb", ":memory:")) or "test" in name.rsplit("/", 1)[-1]):
        pytest.fail(f"Refusing to build factsheet fixtures in {name}: not a test database.")


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


@pytest.fixture
def fake_pdf(monkeypatch):
    """Replace WeasyPrint with a stub that returns a tiny PDF naming the template's title;
    `fake_pdf.calls` counts renders."""
    from factsheets import pdf

    class Fake:
        def __init__(self):
            self.calls = 0
            self.fail = False

        def __call__(self, html, base_url):
            self.calls += 1
            if self.fail:
                raise RuntimeError("WeasyPrint exploded")
            title = html.split("<title>", 1)[1].split("</title>", 1)[0]
            return b"%PDF-1.7\n% " + title.encode() + b"\n%%EOF\n"

    fake = Fake()
    monkeypatch.setattr(pdf, "write_pdf", fake)
    return fake
