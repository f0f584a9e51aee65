#!/usr/bin/env python
"""make search-quality: do register and site search find what people want? Ours beside Wagtail.

For every backend that is available it builds a throw-away database with the demo site and
the real register (`manage.py load_demo`, `import_register` of data/opengr, `update_index`):

- SQLite, always;
- PostgreSQL, when reachable at $QUALITY_POSTGRES (default postgres://postgres@127.0.0.1:5432),
  in a database of its own that is dropped afterwards (as scripts/bench.py does);
- Elasticsearch or OpenSearch, when ELASTICSEARCH_URL or OPENSEARCH_URL is set, with an index
  prefix of its own (its indexes are deleted afterwards), on top of a SQLite database.

Then it runs every judged query of both sets: the tuning set (tests/search/judgements.toml)
and the held-out set (tests/search/heldout.toml, frozen before tuning; only summarised unless
--show-heldout), on two surfaces:

- **site**, /zoeken/: *ours* is `search_site(query)` with the query's language active (the
  query pipeline's corrections included); *ours+picks* adds the editors' picks for the query
  above the hits (a separate column: picks are chosen by hand per query, so they are not in
  the quality figure); *baseline* is Wagtail out of the box on the same index and backend:
  the query as typed, `Page.objects.live().public().filter(locale=<language>).search(q)`,
  `Partnership.objects.filter(live=True).search(q)` and `Organisation.objects.search(q)`,
  each with Wagtail's defaults (AND on the database backends, OR on a cluster; whole words
  only, no typo correction, no promotions), scored with `annotate_score()` and merged by
  score. Organisations without a published partnership are left out of both, as the site
  hides them. On a cluster the backend is the project's (its Dutch analysis), only the
  query is Wagtail's;
- **register**, /register/?q=: *ours* is `search_register` ordered by relevance;
  *baseline* is `Partnership.objects.filter(live=True).search(q)`. Only the expected
  partnerships count (queries expecting none are left out).

It prints, per backend, set and surface, recall@10, MRR@10 and P@5 overall, per kind the
issue reports on (names and abbreviations; Dutch morphology and typos) and per category,
the number of queries showing a must-not-appear entry in their first 10, and (tuning set)
every query where ours misses an expected entry or shows a wrong one.

- recall@10: the share of a query's expected entries among its first 10 results; a query
  with more than 10 expected entries is scored out of 10 (the most that fit);
- MRR@10: the mean over queries of 1/rank of the first expected entry in the first 10 (0 when
  there is none);
- P@5: the share of the first 5 results that are expected, out of min(5, expected).

`--database-url` evaluates an already loaded and indexed database instead of building one;
`--as-make-demo` skips the final `update_index`.
It is a report, not a test: it exits 0 whatever the numbers and whichever backend could not
be measured (1 only when the judgements themselves are malformed).

Usage: scripts/search_quality.py [--backends sqlite,postgres,cluster] [--set tuning|heldout|both]
       [--database-url URL] [--as-make-demo] [--keep] [--json FILE] [--show-all]
       [--show-heldout]
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
JUDGEMENTS = PROJECT / "tests" / "search" / "judgements.toml"
HELDOUT = PROJECT / "tests" / "search" / "heldout.toml"
# The tuning set is what features were chosen against; the held-out set was written before
# tuning and is only summarised here (no per-query listing unless asked), so that nobody
# tunes against it by accident. README "Search" gives the date each was frozen.
SETS = {"tuning": JUDGEMENTS, "heldout": HELDOUT}
K = 10
P_AT = 5
CLUSTER_PREFIX = "search_quality_"  # index names this script creates (and deletes) in a cluster

CATEGORIES = {
    "compound": "the head of a Dutch compound (afval → Afvalverwijdering)",
    "compound_tail": "the tail of a compound (samenwerking → Belastingsamenwerking)",
    "accents": "typed without accents or diaeresis (Fryslan → Fryslân)",
    "abbreviation": "an abbreviation (AVU, GGD)",
    "typo": "a misspelling",
    "organisation": "a participating organisation (Zaanstad)",
    "english": "English, on the English site",
    "multiword": "several words: a kind of body plus a place",
    "programme": "a topic of the programme (pages)",
    "name": "a body's own name, as typed",
    "plural": "a plural or diminutive (gezondheidsdiensten → Gezondheidsdienst)",
    "abbreviation_full": "a full name for an abbreviation or the reverse (GGD ↔ gezondheidsdienst)",
    "participant_topic": "a participant plus a topic (afvalinzameling Zaanstad)",
    "boilerplate": "a phrase with domain boilerplate (gemeenschappelijke regeling jeugdzorg)",
    "common": "a bare common query (jeugdzorg, afval)",
    "initials": "an abbreviation the data never spells out (ODMH: Omgevingsdienst Midden-Holland)",
}
# The groups the issue reports on.
KINDS = {
    "names and abbreviations": {
        "name",
        "organisation",
        "abbreviation",
        "abbreviation_full",
        "initials",
    },
    "Dutch morphology and typos": {"compound", "compound_tail", "accents", "plural", "typo"},
}
LANGUAGES = {"nl", "en"}
ID_PATTERN = re.compile(
    r"^(partnership:[a-z0-9-]+|organisation:[a-z0-9-]+|page:/(nl|en)/[a-z0-9/-]*)$"
)


# --- the judgements ---------------------------------------------------------------------------


def load_judgements(path=JUDGEMENTS) -> list[dict]:
    """The judged queries, each with an `id` (its position, 1-based) added."""
    with open(path, "rb") as handle:
        data = tomllib.load(handle)
    queries = data.get("query", [])
    for number, item in enumerate(queries, start=1):
        item["id"] = number
    return queries


def judgement_errors(queries) -> list[str]:
    """What is wrong with the judgements themselves (empty when they are usable)."""
    errors = []
    seen = set()
    for item in queries:
        where = f"query {item.get('id')} ({item.get('query')!r})"
        for key in ("query", "language", "category", "expected", "note"):
            if not item.get(key):
                errors.append(f"{where}: no {key}")
        if item.get("language") not in LANGUAGES:
            errors.append(f"{where}: language must be one of {sorted(LANGUAGES)}")
        if item.get("category") not in CATEGORIES:
            errors.append(f"{where}: category must be one of {sorted(CATEGORIES)}")
        expected = item.get("expected") or []
        for identifier in expected:
            if not isinstance(identifier, str) or not ID_PATTERN.match(identifier):
                errors.append(f"{where}: malformed id {identifier!r}")
            elif identifier.startswith("page:") and not identifier.startswith(
                f"page:/{item.get('language')}/"
            ):
                errors.append(f"{where}: {identifier} is not in the query's language")
        if len(set(expected)) != len(expected):
            errors.append(f"{where}: an expected id is listed twice")
        must_not = item.get("must_not", [])
        for identifier in must_not:
            if not isinstance(identifier, str) or not ID_PATTERN.match(identifier):
                errors.append(f"{where}: malformed must_not id {identifier!r}")
        if set(must_not) & set(expected):
            errors.append(f"{where}: an id is both expected and must_not")
        key = (item.get("language"), item.get("query"))
        if key in seen:
            errors.append(f"{where}: judged twice")
        seen.add(key)
    return errors


# --- metrics ----------------------------------------------------------------------------------


def recall_at(expected, ranked, k=K) -> float:
    found = len(set(expected) & set(ranked[:k]))
    return found / min(k, len(expected))


def reciprocal_rank(expected, ranked, k=K) -> float:
    wanted = set(expected)
    for rank, identifier in enumerate(ranked[:k], start=1):
        if identifier in wanted:
            return 1 / rank
    return 0.0


def precision_at(expected, ranked, k=P_AT) -> float:
    """Share of the first k results that are expected, out of min(k, expected): a query with
    one right answer is not punished for showing four related entries below it."""
    return len(set(expected) & set(ranked[:k])) / min(k, len(expected))


def intruded(must_not, ranked, k=K) -> bool:
    """An entry judged wrong for the query is among the first k."""
    return bool(set(must_not) & set(ranked[:k]))


def mean(values) -> float:
    values = list(values)
    return sum(values) / len(values) if values else float("nan")


# --- inside Django: running the queries ---------------------------------------------------------


def identify(obj) -> str:
    from registers.models import Organisation, Partnership

    if isinstance(obj, Partnership):
        return f"partnership:{obj.slug}"
    if isinstance(obj, Organisation):
        return f"organisation:{obj.slug}"
    return f"page:{obj.url or ''}"


def ours(query: str, *, picks: bool = False) -> tuple[list[str], str]:
    """What a visitor of /zoeken/ gets (search/views.py): search_site (with the query
    pipeline's corrections); with `picks`, the editors' picks for the query shown above the
    results (not counted in the quality figure: they are chosen by hand per query)."""
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.search.utils import normalise_query_string

    from search.site import search_site

    result = search_site(query)
    corrected = result.corrected
    ranked = []
    if picks:
        promoted = SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(result.query)
        ).order_by("sort_order")
        ranked = [identify(promotion.page) for promotion in promoted.select_related("page")]
    ranked += [identify(hit.object) for hit in result.hits]
    return list(dict.fromkeys(ranked))[:K], corrected


def register_ours(query: str) -> list[str]:
    """What a visitor of /register/?q= gets: the register search, relevance first."""
    from django.http import QueryDict

    from registers.models import Partnership
    from registers.search import RegisterQuery, search_register

    params = QueryDict(mutable=True)
    params["q"] = query
    result = search_register(RegisterQuery.from_params(params), with_facets=False)
    ids = result.ids[:K]
    slugs = dict(Partnership.objects.filter(pk__in=ids).values_list("pk", "slug"))
    return [f"partnership:{slugs[pk]}" for pk in ids]


def register_baseline(query: str) -> list[str]:
    """Wagtail out of the box over the published partnerships."""
    from registers.models import Partnership

    results = Partnership.objects.filter(live=True).search(query)
    return [identify(obj) for obj in results[:K]]


def baseline(query: str) -> list[str]:
    """Wagtail out of the box (see the module docstring), best first."""
    from wagtail.models import Locale, Page

    from registers.models import Organisation, Partnership

    locale = Locale.get_active()
    visible_organisations = set(
        Organisation.objects.filter(memberships__partnership__live=True).values_list(
            "pk", flat=True
        )
    )
    hits = []
    for queryset in (
        Page.objects.live().public().filter(locale=locale),
        Partnership.objects.filter(live=True),
        Organisation.objects.all(),
    ):
        results = queryset.search(query).annotate_score("_quality_score")
        for obj in results[: K * 5]:
            if isinstance(obj, Organisation) and obj.pk not in visible_organisations:
                continue
            hits.append((obj._quality_score or 0.0, obj))
    hits.sort(key=lambda hit: -hit[0])
    return [identify(obj) for _score, obj in hits[:K]]


# Each way of searching, by surface: (name, function(query) -> ranked ids).
RUNNERS = {
    "site": {
        "baseline": baseline,
        "ours": lambda query: ours(query)[0],
        "ours+picks": lambda query: ours(query, picks=True)[0],
    },
    "register": {"baseline": register_baseline, "ours": register_ours},
}


def run_queries(queries) -> dict:
    """{surface: {method: {id: ranked}}, "corrected": {id: query}, "seconds": {surface: s}}."""
    from django.utils import translation

    results = {"corrected": {}, "seconds": {}}
    for surface, methods in RUNNERS.items():
        results[surface] = {}
        for method, run in methods.items():
            started = time.perf_counter()
            ranked_by_id = {}
            for item in queries:
                with translation.override(item["language"]):
                    ranked_by_id[item["id"]] = run(item["query"])
            results[surface][method] = ranked_by_id
            if method == "ours":
                results["seconds"][surface] = time.perf_counter() - started
    for item in queries:
        with translation.override(item["language"]):
            results["corrected"][item["id"]] = ours(item["query"])[1]
    return results


def evaluate_here(args) -> int:
    """Child process: Django is configured by the environment; write the results as JSON."""
    import django

    django.setup()
    everything = {}
    for name, path in selected_sets(args).items():
        queries = load_judgements(path)
        results = run_queries(queries)
        results["missing"] = missing_ids(queries)
        everything[name] = results
    Path(args.output).write_text(json.dumps(everything), encoding="utf-8")
    return 0


def selected_sets(args) -> dict:
    if args.judgements:
        return {"given": Path(args.judgements)}
    names = list(SETS) if args.set == "both" else [args.set]
    return {name: SETS[name] for name in names}


def missing_ids(queries) -> list[str]:
    """Expected ids that do not exist (or are not visible) in this database."""
    from wagtail.models import Page

    from registers.models import Organisation, Partnership

    known = {
        f"partnership:{slug}"
        for slug in Partnership.objects.public().values_list("slug", flat=True)
    }
    known |= {
        f"organisation:{slug}"
        for slug in Organisation.objects.filter(memberships__partnership__live=True)
        .distinct()
        .values_list("slug", flat=True)
    }
    known |= {f"page:{page.url}" for page in Page.objects.live().public() if page.url}
    wanted = {identifier for item in queries for identifier in item["expected"]}
    return sorted(wanted - known)


# --- outside Django: building databases and reporting -----------------------------------------


def register_files() -> list[str]:
    """The files `make demo` imports (the Makefile's REGISTER_DATA)."""
    return sorted(
        str(path.relative_to(PROJECT))
        for path in (PROJECT / "data" / "opengr").rglob("*")
        if path.is_file() and path.suffix in {".csv", ".json"}
    )


def base_environment(workdir: Path, database_url: str) -> dict:
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "cms.settings",
            "DEBUG": "0",
            "SECRET_KEY": "search-quality-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "0",
            "MEDIA_ROOT": str(workdir / "media"),
            "STATIC_ROOT": str(workdir / "static"),
            "DATABASE_URL": database_url,
            "LOG_LEVEL": "WARNING",
        }
    )
    # Each process caches in memory: a shared Redis must not mix runs.
    env.pop("REDIS_URL", None)
    return env


