"""Import of the financial scan from a spreadsheet: the template the admin offers for download
(XLSX with the sheets "Cijfers" and "Risico's", or one CSV per table), reading an upload,
checking every row, a preview of what would change, and applying it all or nothing.

The column names are Dutch and stable (like the exchange format of registers/exchange.py):
a province's staff fill them in. One figures row per partnership and year replaces that year's
figures; one risks row per partnership and risk description updates that risk. Nothing is
deleted. A row names its partnership by slug (`samenwerkingsverband`); the name column is
only there to help the person filling it in.

Each partnership the import changes gets a new revision holding the rows, submitted for review
where a workflow applies (Registerreview), else published: the same path as an edit in the
admin. Rows of a partnership that is locked, in review or has unpublished changes (a draft)
are refused, as the revision would otherwise silently take the draft along.
"""

import csv
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.core import signing
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cms.spreadsheets import unescape_cell, value_cell
from registers.choices import RiskLevel

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5000
MAX_COLUMNS = 40  # the template has 14; more are ignored
MAX_MONEY = Decimal(10) ** 14
SIGNING_SALT = "registers.financial-scan-import"
PLAN_MAX_AGE = 3600  # seconds between the preview and the confirmation

FIGURES = "cijfers"
RISKS = "risicos"

# (column, model field or None, kind)
FIGURE_COLUMNS = [
    ("samenwerkingsverband", None, "partnership"),
    ("naam", None, "ignored"),
    ("jaar", "year", "year"),
    ("bron", "source", "text255"),
    ("openbaar_belang", "public_interest", "text"),
    ("bijdrage_provincie", "contribution", "money"),
    ("bijdrage_deelnemers", "participants_contribution", "money"),
    ("inwoners", "inhabitants", "count"),
    ("eigen_vermogen_begin", "equity_start", "money"),
    ("eigen_vermogen_eind", "equity_end", "money"),
    ("vreemd_vermogen_begin", "debt_start", "money"),
    ("vreemd_vermogen_eind", "debt_end", "money"),
    ("resultaat", "result", "money"),
    ("risicoprofiel", "risk_profile", "level_optional"),
]
RISK_COLUMNS = [
    ("samenwerkingsverband", None, "partnership"),
    ("naam", None, "ignored"),
    ("risico", "description", "text_required"),
    ("kans", "likelihood", "level"),
    ("impact", "impact", "level"),
    ("maatregelen", "measures", "text"),
]
TABLES = {FIGURES: FIGURE_COLUMNS, RISKS: RISK_COLUMNS}
SHEET_TITLES = {FIGURES: "Cijfers", RISKS: "Risico's"}
# Columns a file must have for its table to be recognised.
KEY_COLUMNS = {FIGURES: {"samenwerkingsverband", "jaar"}, RISKS: {"samenwerkingsverband", "risico"}}

COLUMN_HELP = {
    "samenwerkingsverband": gettext_lazy(
        "The partnership's slug, the last part of its address in the register (required)."
    ),
    "naam": gettext_lazy("The partnership's name, for reference only; not imported."),
    "jaar": gettext_lazy("The year of the figures, e.g. 2024 (required)."),
    "bron": gettext_lazy("Where the figures come from, e.g. jaarrekening 2024."),
    "openbaar_belang": gettext_lazy("The public interest the partnership serves."),
    "bijdrage_provincie": gettext_lazy("The province's contribution in euros."),
    "bijdrage_deelnemers": gettext_lazy(
        "All participants' contributions together in euros, the province's included."
    ),
    "inwoners": gettext_lazy("Inhabitants of the participants (a whole number)."),
    "eigen_vermogen_begin": gettext_lazy("Equity at the start of the year in euros."),
    "eigen_vermogen_eind": gettext_lazy("Equity at the end of the year in euros."),
    "vreemd_vermogen_begin": gettext_lazy("Debt at the start of the year in euros."),
    "vreemd_vermogen_eind": gettext_lazy("Debt at the end of the year in euros."),
    "resultaat": gettext_lazy("The year's result in euros; a loss is negative."),
    "risicoprofiel": gettext_lazy("laag, gemiddeld or hoog."),
    "risico": gettext_lazy("The risk, in a sentence (required)."),
    "kans": gettext_lazy("Likelihood: laag, gemiddeld or hoog (required)."),
    "impact": gettext_lazy("Impact: laag, gemiddeld or hoog (required)."),
    "maatregelen": gettext_lazy("What is done about the risk."),
}


