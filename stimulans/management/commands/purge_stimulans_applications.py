from django.core.management.base import BaseCommand

from stimulans.retention import purge


class Command(BaseCommand):
    help = (
        "Delete unsubmitted drafts after STIMULANS_DRAFT_RETENTION_DAYS and anonymise the contact "
        "person of decided applications after STIMULANS_RETENTION_DAYS. Run daily from cron."
    )

    def handle(self, *args, **options):
        result = purge()
        self.stdout.write(
            f"Drafts deleted: {result['deleted_drafts']}; applications anonymised: "
            f"{result['anonymised']}"
        )
