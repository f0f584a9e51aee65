"""The rows of `make bench`: what to set up and which URLs to measure.

HTTP_ROWS are requested through gunicorn; the first one is the baseline.
IN_PROCESS_ROWS are timed inside Django (server-side time of one request, no network);
their first row is their baseline. Each later issue adds its rows here.
"""

import argparse
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


def _generate_register(manage, env):
    manage("generate_register", "--partnerships", "5000", "--memberships", "20000")


def _update_index(manage, env):
    """Rebuild the whole search index (issue target: report the time)."""
    import time

    start = time.perf_counter()
    manage("update_index", "-v", "0")
    print(f"update_index of the whole site: {time.perf_counter() - start:.1f} s")


SETUP_STEPS = [_import_register, _generate_register, _update_index]
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


def _busiest_organisation(client):
    from django.db.models import Count

    from registers.models import Organisation

    organisation = (
        Organisation.objects.annotate(n=Count("memberships")).order_by("-n", "name").first()
    )
    return f"/nl/register/organisaties/{organisation.slug}/"


def _about_path(client):
    about = content_files.read().content_pages[0]["nl"]["slug"]
    return f"/nl/{about}/"


# (name, callable(client) -> path); the first row is the baseline: a page without search.
IN_PROCESS_ROWS = [
    ("baseline: content page without search", _about_path),
    (
        "register: q=afval + 2 facets (5,000 partnerships)",
        lambda c: "/nl/register/" + REGISTER_QUERY,
    ),
    ("register: 2 facets, no text", lambda c: "/nl/register/?domein=afval&fase=uitvoering"),
    (
        "register: JSON, q=afval + 2 facets",
        lambda c: "/nl/register/" + REGISTER_QUERY + "&format=json",
    ),
    ("organisation page (most partnerships)", _busiest_organisation),
    ("site search: q=afval", lambda c: "/nl/zoeken/?q=afval"),
    ("site search: q=samenwerking (many hits)", lambda c: "/nl/zoeken/?q=samenwerking"),
    (
        "site search: typo, corrected (belastingsamenwerkign)",
        lambda c: "/nl/zoeken/?q=belastingsamenwerkign",
    ),
    ("site search: suggestions q=veil", lambda c: "/nl/zoeken/suggesties/?q=veil"),
]

# Rows of the other apps.
from scripts import factsheet_bench as _factsheets  # noqa: E402

SETUP_STEPS += _factsheets.SETUP_STEPS
HTTP_ROWS += _factsheets.HTTP_ROWS
IN_PROCESS_ROWS += _factsheets.IN_PROCESS_ROWS


def _percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def run_in_process(only=None, repeat=60):
    """Time each IN_PROCESS_ROWS path with Django's test client; print JSON rows."""
    # Start as the server does (cms/wsgi.py sets Django up and freezes the start-up objects).
    from django.test import Client

    import cms.wsgi  # noqa: F401

    client = Client(HTTP_HOST="127.0.0.1")
    rows, baseline = [], None
    for name, path_fn in IN_PROCESS_ROWS:
        if only and baseline is not None and not any(part in name for part in only):
            continue
        path = path_fn(client)
        client.get(path)  # warm up
        timings, errors = [], 0
        for _ in range(repeat):
            start = time.perf_counter()
            response = client.get(path)
            timings.append((time.perf_counter() - start) * 1000)
            errors += response.status_code != 200
        median = statistics.median(timings)
        baseline = baseline or median
        rows.append(
            {
                "name": name,
                "n": len(timings),
                "median": median,
                "p95": _percentile(timings, 0.95),
                "rps": 0.0,
                "ratio": median / baseline,
                "errors": errors,
            }
        )
        print(f"  timed {name}", file=sys.stderr)
    json.dump(rows, sys.stdout)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--in-process", action="store_true")
    parser.add_argument("--only", nargs="*")
    args = parser.parse_args()
    if args.in_process:
        run_in_process(args.only)
