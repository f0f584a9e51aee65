"""manage.py check_links: check every external address in the pages and the register (cron)."""

import sys

from django.conf import settings
from django.core.management.base import BaseCommand

from tqdm import tqdm

from pages import link_check
from pages.models import LinkOutcome


class Command(BaseCommand):
    help = (
        "Check every external link in the live pages and the register (documents, links to "
        "arrangements) over HTTP, a bounded number at a time, and store the outcome for the "
        "admin's broken-link report (Reports → Broken links). Run it daily from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--concurrency",
            type=int,
            default=settings.LINK_CHECK_CONCURRENCY,
            help="Requests in flight at once (default LINK_CHECK_CONCURRENCY, %(default)s).",
        )
        parser.add_argument(
            "--per-host",
            type=int,
            default=settings.LINK_CHECK_PER_HOST,
            help="Requests at once to one host (default LINK_CHECK_PER_HOST, %(default)s).",
        )
        parser.add_argument(
            "--timeout",
            type=float,
            default=settings.LINK_CHECK_TIMEOUT,
            help="Seconds to wait for an answer (default LINK_CHECK_TIMEOUT, %(default)s).",
        )
        parser.add_argument(
            "--no-progress",
            action="store_true",
            help="Do not show a progress bar (it is only shown on a terminal anyway).",
        )

    def handle(self, *args, **options):
        for name in ("concurrency", "per_host"):
            if options[name] < 1:
                self.stderr.write(f"--{name.replace('_', '-')} must be at least 1.")
                sys.exit(2)
        found = link_check.collect()
        bar = tqdm(
            total=len(found),
            desc="links",
            unit="link",
            disable=options["no_progress"] or not sys.stderr.isatty(),
        )
        outcomes = dict(
            link_check.check_all(
                list(found),
                concurrency=options["concurrency"],
                per_host=options["per_host"],
                timeout=options["timeout"],
                progress=bar.update,
            )
        )
        bar.close()
        totals = link_check.store(found, outcomes)
        labels = dict(LinkOutcome.choices)
        summary = ", ".join(
            f"{totals.get(outcome, 0)} {str(labels[outcome]).lower()}" for outcome in labels
        )
        self.stdout.write(f"Checked {len(outcomes)} external links: {summary}.")
