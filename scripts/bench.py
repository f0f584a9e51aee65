#!/usr/bin/env python
"""make bench: response times of the site through a real server, beside a baseline.

Builds a throw-away database (SQLite by default, or BENCH_DATABASE_URL), loads the demo
site, starts gunicorn on loopback and fires concurrent requests at each URL. Every row is
reported as median and p95 in milliseconds and requests per second, with the ratio of its
median to the baseline measured in the same run: a static file served by the same server.

Usage: scripts/bench.py [--duration SECONDS] [--concurrency N] [--workers N] [--only NAME]
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
from scripts.benchrows import HTTP_ROWS, IN_PROCESS_ROWS, SETUP_STEPS  # noqa: E402


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


def row(name, latencies, elapsed, baseline_median=None, errors=()):
    median = statistics.median(latencies) if latencies else float("nan")
    result = {
        "name": name,
        "n": len(latencies),
        "median": median,
        "p95": percentile(latencies, 0.95),
        "rps": len(latencies) / elapsed if elapsed else float("nan"),
        "ratio": median / baseline_median if baseline_median else 1.0,
        "errors": len(errors),
    }
    return result


def print_table(title, rows, show_rps=True):
    print(f"\n{title}")
    header = f"{'what':<52} {'n':>6} {'median ms':>10} {'p95 ms':>9}"
    header += f" {'req/s':>8}" if show_rps else ""
    header += f" {'× baseline':>11} {'errors':>7}"
    print(header)
    print("-" * len(header))
    for item in rows:
        line = f"{item['name']:<52} {item['n']:>6} {item['median']:>10.2f} {item['p95']:>9.2f}"
        line += f" {item['rps']:>8.1f}" if show_rps else ""
        line += f" {item['ratio']:>11.2f} {item['errors']:>7}"
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


def run(label, database_url, args):
    workdir = Path(tempfile.mkdtemp(prefix="bench-"))
    env = server_env(workdir, database_url, "bench")
    python = sys.executable
    print(f"\n=== {label}: {env['DATABASE_URL']} ===")

    def manage(*command):
        subprocess.run([python, "manage.py", *command], cwd=PROJECT, env=env, check=True)

    t0 = time.perf_counter()
    manage("migrate", "--no-input", "-v", "0")
    manage("collectstatic", "--no-input", "-v", "0")
    manage("load_demo", "--password", "bench")
    for step in SETUP_STEPS:
        step(manage, env)
    print(f"Setup took {time.perf_counter() - t0:.1f} s")

    # In-process rows (server-side time of one request, no network) run in a child
    # process with the bench settings.
    in_process = []
    if IN_PROCESS_ROWS:
        only = ["--only", *args.only] if args.only else []
        out = subprocess.run(
            [python, "-m", "scripts.benchrows", "--in-process", *only],
            cwd=PROJECT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        sys.stderr.write(out.stderr)
        in_process = json.loads(out.stdout)

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
        http_rows = []
        paths = {name: path_fn(env) for name, path_fn in HTTP_ROWS}
        # Warm up every URL once (template caches, connection setup).
        for path in paths.values():
            load(port, path, 0.5, 2)
        baseline_name = next(iter(paths))
        latencies, errors, elapsed = load(
            port, paths[baseline_name], args.duration, args.concurrency
        )
        base = row(baseline_name, latencies, elapsed, errors=errors)
        http_rows.append(base)
        for name, path in list(paths.items())[1:]:
            if args.only and not any(part in name for part in args.only):
                continue
            latencies, errors, elapsed = load(port, path, args.duration, args.concurrency)
            http_rows.append(row(name, latencies, elapsed, base["median"], errors))
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)

    print_table(
        f"[{label}] Through gunicorn ({args.workers} workers) on loopback, {args.concurrency} "
        f"concurrent clients, {args.duration:.0f} s per row; baseline = first row",
        http_rows,
    )
    if in_process:
        print_table(
            f"[{label}] Server-side, in process (one request at a time); baseline = first row",
            in_process,
            show_rps=False,
        )
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
    parser.add_argument("--only", action="append", help="run only rows whose name contains this")
    parser.add_argument("--keep", action="store_true", help="keep the bench files afterwards")
    parser.add_argument(
        "--databases",
        default=os.environ.get("BENCH_DATABASES", "sqlite,postgres"),
        help="comma-separated: sqlite, postgres (default: both; PostgreSQL from $BENCH_POSTGRES)",
    )
    args = parser.parse_args()

    failed = []
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