def build(label, env, workdir, *, rebuild_index=True):
    """Migrate, load the demo site, import the register and rebuild the index."""

    def manage(*command):
        subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=PROJECT,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )

    started = time.perf_counter()
    manage("migrate", "--no-input", "-v", "0")
    manage("load_demo", "--no-index", "--password", "search-quality")
    manage(
        "import_register",
        "--no-progress",
        "--report",
        str(workdir / "import-report.txt"),
        *register_files(),
    )
    if rebuild_index:
        manage("update_index", "-v", "0")
    print(f"[{label}] built in {time.perf_counter() - started:.0f} s")


def evaluate(label, env, args, workdir) -> dict:
    output = workdir / "results.json"
    command = [
        sys.executable,
        "-m",
        "scripts.search_quality",
        "--evaluate",
        "--output",
        str(output),
        "--set",
        args.set,
    ]
    if args.judgements:
        command += ["--judgements", str(args.judgements)]
    subprocess.run(command, cwd=PROJECT, env=env, check=True)
    results = json.loads(output.read_text(encoding="utf-8"))
    results["label"] = label
    return results


def delete_cluster_indexes(env):
    """Remove the indexes this run created in the cluster (best effort)."""
    subprocess.run(
        [sys.executable, "-m", "scripts.search_quality", "--drop-cluster-indexes"],
        cwd=PROJECT,
        env=env,
        check=False,
    )


