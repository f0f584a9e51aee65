#!/usr/bin/env python
"""make loadtest: mixed anonymous traffic against gunicorn, with and without database faults.

Builds a throw-away database (the demo, the real OpenGR import and generated entries), starts
gunicorn (several workers) and a task worker (`manage.py db_worker`, as production runs them)
on loopback, and sends anonymous traffic from concurrent clients in three phases, each bounded
by a number of requests and a time limit:

  pages      home pages, register searches, organisation and partnership pages, site search
  + files    the same with selection factsheets and CSV/XLSX exports mixed in, with NEW
             filters every time (so nothing is served from a stored file by luck)
  + faults   as "+ files", while the database drops every connection midway
             (PostgreSQL: pg_terminate_backend of all the site's backends; SQLite has no
             connections to drop, so the phase is skipped there)

It prints per phase: requests, answers by status, 5xx (503 "queue full" answers of the
prepared files are counted apart: they are the designed bound on background work), and the
home page's p50/p95. The issue's targets: no 5xx outside the moment the database is down,
and the home page's p95 with files in the mix at most 2x its p95 without.

Loopback only; nothing is requested from another host.

Usage: scripts/load_test.py [--databases sqlite,postgres] [--clients 16] [--requests 800]
                            [--max-seconds 120] [--workers 3] [--partnerships 5000] [--keep]
"""

import argparse
import http.client
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from scripts import throwaway_postgres  # noqa: E402
from scripts.bench import free_port, percentile, server_env  # noqa: E402

WORDS = ["afval", "water", "zorg", "jeugd", "veiligheid", "recreatie", "regio", "gemeente"]
PHASES = ("pages", "+ files", "+ faults")

INVENTORY = """
import json
from registers.choices import Phase, Status
from registers.models import Organisation, Partnership, PolicyDomain
print(json.dumps({
    "domains": list(PolicyDomain.objects.values_list("slug", flat=True)),
    "phases": [value for value, _label in Phase.choices],
    "statuses": [value for value, _label in Status.choices],
    "organisations": list(Organisation.objects.filter(memberships__partnership__live=True)
        .values_list("slug", flat=True).distinct()[:200]),
    "partnerships": list(Partnership.objects.public().values_list("slug", flat=True)[:200]),
}))
"""


class Traffic:
    """The URLs of one phase; `files` adds selection factsheets and exports."""

    def __init__(self, inventory, files: bool, seed: int):
        self.inventory = inventory
        self.files = files
        self.random = random.Random(seed)
        self.lock = threading.Lock()

    def new_filters(self):
        """A selection nobody asked for before in this run."""
        r = self.random
        params = [("domein", d) for d in r.sample(self.inventory["domains"], r.randint(1, 3))]
        params.append(("fase", r.choice(self.inventory["phases"])))
        params.append(("status", r.choice(self.inventory["statuses"])))
        params.append(("q", f"{r.choice(WORDS)} {r.randint(1, 10**9)}"))
        return params

    def next(self):
        with self.lock:
            r = self.random
            roll = r.random()
            if self.files and roll < 0.25:
                kind = r.choice(["pdf", "pdf", "csv", "xlsx", "csv-full", "xlsx-full"])
                if kind == "pdf":
                    return "pdf", "/nl/register/factsheet.pdf?" + urlencode(self.new_filters())
                if kind.endswith("-full"):
                    return "export", f"/nl/register/?format={kind[:-5]}"
                params = [*self.new_filters(), ("format", kind)]
                return "export", "/nl/register/?" + urlencode(params)
            page = r.random()
            if page < 0.35:
                return "home", r.choice(["/nl/", "/en/"])
            if page < 0.55:
                params = [("domein", r.choice(self.inventory["domains"]))]
                if r.random() < 0.5:
                    params.append(("q", r.choice(WORDS)))
                return "register", "/nl/register/?" + urlencode(params)
            if page < 0.7:
                return "search", "/nl/zoeken/?" + urlencode({"q": r.choice(WORDS)})
            if page < 0.85 and self.inventory["organisations"]:
                slug = r.choice(self.inventory["organisations"])
                return "organisation", f"/nl/register/organisaties/{slug}/"
            slug = r.choice(self.inventory["partnerships"])
            return "partnership", f"/nl/register/{slug}/"


