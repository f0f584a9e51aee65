import json
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from registers.importer import ImportFileError, run_import


class Command(BaseCommand):
    help = (
        "Import partnerships, participants, organisations, financial documents and regions "
        "into the register from OpenGR participant lists, the DSTA/CBS list, DocumentCloud "
        "document metadata (JSON), Regioatlas divisions and the register's own exchange "
        "tables (CSV or XLSX). The kind of each file is recognised from its columns. Files "
        "are repaired (encoding, spelling) and matched to what the register holds; changes "
        "made by editors are kept. Everything is one transaction: a bad file changes nothing. "
        "An XLSX workbook that unpacks beyond IMPORT_XLSX_MAX_UNPACKED_MB or whose sheets have "
        "more than IMPORT_XLSX_MAX_ROWS rows or IMPORT_XLSX_MAX_COLUMNS columns is refused "
        "before it is read."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "files",
            nargs="+",
            metavar="FILE",
            help="Files to import (.csv, .json, .xlsx); a directory is searched for them.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Do the whole import and print its summary, then roll everything back.",
        )
        parser.add_argument(
            "--report",
            metavar="PATH",
            help=(
                "Write the full report here (text), with a .json twin beside it. Default: "
                "reports/import-register-<timestamp>.txt in the project."
            ),
        )
        parser.add_argument(
            "--max-size",
            type=float,
            default=50,
            metavar="MB",
            help="Refuse files larger than this many megabytes (default: 50).",
        )
        parser.add_argument(
            "--no-progress",
            action="store_true",
            help="Do not show a progress bar (it is only shown on a terminal anyway).",
        )

    def handle(self, *args, **options):
        show_progress = not options["no_progress"] and sys.stderr.isatty()
        try:
            report = run_import(
                options["files"],
                dry_run=options["dry_run"],
                max_size_mb=options["max_size"],
                progress=_progress_bar if show_progress else None,
            )
        except ImportFileError as error:
            raise CommandError(f"{error}\nNothing was imported.") from error
        self.stdout.write(report.render_text(full=False))
        text_path, json_path = self.report_paths(options["report"], report)
        text_path.parent.mkdir(parents=True, exist_ok=True)
        text_path.write_text(report.render_text(full=True), encoding="utf-8")
        json_path.write_text(
            json.dumps(report.as_json(), indent=2, ensure_ascii=False), encoding="utf-8"
        )
        self.stdout.write(f"Full report: {text_path} (and {json_path.name})")
        if report.dry_run:
            self.stdout.write(self.style.WARNING("Dry run: nothing was saved."))
        else:
            self.stdout.write(self.style.SUCCESS("Import done."))

    def report_paths(self, given, report):
        if given:
            path = Path(given)
            if path.suffix == ".json":
                return path.with_suffix(".txt"), path
            return path, path.with_suffix(".json")
        stamp = timezone.localtime(timezone.now()).strftime("%Y%m%d-%H%M%S")
        suffix = "-dry-run" if report.dry_run else ""
        path = Path(settings.BASE_DIR) / "reports" / f"import-register-{stamp}{suffix}.txt"
        return path, path.with_suffix(".json")


def _progress_bar(total):
    from tqdm import tqdm

    return tqdm(total=total, file=sys.stderr, unit="row", desc="Importing", leave=False)
