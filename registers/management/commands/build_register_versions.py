from django.core.management.base import BaseCommand

from registers.versions import rebuild


class Command(BaseCommand):
    help = (
        "Rebuild the earlier published states of every partnership (registers/versions.py) "
        "from the published revisions, for the register on a date (?peildatum=). Needed once "
        "for data published before the states were kept; publishing keeps them since."
    )

    def handle(self, *args, **options):
        written = rebuild()
        self.stdout.write(f"{written} earlier states of partnerships written.")
