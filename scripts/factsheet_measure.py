"""Figures of the factsheets, for quoting: `python -m scripts.factsheet_measure`.

Builds a throw-away SQLite database (or uses --database-url, e.g. a PostgreSQL database you
created for it) with a partnership of 20 participants and four years of figures, and prints:

- first render (nothing stored) of that partnership's factsheet through the view: median
  and maximum of --renders runs, plus the very first render of the process (which also pays
  for loading WeasyPrint and decoding the fonts once);
- the response for a stored factsheet, and a 304 for a conditional request: median, p95;
- peak memory of one render: Python allocations (tracemalloc) and the process's resident
  set (ru_maxrss, which includes Pango/HarfBuzz/cairo-free C allocations of WeasyPrint);
- a bulk ZIP of --bundle factsheets (default 500): nothing stored yet, then again with
  everything stored.

`--existing-database` measures in the configured database instead (make bench uses it on
its own throw-away database; see scripts/factsheet_bench.py); it never deletes data, but it adds
the benchmark partnership (and, when the register is smaller than --bundle, partnerships
named "Factsheet bench …").
"""

import argparse
import os
import resource
import secrets
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]


def configure(workdir: Path, database_url: str | None):
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "cms.settings",
            "DEBUG": "0",
            "SECRET_KEY": "measure-" + secrets.token_urlsafe(40),
            "DATABASE_URL": database_url or f"sqlite:///{workdir / 'measure.sqlite3'}",
            "MEDIA_ROOT": str(workdir / "media"),
            "STATIC_ROOT": str(workdir / "static"),
            "STATICFILES_STORAGE": "django.contrib.staticfiles.storage.StaticFilesStorage",
            "ALLOWED_HOSTS": "testserver,127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "0",
            "LOG_LEVEL": "ERROR",
            "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        }
    )
    os.environ.pop("ELASTICSEARCH_URL", None)
    os.environ.pop("OPENSEARCH_URL", None)


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def timed(function):
    start = time.perf_counter()
    result = function()
    return (time.perf_counter() - start) * 1000, result


