"""Registerbeheer imports the financial scan from the template the admin offers: download,
fill in, upload, every row checked (nothing imported on an error), a preview, confirm."""

import csv
import io
import re
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import pytest
from openpyxl import load_workbook
from wagtail.models import WorkflowContentType

from demo.factories.registers import (
    FinancialFigureFactory,
    PartnershipFactory,
    PolicyDomainFactory,
)
from demo.factories.users import UserFactory
from registers.models import FinancialFigure, Partnership, PartnershipRisk
from tests.registers.test_admin import ADD_URL, partnership_form

pytestmark = pytest.mark.django_db

URL = "register_scan_import"


@pytest.fixture
def registerbeheerder(client):
    user = UserFactory(groups=["Registerbeheer"])
    client.force_login(user)
    return user


@pytest.fixture
def domain():
    domain = PolicyDomainFactory(slug="rampenbestrijding", name="Rampenbestrijding")
    PartnershipFactory(name="Veiligheidsregio Alfa", slug="vr-alfa", domains=[domain])
    PartnershipFactory(name="Veiligheidsregio Beta", slug="vr-beta", domains=[domain])
    return domain


@pytest.fixture
def no_review():
    """Partnerships without the Registerreview workflow: an import publishes at once."""
    WorkflowContentType.objects.filter(content_type__model="partnership").delete()


def upload(client, name, data: bytes):
    return client.post(
        reverse(URL), {"file": SimpleUploadedFile(name, data), "preview": "1"}, follow=False
    )


def token_of(response) -> str:
    match = re.search(r'name="plan" value="([^"]+)"', response.content.decode())
    assert match, "no confirmation form"
    return match.group(1)


def test_xlsx_template_round_trip_download_fill_upload_confirm(
    client, registerbeheerder, domain, no_review
):
    response = client.get(
        reverse(URL), {"format": "xlsx", "domain": "rampenbestrijding", "year": "2024"}
    )
    assert response.status_code == 200
    assert (
        'filename="financiele-scan-rampenbestrijding-2024.xlsx"' in response["Content-Disposition"]
    )
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Cijfers", "Risico's", "Toelichting"]
    figures = workbook["Cijfers"]
    header = [cell.value for cell in figures[1]]
    assert header[:3] == ["samenwerkingsverband", "naam", "jaar"]
    assert [row[0].value for row in figures.iter_rows(min_row=2)] == ["vr-alfa", "vr-beta"]
    column = {name: index + 1 for index, name in enumerate(header)}
    # Filled in as people do: Dutch amounts as text, plain numbers, a negative result.
    figures.cell(2, column["bijdrage_deelnemers"], "1.250.000,50")
    figures.cell(2, column["eigen_vermogen_eind"], 600000)
    figures.cell(2, column["vreemd_vermogen_eind"], "€ 400.000")
    figures.cell(2, column["inwoners"], 250000)
    figures.cell(2, column["resultaat"], "-12.500")
    figures.cell(2, column["risicoprofiel"], "Hoog")
    figures.cell(2, column["bron"], "Jaarrekening 2024")
    figures.cell(3, column["eigen_vermogen_eind"], 100)
    figures.cell(3, column["vreemd_vermogen_eind"], 900)
    risks = workbook["Risico's"]
    risks.append(["vr-alfa", "Veiligheidsregio Alfa", "Hogere loonkosten", "hoog", "laag", ""])
    filled = io.BytesIO()
    workbook.save(filled)

    preview = upload(client, "ingevuld.xlsx", filled.getvalue())
    assert preview.status_code == 200
    html = preview.content.decode()
    assert "Wat de import verandert" in html
    assert "Importeer 3 rijen" in html
    assert not FinancialFigure.objects.exists()  # nothing before the confirmation

    done = client.post(reverse(URL), {"plan": token_of(preview), "confirm": "1"})
    assert done.status_code == 302
    alfa = Partnership.objects.get(slug="vr-alfa")
    assert alfa.live and not alfa.has_unpublished_changes
    figure = alfa.financial_figures.get()
    assert figure.year == 2024
    assert figure.participants_contribution == Decimal("1250000.50")
    assert figure.debt_end == Decimal("400000.00")
    assert figure.result == Decimal("-12500.00")
    assert figure.inhabitants == 250000 and figure.risk_profile == "hoog"
    assert figure.contribution is None  # left empty
    assert alfa.risks.get().likelihood == "hoog"
    assert len(alfa.latest_revision.content["financial_figures"]) == 1
    assert Partnership.objects.get(slug="vr-beta").financial_figures.get().equity_end == 100

    # The same file again changes nothing.
    again = upload(client, "ingevuld.xlsx", filled.getvalue())
    assert "Het bestand verandert niets in het register." in again.content.decode()
    assert 'name="plan"' not in again.content.decode()


