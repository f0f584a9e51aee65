import csv
import sys

from django.conf import settings
from django.core.management.base import BaseCommand

from cms.spreadsheets import safe_cell
from registers.currency import unverified_partnerships, verification_cutoff


class Command(BaseCommand):
    help = (
        "List published partnerships whose facts were not verified within the last N days "
        "(default: REGISTER_VERIFY_AFTER_DAYS, 365), oldest first. Exits 0; use --fail to exit "
        "1 when there are any (for monitoring)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.REGISTER_VERIFY_AFTER_DAYS,
            help="Verification age in days (default: %(default)s).",
        )
        parser.add_argument("--csv", action="store_true", help="Write CSV to standard output.")
        parser.add_argument(
            "--fail", action="store_true", help="Exit with status 1 when entries are out of date."
        )

    def handle(self, *args, **options):
        partnerships = list(unverified_partnerships(options["days"]))
        cutoff = verification_cutoff(options["days"])
        if options["csv"]:
            writer = csv.writer(self.stdout)
            writer.writerow(["slug", "naam", "laatst_geverifieerd", "geverifieerd_door"])
            for p in partnerships:
                row = [p.slug, p.name, p.last_verified or "", p.last_verified_by]
                writer.writerow([safe_cell(value) for value in row])
        else:
            for p in partnerships:
                verified = p.last_verified.isoformat() if p.last_verified else "never"
                self.stdout.write(f"{verified:>10}  {p.name}")
            self.stdout.write(
                self.style.WARNING(
                    f"{len(partnerships)} published partnership(s) not verified since "
                    f"{cutoff.isoformat()}."
                )
                if partnerships
                else self.style.SUCCESS(f"Every published partnership verified since {cutoff}.")
            )
        if options["fail"] and partnerships:
            sys.exit(1)
