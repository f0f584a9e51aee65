"""import_register refuses XLSX workbooks beyond its limits before reading them (issue 11,
item 5): a zip bomb (small on disk, huge unpacked) stops at once with a clear message, and
so does a sheet that declares or holds too many rows or columns. Nothing is written."""

import io
import re
import time
import zipfile

from django.core.management import call_command
from django.core.management.base import CommandError

import pytest
from openpyxl import Workbook

from registers.models import Organisation, Partnership

pytestmark = pytest.mark.django_db

HEADER = ["Deelnemer", "Gemeenschappelijke regeling", "Postcode", "Plaats", "Provincie"]


def minimal_workbook_parts() -> dict:
    """The parts of a real one-sheet workbook (made by openpyxl), by name."""
    workbook = Workbook()
    workbook.active.append(HEADER)
    workbook.active.append(["Zaanstad", "Testschap", "1500 AD", "Zaandam", "Noord-Holland"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write_zip_bomb(path, unpacked_mb: int):
    """A valid workbook whose sheet unpacks to `unpacked_mb` MB of rows (compressed ~1000:1)."""
    parts = minimal_workbook_parts()
    row = b'<row><c t="inlineStr"><is><t>Zaanstad</t></is></c></row>'
    chunk = row * (1024 * 1024 // len(row))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, data in parts.items():
            if name != "xl/worksheets/sheet1.xml":
                archive.writestr(name, data)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.')
            sheet.write(b'org/spreadsheetml/2006/main"><sheetData>')
            for _ in range(unpacked_mb):
                sheet.write(chunk)
            sheet.write(b"</sheetData></worksheet>")


def with_dimension(path, ref: str):
    """A real workbook whose sheet declares the given dimension."""
    parts = minimal_workbook_parts()
    sheet = parts["xl/worksheets/sheet1.xml"]
    start = sheet.index(b"<dimension")
    end = sheet.index(b"/>", start) + 2
    parts["xl/worksheets/sheet1.xml"] = (
        sheet[:start] + f'<dimension ref="{ref}"/>'.encode() + (sheet[end:])
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def counts():
    return Partnership.objects.count(), Organisation.objects.count()


def run(path):
    with pytest.raises(CommandError) as error:
        call_command("import_register", str(path), "--no-progress")
    return str(error.value)


def test_a_zip_bomb_is_refused_at_once_and_nothing_is_written(tmp_path):
    bomb = tmp_path / "bom.xlsx"
    write_zip_bomb(bomb, unpacked_mb=300)  # over the default limit of 256 MB
    assert bomb.stat().st_size < 3 * 1024 * 1024
    before = counts()
    started = time.monotonic()
    message = run(bomb)
    assert time.monotonic() - started < 5
    assert "unpacks to 300 MB, more than the maximum of 256 MB" in message
    assert "Nothing was imported" in message
    assert counts() == before


def test_the_unpacked_limit_is_a_setting(tmp_path, settings):
    settings.IMPORT_XLSX_MAX_UNPACKED_MB = 5
    bomb = tmp_path / "bom.xlsx"
    write_zip_bomb(bomb, unpacked_mb=8)
    assert "more than the maximum of 5 MB" in run(bomb)


@pytest.mark.parametrize(
    "ref,expected",
    [
        ("A1:E2000000", "declares 2,000,000 rows"),
        ("A1:XFD3", "16,384 columns"),
    ],
)
def test_a_sheet_declaring_too_many_rows_or_columns_is_refused(tmp_path, ref, expected):
    path = tmp_path / "groot.xlsx"
    with_dimension(path, ref)
    before = counts()
    message = run(path)
    assert expected in message and "more than the maximum of" in message
    assert counts() == before


def test_rows_beyond_the_limit_are_refused_while_reading(tmp_path, settings):
    """A sheet without a dimension is held to the limit as it is read. (A sheet whose
    dimension claims fewer rows is read only as far as it claims.)"""
    settings.IMPORT_XLSX_MAX_ROWS = 3
    path = tmp_path / "zonder-dimensie.xlsx"
    workbook = Workbook()
    workbook.active.append(HEADER)
    for n in range(6):
        workbook.active.append([f"Gemeente {n}", "Testschap", "1500 AD", "Zaandam", "NH"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "xl/worksheets/sheet1.xml":
                data = re.sub(rb"<dimension[^>]*/>", b"", data)
                assert b"<dimension" not in data
            target.writestr(name, data)
    before = counts()
    assert "more than 3 rows" in run(path)
    assert counts() == before


def test_a_workbook_within_the_limits_is_read(tmp_path):
    from registers.importer.readers import check_xlsx_limits

    path = tmp_path / "klein.xlsx"
    with_dimension(path, "A1:E2")
    check_xlsx_limits(str(path), path.read_bytes())  # no error