def measure(args, out=print):
    from django.db.models import Count
    from django.test import Client

    from factsheets import bundles, cache, pdf
    from registers.models import Partnership
    from scripts import factsheet_sample as sample

    sample.ensure_site()
    partnership = sample.bench_partnership(participants=20)
    participants = Partnership.objects.filter(pk=partnership.pk).aggregate(n=Count("memberships"))
    client = Client(HTTP_HOST="localhost")
    path = f"/nl/register/{partnership.slug}/factsheet.pdf"
    rows = []

    def uncached_request():
        cache.invalidate("partnership", partnership.pk)
        response = client.get(path)
        assert response.status_code == 200, response.status_code
        return response

    rss_before = rss_mb()
    cold, _response = timed(uncached_request)
    rss_cold = rss_mb()
    first = [timed(uncached_request)[0] for _ in range(args.renders)]
    rss_renders = rss_mb()
    rows.append(
        (
            f"first render, partnership with {participants['n']} participants "
            f"(median of {args.renders})",
            statistics.median(first),
            max(first),
        )
    )

    response = client.get(path)
    etag = response["ETag"]
    cpu_before = time.process_time()
    cached = [timed(lambda: b"".join(client.get(path).streaming_content))[0] for _ in range(200)]
    cpu_cached = (time.process_time() - cpu_before) * 1000 / 200
    cpu_before = time.process_time()
    not_modified = [timed(lambda: client.get(path, HTTP_IF_NONE_MATCH=etag))[0] for _ in range(200)]
    cpu_not_modified = (time.process_time() - cpu_before) * 1000 / 200
    rows.append(("stored factsheet (200)", statistics.median(cached), percentile(cached, 0.95)))
    rows.append(
        (
            "conditional request (304)",
            statistics.median(not_modified),
            percentile(not_modified, 0.95),
        )
    )

    published = pdf.load_partnership(Partnership.objects.public(), pk=partnership.pk)
    tracemalloc.start()
    pdf.render_partnership_factsheet(published)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    from pages.models import ProgrammeLinePage
    from registers.models import Organisation

    organisation = Organisation.objects.get(slug=sample.BENCH_ORGANISATION_SLUG)
    others = {
        "organisation": (
            f"/nl/register/organisaties/{organisation.slug}/factsheet.pdf",
            ("organisation", organisation.pk),
        ),
        "register selection": (
            f"/nl/register/factsheet.pdf?domein={sample.BENCH_DOMAIN}",
            ("selection", None),
        ),
    }
    line = ProgrammeLinePage.objects.live().filter(locale__language_code="nl").first()
    if line is not None:
        others["programme line"] = (f"{line.url}factsheet.pdf", ("programme-line", line.pk))
    for name, (other, stored_as) in others.items():
        cache.invalidate(*stored_as)
        first_ms, response = timed(lambda other=other: client.get(other))
        assert response.status_code == 200, (other, response.status_code)
        stored = [timed(lambda other=other: client.get(other))[0] for _ in range(100)]
        rows.append((f"{name}: first render / stored p95", first_ms, percentile(stored, 0.95)))

    bundle_rows = []
    if args.bundle:
        _query, ids = bundles.selection("")
        if len(ids) < args.bundle:
            sample.bulk_partnerships(args.bundle)
            _query, ids = bundles.selection("")
        ids = ids[: args.bundle]
        rss_bundle = rss_mb()
        for label in ("nothing stored", "all stored"):
            if label == "nothing stored":
                for pk in ids:
                    cache.invalidate("partnership", pk)
            with tempfile.TemporaryFile() as archive:
                elapsed, result = timed(lambda a=archive: bundles.write_bundle(ids, "nl", a))
                size = archive.tell()
            bundle_rows.append((label, len(result.written), elapsed / 1000, size / 1e6))

    out("")
    out(f"Factsheet figures ({os.environ.get('DATABASE_URL', '').split(':', 1)[0]})")
    out(f"{'what':<62} {'median ms':>10} {'p95/max ms':>11}")
    out("-" * 85)
    out(f"{'very first render in this process (WeasyPrint load, font decoding)':<62} {cold:>10.0f}")
    for name, median, high in rows:
        out(f"{name:<62} {median:>10.1f} {high:>11.1f}")
    out(
        f"CPU time per request (this process, no waiting on other processes): "
        f"stored {cpu_cached:.1f} ms, 304 {cpu_not_modified:.1f} ms"
    )
    out(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    out("")
    out(f"peak Python allocations during one render (tracemalloc): {peak / 1e6:.1f} MB")
    out(
        f"process resident set (high-water mark): {rss_before:.0f} MB before rendering, "
        f"{rss_cold:.0f} MB after the first render, {rss_renders:.0f} MB after "
        f"{args.renders} more"
    )
    for label, count, seconds, megabytes in bundle_rows:
        out(
            f"bulk ZIP, {label}: {count} factsheets in {seconds:.1f} s "
            f"({seconds / max(count, 1) * 1000:.0f} ms each), {megabytes:.1f} MB"
        )
    if bundle_rows:
        out(
            f"process high-water mark: {rss_bundle:.0f} MB before the bundles (after making "
            f"their partnerships), {rss_mb():.0f} MB after them"
        )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--renders", type=int, default=7, help="uncached renders to time")
    parser.add_argument("--bundle", type=int, default=500, help="factsheets in the ZIP (0: skip)")
    parser.add_argument("--database-url", help="an empty database to use instead of SQLite")
    parser.add_argument(
        "--existing-database",
        action="store_true",
        help="use the configured database and media (make bench)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the throw-away directory")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(PROJECT))
    workdir = None
    if not args.existing_database:
        workdir = Path(tempfile.mkdtemp(prefix="factsheets-measure-"))
        configure(workdir, args.database_url)
    import django

    django.setup()
    from django.core.management import call_command

    try:
        if workdir is not None:
            call_command("migrate", verbosity=0)
        measure(args)
    finally:
        if workdir is not None and not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
