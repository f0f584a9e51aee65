from django.core.management.base import BaseCommand, CommandError

from pages.models import InstrumentPage
from stimulans.conversion import convert


class Command(BaseCommand):
    help = (
        "Make an existing instrument page (by slug or id) the Stimulans in Samenwerking page, "
        "with the application route, in every language. Once, when deploying the stimulans app "
        "on a site that already has the page; the demo makes it directly."
    )

    def add_arguments(self, parser):
        parser.add_argument("page", help="slug or id of the Dutch instrument page")

    def handle(self, *args, page, **options):
        found = InstrumentPage.objects.filter(
            **({"pk": int(page)} if page.isdigit() else {"slug": page})
        ).first()
        if found is None:
            raise CommandError(f"No instrument page {page!r}.")
        converted = convert(found)
        self.stdout.write(f"Stimulans pages made: {len(converted)}")
