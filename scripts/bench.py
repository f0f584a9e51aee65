#!/usr/bin/env python
"""make bench: response times of the site through a real server, beside a baseline.

Builds a throw-away database (SQLite by default, or BENCH_DATABASE_URL), loads the demo
site, starts gunicorn on loopback and fires concurrent requests at each URL. Every row is
reported as median and p95 in milliseconds and requests per second, with the ratio of its
median to the baseline measured in the same run: a static file served by the same server.

Usage: scripts/bench.py [--size N] [--duration SECONDS] [--concurrency N] [--workers N]
                        [--only NAME] [--repeat N] [--existing DATABASE_URL]

--size sets the generated register (partnerships; 4 memberships each): 5,000 by default,
50,000 for the national scale of issue 12. After loading, PostgreSQL gets ANALYZE. Rows are
interleaved with their baseline (in process: one request of each per round; through
gunicorn: the duration cut into rounds), and in-process rows print their query count.
--existing measures a database loaded before (e.g. by an earlier --keep run), skipping setup.
"""

import argparse
import http.client
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from scripts import throwaway_postgres  # noqa: E402
from scripts.benchrows import HTTP_ROWS, IN_PROCESS_ROWS, REPORTS, SETUP_STEPS  # noqa: E402


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def percentile(values, fraction):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def load(port, path, duration, concurrency):
    """Keep `concurrency` keep-alive connections busy on `path` for `duration` seconds."""
    latencies, errors = [], []
    lock = threading.Lock()
    deadline = time.perf_counter() + duration

    def worker():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        own, own_errors = [], []
        while time.perf_counter() < deadline:
            start = time.perf_counter()
            try:
                conn.request("GET", path, headers={"Host": "127.0.0.1"})
                response = conn.getresponse()
                response.read()
                if response.status != 200:
                    own_errors.append(response.status)
            except (OSError, http.client.HTTPException) as exc:
                own_errors.append(type(exc).__name__)
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                continue
            own.append((time.perf_counter() - start) * 1000)
        conn.close()
        with lock:
            latencies.extend(own)
            errors.extend(own_errors)

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    return latencies, errors, elapsed


def row(name, latencies, elapsed, baseline_median=None, errors=(), queries=None):
    median = statistics.median(latencies) if latencies else float("nan")
    result = {
        "name": name,
        "n": len(latencies),
        "median": median,
        "p95": percentile(latencies, 0.95),
        "rps": len(latencies) / elapsed if elapsed else float("nan"),
        "ratio": median / baseline_median if baseline_median else 1.0,
        "errors": len(errors),
        "queries": queries,
    }
    return result


def print_table(title, rows, show_rps=True):
    print(f"\n{title}")
    header = f"{'what':<52} {'n':>6} {'median ms':>10} {'p95 ms':>9}"
    header += f" {'req/s':>8}" if show_rps else ""
    header += f" {'× baseline':>11} {'errors':>7}"
    show_queries = any(item.get("queries") is not None for item in rows)
    header += f" {'queries':>8}" if show_queries else ""
    print(header)
    print("-" * len(header))
    for item in rows:
        line = f"{item['name']:<52} {item['n']:>6} {item['median']:>10.2f} {item['p95']:>9.2f}"
        line += f" {item['rps']:>8.1f}" if show_rps else ""
        line += f" {item['ratio']:>11.2f} {item['errors']:>7}"
        line += f" {item.get('queries', ''):>8}" if show_queries else ""
        print(line)


def server_env(workdir: Path, database_url: str | None, name: str, **overrides) -> dict:
    """The environment of a throw-away site for measuring it: production settings (DEBUG
    off) on loopback, its own static and media files under `workdir`, SQLite there unless
    `database_url` is given, and no search cluster (the database backend is what is measured).
    Shared by bench.py, ab_bench.py and load_test.py."""
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "cms.settings",
            "DEBUG": "0",
            "SECRET_KEY": f"{name}-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz-XYZ",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "0",
            "STATIC_ROOT": str(workdir / "static"),
            "MEDIA_ROOT": str(workdir / "media"),
            "DATABASE_URL": database_url or f"sqlite:///{workdir / (name + '.sqlite3')}",
            "LOG_LEVEL": "WARNING",
            **overrides,
        }
    )
    env.pop("ELASTICSEARCH_URL", None)
    env.pop("OPENSEARCH_URL", None)
    return env


