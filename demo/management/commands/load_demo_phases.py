"""Demo Fasescan results on a few partnerships of the imported register (run after
import_register: `make demo`). Marked as demo (PartnershipPhase.Source.DEMO, shown as
"Demo: an invented example" on the partnership page). Does nothing when demo phases exist."""

import datetime

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from demo.factories.instruments import answers_for
from instruments import fasescan
from instruments.models import PartnershipPhase
from registers.models import Partnership

# Phases given, in turn, to the first live partnerships with participants (by name).
DEMO_PHASES = ["uitvoering", "evaluatie", "opbouw", "uitvoering", "beeindigd"]


class Command(BaseCommand):
    help = "Save invented Fasescan phases (marked demo) on a few register partnerships."

    @transaction.atomic
    def handle(self, *args, **options):
        if PartnershipPhase.objects.filter(source=PartnershipPhase.Source.DEMO).exists():
            self.stdout.write("Demo phases already present; nothing changed.")
            return
        partnerships = (
            Partnership.objects.public()
            .filter(memberships__isnull=False)
            .distinct()
            .order_by("name")[: len(DEMO_PHASES)]
        )
        now = timezone.now()
        saved = 0
        for index, (partnership, phase) in enumerate(zip(partnerships, DEMO_PHASES, strict=False)):
            answers = answers_for(phase)
            result = fasescan.score(answers)
            PartnershipPhase.objects.create(
                partnership=partnership,
                phase=result.phase,
                answers=answers,
                scores=result.scores,
                saved_at=now - datetime.timedelta(days=7 * (index + 1)),
                source=PartnershipPhase.Source.DEMO,
            )
            saved += 1
            self.stdout.write(f"  {partnership.name}: {result.label}")
        self.stdout.write(f"Demo Fasescan phases saved: {saved}.")