def drop_cluster_indexes_here() -> int:
    """Child process: delete the indexes under this run's own prefix, and nothing else."""
    import django

    django.setup()
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend("default")
    prefix = getattr(backend, "index_prefix", "")
    if not prefix.startswith(CLUSTER_PREFIX):
        print(f"Not deleting indexes with prefix {prefix!r}: not this script's.", file=sys.stderr)
        return 1
    try:
        response = backend.es.indices.get(index=f"{prefix}*")
        for name in list(getattr(response, "body", response)):
            backend.es.indices.delete(index=name)
    except Exception as exc:  # noqa: BLE001 - best effort: say so and go on
        print(f"Could not delete the {prefix}* indexes: {exc.__class__.__name__}", file=sys.stderr)
        return 1
    return 0


def cluster_reachable(url: str) -> bool:
    """The cluster answers HTTP at all (an authentication error counts as an answer)."""
    import urllib.error
    import urllib.request

    try:
        urllib.request.urlopen(url, timeout=3).close()
    except urllib.error.HTTPError:
        return True
    except (OSError, ValueError):
        return False
    return True


def backends_to_run(args):
    """[(label, prepare)] where prepare(workdir) returns (env, cleanup)."""
    wanted = [name.strip() for name in args.backends.split(",") if name.strip()]
    runs = []

    def database_only(env):
        env.pop("ELASTICSEARCH_URL", None)
        env.pop("OPENSEARCH_URL", None)
        return env

    if args.database_url:

        def existing(workdir):
            env = base_environment(workdir, args.database_url)
            if not args.cluster_too:
                database_only(env)
            return env, None, False

        return [(f"given database {args.database_url}", existing)]

    if "sqlite" in wanted:

        def sqlite(workdir):
            env = database_only(base_environment(workdir, f"sqlite:///{workdir / 'q.sqlite3'}"))
            return env, None, True

        runs.append(("SQLite", sqlite))
    if "postgres" in wanted:

        def postgres(workdir):
            from scripts import throwaway_postgres

            url = throwaway_postgres.create(f"search_quality_{os.getpid()}", "QUALITY_POSTGRES")
            if url is None:
                return None, None, False
            env = database_only(base_environment(workdir, url))
            return env, (lambda: None if args.keep else throwaway_postgres.drop(url)), True

        runs.append(("PostgreSQL", postgres))
    cluster = os.environ.get("ELASTICSEARCH_URL") or os.environ.get("OPENSEARCH_URL")
    kind = "Elasticsearch" if os.environ.get("ELASTICSEARCH_URL") else "OpenSearch"
    if "cluster" in wanted and cluster and not cluster_reachable(cluster):
        print(f"{kind} not reachable at the configured URL; skipping it.")
    elif "cluster" in wanted and cluster:

        def search_cluster(workdir):
            env = base_environment(workdir, f"sqlite:///{workdir / 'q.sqlite3'}")
            env["SEARCH_INDEX_PREFIX"] = f"{CLUSTER_PREFIX}{os.getpid()}"
            return env, (lambda: None if args.keep else delete_cluster_indexes(env)), True

        runs.append((kind, search_cluster))
    elif "cluster" in wanted:
        print("No ELASTICSEARCH_URL or OPENSEARCH_URL set; skipping the search cluster.")
    return runs


