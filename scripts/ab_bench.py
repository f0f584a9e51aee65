#!/usr/bin/env python
"""Compare two checkouts of the site request by request, interleaved (an A/B benchmark).

    .venv/bin/python scripts/ab_bench.py --before /path/to/old/checkout [--database postgres]

Both checkouts serve ONE database (built once with this checkout: the demo site, the
imported register and generated entries up to --size partnerships), each through its own
gunicorn (one worker, on loopback). One client then asks every URL of the first checkout
and of the second in turn — A B, B A, A B … — so that whatever else the machine is doing
falls on both alike. It prints, per URL, the median and p95 of each side, the ratio of the
medians (after / before) and each side's ratio to its own baseline row (a content page).

Use it when a change must not slow anything down (a restructuring): on a busy machine the
absolute figures of two separate `make bench` runs differ by more than the change does.
The two checkouts must share the database schema (the same migrations).
"""

import argparse
import http.client
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from scripts import throwaway_postgres  # noqa: E402
from scripts.bench import server_env  # noqa: E402

# (name, path or a shell expression printing it). The first row is the baseline.
ROWS = [
    ("content page: programme line", "programme_line"),
    ("home page /nl/", "/nl/"),
    ("register: q=afval + 2 facets", "/nl/register/?q=afval&domein=afval&fase=uitvoering"),
    ("register: 2 facets, no text", "/nl/register/?domein=afval&fase=uitvoering"),
    ("register: JSON, q=afval + 2 facets", "/nl/register/?q=afval&domein=afval&format=json"),
    ("organisation page (most partnerships)", "busiest_organisation"),
    ("site search: q=afval", "/nl/zoeken/?q=afval"),
    ("site search: q=samenwerking", "/nl/zoeken/?q=samenwerking"),
    ("site search: typo corrected", "/nl/zoeken/?q=belastingsamenwerkign"),
    ("site search: suggestions q=veil", "/nl/zoeken/suggesties/?q=veil"),
    ("event index", "/nl/evenementen/"),
]

LOOKUPS = {
    "programme_line": (
        "from pages.models import ProgrammeLinePage;"
        "print(ProgrammeLinePage.objects.live().filter(locale__language_code='nl')"
        ".order_by('number').first().url)"
    ),
    "busiest_organisation": (
        "from django.db.models import Count;"
        "from registers.models import Organisation;"
        "o = Organisation.objects.filter(memberships__partnership__live=True)"
        ".annotate(n=Count('memberships')).order_by('-n', 'name').first();"
        "print(f'/nl/register/organisaties/{o.slug}/')"
    ),
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))]


def python_of(checkout: Path) -> str:
    return str(checkout / ".venv" / "bin" / "python")


def build_database(env, size: int):
    def manage(*command):
        subprocess.run(
            [python_of(PROJECT), "manage.py", *command], cwd=PROJECT, env=env, check=True
        )

    manage("migrate", "--no-input", "-v", "0")
    manage("load_demo", "--no-index", "--password", "bench")
    files = sorted(
        str(path)
        for path in (PROJECT / "data" / "opengr").rglob("*")
        if path.suffix in {".csv", ".json"}
    )
    manage("import_register", *files)
    manage(
        "generate_register",
        "--partnerships",
        str(size),
        "--memberships",
        str(size * 4),
        "--no-index",
    )
    manage("update_index")
    if env["DATABASE_URL"].startswith("postgres"):
        manage("dbshell", "--", "-c", "ANALYZE")


def lookup(env, expression: str) -> str:
    out = subprocess.run(
        [python_of(PROJECT), "manage.py", "shell", "-c", expression],
        cwd=PROJECT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout.strip().splitlines()[-1]


def serve(checkout: Path, env, workdir: Path, label: str):
    side_env = dict(env, STATIC_ROOT=str(workdir / f"static-{label}"))
    subprocess.run(
        [python_of(checkout), "manage.py", "collectstatic", "--no-input", "-v", "0"],
        cwd=checkout,
        env=side_env,
        check=True,
    )
    subprocess.run(
        [python_of(checkout), "manage.py", "compilemessages", "-v", "0", "--ignore=.venv"],
        cwd=checkout,
        env=side_env,
        check=True,
    )
    port = free_port()
    process = subprocess.Popen(
        [
            python_of(checkout),
            "-m",
            "gunicorn",
            "cms.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "--preload",
            "--log-level",
            "warning",
        ],
        cwd=checkout,
        env=side_env,
    )
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return process, port
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"gunicorn of {checkout} did not start")


def timed_get(connection, path) -> float:
    start = time.perf_counter()
    connection.request("GET", path, headers={"Host": "127.0.0.1"})
    response = connection.getresponse()
    response.read()
    if response.status != 200:
        raise RuntimeError(f"{path}: HTTP {response.status}")
    return (time.perf_counter() - start) * 1000


def compare(ports, paths, requests: int):
    connections = {side: http.client.HTTPConnection("127.0.0.1", port) for side, port in ports}
    results = []
    for name, path in paths:
        for side in connections:
            for _ in range(3):
                timed_get(connections[side], path)  # warm up
        times = {side: [] for side in connections}
        order = list(connections)
        for _ in range(requests):
            for side in order:
                times[side].append(timed_get(connections[side], path))
            order.reverse()  # A B, B A: neither side always goes first
        results.append((name, times))
    return results


def report(results):
    (_, baseline), *_ = results
    base = {side: statistics.median(values) for side, values in baseline.items()}
    header = (
        f"{'what':<40} {'before med/p95 ms':>18} {'after med/p95 ms':>17} "
        f"{'after/before':>12} {'× base before':>13} {'× base after':>12}"
    )
    print(header)
    print("-" * len(header))
    for name, times in results:
        before, after = times["before"], times["after"]
        b_med, a_med = statistics.median(before), statistics.median(after)
        print(
            f"{name:<40} {b_med:>8.1f} / {percentile(before, 0.95):>7.1f} "
            f"{a_med:>7.1f} / {percentile(after, 0.95):>7.1f} {a_med / b_med:>12.2f} "
            f"{b_med / base['before']:>13.2f} {a_med / base['after']:>12.2f}"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", required=True, type=Path, help="the old checkout")
    parser.add_argument("--after", type=Path, default=PROJECT, help="default: this checkout")
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--size", type=int, default=5000, help="partnerships (default 5000)")
    parser.add_argument("--requests", type=int, default=60, help="per URL and side")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="ab-bench-"))
    env = server_env(workdir, None, "ab-bench")
    env.pop("REDIS_URL", None)  # both sides cache in their own process memory
    postgres_url = None
    if args.database == "postgres":
        postgres_url = throwaway_postgres.create(f"ab_bench_{os.getpid()}", "BENCH_POSTGRES")
        if not postgres_url:
            parser.error("PostgreSQL is not reachable")
        env["DATABASE_URL"] = postgres_url

    servers = []
    try:
        started = time.perf_counter()
        build_database(env, args.size)
        print(f"Database built in {time.perf_counter() - started:.0f} s ({args.database})")
        paths = [(name, lookup(env, LOOKUPS[p]) if p in LOOKUPS else p) for name, p in ROWS]
        ports = []
        for label, checkout in (("before", args.before), ("after", args.after)):
            process, port = serve(checkout.resolve(), env, workdir, label)
            servers.append(process)
            ports.append((label, port))
        report(compare(ports, paths, args.requests))
    finally:
        for process in servers:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)
        if postgres_url:
            throwaway_postgres.drop(postgres_url)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