def test_csv_template_round_trip_updates_existing_figures(
    client, registerbeheerder, domain, no_review
):
    alfa = Partnership.objects.get(slug="vr-alfa")
    FinancialFigureFactory(partnership=alfa, year=2024, result=1)
    response = client.get(
        reverse(URL), {"format": "csv-cijfers", "domain": "rampenbestrijding", "year": "2024"}
    )
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [row["samenwerkingsverband"] for row in rows] == ["vr-alfa", "vr-beta"]
    assert rows[0]["resultaat"] == "1.00"  # what the register has
    rows[0]["resultaat"] = "2500"
    rows[1]["eigen_vermogen_eind"] = "10"
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter=";")
    writer.writeheader()
    writer.writerows(rows)
    preview = upload(client, "cijfers.csv", out.getvalue().encode("utf-8"))
    html = preview.content.decode()
    assert "gewijzigd: result" in html and "nieuw" in html
    client.post(reverse(URL), {"plan": token_of(preview), "confirm": "1"})
    assert alfa.financial_figures.get().result == Decimal("2500.00")
    assert FinancialFigure.objects.filter(partnership__slug="vr-beta").get().equity_end == 10


def test_every_row_error_is_listed_and_nothing_is_imported(client, registerbeheerder, domain):
    draft = PartnershipFactory(name="Met concept", slug="met-concept", domains=[domain])
    Partnership.objects.filter(pk=draft.pk).update(has_unpublished_changes=True)
    text = "\n".join(
        [
            "samenwerkingsverband;jaar;eigen_vermogen_eind;risicoprofiel;inwoners",
            "vr-alfa;2024;1000;laag;",  # row 2: fine
            "bestaat-niet;2024;1000;;",  # row 3
            "vr-beta;twintig;1000;;",  # row 4
            "vr-beta;2023;veel;;",  # row 5
            "vr-beta;2022;1000;extreem;",  # row 6
            "vr-alfa;2024;5;;",  # row 7: repeats row 2
            "met-concept;2024;1;;",  # row 8
            "vr-beta;2021;1;;12,5",  # row 9
            ";;;;",  # empty: skipped
        ]
    )
    response = upload(client, "fouten.csv", text.encode())
    html = response.content.decode()
    assert "7 fouten: er is niets geïmporteerd" in html
    errors = re.findall(r"<tr><td>Cijfers</td><td>(\d+)</td><td>(.*?)</td></tr>", html)
    rows = [int(row) for row, _message in errors]
    assert rows == [3, 4, 5, 6, 7, 8, 9]
    messages = dict((int(row), message) for row, message in errors)
    assert "bestaat-niet" in messages[3]
    assert "is geen jaartal" in messages[4]
    assert "veel" in messages[5] and "is geen bedrag" in messages[5]
    assert "extreem" in messages[6] and "niet laag, gemiddeld of hoog" in messages[6]
    assert "herhaalt rij 2" in messages[7]
    assert "ongepubliceerde wijzigingen" in messages[8]
    assert "geen geheel getal" in messages[9]
    assert 'name="plan"' not in html
    assert not FinancialFigure.objects.exists()


