from django.core.management.base import BaseCommand

from subscriptions.digests import purge_unconfirmed, send_digests
from subscriptions.models import Frequency


class Command(BaseCommand):
    help = (
        "Mail every confirmed subscription of one frequency the register changes published "
        "since its last digest: one mail per e-mail address, nothing when nothing changed. "
        "Also deletes subscription requests not confirmed within "
        "SUBSCRIPTIONS_UNCONFIRMED_DAYS. For cron: daily with --frequency daily, weekly with "
        "--frequency weekly."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--frequency",
            choices=Frequency.values,
            required=True,
            help="Which subscriptions to mail: daily or weekly ones.",
        )

    def handle(self, *args, frequency, **options):
        purged = purge_unconfirmed()
        outcome = send_digests(frequency)
        self.stdout.write(
            f"{outcome.mails} mails, {outcome.subscriptions} subscriptions with changes, "
            f"{outcome.unchanged} without changes, {outcome.failed} mails failed "
            f"({frequency}); {purged} unconfirmed requests deleted."
        )
