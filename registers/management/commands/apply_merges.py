import csv
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from registers.merging import MergeRefused, merge_partnerships
from registers.models import Partnership, PartnershipMerge


class Command(BaseCommand):
    help = (
        "Merge duplicate partnerships listed in a CSV file with the columns behouden (slug of "
        "the entry kept), samengevoegd (slug of the entry merged into it) and reden (why), "
        "through the same code as the admin's merge button (registers/merging.py). Rows "
        "already merged are skipped, so the file can be applied after every import. "
        "`make demo` applies data/register_merges.csv."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--user", default="", help="Username recorded as the one who merged (default: none)."
        )

    def handle(self, *args, **options):
        user = None
        if options["user"]:
            user = get_user_model().objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(f"No user {options['user']!r}.")
        try:
            with options["file"].open(encoding="utf-8", newline="") as handle:
                rows = list(csv.DictReader(handle))
        except (OSError, UnicodeDecodeError, csv.Error) as error:
            raise CommandError(f"Cannot read {options['file']}: {error}") from error
        merged = skipped = 0
        for number, row in enumerate(rows, start=2):
            kept_slug = (row.get("behouden") or "").strip()
            other_slug = (row.get("samengevoegd") or "").strip()
            where = f"{options['file'].name}:{number}"
            if PartnershipMerge.objects.filter(merged_slug=other_slug).exists():
                skipped += 1
                continue
            kept = self._find(kept_slug)
            other = Partnership.objects.filter(slug=other_slug).first()
            if kept is None or other is None:
                missing = kept_slug if kept is None else other_slug
                self.stderr.write(f"{where}: no partnership {missing!r}; skipped")
                skipped += 1
                continue
            reason = f"{options['file'].name}: {(row.get('reden') or '').strip()}"
            try:
                merge_partnerships(kept, other, user=user, reason=reason)
            except MergeRefused as refused:
                self.stderr.write(f"{where}: {refused}; skipped")
                skipped += 1
                continue
            merged += 1
            self.stdout.write(f"merged {other_slug} into {kept.slug}")
        self.stdout.write(f"{merged} merged, {skipped} skipped.")

    def _find(self, slug):
        """The entry by its slug, or the entry it was merged into since."""
        found = Partnership.objects.filter(slug=slug).first()
        if found is None:
            merge = PartnershipMerge.objects.filter(merged_slug=slug).select_related("kept")
            found = merge.first().kept if merge.exists() else None
        return found