def test_risk_rows_are_checked_too(client, registerbeheerder, domain):
    text = "samenwerkingsverband,risico,kans,impact\nvr-alfa,,hoog,\n"
    html = upload(client, "risicos.csv", text.encode()).content.decode()
    errors = re.findall(r"<tr><td>Risico&#x27;s</td><td>2</td><td>(.*?)</td></tr>", html)
    assert errors == [
        "De kolom risico is leeg.",
        "De kolom impact is leeg; gebruik laag, gemiddeld of hoog.",
    ]
    assert not PartnershipRisk.objects.exists()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("cijfers.txt", b"x", "Upload het sjabloon als .xlsx- of .csv-bestand."),
        ("cijfers.xlsx", b"geen zip", "niet als Excel-werkmap (.xlsx) te lezen"),
        ("cijfers.csv", b"naam;bedrag\nx;1\n", "Geen werkblad heeft de kolommen"),
    ],
)
def test_unreadable_files_get_a_clear_message(client, registerbeheerder, name, data, message):
    response = upload(client, name, data)
    assert response.status_code == 200
    assert message in response.content.decode()


def test_a_tampered_or_expired_preview_is_refused(client, registerbeheerder, domain):
    response = client.post(reverse(URL), {"plan": "niet-ondertekend", "confirm": "1"})
    assert response.status_code == 400
    assert not FinancialFigure.objects.exists()


def test_with_registerreview_the_import_is_submitted_for_review(client, registerbeheerder, domain):
    text = "samenwerkingsverband;jaar;resultaat\nvr-alfa;2024;100\n"
    preview = upload(client, "cijfers.csv", text.encode())
    client.post(reverse(URL), {"plan": token_of(preview), "confirm": "1"})
    alfa = Partnership.objects.get(slug="vr-alfa")
    assert alfa.workflow_in_progress and alfa.has_unpublished_changes
    assert not alfa.financial_figures.exists()  # live only once approved
    assert alfa.latest_revision.content["financial_figures"][0]["year"] == 2024


def test_import_needs_the_right_to_change_partnerships(client, domain):
    client.force_login(UserFactory(groups=["Communicatoren"]))
    response = client.get(reverse(URL))
    assert response.status_code in (302, 403)
    assert client.get(reverse(URL), {"format": "xlsx"}).status_code in (302, 403)


def test_admin_refuses_two_sets_of_figures_for_one_year(client, registerbeheerder):
    from wagtail.test.utils.form_data import inline_formset

    data = partnership_form(
        [],
        financial_figures=inline_formset(
            [
                {"year": "2024", "source": "", "public_interest": "", "risk_profile": ""},
                {"year": "2024", "source": "", "public_interest": "", "risk_profile": ""},
            ]
        ),
    )
    response = client.post(reverse(ADD_URL), data)
    assert response.status_code == 200
    errors = response.context["form"].formsets["financial_figures"].errors
    assert errors[1]["year"] == ["Dit jaar heeft al cijfers."]


def test_the_register_menu_leads_to_the_import(client, registerbeheerder):
    html = client.get("/admin/").content.decode()
    assert "Import financi\\u00eble scan" in html or "Import financiële scan" in html
    assert reverse(URL) in html


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("1250000", Decimal("1250000.00")),
        ("1.250.000,50", Decimal("1250000.50")),
        ("1.234", Decimal("1234.00")),  # Dutch thousands
        ("1234.5", Decimal("1234.50")),
        ("-12,5", Decimal("-12.50")),
        ("€ 1 250 000", Decimal("1250000.00")),
        ("'-500", Decimal("-500.00")),  # as our own exports make text safe
        (2500.25, Decimal("2500.25")),
        ("", None),
        (None, None),
    ],
)
def test_amounts_are_read_as_people_type_them(typed, amount):
    from registers.scan_import import parse_money

    assert parse_money(typed) == amount


@pytest.mark.parametrize("typed", ["veel", "NaN", "Infinity", "1" * 20, "1,2,3", True])
def test_what_is_not_an_amount_is_refused(typed):
    from registers.scan_import import parse_money

    with pytest.raises(ValueError):
        parse_money(typed)