def judged_for(item, surface):
    """(expected, must_not) of a query for a surface: the register shows partnerships only."""
    expected, must_not = item["expected"], item.get("must_not", [])
    if surface == "register":
        expected = [e for e in expected if e.startswith("partnership:")]
        must_not = [e for e in must_not if e.startswith("partnership:")]
    return expected, must_not


def summarise(queries, ranked_by_id, surface="site") -> dict:
    """{row: (n, recall@10, MRR@10, P@5, share of queries with a must-not-appear entry in
    the first 10 among those that have such judgements)}; rows: all, each kind, each
    category. Queries with nothing to find on the surface are left out."""
    rows = {}
    for item in queries:
        expected, must_not = judged_for(item, surface)
        if not expected:
            continue
        ranked = ranked_by_id[str(item["id"])]
        scores = (
            recall_at(expected, ranked),
            reciprocal_rank(expected, ranked),
            precision_at(expected, ranked),
            intruded(must_not, ranked) if must_not else None,
        )
        keys = ["all", item["category"]]
        keys += [kind for kind, categories in KINDS.items() if item["category"] in categories]
        for key in keys:
            rows.setdefault(key, []).append(scores)
    summary = {}
    for key, values in rows.items():
        judged = [v[3] for v in values if v[3] is not None]
        summary[key] = (
            len(values),
            mean(v[0] for v in values),
            mean(v[1] for v in values),
            mean(v[2] for v in values),
            (sum(judged), len(judged)),
        )
    return summary


