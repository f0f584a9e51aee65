"""Bench rows of the factsheets, in the shape of scripts/benchrows.py (to be merged there):

- SETUP_STEPS add the benchmark partnership (20 participants, four years of figures) and
  print the figures that are not response times: first render (nothing stored), peak
  memory of a render, and a bulk ZIP of 500 factsheets (scripts/factsheet_measure.py);
- HTTP_ROWS and IN_PROCESS_ROWS time stored factsheets (the first request of the warm-up
  renders and stores them).
"""

import subprocess
import sys

from scripts.factsheet_sample import BENCH_SLUG

PARTNERSHIP = f"/nl/register/{BENCH_SLUG}/factsheet.pdf"
SELECTION = "/nl/register/factsheet.pdf?domein=afval&fase=uitvoering"


def _sample(manage, env):
    manage(
        "shell",
        "-v",
        "0",
        "-c",
        (
            "from scripts import factsheet_sample as sample; "
            "sample.ensure_site(); sample.bench_partnership()"
        ),
    )


def _figures(manage, env):
    """First render, peak memory and a bulk ZIP of 500, printed (not a latency row)."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "scripts.factsheet_measure",
            "--existing-database",
            "--bundle",
            "500",
        ],
        env=env,
        check=True,
    )


SETUP_STEPS = [_sample, _figures]

HTTP_ROWS = [
    ("factsheet: partnership, stored (20 participants)", lambda env: PARTNERSHIP),
    ("factsheet: register selection, stored (2 facets)", lambda env: SELECTION),
]


def _busiest_organisation(client):
    from django.db.models import Count

    from registers.models import Organisation

    organisation = (
        Organisation.objects.filter(memberships__partnership__live=True)
        .annotate(n=Count("memberships"))
        .order_by("-n", "name")
        .first()
    )
    return f"/nl/register/organisaties/{organisation.slug}/factsheet.pdf"


def _programme_line(client):
    from pages.models import ProgrammeLinePage

    line = ProgrammeLinePage.objects.live().filter(locale__language_code="nl").first()
    return f"{line.url}factsheet.pdf"


IN_PROCESS_ROWS = [
    ("factsheet: partnership, stored (20 participants)", lambda client: PARTNERSHIP),
    ("factsheet: organisation (most partnerships), stored", _busiest_organisation),
    ("factsheet: programme line, stored", _programme_line),
    ("factsheet: register selection, stored (2 facets)", lambda client: SELECTION),
]