def run_phase(port, traffic, clients, requests, max_seconds, fault=None):
    """Send `requests` requests (or stop after `max_seconds`) from `clients` keep-alive
    clients; `fault()` runs once when half the requests are sent."""
    results = []  # (kind, status, milliseconds, busy)
    lock = threading.Lock()
    sent = [0]
    deadline = time.perf_counter() + max_seconds
    fault_done = threading.Event()

    def client():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while time.perf_counter() < deadline:
            with lock:
                if sent[0] >= requests:
                    break
                sent[0] += 1
                halfway = fault is not None and sent[0] >= requests // 2 and not fault_done.is_set()
                if halfway:
                    fault_done.set()
            if halfway:
                threading.Thread(target=fault).start()
            kind, path = traffic.next()
            accept = "application/json" if kind in {"pdf", "export"} else "text/html"
            start = time.perf_counter()
            try:
                conn.request("GET", path, headers={"Host": "127.0.0.1", "Accept": accept})
                response = conn.getresponse()
                body = response.read()
                status = response.status
            except (OSError, http.client.HTTPException) as exc:
                status = type(exc).__name__
                body = b""
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            elapsed = (time.perf_counter() - start) * 1000
            busy = status == 503 and b'"busy"' in body[:200]
            with lock:
                results.append((kind, status, elapsed, busy))
        conn.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, time.perf_counter() - started


def summarise(phase, results, elapsed):
    statuses = Counter(str(status) for _kind, status, _ms, _busy in results)
    busy = sum(1 for *_rest, is_busy in results if is_busy)
    server_errors = (
        sum(1 for _k, status, _ms, is_busy in results if isinstance(status, int) and status >= 500)
        - busy
    )
    home = [ms for kind, status, ms, _busy in results if kind == "home" and status == 200]
    files = Counter(kind for kind, *_rest in results if kind in {"pdf", "export"})
    return {
        "phase": phase,
        "requests": len(results),
        "seconds": elapsed,
        "statuses": dict(sorted(statuses.items())),
        "5xx": server_errors,
        "busy": busy,
        "files": files["pdf"] + files["export"],
        "home_n": len(home),
        "home_p50": percentile(home, 0.5),
        "home_p95": percentile(home, 0.95),
    }


def print_table(label, rows, extra):
    print(f"\n[{label}] {extra}")
    header = (
        f"{'phase':<10} {'requests':>8} {'s':>6} {'PDF/exp':>7} {'5xx':>5} {'503 busy':>8} "
        f"{'home p50':>9} {'home p95':>9}  answers by status"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        statuses = ", ".join(f"{k}: {v}" for k, v in row["statuses"].items())
        print(
            f"{row['phase']:<10} {row['requests']:>8} {row['seconds']:>6.1f} {row['files']:>7} "
            f"{row['5xx']:>5} {row['busy']:>8} {row['home_p50']:>7.0f}ms {row['home_p95']:>7.0f}ms"
            f"  {statuses}"
        )
    base = next((r for r in rows if r["phase"] == "pages"), None)
    mixed = next((r for r in rows if r["phase"] == "+ files"), None)
    if base and mixed and base["home_p95"]:
        ratio = mixed["home_p95"] / base["home_p95"]
        verdict = "meets" if ratio <= 2 else "MISSES"
        print(f"home p95 with files / without: {ratio:.2f}x ({verdict} the target of ≤ 2x)")


def terminate_backends(database_url):
    """Drop every connection of the site and its worker, as a restart or failover does."""
    import psycopg

    base, name = database_url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        rows = conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            [name],
        ).fetchall()
    print(f"  (midway: pg_terminate_backend ended {len(rows)} connections)")


class Worker:
    """`manage.py db_worker`, restarted when it exits (as systemd's Restart=always would):
    a dropped connection ends it."""

    def __init__(self, python, env):
        self.python, self.env = python, env
        self.restarts = 0
        self.running = True
        self.process = None
        self.thread = threading.Thread(target=self.supervise, daemon=True)
        self.thread.start()

    def supervise(self):
        while self.running:
            self.process = subprocess.Popen(
                [
                    self.python,
                    "manage.py",
                    "db_worker",
                    "--interval",
                    "0.5",
                    "--no-startup-delay",
                    "--verbosity",
                    "0",
                ],
                cwd=PROJECT,
                env=self.env,
            )
            self.process.wait()
            if self.running:
                self.restarts += 1
                time.sleep(0.5)

    def stop(self):
        self.running = False
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()


