"""What every source format has in common: the small interface a source implements, and the
one row loop that feeds it its tables (ticks the progress bar, rejects rows that cannot be
read, records what became of each row in the report)."""

from dataclasses import dataclass

from registers.importer.cleaning import repair_name
from registers.importer.readers import Kind, Table

APPLIED, MERGED = "applied", "merged"  # a row's outcome: used, or a duplicate of one used


@dataclass(frozen=True)
class Reject:
    """A row's outcome when it is not used: why, and the column at fault (if one is)."""

    reason: str
    column: str | None = None


class Source:
    """One source format.

    reads: the kinds of table it reads (applied in readers.KIND_ORDER), each with the kind
    of object its rows count as in the report (regions, partnerships, memberships, …).
    partnership_fields / organisation_fields: the fields its rows fill; the ground for a
    precedence per field and source.

    A source gets each of its tables through the row loop: begin(table), apply(table, row)
    for every row that could be read, end(table); once all of its tables are in, finish().
    apply returns APPLIED, MERGED or a Reject, or None when the row's outcome has to wait
    for the whole table (end records it with record()).
    """

    reads: dict[Kind, str] = {}
    partnership_fields: frozenset[str] = frozenset()
    organisation_fields: frozenset[str] = frozenset()

    def __init__(self, books, tables: list[Table]):
        self.books = books
        self.report = books.report

    def begin(self, table: Table):
        pass

    def apply(self, table: Table, row) -> str | Reject | None:
        raise NotImplementedError

    def end(self, table: Table):
        pass

    def finish(self):
        pass

    def record(self, table: Table, row, outcome: str | Reject | None):
        if outcome is None:
            return
        if isinstance(outcome, Reject):
            where = table.where(row, outcome.column)
            self.report.reject(table.name, where, outcome.reason, self.reads[table.kind])
        else:
            self.report.row(table.name, outcome)

    # --- helpers for reading names --------------------------------------------------------------

    def name(self, value, where: str) -> str:
        name, repairs = repair_name(value)
        self.note_repairs(value, name, repairs, where)
        return name

    def note_repairs(self, raw, repaired, repairs, where):
        if repairs and repaired:
            self.report.warn(
                "repair", f"{str(raw)!r} -> {repaired!r} ({', '.join(repairs)})", where
            )


def apply_table(source: Source, table: Table, tick):
    report = source.report
    report.add_file(table.name, table.kind.value, table.encoding, table.notes)
    if table.encoding_warning:
        report.warn("encoding", table.encoding_warning, table.name)
    source.begin(table)
    for row in table.rows:
        tick()
        outcome = Reject(row.problem) if row.problem else source.apply(table, row)
        source.record(table, row, outcome)
    source.end(table)
