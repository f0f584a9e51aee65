"""Export or import the search synonyms editors keep (Snippets › Search synonyms) as a text
file: one group of equivalent terms per line, separated by commas (the format of Solr's and
Elasticsearch's synonym files); blank lines and lines starting with # are skipped.

    manage.py search_synonyms export synonyms.txt     (or - for standard output)
    manage.py search_synonyms import synonyms.txt [--replace] [--dry-run]
"""

import sys

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from search.models import Synonym

MAX_LINE = 500  # Synonym.terms' max_length


def parse_lines(lines) -> list[str]:
    """The groups in a synonym file, each normalised to "a, b, c"; raises CommandError with
    the line number of a line that is not a group of at least two terms."""
    groups = []
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if "=>" in line:
            raise CommandError(f"line {number}: one-way rules (=>) are not supported: {line!r}")
        terms = [term.strip() for term in line.split(",") if term.strip()]
        if len(terms) < 2:
            raise CommandError(f"line {number}: give at least two terms separated by commas")
        group = ", ".join(terms)
        if len(group) > MAX_LINE:
            raise CommandError(f"line {number}: longer than {MAX_LINE} characters")
        groups.append(group)
    return list(dict.fromkeys(groups))


class Command(BaseCommand):
    help = "Export or import the search synonyms as a text file (one group per line)."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["export", "import"])
        parser.add_argument("path", help="the file, or - for standard output/input")
        parser.add_argument(
            "--replace", action="store_true", help="import: delete the groups not in the file"
        )
        parser.add_argument("--dry-run", action="store_true", help="import: change nothing")

    def handle(self, action, path, replace=False, dry_run=False, **options):
        if action == "export":
            lines = [f"{synonym.terms}\n" for synonym in Synonym.objects.order_by("terms")]
            if path == "-":
                self.stdout.write("".join(lines), ending="")
            else:
                with open(path, "w", encoding="utf-8") as handle:
                    handle.writelines(lines)
                self.stdout.write(f"Exported {len(lines)} synonym groups to {path}.")
            return
        try:
            if path == "-":
                lines = sys.stdin.read().splitlines()
            else:
                with open(path, encoding="utf-8") as handle:
                    lines = handle.read().splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"Cannot read {path}: {exc}") from exc
        groups = parse_lines(lines)
        existing = set(Synonym.objects.values_list("terms", flat=True))
        added = [group for group in groups if group not in existing]
        removed = sorted(existing - set(groups)) if replace else []
        if not dry_run:
            with transaction.atomic():
                Synonym.objects.bulk_create([Synonym(terms=group) for group in added])
                Synonym.objects.filter(terms__in=removed).delete()
        prefix = "Would add" if dry_run else "Added"
        self.stdout.write(
            f"{prefix} {len(added)}, {'would remove' if dry_run else 'removed'} {len(removed)}, "
            f"kept {len(groups) - len(added)} synonym groups."
        )
