"""Applying the files to the register.

Everything happens in memory first: the register is loaded once (books), the sources apply
their tables to it, matched against it and against each other, and only then is the
result written in bulk (a few dozen queries, whatever the number of rows). The caller wraps
`Importer.run` in one transaction.
"""

from collections import defaultdict

from django.utils import timezone

from registers.importer.books import Books
from registers.importer.readers import KIND_ORDER, Kind, Table
from registers.importer.sources import SOURCES
from registers.importer.sources.base import apply_table
from registers.importer.sources.derived import derive
from registers.importer.writers import RegisterWriter


class Importer:
    def __init__(self, report, *, tick=None):
        self.report = report
        self.tick = tick or (lambda number=1: None)
        self.now = timezone.now()
        self.books = Books(report)
        self.index_later: dict[type, set] = defaultdict(set)

    def run(self, tables: list[Table]):
        self.books.load()
        sources = [source(self.books, tables) for source in SOURCES]
        by_kind = {kind: source for source in sources for kind in source.reads}
        # Kinds in KIND_ORDER (readers.py), each source finishing after its last kind: its
        # rows may name what only its later tables bring (the register's samenwerkingsverbanden
        # name organisations its deelnemers table brings).
        for kind in KIND_ORDER:
            source = by_kind[kind]
            for table in tables:
                if table.kind == kind:
                    apply_table(source, table, self.tick)
            if kind == max(source.reads, key=KIND_ORDER.index):
                source.finish()
        derive(self.books)
        marked = self.books.organisations.apply_mergers()
        if marked:
            self.report.warn(
                "other",
                f"{marked} municipalities in the files no longer exist (merged): marked "
                "historical (active until) and linked to their successors "
                "(data/gemeentelijke_herindelingen.csv)",
            )
        RegisterWriter(
            self.books,
            now=self.now,
            index_later=self.index_later,
            recompute_regions=any(table.kind == Kind.REGIOATLAS for table in tables),
            tick=self.tick,
        ).write()
