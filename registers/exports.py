"""CSV and XLSX downloads of the register (the exchange format of registers/exchange.py).

A download is a file made in the background (registers.tasks.prepare_export) and streamed
from storage (cms/prepared.py says how visitors wait for it): one file per normalised
selection, table, format and language, under the register's current *generation*. Every
change to the register (publishing, unpublishing, deleting, an import, an organisation
saved) starts a new generation, which deletes the old files and, when tasks run in the
background, rebuilds the full register's files at once, so the common download is ready
before anyone asks. Cells go through cms.spreadsheets (no formulas).
"""

import csv
import hashlib
import io
import json
import logging
import uuid

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import Prefetch

from cms import prepared
from cms.spreadsheets import safe_cell, value_cell
from registers import exchange
from registers.currency import verification_cutoff
from registers.models import Membership

logger = logging.getLogger(__name__)

ROOT = "register-exports"
GENERATION_FILE = f"{ROOT}/generation"
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
PARTNERSHIPS, MEMBERSHIPS = "samenwerkingsverbanden", "deelnemers"


# --- the register's generation -----------------------------------------------------------


def generation() -> str:
    try:
        with default_storage.open(GENERATION_FILE, "rb") as handle:
            return handle.read().decode().strip() or "0"
    except (FileNotFoundError, OSError):
        return "0"


def new_generation() -> str:
    """The register changed: stored exports are out of date. Files of older generations are
    deleted; a job still writing one writes under its old name, which no request asks for."""
    value = uuid.uuid4().hex[:12]
    prepared.write_atomically(GENERATION_FILE, lambda handle: handle.write(value.encode()))
    try:
        old = [name for name in default_storage.listdir(ROOT)[0] if name != value]
    except (FileNotFoundError, NotADirectoryError):
        old = []
    for directory in old:
        for name in default_storage.listdir(f"{ROOT}/{directory}")[1]:
            try:
                default_storage.delete(f"{ROOT}/{directory}/{name}")
            except OSError:
                logger.warning("Could not delete old export %s/%s", directory, name)
    return value


def register_changed():
    """Call when the register changed (after the commit): a new generation, and the full
    register's downloads rebuilt right away when a worker runs tasks."""
    new_generation()
    from registers import tasks

    if prepared.runs_in_background(tasks.prepare_export):
        tasks.rebuild_full_exports()
    tasks.warm_after_change()


def on_register_changed(*args, **kwargs):
    """Signal receiver: once the change is committed."""
    transaction.on_commit(register_changed)


# --- one download --------------------------------------------------------------------------


class Export:
    """One download: the selection's normalised filters, the table, the format, the
    language and the register page (its URL is in every row)."""

    def __init__(self, params, table: str, output: str, language: str, page_id: int):
        self.params = [list(pair) for pair in params]
        self.table = table if output == "csv" else ""  # the workbook has both tables
        self.output = output
        self.language = language
        self.page_id = page_id

    @property
    def key(self) -> str:
        # The "verouderd" column moves with the calendar, not with a publish: a file made
        # under yesterday's cutoff is not served today.
        cutoff = verification_cutoff().isoformat()
        payload = [self.params, self.table, self.output, self.language, self.page_id, cutoff]
        return hashlib.sha256(json.dumps(payload).encode()).hexdigest()[:32]

    def name(self, generation_: str | None = None) -> str:
        return f"{ROOT}/{generation_ or generation()}/{self.key}.{self.output}"

    @property
    def filename(self) -> str:
        if self.output == "xlsx":
            return "register.xlsx"
        suffix = MEMBERSHIPS if self.table == MEMBERSHIPS else PARTNERSHIPS
        return f"register-{suffix}.csv"

    def as_args(self) -> list:
        return [self.params, self.table, self.output, self.language, self.page_id]


# --- writing the files ---------------------------------------------------------------------


def with_relations(queryset):
    """Partnerships with everything a row of the exchange format (and a partnership page) shows."""
    return queryset.select_related("bronhouder", "part_of", "succeeded_by").prefetch_related(
        "domains",
        "provinces",
        "regions",
        "tags",
        Prefetch(
            "memberships",
            # A participant still a draft in the admin is not public (registers/models/review.py).
            queryset=Membership.objects.filter(organisation__live=True).select_related(
                "organisation"
            ),
        ),
    )


def partnership_rows(partnerships, register_url: str, date=None):
    """Rows from plain value queries (exchange.partnership_rows): a constant number of
    queries, and no model instance per row. `date`: the register on that day."""
    return exchange.partnership_rows(
        partnerships,
        url_for=lambda slug: f"{register_url}{slug}/" + (f"?peildatum={date}" if date else ""),
        date=date,
    )


def membership_rows(partnerships, date=None):
    memberships = Membership.objects.filter(
        partnership__in=partnerships.order_by().values("pk"), organisation__live=True
    )
    if date is not None:
        from registers.peildatum import membership_on

        memberships = memberships.filter(membership_on(date))
    return exchange.membership_rows(memberships.order_by("partnership__name", "sort_order", "pk"))


def export_date(export):
    """The ?peildatum= of an export's selection (already checked when it was asked for)."""
    from registers.peildatum import PARAM

    for key, value in export.params:
        if key == PARAM:
            import datetime

            return datetime.date.fromisoformat(value)
    return None


def write_csv(handle, rows, columns):
    """UTF-8 CSV with BOM (so Excel reads the accents right); cells made safe."""
    text = io.TextIOWrapper(handle, encoding="utf-8", newline="", write_through=True)
    text.write("\ufeff")
    writer = csv.DictWriter(text, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({column: safe_cell(row.get(column)) for column in columns})
    text.flush()
    text.detach()


def write_xlsx(handle, sheets):
    """sheets: [(title, columns, rows)] as one workbook; every cell a value."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    for title, columns, rows in sheets:
        sheet = workbook.create_sheet(title=title[:31])
        sheet.append(columns)
        for row in rows:
            sheet.append([value_cell(sheet, row.get(column, "")) for column in columns])
    workbook.save(handle)


def write_export(handle, export: Export, partnerships, register_url: str):
    date = export_date(export)
    if export.output == "xlsx":
        from django.utils import translation

        from registers import open_data

        with translation.override(export.language):
            about_title = translation.gettext("About this data")
            about_columns = [
                translation.gettext("Subject"),
                translation.gettext("Value"),
                translation.gettext("Link"),
            ]
            about = [
                dict(zip(about_columns, row, strict=True))
                for row in open_data.about_rows(register_url + "open-data/")
            ]
        write_xlsx(
            handle,
            [
                (
                    PARTNERSHIPS,
                    exchange.PARTNERSHIP_COLUMNS,
                    partnership_rows(partnerships, register_url, date),
                ),
                (MEMBERSHIPS, exchange.MEMBERSHIP_COLUMNS, membership_rows(partnerships, date)),
                # Licence and sources inside the file, so they travel with it.
                (about_title, about_columns, about),
            ],
        )
    elif export.table == MEMBERSHIPS:
        write_csv(handle, membership_rows(partnerships, date), exchange.MEMBERSHIP_COLUMNS)
    else:
        write_csv(
            handle,
            partnership_rows(partnerships, register_url, date),
            exchange.PARTNERSHIP_COLUMNS,
        )


def evict():
    prepared.evict(f"{ROOT}/{generation()}", keep=settings.REGISTER_EXPORTS_MAX_STORED)
