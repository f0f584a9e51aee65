from django.conf import settings
from django.core.management.base import BaseCommand

from registers.verification import send_reminders, start_round


class Command(BaseCommand):
    help = (
        "Verification round (issue 14): mail each outdated published partnership's contact "
        "e-mail a signed link (valid REGISTER_VERIFY_LINK_DAYS days) to confirm the entry or "
        "propose a change (a draft for Registerreview), and send one reminder to contacts who "
        "have not answered after REGISTER_VERIFY_REMIND_AFTER_DAYS days. Entries asked in a "
        "round whose link is still valid and unanswered are not asked again, so running it "
        "daily from cron is safe. At most REGISTER_VERIFY_MAX_MAILS mails per kind per run."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.REGISTER_VERIFY_AFTER_DAYS,
            help="Outdated after this many days without verification (default: %(default)s).",
        )
        parser.add_argument(
            "--reminders-only",
            action="store_true",
            help="Only send reminders; start no new round.",
        )
        parser.add_argument(
            "--no-reminders", action="store_true", help="Start a round; send no reminders."
        )
        parser.add_argument(
            "--limit",
            type=int,
            default=settings.REGISTER_VERIFY_MAX_MAILS,
            help="At most this many mails of each kind in this run (default: %(default)s).",
        )

    def handle(self, *args, **options):
        if not options["reminders_only"]:
            verification_round = start_round(days=options["days"], limit=options["limit"])
            mailed = verification_round.progress()["mailed"]
            if mailed:
                self.stdout.write(f"Verification round started: {mailed} contact(s) mailed.")
            else:
                verification_round.delete()  # an empty round would only clutter the dashboard
                self.stdout.write("No outdated partnership with a contact e-mail to ask.")
        if not options["no_reminders"]:
            reminded = send_reminders(limit=options["limit"])
            self.stdout.write(f"{reminded} reminder(s) sent.")
