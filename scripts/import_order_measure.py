"""How much re-importing one source changes the register: `python -m scripts.import_order_measure`.

Builds a throw-away SQLite database (or uses --database-url, e.g. an empty PostgreSQL
database you created for it), imports every file of data/opengr as `make run` does, then
imports each source again on its own and prints, per source, how many partnerships changed
and in which export columns. With source precedence (registers/importer/precedence.py)
every line reads 0.
"""

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
DATA = PROJECT / "data" / "opengr"
SOURCES = {
    "opengr": DATA / "opengr_provincies.csv",
    "dsta": DATA / "gemeenschappelijke_regelingen_dsta_cbs.csv",
    "documents": DATA / "opengr_provincies_financieel_docs.json",
    "regioatlas": DATA / "regioatlas",
}


def export():
    from registers.exchange import partnership_row
    from registers.models import Partnership

    rows = {}
    for partnership in Partnership.objects.prefetch_related(
        "domains", "provinces", "regions", "tagged_items__tag", "memberships__organisation"
    ):
        row = partnership_row(partnership)
        row["deelnemers"] = sorted(
            (m.organisation_id, m.role) for m in partnership.memberships.all()
        )
        rows[partnership.pk] = row
    return rows


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="An empty database to use instead of SQLite.")
    parser.add_argument(
        "--source", choices=sorted(SOURCES), action="append", help="Only these (repeatable)."
    )
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="import-order-"))
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "cms.settings",
            "DEBUG": "0",
            "SECRET_KEY": "import-order-measure",
            "DATABASE_URL": args.database_url or f"sqlite:///{workdir / 'db.sqlite3'}",
            "MEDIA_ROOT": str(workdir / "media"),
        }
    )
    sys.path.insert(0, str(PROJECT))
    import django

    django.setup()
    from django.core.management import call_command

    from registers.importer import run_import

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    run_import([str(path) for path in SOURCES.values()])
    print(f"full import: {time.perf_counter() - started:.1f} s")
    for name in args.source or list(SOURCES):
        before = export()
        run_import([str(SOURCES[name])])
        after = export()
        columns = Counter()
        changed = 0
        for pk, row in before.items():
            differ = [column for column in row if row[column] != after.get(pk, {}).get(column)]
            changed += bool(differ)
            columns.update(differ)
        shown = ", ".join(f"{column} {count}" for column, count in columns.most_common())
        print(
            f"re-import {name}: {changed} of {len(before)} partnerships changed"
            + (f" ({shown})" if shown else "")
        )


if __name__ == "__main__":
    main()
