"""The rows of `make bench`: what to set up and which URLs to measure.

HTTP_ROWS are requested through gunicorn; the first one is the baseline.
IN_PROCESS_ROWS are timed inside Django (server-side time of one request, no network);
their first row is their baseline. Rows of an app or an issue live in their own module,
listed in ROW_PROVIDERS: each may define SETUP_STEPS, HTTP_ROWS, IN_PROCESS_ROWS and
REPORTS ({name: (measure(client, repeat) -> rows, print(label, rows))} for figures that are
not one page's latency, measured in process after the rows).
"""

import argparse
import importlib
import json
import statistics
import sys
import time

from demo import content_files


def _programme_line_path(env):
    content = content_files.read()
    index = content.programme_index["nl"]["slug"]
    line = content.programme_lines[0]["nl"]["slug"]
    return f"/nl/{index}/{line}/"


def _knowledge_index_path(env):
    return f"/nl/{content_files.read().knowledge_index['nl']['slug']}/"


def _import_register(manage, env):
    """The real OpenGR/Regioatlas data, timed (the issue's target: ≤ 60 s)."""
    import time
    from pathlib import Path

    files = sorted(str(p) for p in Path("data/opengr").rglob("*") if p.is_file())
    start = time.perf_counter()
    manage("import_register", "--no-progress", *files)
    print(
        f"import_register of data/opengr ({len(files)} files): {time.perf_counter() - start:.1f} s"
    )


def _update_index(manage, env):
    """Rebuild the whole search index (issue 12's targets: ≤ 120 s at 50,000 partnerships, no
    transaction open longer than 10 s, sampled from pg_stat_activity on PostgreSQL)."""
    from scripts.bench_cache import index_rows

    for _label, seconds, longest in index_rows(env["DATABASE_URL"], env):
        extra = f"; longest transaction {longest:.1f} s" if longest is not None else ""
        print(f"update_index of the whole site: {seconds:.1f} s{extra}")


def _analyze(manage, env):
    """Planner statistics after the bulk load: PostgreSQL here runs without autovacuum, and
    a production database has them, so the figures must not depend on when it last ran."""
    if env["DATABASE_URL"].startswith("postgres"):
        analyze = "from django.db import connection; connection.cursor().execute('ANALYZE')"
        manage("shell", "-c", analyze)
        print("ANALYZE done")


SETUP_STEPS = [_import_register]
REGISTER_QUERY = "?q=afval&domein=afval&fase=uitvoering"

HTTP_ROWS = [
    ("baseline: static file (site.css) via WhiteNoise", lambda env: "/static/css/site.css"),
    ("home page /nl/", lambda env: "/nl/"),
    ("home page /en/", lambda env: "/en/"),
    ("programme line page", _programme_line_path),
    (
        "knowledge index (filtered: ?programmalijn=4)",
        lambda env: _knowledge_index_path(env) + "?programmalijn=4",
    ),
    ("register: q=afval + 2 facets", lambda env: "/nl/register/" + REGISTER_QUERY),
    ("register: 2 facets, no text", lambda env: "/nl/register/?domein=afval&fase=uitvoering"),
    ("organisation page (Zaanstad)", lambda env: "/nl/register/organisaties/zaanstad/"),
    ("site search: q=afval", lambda env: "/nl/zoeken/?q=afval"),
]


def _about_path(client):
    about = content_files.read().content_pages[0]["nl"]["slug"]
    return f"/nl/{about}/"


# (name, callable(client) -> path); the first row is the baseline: a page without search.
IN_PROCESS_ROWS = [
    ("baseline: content page without search", _about_path),
    ("site search: q=afval", lambda c: "/nl/zoeken/?q=afval"),
    ("site search: q=samenwerking (many hits)", lambda c: "/nl/zoeken/?q=samenwerking"),
    (
        "site search: typo, corrected (belastingsamenwerkign)",
        lambda c: "/nl/zoeken/?q=belastingsamenwerkign",
    ),
    ("site search: suggestions q=veil", lambda c: "/nl/zoeken/suggesties/?q=veil"),
]

# Rows of the other apps and issues: a module each (h12b and later issues add theirs here).
ROW_PROVIDERS = ["scripts.register_bench", "scripts.factsheet_bench"]
REPORTS = {}
for _name in ROW_PROVIDERS:
    _module = importlib.import_module(_name)
    SETUP_STEPS += getattr(_module, "SETUP_STEPS", [])
    HTTP_ROWS += getattr(_module, "HTTP_ROWS", [])
    IN_PROCESS_ROWS += getattr(_module, "IN_PROCESS_ROWS", [])
    REPORTS.update(getattr(_module, "REPORTS", {}))
# Last: the index over everything loaded, then the planner's statistics.
SETUP_STEPS += [_update_index, _analyze]


def _percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _one(client, path):
    """(ms, status, queries) of one request."""
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    # Django keeps the last 9,000 queries: in a long run the log is full and a count taken
    # from its length reads 0, so every request starts from an empty log.
    reset_queries()
    with CaptureQueriesContext(connection) as captured:
        start = time.perf_counter()
        response = client.get(path)
        if response.streaming:
            b"".join(response.streaming_content)
        elapsed = (time.perf_counter() - start) * 1000
    return elapsed, response.status_code, len(captured)


def run_in_process(only=None, repeat=30, reports=()):
    """Time each IN_PROCESS_ROWS path with Django's test client, interleaved: every round
    requests the baseline and then each row once, so a change in the machine's load falls
    on all rows alike. Prints JSON: {"rows": [...], "reports": {name: rows}}."""
    # Start as the server does (cms/wsgi.py sets Django up and freezes the start-up objects).
    from django.test import Client

    import cms.wsgi  # noqa: F401

    client = Client(HTTP_HOST="127.0.0.1")
    chosen = [
        (name, path_fn)
        for index, (name, path_fn) in enumerate(IN_PROCESS_ROWS)
        if index == 0 or not only or any(part in name for part in only)
    ]
    paths = []
    for name, path_fn in chosen:
        path = path_fn(client)
        _one(client, path)  # warm up
        paths.append((name, path))
    timings = {name: [] for name, _path in paths}
    errors = dict.fromkeys(timings, 0)
    queries = {}
    for _round in range(repeat):
        for name, path in paths:
            elapsed, status, count = _one(client, path)
            timings[name].append(elapsed)
            errors[name] += status != 200
            queries[name] = count
    baseline = statistics.median(timings[paths[0][0]])
    rows = []
    for name, _path in paths:
        median = statistics.median(timings[name])
        rows.append(
            {
                "name": name,
                "n": len(timings[name]),
                "median": median,
                "p95": _percentile(timings[name], 0.95),
                "rps": 0.0,
                "ratio": median / baseline,
                "errors": errors[name],
                "queries": queries[name],
            }
        )
    print(f"  timed {len(rows)} rows, {repeat} rounds", file=sys.stderr)
    measured = {
        name: REPORTS[name][0](client, max(1, repeat // 10)) for name in reports if name in REPORTS
    }
    json.dump({"rows": rows, "reports": measured}, sys.stdout)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--in-process", action="store_true")
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--reports", nargs="*", default=[])
    args = parser.parse_args()
    if args.in_process:
        run_in_process(args.only, args.repeat, args.reports)
