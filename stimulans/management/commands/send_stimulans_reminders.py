from django.core.management.base import BaseCommand

from stimulans.reminders import send_reminders


class Command(BaseCommand):
    help = (
        "E-mail the Stimulans group about applications whose decision term ends soon "
        "(STIMULANS_REMINDER_DAYS) or has passed. Idempotent: each application is reminded once "
        "per stage. Run daily from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count, send nothing.")

    def handle(self, *args, **options):
        count = send_reminders(dry_run=options["dry_run"])
        self.stdout.write(f"Applications in the reminder: {count}")