def run(label, database_url, args):
    workdir = Path(tempfile.mkdtemp(prefix="loadtest-"))
    env = server_env(
        workdir,
        database_url,
        "loadtest",
        TASKS_BACKEND="django_tasks_db.DatabaseBackend",
        # Persistent connections, as in production: what a dropped connection tests.
        DB_CONN_MAX_AGE="60",
        DB_CONN_HEALTH_CHECKS="1",
        LOG_LEVEL="ERROR",
    )
    python = sys.executable
    print(f"\n=== {label}: {env['DATABASE_URL']} ===")

    # The setup runs its tasks (indexing) in place: a queue left full of them would keep the
    # worker busy during the measurement.
    setup_env = {**env, "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}

    def manage(*command, capture=False):
        return subprocess.run(
            [python, "manage.py", *command],
            cwd=PROJECT,
            env=setup_env,
            check=True,
            capture_output=capture,
            text=True,
        ).stdout

    t0 = time.perf_counter()
    manage("migrate", "--no-input", "-v", "0")
    manage("collectstatic", "--no-input", "-v", "0")
    manage("load_demo", "--password", "loadtest")
    files = sorted(str(p) for p in (PROJECT / "data" / "opengr").rglob("*") if p.is_file())
    manage("import_register", "--no-progress", *files)
    manage(
        "generate_register",
        "--partnerships",
        str(args.partnerships),
        "--memberships",
        str(args.partnerships * 4),
    )
    manage("update_index", "-v", "0")
    inventory = json.loads(manage("shell", "-c", INVENTORY, capture=True).strip().splitlines()[-1])
    print(f"Setup took {time.perf_counter() - t0:.1f} s")

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
            "--timeout",
            "120",
            "--log-level",
            "warning",
        ],
        cwd=PROJECT,
        env=env,
    )
    worker = Worker(python, env)
    rows = []
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        # Warm up every worker (templates, connections) outside the measurement.
        warm = Traffic(inventory, files=False, seed=0)
        run_phase(port, warm, args.clients, args.clients * 4, 60)
        for number, phase in enumerate(PHASES):
            if phase == "+ faults" and database_url is None:
                continue
            traffic = Traffic(inventory, files=phase != "pages", seed=number + 1)
            fault = (lambda: terminate_backends(database_url)) if phase == "+ faults" else None
            results, elapsed = run_phase(
                port, traffic, args.clients, args.requests, args.max_seconds, fault
            )
            rows.append(summarise(phase, results, elapsed))
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
        worker.stop()
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    print_table(
        label,
        rows,
        f"gunicorn {args.workers} workers + 1 db_worker on loopback, {args.clients} clients, "
        f"at most {args.requests} requests or {args.max_seconds:.0f} s per phase; "
        f"{args.partnerships} generated partnerships plus the OpenGR import; "
        f"worker restarts: {worker.restarts}",
    )
    return rows


def main():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n")[0],
        epilog="Phases: pages; + files (selection PDFs and exports with new filters); "
        "+ faults (PostgreSQL drops all connections midway).",
    )
    parser.add_argument(
        "--databases", default=os.environ.get("LOADTEST_DATABASES", "sqlite,postgres")
    )
    parser.add_argument("--clients", type=int, default=16, help="concurrent clients (16)")
    parser.add_argument("--requests", type=int, default=800, help="requests per phase (800)")
    parser.add_argument("--max-seconds", type=float, default=120, help="time limit per phase")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (3)")
    parser.add_argument("--partnerships", type=int, default=5000, help="generated entries")
    parser.add_argument("--keep", action="store_true", help="keep the files afterwards")
    args = parser.parse_args()

    failed = False
    for database in [d.strip() for d in args.databases.split(",") if d.strip()]:
        if database == "sqlite":
            rows = run("SQLite", None, args)
        elif database == "postgres":
            url = throwaway_postgres.create(f"loadtest_{os.getpid()}", "BENCH_POSTGRES")
            if not url:
                continue
            try:
                rows = run("PostgreSQL", url, args)
            finally:
                if not args.keep:
                    throwaway_postgres.drop(url)
        else:
            parser.error(f"unknown database {database!r}")
        failed |= any(row["5xx"] for row in rows if row["phase"] != "+ faults")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
