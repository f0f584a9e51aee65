"""The register importer (manage.py import_register): OpenGR participant lists, the
DSTA/CBS list, DocumentCloud metadata of financial documents, Regioatlas divisions and the
register's own exchange tables, repaired, matched and applied in one transaction.

    readers      files -> tables of rows (kind, encoding, line numbers)
    cleaning     text repair and name keys
    reference    provinces, divisions, aliases, municipal mergers
    books        the register in memory: organisations, partnerships, regions, domains
                 (a module each; partnerships also finds a partnership by its name)
    organisation_names   how a participant's written name becomes an organisation
    sources      one module per source format behind one interface, one shared row loop
    fields       the field list (registers/models/field_list.py) as the importer uses it
    provenance   editors' changes survive a re-import
    writers      writing in bulk: organisations, regions, partnerships, memberships, documents
    publishing   revisions, log entries, search index
    loader       the whole run: load, apply the sources, write
    report       the summary
"""

from functools import partial

from django.db import transaction

from cms import page_cache
from registers.exports import register_changed
from registers.importer.errors import ImportFileError
from registers.importer.loader import Importer
from registers.importer.publishing import update_search_index
from registers.importer.readers import expand_paths, read_file
from registers.importer.report import Report

__all__ = ["ImportFileError", "Report", "read_tables", "run_import"]


def read_tables(paths, *, max_size_mb: float = 50):
    """Every file read and checked before anything is written; the first bad one raises."""
    files = expand_paths(paths)
    if not files:
        raise ImportFileError(", ".join(str(p) for p in paths) or "(none)", "no files to import")
    tables = []
    for path in files:
        tables.extend(read_file(path, max_size_mb=max_size_mb))
    return tables


def run_import(paths, *, dry_run: bool = False, max_size_mb: float = 50, progress=None) -> Report:
    """Import the files as one transaction; with dry_run everything is rolled back.

    progress: a callable(total) returning an object with update(n) and close(), or None.
    Raises ImportFileError (nothing written) when a file cannot be used.
    """
    tables = read_tables(paths, max_size_mb=max_size_mb)
    report = Report(dry_run=dry_run)
    bar = progress(sum(len(table.rows) for table in tables) + 5) if progress else None
    importer = Importer(report, tick=bar.update if bar else None)
    try:
        with transaction.atomic():
            importer.run(tables)
            if dry_run:
                transaction.set_rollback(True)
            else:
                transaction.on_commit(partial(update_search_index, importer.index_later))
                transaction.on_commit(register_changed)
                # The importer writes in bulk, without the signals that purge the page cache.
                page_cache.purge()
    finally:
        if bar:
            bar.close()
    report.finish()
    return report
