"""Bench rows of the register at scale (issue 12), in the shape of scripts/benchrows.py:

- SETUP_STEPS generate the register up to `--size` partnerships (4 memberships each);
- IN_PROCESS_ROWS time every register request a visitor makes: text with and without facets,
  facets without text, the landing page and its JSON, the busiest organisation page, the
  network and the insights, and the register on a date (?peildatum=, issue 18) beside the
  same requests without it;
- REPORTS print what is not a page: the full register's CSV and XLSX, built (what the
  background task does on publish) and downloaded from the stored file (first byte, whole).
"""

import os
import statistics
import sys
import time

TEXT = "afval"
TWO_FACETS = "domein=afval&fase=uitvoering"


def size() -> int:
    """Partnerships in the bench register (scripts/bench.py --size)."""
    return int(os.environ.get("BENCH_SIZE", "5000"))


def _generate_register(manage, env):
    count = size()
    start = time.perf_counter()
    manage(
        "generate_register",
        "--partnerships",
        str(count),
        "--memberships",
        str(count * 4),
        "--no-index",
    )
    print(f"generate_register to {count}: {time.perf_counter() - start:.1f} s")


def _busiest_organisation(client):
    from django.db.models import Count

    from registers.models import Organisation

    organisation = (
        Organisation.objects.annotate(n=Count("memberships")).order_by("-n", "name").first()
    )
    return f"/nl/register/organisaties/{organisation.slug}/"


def peildatum() -> str:
    """The date of the dated rows: two years ago (between the earlier states written below)."""
    import datetime

    return (datetime.date.today() - datetime.timedelta(days=730)).isoformat()


def write_earlier_states():
    """Give the generated register a history (generate_register writes none): every fifth
    partnership a state superseded a year ago, every tenth another one superseded a month ago,
    so a dated request joins real version rows; every entry in force since 2000 and one in ten
    only since last year, so the date leaves some out."""
    import datetime

    from django.utils import timezone

    from registers.choices import Phase
    from registers.models import Partnership, PartnershipVersion

    now = timezone.now()
    year_ago, month_ago = now - datetime.timedelta(days=365), now - datetime.timedelta(days=30)
    PartnershipVersion.objects.all().delete()
    rows = []
    columns = ("pk", "name", "abbreviation", "kind", "status", "province_role", "seat_place")
    for index, values in enumerate(Partnership.objects.order_by("pk").values_list(*columns)):
        pk, name, abbreviation, kind, status, role, place = values
        common = {
            "partnership_id": pk,
            "abbreviation": abbreviation,
            "kind": kind,
            "status": status,
            "province_role": role,
            "seat_place": place,
        }
        if index % 5 == 0:
            rows.append(
                PartnershipVersion(
                    **common,
                    name=f"{name} (voorheen)",
                    phase=Phase.VERKENNING,
                    valid_from=None,
                    valid_until=year_ago,
                )
            )
        if index % 10 == 0:
            rows.append(
                PartnershipVersion(
                    **common,
                    name=name,
                    phase=Phase.UITVOERING,
                    valid_from=year_ago,
                    valid_until=month_ago,
                )
            )
    PartnershipVersion.objects.bulk_create(rows, batch_size=2000)
    # In force since 2000, one in ten only since last year (the register's data then begin in
    # 2000, so the bench's date is one the register can show).
    Partnership.objects.update(entry_into_force=datetime.date(2000, 1, 1))
    recent = datetime.date.today() - datetime.timedelta(days=300)
    ids = list(Partnership.objects.order_by("pk").values_list("pk", flat=True)[::10])
    Partnership.objects.filter(pk__in=ids).update(entry_into_force=recent)
    print(f"{len(rows)} earlier states written, {len(ids)} entries in force since {recent}")


def _earlier_states(manage, env):
    manage("shell", "-c", "from scripts.register_bench import write_earlier_states as w; w()")


SETUP_STEPS = [_generate_register, _earlier_states]

