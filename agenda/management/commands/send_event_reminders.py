from django.core.management.base import BaseCommand, CommandError

from agenda.conf import reminder_days
from agenda.reminders import send_reminders


class Command(BaseCommand):
    help = (
        "Email a reminder to everyone with a confirmed place for an event that starts within "
        "the next N days (default EVENTS_REMINDER_DAYS, 2). Each registration gets one "
        "reminder, however often this runs; run it hourly or daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days", type=int, default=None, help="Days ahead (default: EVENTS_REMINDER_DAYS)."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count the reminders that are due."
        )

    def handle(self, *args, days=None, dry_run=False, **options):
        days = reminder_days() if days is None else days
        if days < 0:
            raise CommandError("--days cannot be negative.")
        sent = send_reminders(days, dry_run=dry_run)
        verb = "Would send" if dry_run else "Sent"
        self.stdout.write(f"{verb} {sent} reminder(s) for events in the next {days} day(s).")
