"""Fill the register with generated partnerships for benchmarks and load tests."""

import random

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from tqdm import tqdm

from registers.choices import OrganisationKind, PartnershipKind, Phase, ProvinceRole, Role, Status
from registers.models import Membership, Organisation, Partnership, PolicyDomain, Region

WORDS = [
    "Afval",
    "Recreatie",
    "Veiligheid",
    "Gezondheid",
    "Belasting",
    "Werk",
    "Jeugd",
    "Omgeving",
    "Water",
    "Vervoer",
    "Archief",
    "Cultuur",
    "Economie",
    "ICT",
    "Inkoop",
    "Natuur",
]
AREAS = [
    "Noord",
    "Zuid",
    "Oost",
    "West",
    "Midden",
    "Kust",
    "Rivierenland",
    "Veenweide",
    "Delta",
    "Heuvelland",
    "Polder",
    "Waterland",
    "Zaanstreek",
    "Gooi",
    "Kempen",
    "Achterhoek",
]


class Command(BaseCommand):
    help = (
        "Add generated partnerships with participants to the register, for benchmarks "
        "(names are marked 'Gegenereerd'). Never run this on a production register."
    )

    def add_arguments(self, parser):
        parser.add_argument("--partnerships", type=int, default=5000, help="Total wanted.")
        parser.add_argument("--memberships", type=int, default=20000, help="Total wanted.")
        parser.add_argument(
            "--organisations",
            type=int,
            default=400,
            help="Generated organisations added when the register has fewer.",
        )
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--no-index", action="store_true", help="Skip update_index.")

    def handle(self, *args, **options):
        rng = random.Random(options["seed"])
        have = Partnership.objects.count()
        to_make = options["partnerships"] - have
        if to_make <= 0:
            self.stdout.write(f"The register already has {have} partnerships; nothing added.")
            return
        with transaction.atomic():
            organisations = self._organisations(options["organisations"])
            partnerships = self._partnerships(rng, to_make)
            memberships = self._memberships(
                rng,
                partnerships,
                organisations,
                options["memberships"] - Membership.objects.count(),
            )
            self._relations(rng, partnerships)
        self.stdout.write(
            self.style.SUCCESS(
                f"Added {len(partnerships)} partnerships and {memberships} memberships "
                f"(register now: {Partnership.objects.count()} / {Membership.objects.count()})."
            )
        )
        if not options["no_index"]:
            call_command("update_index", verbosity=0)

    def _organisations(self, wanted):
        organisations = list(Organisation.objects.all())
        missing = max(0, wanted - len(organisations))
        new = [
            Organisation(
                name=f"Gegenereerde gemeente {n}",
                slug=f"gegenereerde-gemeente-{n}",
                kind=OrganisationKind.GEMEENTE,
            )
            for n in range(missing)
        ]
        Organisation.objects.bulk_create(new, batch_size=500)
        return list(Organisation.objects.all())

    def _partnerships(self, rng, count):
        now = timezone.now()
        start = Partnership.objects.count()
        rows = []
        for n in range(start, start + count):
            name = f"Gegenereerd {rng.choice(WORDS)}schap {rng.choice(AREAS)} {n}"
            rows.append(
                Partnership(
                    name=name,
                    slug=f"gegenereerd-{n}",
                    kind=rng.choice(PartnershipKind.values),
                    phase=rng.choice(Phase.values),
                    status=rng.choice(Status.values),
                    province_role=rng.choice(ProvinceRole.values),
                    seat_place=rng.choice(AREAS),
                    description=f"{name}: gegenereerd voor een belastingtest.",
                    live=True,
                    first_published_at=now,
                    last_published_at=now,
                    import_source="generate_register",
                )
            )
        created = []
        for index in tqdm(range(0, len(rows), 500), desc="partnerships", disable=None):
            created += Partnership.objects.bulk_create(rows[index : index + 500])
        return created

    def _memberships(self, rng, partnerships, organisations, wanted):
        if wanted <= 0:
            return 0
        per, extra = divmod(wanted, len(partnerships))
        rows = []
        for index, partnership in enumerate(partnerships):
            # Spread the remainder so the register reaches exactly the total asked for.
            count = max(1, per + (1 if index < extra else 0))
            for sort_order, organisation in enumerate(
                rng.sample(organisations, min(count, len(organisations)))
            ):
                rows.append(
                    Membership(
                        partnership=partnership,
                        organisation=organisation,
                        role=Role.DEELNEMER,
                        sort_order=sort_order,
                    )
                )
        Membership.objects.bulk_create(rows, batch_size=2000)
        return len(rows)

    def _relations(self, rng, partnerships):
        domains = list(PolicyDomain.objects.all())
        provinces = list(Organisation.objects.filter(kind=OrganisationKind.PROVINCIE))
        regions = list(Region.objects.all()[:200])
        if not domains:
            raise CommandError("No policy domains: run the migrations first.")
        Domain = Partnership.domains.through
        Province = Partnership.provinces.through
        RegionLink = Partnership.regions.through
        Domain.objects.bulk_create(
            [Domain(partnership=p, policydomain=rng.choice(domains)) for p in partnerships],
            batch_size=2000,
        )
        if provinces:
            Province.objects.bulk_create(
                [Province(partnership=p, organisation=rng.choice(provinces)) for p in partnerships],
                batch_size=2000,
            )
        if regions:
            RegionLink.objects.bulk_create(
                [RegionLink(partnership=p, region=rng.choice(regions)) for p in partnerships],
                batch_size=2000,
            )