def print_table(title, queries, results_by_method):
    methods = list(results_by_method)
    summaries = {name: summarise(queries, results_by_method[name], title) for name in methods}
    print(f"\n{title}: recall@{K} / MRR@{K} / P@{P_AT}; 'wrong' = queries with a must-not-appear")
    print(f"entry in the first {K} (of those judged so)")
    header = f"{'kind':<26} {'n':>3}" + "".join(f" | {h:>20}" for h in methods)
    print(header)
    print("-" * len(header))
    for key in ["all", *KINDS, *CATEGORIES]:
        if key not in summaries["ours"]:
            continue
        line = f"{key:<26} {summaries['ours'][key][0]:>3}"
        for name in methods:
            _n, recall, mrr, precision, _wrong = summaries[name][key]
            line += f" | {recall:4.2f} / {mrr:4.2f} / {precision:4.2f}"
        print(line)
    wrong = "  ".join(
        f"{name} {summaries[name]['all'][4][0]}/{summaries[name]['all'][4][1]}" for name in methods
    )
    print(f"{'wrong (must-not-appear)':<30} {wrong}")


def print_report(name, queries, results, args):
    label = results["label"]
    print(f"\n=== {label}, {name} set: {len(queries)} judged queries ===")
    if results.get("missing"):
        print(f"!! expected ids not found in this database: {', '.join(results['missing'])}")
    for surface in RUNNERS:
        print_table(surface, queries, results[surface])
    seconds = ", ".join(f"{surface} {s:.1f} s" for surface, s in results["seconds"].items())
    print(f"(time for all queries, ours: {seconds})")
    if name == "heldout" and not args.show_heldout:
        print("(held-out set: per-query results not shown; --show-heldout lists them)")
        return
    for surface in RUNNERS:
        print_misses(f"{label}, {name}, {surface}", queries, results, surface, args)


