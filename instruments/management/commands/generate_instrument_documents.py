from django.core.management.base import BaseCommand

from instruments.documents import generate


class Command(BaseCommand):
    help = (
        "Make the PDF and DOCX documents of every live tool page of the Instrumentenkoffer "
        "from its text (instruments/documents.py). Pages whose text has not changed since "
        "their documents were made are skipped, so a second run changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Make every document again, changed or not."
        )

    def handle(self, *args, **options):
        written = generate(force=options["force"], stdout=self.stdout)
        self.stdout.write(f"Instrument documents written: {written}.")
