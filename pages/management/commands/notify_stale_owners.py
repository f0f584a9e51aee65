"""manage.py notify_stale_owners: remind owners of stale pages and register entries (cron)."""

from django.core.management.base import BaseCommand

from pages import owner_notifications


class Command(BaseCommand):
    help = (
        "Send each owner one e-mail listing their pages and register entries not published for "
        "the days set in Settings → Notifications to owners, once per period, to the groups "
        "chosen there. Run it daily from cron."
    )

    def handle(self, *args, **options):
        result = owner_notifications.notify_stale()
        self.stdout.write(f"Reminded {result['owners']} owners of {result['items']} stale items.")
