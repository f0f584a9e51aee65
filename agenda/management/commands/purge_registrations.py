from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from agenda.conf import EVENT_TIME_ZONE, retention_days
from agenda.retention import purge_registrations


class Command(BaseCommand):
    help = (
        "Anonymise registrations on the Nth calendar day after their event (N is "
        "EVENTS_RETENTION_DAYS, default 90): name, email, organisation, role and requirements "
        "are emptied, the numbers stay. Run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Days after the end of an event (default: EVENTS_RETENTION_DAYS).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be anonymised."
        )

    def handle(self, *args, days=None, dry_run=False, **options):
        days = retention_days() if days is None else days
        if days < 0:
            raise CommandError("--days cannot be negative.")
        result = purge_registrations(days, dry_run=dry_run)
        verb = "Would anonymise" if dry_run else "Anonymised"
        cutoff = timezone.localtime(result.cutoff, EVENT_TIME_ZONE)
        message = (
            f"{verb} {result.registrations} registration(s) of {result.events} event(s) "
            f"that ended before {cutoff:%Y-%m-%d %H:%M} (Dutch time; retention {days} days)."
        )
        self.stdout.write(self.style.SUCCESS(message) if not dry_run else message)
