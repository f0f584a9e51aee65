#!/usr/bin/env python
"""Bench rows of issue 12's second half: anonymous cached pages through gunicorn beside a static
file, and `update_index` in batches.

page cache   A throw-away site (SQLite unless --database-url; the demo content), served by
             gunicorn on loopback; --clients keep-alive clients fetch a content page and a
             static file in alternating rounds (so both see the same machine), with the page
             cache on (its default: the database table, or Redis with --redis-url) and off.
             Prints requests/s of each and the cached page's share of the static file's
             (target: at least 50 %).
update_index `manage.py update_index` on an existing database (--index-database-url, e.g.
             after `generate_register --partnerships 50000 --memberships 200000 --no-index`):
             wall time (target: 120 s at 50,000 partnerships) and, on PostgreSQL, the longest
             transaction open meanwhile (sampled from pg_stat_activity; target: 10 s).

admin        With --admin-database-url (repeatable: one register of 5,000, one of 50,000):
             the partnership edit form opened and published as the admin does it, seconds
             and queries (target: 1 s each at 50,000).

bench.py can call `rows(args)` for the same figures. Loopback only.

Usage: scripts/bench_cache.py [--clients 8] [--requests 2000] [--workers 3]
                              [--database-url URL] [--redis-url URL]
                              [--index-database-url URL] [--index-only]
                              [--admin-database-url URL ...]
"""

import argparse
import http.client
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from scripts.bench import free_port, server_env  # noqa: E402

STATIC_PATH = "/static/css/site.css"


def _fetch_all(port, path, clients, requests) -> tuple[float, int]:
    """(requests/s, failures) of `requests` GETs of `path` from `clients` keep-alive clients."""
    per_client = requests // clients
    failures = []

    def client():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        for _ in range(per_client):
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                response.read()
            except OSError as error:  # counted, and the next request opens a new connection
                failures.append(type(error).__name__)
                connection.close()
                continue
            if response.status != 200:
                failures.append(response.status)
        connection.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return per_client * clients / (time.perf_counter() - start), len(failures)


def _header(port, path, name) -> str:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path)
    response = connection.getresponse()
    response.read()
    connection.close()
    return response.getheader(name) or "-"


def _serve(env, workers):
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "cms.wsgi", "--bind", f"127.0.0.1:{port}"]
        + ["--workers", str(workers), "--log-level", "warning"],
        cwd=PROJECT,
        env=env,
    )
    for _ in range(300):
        try:
            http.client.HTTPConnection("127.0.0.1", port, timeout=1).connect()
            return server, port
        except OSError:
            time.sleep(0.1)
    server.terminate()
    raise RuntimeError("gunicorn did not start")


def page_cache_rows(args) -> list[tuple]:
    workdir = Path(tempfile.mkdtemp(prefix="bench-cache-"))
    overrides = {"REDIS_URL": args.redis_url} if args.redis_url else {}
    env = server_env(workdir, args.database_url, "benchcache", **overrides)

    def manage(*command):
        subprocess.run([sys.executable, "manage.py", *command], cwd=PROJECT, env=env, check=True)

    rows = []
    try:
        manage("migrate", "--no-input", "-v", "0")
        manage("collectstatic", "--no-input", "-v", "0")
        manage("load_demo", "--password", "benchcache")
        page = "/nl/over/"
        for cache in ("1", "0"):
            server, port = _serve({**env, "PAGE_CACHE": cache}, args.workers)
            try:
                _fetch_all(port, page, args.clients, args.clients * 5)  # warm up
                _fetch_all(port, STATIC_PATH, args.clients, args.clients * 5)
                page_rates, static_rates = [], []
                for _round in range(args.rounds):  # interleaved with the baseline
                    page_rates.append(_fetch_all(port, page, args.clients, args.requests)[0])
                    static_rates.append(
                        _fetch_all(port, STATIC_PATH, args.clients, args.requests)[0]
                    )
                page_rate = sum(page_rates) / len(page_rates)
                static_rate = sum(static_rates) / len(static_rates)
                label = "content page, cache on" if cache == "1" else "content page, cache off"
                rows.append((label, _header(port, page, "X-Cache"), page_rate, static_rate))
            finally:
                server.terminate()
                server.wait()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return rows


