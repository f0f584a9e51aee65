"""CI's guard on search quality: the held-out judged set (tests/search/heldout.toml, frozen
before the query pipeline was tuned) scored on the real imported register by
`scripts/search_quality.py`, on the database this suite runs on. Fails when recall@10 drops
below the floors set from the measurement in README ("Search").

Slow (it builds a throw-away database with the demo site and data/opengr, a few minutes):
`-m "not quality"` leaves it out of a quick local run; `make test` and CI run it.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

from django.db import connection

import pytest

from scripts.search_quality import HELDOUT, KINDS, load_judgements, summarise

PROJECT = Path(__file__).resolve().parents[2]

# Measured on 2026-12-06 (README "Search"): recall@10 0.95 overall and 0.94-0.95 on Dutch
# morphology and typos, site and register, SQLite and PostgreSQL. The floors leave room for
# one or two queries' worth of noise, never below the issue's targets (0.90 / 0.80).
FLOORS = {"all": 0.92, "Dutch morphology and typos": 0.88, "names and abbreviations": 0.92}


@pytest.fixture(scope="module")
def measurement(tmp_path_factory):
    output = tmp_path_factory.mktemp("quality") / "quality.json"
    backend = "postgres" if connection.vendor == "postgresql" else "sqlite"
    env = dict(os.environ)
    if backend == "postgres":
        # The throw-away database goes on the server the suite uses.
        settings = connection.settings_dict
        env.setdefault(
            "QUALITY_POSTGRES",
            f"postgres://{settings['USER']}@{settings['HOST'] or '127.0.0.1'}:"
            f"{settings['PORT'] or 5432}",
        )
    completed = subprocess.run(
        [
            sys.executable,
            "scripts/search_quality.py",
            "--backends",
            backend,
            "--set",
            "heldout",
            "--json",
            str(output),
        ],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    runs = json.loads(output.read_text(encoding="utf-8"))
    assert runs, f"nothing was measured: {completed.stdout[-2000:]}{completed.stderr[-2000:]}"
    return runs[0]["heldout"]


@pytest.mark.quality
@pytest.mark.parametrize("surface", ["site", "register"])
@pytest.mark.parametrize("kind", list(FLOORS))
def test_held_out_recall_stays_above_its_floor(measurement, surface, kind):
    assert set(FLOORS) <= {"all", *KINDS}
    queries = load_judgements(HELDOUT)
    summary = summarise(queries, measurement[surface]["ours"], surface)
    _n, recall, _mrr, _precision, _wrong = summary[kind]
    assert recall >= FLOORS[kind], f"{surface} {kind}: recall@10 {recall:.2f}"