IN_PROCESS_ROWS = [
    (f"register: q={TEXT} (text, no facet)", lambda c: f"/nl/register/?q={TEXT}"),
    (f"register: q={TEXT} + 2 facets", lambda c: f"/nl/register/?q={TEXT}&{TWO_FACETS}"),
    ("register: 2 facets, no text", lambda c: f"/nl/register/?{TWO_FACETS}"),
    ("register: landing (no query)", lambda c: "/nl/register/"),
    ("register: JSON landing", lambda c: "/nl/register/?format=json"),
    ("register: busiest organisation page", _busiest_organisation),
    ("register: network (no filter)", lambda c: "/nl/register/netwerk/"),
    ("register: insights (no filter)", lambda c: "/nl/register/inzichten/"),
    # The register on a date (registers/peildatum.py): target p95 ≤ 2× the same request today.
    ("register: peildatum landing", lambda c: f"/nl/register/?peildatum={peildatum()}"),
    (
        "register: peildatum + 2 facets",
        lambda c: f"/nl/register/?peildatum={peildatum()}&{TWO_FACETS}",
    ),
    (
        f"register: peildatum + q={TEXT} + 2 facets",
        lambda c: f"/nl/register/?peildatum={peildatum()}&q={TEXT}&{TWO_FACETS}",
    ),
]


def _median(values):
    return statistics.median(values) if values else float("nan")


def _download(client, path):
    """(ms to the first byte, ms to the last, bytes) of one download through the view."""
    start = time.perf_counter()
    response = client.get(path)
    chunks = iter(response.streaming_content if response.streaming else [response.content])
    first = next(chunks, b"")
    first_ms = (time.perf_counter() - start) * 1000
    total = len(first) + sum(len(chunk) for chunk in chunks)
    response.close()
    return first_ms, (time.perf_counter() - start) * 1000, total, response.status_code


def _exports_report(client, repeat):
    """Full CSV and XLSX: built as the background task builds them, then downloaded."""
    from django.core.files.storage import default_storage
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from registers import exports, tasks
    from registers.models import RegisterPage

    page = RegisterPage.objects.live().filter(locale__language_code="nl").first()
    rows = []
    for output in ("csv", "xlsx"):
        path = f"/nl/register/?format={output}"
        export = exports.Export([], "", output, "nl", page.pk)
        builds, queries = [], 0
        for _ in range(max(1, repeat)):
            name = export.name()
            if default_storage.exists(name):
                default_storage.delete(name)
            start = time.perf_counter()
            with CaptureQueriesContext(connection) as captured:
                tasks.prepare_export.call(*export.as_args())
            builds.append(time.perf_counter() - start)
            queries = len(captured)
        downloads = [_download(client, path) for _ in range(max(3, repeat))]
        rows.append(
            {
                "name": f"full {output.upper()}",
                "build_s": _median(builds),
                "build_queries": queries,
                "first_byte_ms": _median([d[0] for d in downloads]),
                "whole_ms": _median([d[1] for d in downloads]),
                "bytes": downloads[0][2],
                "status": sorted({d[3] for d in downloads}),
            }
        )
        print(f"  timed full {output}", file=sys.stderr)
    return rows


def print_exports(label, rows):
    print(f"\n[{label}] Full register downloads ({size():,} partnerships)")
    header = (
        f"{'what':<12} {'build s':>8} {'queries':>8} {'first byte ms':>14} "
        f"{'whole ms':>9} {'MB':>7} {'status':>8}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        print(
            f"{row['name']:<12} {row['build_s']:>8.2f} {row['build_queries']:>8} "
            f"{row['first_byte_ms']:>14.1f} {row['whole_ms']:>9.1f} "
            f"{row['bytes'] / 1e6:>7.2f} {','.join(map(str, row['status'])):>8}"
        )


# name -> (measure(client, repeat) -> rows, print(label, rows))
REPORTS = {"exports": (_exports_report, print_exports)}