def _longest_transaction(database_url, stop, result):
    import psycopg

    longest = 0.0
    name = database_url.rsplit("/", 1)[-1]
    with psycopg.connect(database_url, autocommit=True) as connection:
        while not stop.is_set():
            seconds = connection.execute(
                "SELECT coalesce(max(extract(epoch FROM now() - xact_start)), 0) "
                "FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid() "
                "AND state <> 'idle'",
                [name],
            ).fetchone()[0]
            longest = max(longest, float(seconds))
            time.sleep(0.2)
    result.append(longest)


def index_rows(database_url, env=None) -> list[tuple]:
    """`update_index` timed, with the longest transaction open meanwhile on PostgreSQL.
    `env`: the environment of the site measured (default: this one with DATABASE_URL)."""
    env = {**(env or {**os.environ, "DEBUG": "1"}), "DATABASE_URL": database_url}
    stop, longest = threading.Event(), []
    watcher = None
    if database_url.startswith("postgres"):
        watcher = threading.Thread(target=_longest_transaction, args=(database_url, stop, longest))
        watcher.start()
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "manage.py", "update_index", "-v", "0"], cwd=PROJECT, env=env, check=True
    )
    seconds = time.perf_counter() - start
    stop.set()
    if watcher:
        watcher.join()
    return [("update_index", seconds, longest[0] if longest else None)]


def admin_rows(database_url) -> dict:
    """The partnership edit form opened and published (scripts/bench_admin_measure.py)."""
    env = {**os.environ, "DATABASE_URL": database_url, "DEBUG": "1", "ADMIN_2FA_REQUIRED": "0"}
    script = (PROJECT / "scripts" / "bench_admin_measure.py").read_text()
    output = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=PROJECT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def format_admin(figures) -> str:
    return (
        f"admin at {figures['partnerships']:>6} partnerships, median (slowest) of "
        f"{figures['rounds']}: edit form {figures['edit_form_s']:.2f} s "
        f"({figures['edit_form_max_s']:.2f} s, {figures['edit_form_queries']} queries), "
        f"publish {figures['publish_s']:.2f} s ({figures['publish_max_s']:.2f} s, "
        f"{figures['publish_queries']} queries, published: {figures['published']})"
    )


def rows(args) -> list[str]:
    """The lines bench.py prints for these rows."""
    lines = []
    for label, x_cache, page_rate, static_rate in [] if args.index_only else page_cache_rows(args):
        lines.append(
            f"{label:28} {page_rate:8.0f} req/s   static file {static_rate:8.0f} req/s   "
            f"{page_rate / static_rate:6.1%} of static   (X-Cache: {x_cache})"
        )
    for database_url in args.admin_database_url or []:
        lines.append(format_admin(admin_rows(database_url)))
    if args.index_database_url:
        for label, seconds, longest in index_rows(args.index_database_url):
            extra = f"   longest transaction {longest:.1f} s" if longest is not None else ""
            lines.append(f"{label:28} {seconds:8.1f} s{extra}")
    return lines


def parser():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=2000, help="per round and path")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--database-url", default=None, help="default: SQLite in a temp dir")
    parser.add_argument("--redis-url", default=None, help="page cache in Redis")
    parser.add_argument("--index-database-url", default=None)
    parser.add_argument(
        "--admin-database-url",
        action="append",
        help="measure the admin edit form and publish there (repeat for several sizes)",
    )
    parser.add_argument("--index-only", action="store_true", help="only the update_index row")
    return parser


def main():
    for line in rows(parser().parse_args()):
        print(line)


if __name__ == "__main__":
    main()
