from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from registers.verification import (
    SelectionInvalid,
    parse_selection,
    send_reminders,
    start_round,
)


class Command(BaseCommand):
    help = (
        "Verification round (issue 14): mail each participating organisation of the outdated "
        "published partnerships (optionally of a register selection) one signed link (valid "
        "REGISTER_VERIFY_LINK_DAYS days) to a page listing all its partnerships, where it "
        "confirms each or proposes a correction (a draft for Registerreview); and send one "
        "reminder to organisations with open partnerships after "
        "REGISTER_VERIFY_REMIND_AFTER_DAYS days. Partnerships asked in a round whose link is "
        "still valid and unanswered are not asked again, so running it daily from cron is "
        "safe. At most REGISTER_VERIFY_MAX_MAILS mails per kind per run."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.REGISTER_VERIFY_AFTER_DAYS,
            help="Outdated after this many days without verification (default: %(default)s).",
        )
        parser.add_argument(
            "--selection",
            default="",
            help="A register selection: the register page's query string or address "
            "(e.g. 'provincie=PV27'). Default: all outdated partnerships.",
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
            try:
                selection = parse_selection(options["selection"])
            except SelectionInvalid as error:
                raise CommandError(f"Unknown filter value in the selection: {error}") from error
            verification_round = start_round(
                days=options["days"], limit=options["limit"], selection=selection
            )
            progress = verification_round.progress()
            if progress["organisations"]:
                self.stdout.write(
                    f"Verification round started: {progress['organisations']} organisation(s) "
                    f"mailed about {progress['mailed']} partnership(s)."
                )
            else:
                verification_round.delete()  # an empty round would only clutter the dashboard
                self.stdout.write(
                    "No outdated partnership with a participating organisation to ask."
                )
        if not options["no_reminders"]:
            reminded = send_reminders(limit=options["limit"])
            self.stdout.write(f"{reminded} reminder(s) sent.")