def gunicorn_rows(env, args):
    """HTTP_ROWS through gunicorn on loopback, interleaved with their baseline."""
    python = sys.executable
    port = free_port()
    server = subprocess.Popen(
        [
            python,
            "-m",
            "gunicorn",
            "cms.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(args.workers),
            "--log-level",
            "warning",
        ],
        cwd=PROJECT,
        env=env,
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        paths = {
            name: path_fn(env)
            for index, (name, path_fn) in enumerate(HTTP_ROWS)
            if index == 0 or not args.only or any(part in name for part in args.only)
        }
        # Warm up every URL once (template caches, connection setup).
        for path in paths.values():
            load(port, path, 0.5, 2)
        # Interleaved: each round gives every row (the baseline first) its share of the
        # duration, so a change in the machine's load falls on all rows alike.
        rounds = max(1, args.rounds)
        measured = {name: ([], [], 0.0) for name in paths}
        for _round in range(rounds):
            for name, path in paths.items():
                latencies, errors, elapsed = load(
                    port, path, args.duration / rounds, args.concurrency
                )
                own = measured[name]
                measured[name] = (own[0] + latencies, own[1] + errors, own[2] + elapsed)
        baseline_name = next(iter(paths))
        base = row(baseline_name, *measured[baseline_name][:1], measured[baseline_name][2])
        base["errors"] = len(measured[baseline_name][1])
        http_rows = [base]
        for name in list(paths)[1:]:
            latencies, errors, elapsed = measured[name]
            http_rows.append(row(name, latencies, elapsed, base["median"], errors))
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    return http_rows


def run(label, database_url, args):
    workdir = Path(tempfile.mkdtemp(prefix="bench-"))
    # With --redis-url the caches (the anonymous page cache among them) live in Redis, as in
    # production, under a prefix of this run's own so that no other run's pages are served.
    redis = (
        {"REDIS_URL": args.redis_url, "CACHE_KEY_PREFIX": f"bench-{os.getpid()}-{label}"}
        if args.redis_url
        else {}
    )
    env = server_env(workdir, database_url, "bench", BENCH_SIZE=str(args.size), **redis)
    python = sys.executable
    print(f"\n=== {label}: {env['DATABASE_URL']} ({args.size:,} partnerships) ===")

    def manage(*command):
        subprocess.run([python, "manage.py", *command], cwd=PROJECT, env=env, check=True)

    t0 = time.perf_counter()
    manage("collectstatic", "--no-input", "-v", "0")
    if args.existing:
        manage("migrate", "--no-input", "-v", "0")
        from scripts.benchrows import _analyze

        _analyze(manage, env)
    else:
        manage("migrate", "--no-input", "-v", "0")
        manage("load_demo", "--password", "bench", "--no-index")
        for step in SETUP_STEPS:
            step(manage, env)
    print(f"Setup took {time.perf_counter() - t0:.1f} s")

    # In-process rows (server-side time of one request, no network) run in a child
    # process with the bench settings.
    in_process, reports = [], {}
    if IN_PROCESS_ROWS:
        only = ["--only", *args.only] if args.only else []
        wanted = [name for name in REPORTS if not args.only or name in args.only]
        out = subprocess.run(
            [
                python,
                "-m",
                "scripts.benchrows",
                "--in-process",
                "--repeat",
                str(args.repeat),
                "--reports",
                *wanted,
                *only,
            ],
            cwd=PROJECT,
            # The server's own work per request: the anonymous page cache (cms/page_cache.py)
            # would answer every round after the first from its table (1 query, < 1 ms).
            # BENCH_PAGE_CACHE=1 measures the cache's hits instead.
            env={**env, "PAGE_CACHE": os.environ.get("BENCH_PAGE_CACHE", "0")},
            check=True,
            capture_output=True,
            text=True,
        )
        sys.stderr.write(out.stderr)
        measured = json.loads(out.stdout)
        in_process, reports = measured["rows"], measured["reports"]

    http_rows = []
    try:
        if not args.no_http:
            http_rows = gunicorn_rows(env, args)
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)

    if http_rows:
        print_table(
            f"[{label}] Through gunicorn ({args.workers} workers) on loopback, {args.concurrency} "
            f"concurrent clients, {args.duration:.0f} s per row in {args.rounds} rounds; "
            f"anonymous page cache {'off' if env.get('PAGE_CACHE') == '0' else 'on'} "
            f"({'Redis' if args.redis_url else 'database table'}); baseline = first row",
            http_rows,
        )
    if in_process:
        print_table(
            f"[{label}] Server-side, in process (one request at a time); baseline = first row",
            in_process,
            show_rps=False,
        )
    for name, rows in reports.items():
        REPORTS[name][1](label, rows)
    if not args.only or any(part in "admin" for part in args.only):
        from scripts.bench_cache import admin_rows, format_admin

        print(f"\n[{label}] Admin: a partnership's edit form opened and published (superuser)")
        print(format_admin(admin_rows(env["DATABASE_URL"])))
    return [item for item in http_rows + in_process if item["errors"]]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--duration", type=float, default=float(os.environ.get("BENCH_DURATION", 8))
    )
    parser.add_argument(
        "--concurrency", type=int, default=int(os.environ.get("BENCH_CONCURRENCY", 8))
    )
    parser.add_argument("--workers", type=int, default=int(os.environ.get("BENCH_WORKERS", 2)))
    parser.add_argument(
        "--size",
        type=int,
        default=int(os.environ.get("BENCH_SIZE", 5000)),
        help="partnerships in the generated register, 4 memberships each (default 5000)",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=int(os.environ.get("BENCH_REPEAT", 30)),
        help="rounds of the in-process rows (each round: baseline, then every row once)",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=4,
        help="rounds of the gunicorn rows (the duration is shared out over them)",
    )
    parser.add_argument(
        "--existing",
        metavar="DATABASE_URL",
        help="measure this database, loaded before (by --keep or by hand), instead of a new one",
    )
    parser.add_argument(
        "--no-http", action="store_true", help="only the in-process rows and reports"
    )
    parser.add_argument(
        "--only",
        action="append",
        help="run only rows (and reports, e.g. exports) whose name contains this",
    )
    parser.add_argument(
        "--redis-url",
        default=os.environ.get("BENCH_REDIS_URL", ""),
        help="keep the caches (the anonymous page cache among them) in this Redis, as in "
        "production (default: $BENCH_REDIS_URL; else the page cache is a database table)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the bench files afterwards")
    parser.add_argument(
        "--databases",
        default=os.environ.get("BENCH_DATABASES", "sqlite,postgres"),
        help="comma-separated: sqlite, postgres (default: both; PostgreSQL from $BENCH_POSTGRES)",
    )
    args = parser.parse_args()
    os.environ["BENCH_SIZE"] = str(args.size)  # the row modules read it (register_bench.size)

    failed = []
    if args.existing:
        label = "PostgreSQL" if args.existing.startswith("postgres") else "SQLite"
        return 1 if run(label, args.existing, args) else 0
    for database in [d.strip() for d in args.databases.split(",") if d.strip()]:
        if database == "sqlite":
            failed += run("SQLite", None, args)
        elif database == "postgres":
            url = throwaway_postgres.create(f"bench_{os.getpid()}", "BENCH_POSTGRES")
            if url:
                try:
                    failed += run("PostgreSQL", url, args)
                finally:
                    if not args.keep:
                        throwaway_postgres.drop(url)
        else:
            parser.error(f"unknown database {database!r}")
    if failed:
        print(f"\n{len(failed)} row(s) had errors", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