def print_misses(title, queries, results, surface, args):
    misses = []
    for item in queries:
        expected, must_not = judged_for(item, surface)
        if not expected:
            continue
        ranked = results[surface]["ours"][str(item["id"])]
        recall = recall_at(expected, ranked)
        if recall < 1 or intruded(must_not, ranked) or args.show_all:
            misses.append((item, expected, must_not, ranked, recall))
    print(f"\n[{title}] ours: {len(misses)} queries miss an expected entry or show a wrong one")
    for item, expected, must_not, ranked, recall in misses:
        corrected = results["corrected"][str(item["id"])] if surface == "site" else ""
        fixed = f" (corrected to {corrected!r})" if corrected else ""
        base = recall_at(expected, results[surface]["baseline"][str(item["id"])])
        print(
            f"  {item['id']:>3} {item['language']} {item['query']!r}{fixed} "
            f"[{item['category']}] recall {recall:.2f} (baseline {base:.2f})"
        )
        if len(expected) <= K:
            missed = [e for e in expected if e not in ranked]
            if missed:
                print(f"        missing: {', '.join(missed)}")
        else:
            print(f"        (any {K} of {len(expected)} expected)")
        wrong = [e for e in ranked if e in must_not]
        if wrong:
            print(f"        must not appear: {', '.join(wrong)}")
        instead = [e for e in ranked if e not in expected]
        shown = instead[:4] + ([f"… {len(instead) - 4} more"] if len(instead) > 4 else [])
        print(f"        instead: {', '.join(shown) or '(nothing)'}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--backends",
        default=os.environ.get("QUALITY_BACKENDS", "sqlite,postgres,cluster"),
        help="comma-separated: sqlite, postgres, cluster (default: all that are available)",
    )
    parser.add_argument(
        "--database-url",
        help="evaluate this already loaded and indexed database instead of building one",
    )
    parser.add_argument(
        "--cluster-too",
        action="store_true",
        help="with --database-url: keep ELASTICSEARCH_URL/OPENSEARCH_URL (default: database)",
    )
    parser.add_argument(
        "--set",
        choices=["tuning", "heldout", "both"],
        default="both",
        help="which judged set to score (default both; the held-out set is only summarised)",
    )
    parser.add_argument(
        "--show-heldout",
        action="store_true",
        help="also list the held-out set's queries one by one (not while tuning)",
    )
    parser.add_argument("--judgements", default="", help=argparse.SUPPRESS)
    parser.add_argument(
        "--as-make-demo",
        action="store_true",
        help="skip the final update_index: measure the index as `make demo` leaves it",
    )
    parser.add_argument("--keep", action="store_true", help="keep the throw-away databases")
    parser.add_argument("--json", help="also write the raw rankings to this file")
    parser.add_argument("--show-all", action="store_true", help="list every query, not only misses")
    parser.add_argument("--evaluate", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--output", help=argparse.SUPPRESS)
    parser.add_argument("--drop-cluster-indexes", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.evaluate:
        return evaluate_here(args)
    if args.drop_cluster_indexes:
        return drop_cluster_indexes_here()

    sets = {name: load_judgements(path) for name, path in selected_sets(args).items()}
    errors = [f"{name}: {error}" for name, qs in sets.items() for error in judgement_errors(qs)]
    if errors:
        print("The judgements are not usable:\n  " + "\n  ".join(errors), file=sys.stderr)
        return 1
    everything = []
    for label, prepare in backends_to_run(args):
        workdir = Path(tempfile.mkdtemp(prefix="search-quality-"))
        env, cleanup, fresh = prepare(workdir)
        if env is None:
            continue
        try:
            if fresh:
                build(label, env, workdir, rebuild_index=not args.as_make_demo)
            results = evaluate(label, env, args, workdir)
            for name, queries in sets.items():
                results[name]["label"] = label
                print_report(name, queries, results[name], args)
            everything.append(results)
        except subprocess.CalledProcessError as exc:
            print(f"[{label}] failed: {exc}", file=sys.stderr)
        finally:
            if cleanup:
                cleanup()
            if args.keep:
                print(f"[{label}] kept in {workdir} ({env['DATABASE_URL']})")
            else:
                shutil.rmtree(workdir, ignore_errors=True)
    if args.json:
        Path(args.json).write_text(json.dumps(everything, indent=1), encoding="utf-8")
    if everything:
        print(f"\n=== summary: recall@{K} / MRR@{K} / P@{P_AT}, all queries and by kind ===")
        for name, queries in sets.items():
            for results in everything:
                for surface in RUNNERS:
                    methods = [m for m in RUNNERS[surface] if m != "ours+picks"]
                    for method in methods:
                        summary = summarise(queries, results[name][surface][method], surface)
                        cells = [
                            f"{key[:13]} {summary[key][1]:.2f}/{summary[key][2]:.2f}/"
                            f"{summary[key][3]:.2f}"
                            for key in ["all", *KINDS]
                            if key in summary
                        ]
                        print(
                            f"{name:<8} {results['label']:<10} {surface:<9} {method:<9} "
                            + " | ".join(cells)
                        )
    if not everything:
        print("No backend could be measured.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(PROJECT))
    sys.exit(main())
