from django.core.management.base import BaseCommand, CommandError

from registers.importer import reference
from registers.mergers import record_merger
from registers.models import Organisation, OrganisationMerger


class Command(BaseCommand):
    help = (
        "Record the municipal mergers of data/gemeentelijke_herindelingen.csv as the admin's "
        "'Record a merger' does (registers/mergers.py), published without the review (a data "
        "load, as an import): the predecessors' participations end the day before, the "
        "successor takes part from the merger date. Only mergers whose "
        "successor and predecessors are in the register; a merger already recorded is "
        "skipped, so the command can run after every import. `make demo` records the "
        "Vijfheerenlanden merger (GM1961) so the register on a date shows it."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--successor",
            action="append",
            default=[],
            help="CBS code of a successor whose merger to record (repeatable).",
        )
        parser.add_argument("--all", action="store_true", help="Every merger in the file.")

    def handle(self, *args, **options):
        wanted = {code.strip().upper() for code in options["successor"]}
        if not wanted and not options["all"]:
            raise CommandError("Give --successor GMnnnn (repeatable) or --all.")
        groups = {}
        for found in reference.mergers().values():
            for merger in found:
                if options["all"] or merger.successor_cbs_code in wanted:
                    key = (merger.successor_cbs_code, merger.ended)
                    groups.setdefault(key, set()).add(merger.cbs_code)
        recorded = skipped = 0
        for (successor_code, date), predecessor_codes in sorted(groups.items()):
            successor = Organisation.objects.filter(cbs_code=successor_code).first()
            predecessors = list(Organisation.objects.filter(cbs_code__in=predecessor_codes))
            if successor is None or not predecessors:
                skipped += 1
                continue
            if OrganisationMerger.objects.filter(successor=successor, date=date).exists():
                skipped += 1
                continue
            _merger, done, left_out = record_merger(predecessors, successor, date, review=False)
            recorded += 1
            names = " + ".join(sorted(o.name for o in predecessors))
            self.stdout.write(
                f"{date}: {names} → {successor.name}: {len(done)} partnerships continued"
                + (f", {len(left_out)} left for hand work" if left_out else "")
            )
        self.stdout.write(f"{recorded} mergers recorded, {skipped} skipped.")