class ImportRefused(Exception):
    """The file as a whole cannot be read (format, size, columns)."""


@dataclass
class RowError:
    table: str
    row: int  # as the spreadsheet numbers it (the header is row 1)
    message: str

    @property
    def table_label(self):
        return SHEET_TITLES[self.table]


@dataclass
class Change:
    table: str
    row: int
    partnership_id: int
    partnership_name: str
    key: str  # the year, or the risk's description
    values: dict  # field -> value (JSON-safe: Decimals as strings)
    status: str = ""  # "new", "changed" or "unchanged"
    changed_fields: list = field(default_factory=list)


@dataclass
class Plan:
    changes: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    skipped_empty: int = 0

    @property
    def ok(self):
        return not self.errors

    def count(self, status, table=None):
        return sum(
            1
            for change in self.changes
            if change.status == status and (table is None or change.table == table)
        )

    @property
    def summary(self):
        return {
            table: {status: self.count(status, table) for status in ("new", "changed", "unchanged")}
            for table in (FIGURES, RISKS)
        }


# --- values ---------------------------------------------------------------------------------

_THOUSANDS = re.compile(r"-?\d{1,3}(\.\d{3})+")


def parse_money(value) -> Decimal | None:
    """A number as people type it: 1250000, 1.250.000, 1.250.000,50, -12,5, € 1 250 000 or a
    spreadsheet number. None when empty; ValueError when it is not a number."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, (int, float, Decimal)):
        number = Decimal(str(value))
    else:
        text = unescape_cell(str(value)).strip()
        for removed in ("€", "\u00a0", " ", "\u202f"):
            text = text.replace(removed, "")
        if not text:
            return None
        if "," in text:
            text = text.replace(".", "").replace(",", ".")
        elif _THOUSANDS.fullmatch(text):
            text = text.replace(".", "")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise ValueError from None
    if not number.is_finite() or abs(number) >= MAX_MONEY:
        raise ValueError
    return number.quantize(Decimal("0.01"))


def parse_level(value) -> str:
    """laag/gemiddeld/hoog, or a label in either language ("High", "Hoog"); '' when empty."""
    text = _text(value).lower()
    if not text:
        return ""
    from django.utils import translation

    for level in RiskLevel:
        names = {level.value, str(level.label).lower()}
        with translation.override("en"):
            names.add(str(level.label).lower())
        with translation.override("nl"):
            names.add(str(level.label).lower())
        if text in names:
            return level.value
    raise ValueError


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unescape_cell(str(value)).strip()


def _whole(value) -> int | None:
    number = parse_money(value)
    if number is None:
        return None
    if number != number.to_integral_value() or number < 0 or number > 2_000_000_000:
        raise ValueError
    return int(number)


# --- reading --------------------------------------------------------------------------------


def _header(cells) -> list[str]:
    return [_text(cell).lower().replace(" ", "_").replace("-", "_") for cell in cells]


def _table_of(header) -> str | None:
    for table, needed in KEY_COLUMNS.items():
        if needed <= set(header):
            return table
    return None


def read_upload(upload) -> dict:
    """{table: (header, [(row number, [cells])])} from an uploaded CSV or XLSX file."""
    name = (getattr(upload, "name", "") or "").lower()
    if upload.size > MAX_BYTES:
        raise ImportRefused(_("The file is larger than 2 MB. Split it into smaller files."))
    data = upload.read()
    if name.endswith(".xlsx"):
        tables = _read_xlsx(data)
    elif name.endswith(".csv"):
        tables = _read_csv(data)
    else:
        raise ImportRefused(_("Upload the template as an .xlsx or .csv file."))
    if not tables:
        raise ImportRefused(
            _(
                "No sheet has the template's columns. A figures table needs the columns "
                "samenwerkingsverband and jaar; a risks table samenwerkingsverband and risico."
            )
        )
    rows = sum(len(rows) for _header, rows in tables.values())
    if rows > MAX_ROWS:
        raise ImportRefused(
            _("The file has more than %(max)s rows. Split it into smaller files.")
            % {"max": MAX_ROWS}
        )
    return tables


def _read_xlsx(data: bytes) -> dict:
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (BadZipFile, OSError, KeyError, ValueError):
        raise ImportRefused(_("The file cannot be read as an Excel workbook (.xlsx).")) from None
    tables = {}
    try:
        for sheet in workbook.worksheets:
            iterator = sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS)
            first = next(iterator, None)
            if first is None:
                continue
            header = _header(first)
            table = _table_of(header)
            if table is None or table in tables:
                continue
            rows = []
            for number, cells in enumerate(iterator, start=2):
                rows.append((number, list(cells)))
                if len(rows) > MAX_ROWS:
                    break
            tables[table] = (header, rows)
    finally:
        workbook.close()
    return tables


def _read_csv(data: bytes) -> dict:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        first = next(reader, None)
        if first is None:
            return {}
        header = _header(first[:MAX_COLUMNS])
        table = _table_of(header)
        if table is None:
            return {}
        rows = []
        for number, cells in enumerate(reader, start=2):
            rows.append((number, cells[:MAX_COLUMNS]))
            if len(rows) > MAX_ROWS:
                break
    except csv.Error:
        raise ImportRefused(_("The file cannot be read as CSV.")) from None
    return {table: (header, rows)}


# --- checking -------------------------------------------------------------------------------


def _json_value(value):
    return str(value) if isinstance(value, Decimal) else value


def build_plan(tables) -> Plan:
    """Check every row and compare it with the register. The plan's changes are complete
    only when it has no errors."""
    from registers.models import FinancialFigure, Partnership, PartnershipRisk

    plan = Plan()
    slugs = set()
    parsed = []  # (table, row number, {column: raw})
    for table, (header, rows) in tables.items():
        for number, cells in rows:
            raw = {
                column: cells[index] if index < len(cells) else None
                for index, column in enumerate(header)
                if column
            }
            if all(_text(value) == "" for value in raw.values()):
                plan.skipped_empty += 1
                continue
            parsed.append((table, number, raw))
            slugs.add(_text(raw.get("samenwerkingsverband")))
    partnerships = {p.slug: p for p in Partnership.objects.filter(slug__in=slugs)}
    figures = {
        (f.partnership_id, f.year): f
        for f in FinancialFigure.objects.filter(partnership__slug__in=slugs)
    }
    risks = {
        (r.partnership_id, r.description): r
        for r in PartnershipRisk.objects.filter(partnership__slug__in=slugs)
    }
    seen = {}
    for table, number, raw in parsed:
        errors = []
        values = {}
        partnership = None
        for column, model_field, kind in TABLES[table]:
            value = raw.get(column)
            try:
                if kind == "partnership":
                    slug = _text(value)
                    partnership = partnerships.get(slug)
                    if not slug:
                        errors.append(_("The column samenwerkingsverband is empty."))
                    elif partnership is None:
                        errors.append(
                            _("No partnership has the slug “%(slug)s”.") % {"slug": slug[:80]}
                        )
                    elif partnership.locked:
                        errors.append(
                            _("“%(name)s” is locked for editing. Unlock it first.")
                            % {"name": partnership.name}
                        )
                    elif partnership.has_unpublished_changes or partnership.workflow_in_progress:
                        errors.append(
                            _(
                                "“%(name)s” has unpublished changes or is in review. Publish "
                                "or discard its draft first, then upload again."
                            )
                            % {"name": partnership.name}
                        )
                elif kind == "year":
                    year = _whole(value)
                    if year is None or not (1900 <= year <= 2200):
                        raise ValueError
                    values[model_field] = year
                elif kind == "money":
                    values[model_field] = parse_money(value)
                elif kind == "count":
                    values[model_field] = _whole(value)
                elif kind in ("level", "level_optional"):
                    level = parse_level(value)
                    if kind == "level" and not level:
                        raise ValueError
                    values[model_field] = level
                elif kind == "text255":
                    text = _text(value)
                    if len(text) > 255:
                        errors.append(
                            _("%(column)s is longer than 255 characters.") % {"column": column}
                        )
                    values[model_field] = text
                elif kind in ("text", "text_required"):
                    text = _text(value)
                    if kind == "text_required" and not text:
                        errors.append(_("The column %(column)s is empty.") % {"column": column})
                    elif len(text) > 5000:
                        errors.append(
                            _("%(column)s is longer than 5000 characters.") % {"column": column}
                        )
                    values[model_field] = text
            except ValueError:
                errors.append(_column_error(column, kind, value))
        if partnership is not None and not errors:
            key = values["year"] if table == FIGURES else values["description"]
            if (table, partnership.pk, key) in seen:
                errors.append(
                    _("This row repeats row %(row)s (same partnership and %(what)s).")
                    % {
                        "row": seen[(table, partnership.pk, key)],
                        "what": _("year") if table == FIGURES else _("risk"),
                    }
                )
            else:
                seen[(table, partnership.pk, key)] = number
        if errors:
            plan.errors.extend(RowError(table, number, message) for message in errors)
            continue
        existing = (
            figures.get((partnership.pk, values["year"]))
            if table == FIGURES
            else risks.get((partnership.pk, values["description"]))
        )
        change = Change(
            table=table,
            row=number,
            partnership_id=partnership.pk,
            partnership_name=partnership.name,
            key=str(key),
            values={name: _json_value(value) for name, value in values.items()},
        )
        if existing is None:
            change.status = "new"
        else:
            change.changed_fields = [
                name
                for name, value in values.items()
                if _comparable(getattr(existing, name)) != _comparable(value)
            ]
            change.status = "changed" if change.changed_fields else "unchanged"
        plan.changes.append(change)
    plan.errors.sort(key=lambda error: (error.table, error.row))
    return plan


def _comparable(value):
    if isinstance(value, Decimal):
        return value.quantize(Decimal("0.01"))
    if value is None:
        return None
    return value


def _column_error(column, kind, value) -> str:
    shown = _text(value)[:40]
    if kind == "year":
        return _("%(column)s: “%(value)s” is not a year such as 2024.") % {
            "column": column,
            "value": shown,
        }
    if kind == "count":
        return _("%(column)s: “%(value)s” is not a whole number.") % {
            "column": column,
            "value": shown,
        }
    if kind in ("level", "level_optional"):
        if not shown:
            return _("The column %(column)s is empty; use laag, gemiddeld or hoog.") % {
                "column": column
            }
        return _("%(column)s: “%(value)s” is not laag, gemiddeld or hoog.") % {
            "column": column,
            "value": shown,
        }
    return _("%(column)s: “%(value)s” is not an amount such as 1250000 or 1.250.000,00.") % {
        "column": column,
        "value": shown,
    }


# --- the plan between preview and confirmation ----------------------------------------------


def sign_plan(plan: Plan) -> str:
    data = [
        [c.table, c.row, c.partnership_id, c.values]
        for c in plan.changes
        if c.status in ("new", "changed")
    ]
    return signing.dumps(data, salt=SIGNING_SALT, compress=True)


def unsign_plan(token: str) -> list:
    """[(table, row, partnership pk, values)]; signing.BadSignature when tampered with or
    older than an hour."""
    return signing.loads(token, salt=SIGNING_SALT, max_age=PLAN_MAX_AGE)


# --- applying -------------------------------------------------------------------------------


def _blocked(partnership) -> bool:
    return bool(
        partnership.locked
        or partnership.has_unpublished_changes
        or partnership.workflow_in_progress
    )


def apply(changes, user=None, *, review=True) -> dict:
    """Write the changes (from unsign_plan) all or nothing: each partnership they touch gets a
    new revision holding them, which is submitted for review where a workflow applies
    (Registerreview; with review=True) and published otherwise. Refuses (ImportRefused) when
    a partnership was deleted, locked or got a draft since the preview."""
    from registers.models import FinancialFigure, Partnership, PartnershipRisk

    counts = {"figures": 0, "risks": 0, "partnerships": 0, "published": 0, "submitted": 0}
    by_partnership = {}
    for table, _row, partnership_id, values in changes:
        by_partnership.setdefault(partnership_id, []).append((table, dict(values)))
    with transaction.atomic():
        partnerships = {
            p.pk: p for p in Partnership.objects.select_for_update().filter(pk__in=by_partnership)
        }
        if set(partnerships) != set(by_partnership) or any(map(_blocked, partnerships.values())):
            raise ImportRefused(
                _(
                    "A partnership was deleted, locked or got unpublished changes after the "
                    "preview. Upload the file again."
                )
            )
        for partnership_id, items in by_partnership.items():
            partnership = partnerships[partnership_id]
            figures = list(partnership.financial_figures.all())
            risks = list(partnership.risks.all())
            figures_by_year = {figure.year: figure for figure in figures}
            risks_by_description = {risk.description: risk for risk in risks}
            for table, values in items:
                if table == FIGURES:
                    model, existing, key = FinancialFigure, figures_by_year, values["year"]
                    counts["figures"] += 1
                else:
                    model, existing, key = (
                        PartnershipRisk,
                        risks_by_description,
                        values["description"],
                    )
                    counts["risks"] += 1
                item = existing.get(key)
                if item is None:
                    collection = figures if table == FIGURES else risks
                    item = model(sort_order=len(collection))
                    collection.append(item)
                    existing[key] = item
                for name, value in values.items():
                    setattr(item, name, model._meta.get_field(name).to_python(value))
            # Kept in memory: the revision holds the change; publishing it writes the rows.
            partnership.financial_figures = figures
            partnership.risks = risks
            revision = partnership.save_revision(user=user, log_action=True)
            workflow = partnership.get_workflow() if review else None
            if workflow is not None and workflow.active:
                workflow.start(partnership, user)
                counts["submitted"] += 1
            else:
                revision.publish(user=user, skip_permission_checks=True)
                counts["published"] += 1
            counts["partnerships"] += 1
    return counts


# --- the template ---------------------------------------------------------------------------


def template_rows(table, domain=None, year=None) -> list[dict]:
    """Rows to fill in: one per published partnership of `domain`, with that year's figures
    (or its risks) where the register has them. Without a domain: none (the header only)."""
    from registers.models import FinancialFigure, Partnership, PartnershipRisk

    if domain is None:
        return []
    partnerships = list(
        Partnership.objects.public()
        .filter(domains=domain)
        .only("id", "slug", "name")
        .order_by("name")[:MAX_ROWS]
    )
    rows = []
    if table == FIGURES:
        figures = {
            f.partnership_id: f
            for f in FinancialFigure.objects.filter(partnership__in=partnerships, year=year)
        }
        for partnership in partnerships:
            row = {"samenwerkingsverband": partnership.slug, "naam": partnership.name}
            row["jaar"] = year
            figure = figures.get(partnership.pk)
            if figure is not None:
                for column, model_field, _kind in FIGURE_COLUMNS:
                    if model_field and model_field != "year":
                        value = getattr(figure, model_field)
                        row[column] = "" if value is None else value
            rows.append(row)
    else:
        risks = PartnershipRisk.objects.filter(partnership__in=partnerships).order_by(
            "partnership__name", "sort_order", "pk"
        )
        names = {p.pk: p for p in partnerships}
        for risk in risks:
            partnership = names[risk.partnership_id]
            rows.append(
                {
                    "samenwerkingsverband": partnership.slug,
                    "naam": partnership.name,
                    "risico": risk.description,
                    "kans": risk.likelihood,
                    "impact": risk.impact,
                    "maatregelen": risk.measures,
                }
            )
    return rows


def write_template_xlsx(handle, domain=None, year=None):
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    for table, columns in TABLES.items():
        sheet = workbook.create_sheet(title=SHEET_TITLES[table])
        sheet.append([column for column, _field, _kind in columns])
        for row in template_rows(table, domain, year):
            sheet.append(
                [value_cell(sheet, row.get(column, "")) for column, _field, _kind in columns]
            )
    help_sheet = workbook.create_sheet(title="Toelichting")
    help_sheet.append([value_cell(help_sheet, _("Column")), value_cell(help_sheet, _("Meaning"))])
    for column in dict.fromkeys(c for cols in TABLES.values() for c, _f, _k in cols):
        help_sheet.append(
            [value_cell(help_sheet, column), value_cell(help_sheet, str(COLUMN_HELP[column]))]
        )
    workbook.save(handle)


def template_csv_rows(table, domain=None, year=None):
    return [column for column, _field, _kind in TABLES[table]], template_rows(table, domain, year)
