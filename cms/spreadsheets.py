"""Cells that are safe to open in a spreadsheet program (OWASP's CSV-injection rule).

Every CSV and XLSX the site produces passes its cells through `safe_cell`; the Wagtail admin's
listing exports through `SafeSpreadsheetExportMixin`. Text that begins with `=`, `+`, `-`, `@`,
a tab or a carriage return would be read as a formula by Excel, LibreOffice or Google Sheets
(`=HYPERLINK(…)` leaks data, `=cmd|…` runs programs), so it gets a leading `'`, which those
programs show as text. Numbers stay numbers: a real number (an int, float or Decimal, or text
that is nothing but a number such as "-12,5") cannot be a formula and is left as it is.
"""

import re
from decimal import Decimal

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# Text that is only a (signed) number: "-3", "-3.5", "-3,5", "+31". A spreadsheet reads it as
# that number, never as a formula, so prefixing it would only break the column's arithmetic.
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def safe_cell(value):
    """The value as a spreadsheet may show it without evaluating it."""
    if value is None or isinstance(value, (bool, int, float, Decimal)):
        return value
    if not isinstance(value, str):
        return value
    if value.startswith(FORMULA_TRIGGERS) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def unescape_cell(value: str) -> str:
    """Undo `safe_cell` for text read back from one of our own exports (the importer reads
    the exchange format the register exports)."""
    if value.startswith("'") and value[1:].startswith(FORMULA_TRIGGERS):
        return value[1:]
    return value


def value_cell(worksheet, value):
    """An openpyxl write-only cell holding `value` as a value: strings are always written as
    strings, so no text ever becomes an `<f>` element, whatever it begins with."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(worksheet, safe_cell(value))
    if cell.data_type == "f":
        cell.data_type = "s"
    return cell


def protect_wagtail_exports():
    """Make every listing export of the Wagtail admin safe: our viewsets (partnerships,
    organisations, registrations), Wagtail's reports and form submissions all write their
    cells through `SpreadsheetExportMixin.preprocess_field_value`, so wrapping that one method
    covers exports we do not define ourselves. Wagtail's XLSX writer already turns formulas
    back into strings; the CSV writer does not, hence this. Idempotent."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    original = SpreadsheetExportMixin.preprocess_field_value
    if getattr(original, "neutralises_formulas", False):
        return

    def preprocess_field_value(self, field, value, export_format):
        return safe_cell(original(self, field, value, export_format))

    preprocess_field_value.neutralises_formulas = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
