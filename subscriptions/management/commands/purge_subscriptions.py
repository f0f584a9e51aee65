from django.core.management.base import BaseCommand

from subscriptions.digests import purge_unconfirmed


class Command(BaseCommand):
    help = (
        "Delete subscription requests not confirmed within SUBSCRIPTIONS_UNCONFIRMED_DAYS "
        "(send_register_digests does this too)."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"{purge_unconfirmed()} unconfirmed requests deleted.")
