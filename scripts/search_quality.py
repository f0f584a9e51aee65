#!/usr/bin/env python
"""make search-quality: does site search find what people look for? Ours beside Wagtail's own.

For every backend that is available it builds a throw-away database with the demo site and
the real register (`manage.py load_demo`, `import_register` of data/opengr, `update_index`):

- SQLite, always;
- PostgreSQL, when reachable at $QUALITY_POSTGRES (default postgres://postgres@127.0.0.1:5432),
  in a database of its own that is dropped afterwards (as scripts/bench.py does);
- Elasticsearch or OpenSearch, when ELASTICSEARCH_URL or OPENSEARCH_URL is set, with an index
  prefix of its own (its indexes are deleted afterwards), on top of a SQLite database.

Then it runs every judged query of tests/search/judgements.toml two ways:

- **ours**: what a visitor gets from /zoeken/ (search/views.py): `search_site(query)` with the
  query's language active; when that finds nothing but has a suggestion, the suggestion (the
  view's typo correction); editors' picks for the query (search promotions) above the hits;
- **baseline**: Wagtail out of the box on the same index and backend: the query as typed,
  `Page.objects.live().public().filter(locale=<language>).search(q)`,
  `Partnership.objects.filter(live=True).search(q)` and `Organisation.objects.search(q)`,
  each with Wagtail's defaults (the backend's default operator: AND on the database
  backends, OR on Elasticsearch/OpenSearch; whole words only, no typo correction, no
  promotions), scored with `annotate_score()` and merged by score. Organisations without a
  published partnership are left out of both, as the site hides them. On a cluster the
  backend is the project's (its Dutch analysis), only the query is Wagtail's.

It prints, per backend, recall@10 and MRR@10 for ours and the baseline, overall and per
category, and every query where ours misses an expected entry.

- recall@10: the share of a query's expected entries among its first 10 results; a query
  with more than 10 expected entries is scored out of 10 (the most that fit);
- MRR@10: the mean over queries of 1/rank of the first expected entry in the first 10 (0 when
  there is none).

`--variant A+B` also runs ours with prototype changes patched in (see FEATURES), to measure
a proposal before it is made in search/; `--database-url` evaluates an already loaded and
indexed database instead of building one; `--as-make-demo` skips the final `update_index`.
It is a report, not a test: it exits 0 whatever the numbers and whichever backend could not
be measured (1 only when the judgements themselves are malformed).

Usage: scripts/search_quality.py [--backends sqlite,postgres,cluster] [--variant A+B]...
       [--database-url URL] [--as-make-demo] [--keep] [--json FILE] [--show-all]
"""

import argparse
import contextlib
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
import unicodedata
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
JUDGEMENTS = PROJECT / "tests" / "search" / "judgements.toml"
K = 10
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


def ours(query: str) -> tuple[list[str], str]:
    """What a visitor of /zoeken/ gets (search/views.py): search_site, the typo correction
    when nothing is found, and the editors' picks for the query shown above the results."""
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.search.utils import normalise_query_string

    from search.queries import search_site

    result = search_site(query)
    corrected = ""
    if not result.hits and result.suggestion:
        corrected = result.suggestion
        result = search_site(corrected)
    promoted = SearchPromotion.objects.filter(
        query__query_string=normalise_query_string(result.query)
    ).order_by("sort_order")
    ranked = [identify(promotion.page) for promotion in promoted.select_related("page")]
    ranked += [identify(hit.object) for hit in result.hits]
    return list(dict.fromkeys(ranked))[:K], corrected


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


def run_queries(queries, variants) -> dict:
    """{"baseline": {id: ranked}, "ours": {id: ranked}, "<variant>": {…}, "corrected": …}."""
    from django.core.cache import cache
    from django.utils import translation

    results = {"baseline": {}, "ours": {}, "corrected": {}, "seconds": {}}
    for item in queries:
        with translation.override(item["language"]):
            results["baseline"][item["id"]] = baseline(item["query"])
    for name in ["ours", *variants]:
        cache.clear()  # the typo vocabulary is cached; variants may change it
        results.setdefault(name, {})
        results["corrected"][name] = {}
        started = time.perf_counter()
        with applied(name) if name != "ours" else contextlib.nullcontext():
            for item in queries:
                with translation.override(item["language"]):
                    ranked, corrected = ours(item["query"])
                results[name][item["id"]] = ranked
                results["corrected"][name][item["id"]] = corrected
        results["seconds"][name] = time.perf_counter() - started
    return results


def evaluate_here(args) -> int:
    """Child process: Django is configured by the environment; write the results as JSON."""
    import django

    django.setup()
    queries = load_judgements(args.judgements)
    results = run_queries(queries, args.variant or [])
    results["missing"] = missing_ids(queries)
    Path(args.output).write_text(json.dumps(results), encoding="utf-8")
    return 0


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


# --- prototypes of proposed changes (patched in with --variant) ---------------------------------
#
# A variant is a "+"-joined list of FEATURES, e.g. "tails+rerank". Each feature is the code
# proposed for search/text.py or search/queries.py (the report gives the diff); here it is
# patched in for one run. On the database backends any ranking feature replaces Wagtail's
# query by SQL of our own, as search.text already does for SQLite:
#
# SQLite      bm25 over the FTS5 table; words are prefixes (as now).
# PostgreSQL  the index's tsvectors with ts_rank normalised by document length (flag 1: a
#             name that matches ranks above a long list of participants that does); words
#             are whole (stemmed) words unless "prefix" is on.

FEATURES = {
    "names": "a match in a name or title counts more (SQLite: the autocomplete column, which "
    "holds names and titles, matched and weighted like titles; PostgreSQL: ts_rank of the "
    "autocomplete vector added)",
    "prefix": "PostgreSQL: every word is a prefix (afval → afvalschap), stemmed and unstemmed",
    "tails": "a word of 5+ letters also matches inside longer indexed words (compound tails: "
    "samenwerking → belastingsamenwerking), from the index's own vocabulary",
    "spelling": "a word of 8+ letters also matches indexed words spelt nearly the same "
    "(linking -s: belastingsamenwerking → belastingssamenwerking; one-letter typos)",
    "rerank": "a hit called exactly what was typed comes first, then hits whose title or "
    "name holds more of the words (accents folded; as a word, its start or its tail); the "
    "backend's score orders among equals",
    "synonyms": "a short list of place-name synonyms (den haag = 's-gravenhage), searched too",
    "promotions": "editors' picks (Wagtail search promotions) for generic terms, shown above "
    "the results by the view",
}

NAME_WEIGHTS = (4.0, 1.0, 4.0)  # SQLite bm25: autocomplete (names, titles), body, title
PLAIN_WEIGHTS = (0.0, 1.0, 4.0)  # search.text.BM25_WEIGHTS as it is
TAIL_MIN_LENGTH = 5  # shorter words would match inside too many others ("regi", "raad")
SPELLING_MIN_LENGTH = 8
SPELLING_RATIO = 0.9  # difflib ratio: one edit in ten letters
MAX_ALTERNATIVES = 64  # per word, most frequent first
SYNONYMS = {
    "den haag": "s gravenhage",
    "den bosch": "s hertogenbosch",
    "friesland": "fryslan",
}
PROMOTIONS = {
    # query (normalised) -> page URLs, in order
    "gemeenschappelijke regeling": [
        "/nl/kennisbank/wat-is-een-gemeenschappelijke-regeling/",
        "/nl/register/",
    ],
    "gemeenschappelijke regelingen": [
        "/nl/kennisbank/wat-is-een-gemeenschappelijke-regeling/",
        "/nl/register/",
    ],
    "joint arrangement": ["/en/knowledge-base/what-is-a-joint-arrangement/"],
}


def parse_variant(name: str) -> list[str]:
    features = name.split("+")
    unknown = [feature for feature in features if feature not in FEATURES]
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown feature(s) {', '.join(unknown)}; choose from {', '.join(FEATURES)}"
        )
    return features


def _fold(text: str) -> str:
    """Lower case without accents: Fryslân → fryslan."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()


def _alternatives(word, vocabulary, features):
    """Indexed words that `word` should also match: compound tails and near spellings.

    `vocabulary` is [(term, documents)] of indexed words sharing a letter run with the word.
    """
    found = []
    for term, _count in vocabulary:
        if term.startswith(word):
            continue  # a prefix match already
        if "tails" in features and len(word) >= TAIL_MIN_LENGTH and word in term:
            found.append(term)
        elif (
            "spelling" in features
            and len(word) >= SPELLING_MIN_LENGTH
            and term[:3] == word[:3]
            and abs(len(term) - len(word)) <= 2
            and difflib.SequenceMatcher(None, word, term).ratio() >= SPELLING_RATIO
        ):
            found.append(term)
    return found[:MAX_ALTERNATIVES]


def _objects_for_rows(querysets, rows, by_content_type, limit):
    """[(object, score)] for rows of (content type, pk, score), in the rows' order, keeping
    only what the querysets (what visitors may see) contain."""
    from search.text import _family

    wanted = {}
    for content_type, pk, _score in rows:
        wanted.setdefault(id(by_content_type[content_type]), set()).add(pk)
    objects = {}
    for queryset in querysets:
        pks = wanted.get(id(queryset))
        if pks:
            for obj in queryset.filter(pk__in=pks):
                objects[(_family(queryset.model), obj.pk)] = obj
    hits = []
    for content_type, pk, score in rows:
        obj = objects.pop((_family(by_content_type[content_type].model), pk), None)
        if obj is not None:
            hits.append((obj, score))
    return hits[:limit]


def _content_types(querysets):
    from modelsearch.utils import get_descendants_content_types_pks

    from search.text import _family

    by_content_type = {}
    for queryset in querysets:
        for content_type in get_descendants_content_types_pks(_family(queryset.model)):
            by_content_type[content_type] = queryset
    return by_content_type


def _sqlite_vocabulary(cursor, table, word):
    """fts5vocab: the FTS index's own words (accents already folded by unicode61)."""
    cursor.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{table}_vocab "
        f"USING fts5vocab(main, {table}_fts, row)"
    )
    cursor.execute(
        f"SELECT term, doc FROM temp.{table}_vocab WHERE instr(term, %s) > 0 "
        f"OR substr(term, 1, 3) = %s ORDER BY doc DESC",
        [word, word[:3]],
    )
    return cursor.fetchall()


def _sqlite_ranked(features):
    columns = ("autocomplete", "title", "body") if "names" in features else ("title", "body")
    weights = NAME_WEIGHTS if "names" in features else PLAIN_WEIGHTS
    expand = {"tails", "spelling"} & set(features)

    def term(cursor, table, word):
        alternatives = [f'"{word}"*']
        if expand:
            vocabulary = _sqlite_vocabulary(cursor, table, word)
            alternatives += [f'"{t}"' for t in _alternatives(word, vocabulary, features)]
        return "(" + " OR ".join(alternatives) + ")"

    def ranked(querysets, words, limit, search_backend):
        from django.db import connection

        from wagtail.search.models import IndexEntry

        table = IndexEntry._meta.db_table
        by_content_type = _content_types(querysets)
        placeholders = ", ".join(["%s"] * len(by_content_type))
        with connection.cursor() as cursor:
            match = " AND ".join(term(cursor, table, word) for word in words)
            cursor.execute(
                f"SELECT e.content_type_id, CAST(e.object_id AS INTEGER), "
                f"-bm25({table}_fts, {', '.join(map(str, weights))}) AS score "
                f"FROM {table}_fts f CROSS JOIN {table} e ON e.id = f.rowid "
                f"WHERE {table}_fts MATCH %s AND e.content_type_id IN ({placeholders}) "
                f"ORDER BY score DESC LIMIT %s",
                ["{" + " ".join(columns) + "} : (" + match + ")", *by_content_type, limit * 4],
            )
            rows = cursor.fetchall()
        return _objects_for_rows(querysets, rows, by_content_type, limit)

    return ranked


def _pg_vocabulary(cursor, table, stem):
    """ts_stat: the index's own lexemes (stemmed, accents folded by dutch_unaccent)."""
    cursor.execute(
        f"SELECT word, ndoc FROM ts_stat('SELECT title || body FROM {table}') "
        f"WHERE position(%s IN word) > 0 OR left(word, 3) = %s ORDER BY ndoc DESC",
        [stem, stem[:3]],
    )
    return cursor.fetchall()


def _pg_ranked(features):
    prefix = ":*" if "prefix" in features else ""
    expand = {"tails", "spelling"} & set(features)

    def ranked(querysets, words, limit, search_backend):
        from django.db import connection

        from wagtail.search.models import IndexEntry

        table = IndexEntry._meta.db_table
        # SEARCH_CONFIG; without one, the database's default, as when the index was built.
        config = search_backend.config
        config_sql, config_params = ("%s::regconfig, ", [config]) if config else ("", [])
        by_content_type = _content_types(querysets)
        parts, params = [], []
        with connection.cursor() as cursor:
            for word in words:
                cursor.execute(
                    f"SELECT strip(to_tsvector({config_sql}%s))::text", [*config_params, word]
                )
                stem = (cursor.fetchone()[0] or "").split(" ")[0].strip("'")
                if not stem:
                    continue  # a stop word ("en", "van"): the index does not hold it
                # Stemmed ("afval" → 'afval':*) and, for prefixes, unstemmed as well: the
                # Dutch stemmer shortens "brandweer" to 'brandwer', no prefix of
                # 'brandweerorganisatie'.
                part = f"to_tsquery({config_sql}%s)"
                part_params = [*config_params, f"'{word}'{prefix}"]
                if prefix:
                    part += " || to_tsquery('simple', %s)"
                    part_params.append(f"'{_fold(word)}'{prefix}")
                if expand:
                    found = _alternatives(stem, _pg_vocabulary(cursor, table, stem), features)
                    found = [lexeme for lexeme in found if re.fullmatch(r"[\w-]+", lexeme)]
                    if found:
                        part += " || to_tsquery('simple', %s)"
                        part_params.append(" | ".join(f"'{lexeme}'" for lexeme in found))
                parts.append(f"({part})")
                params += part_params
            if not parts:
                return []
            name_rank, name_params = "0", []
            if "names" in features:
                name_rank = "ts_rank(e.autocomplete, to_tsquery('simple', %s), 1)"
                name_params = [" & ".join(f"'{word}'{prefix}" for word in words)]
            placeholders = ", ".join(["%s"] * len(by_content_type))
            cursor.execute(
                f"SELECT e.content_type_id, CAST(e.object_id AS INTEGER), "
                f"ts_rank(e.title, q.q, 1) * e.title_norm + ts_rank(e.body, q.q, 1) "
                f"+ {name_rank} AS score "
                f"FROM {table} e, (SELECT {' && '.join(parts)} AS q) q "
                f"WHERE (e.title || e.body) @@ q.q AND e.content_type_id IN ({placeholders}) "
                f"ORDER BY score DESC, e.id LIMIT %s",
                [*name_params, *params, *by_content_type, limit * 4],
            )
            rows = cursor.fetchall()
        return _objects_for_rows(querysets, rows, by_content_type, limit)

    return ranked


def name_match(obj, words) -> tuple[bool, float]:
    """(the words are the object's whole name or abbreviation, the share of the words found
    in its name: as a word, the start of one or, from TAIL_MIN_LENGTH letters, inside one).

    The name is a page's title, or a register entry's name and abbreviation.
    """
    names = [
        getattr(obj, "title", None) or getattr(obj, "name", ""),
        getattr(obj, "abbreviation", ""),
    ]
    names = [re.findall(r"\w+", _fold(name)) for name in names if name]
    words = [_fold(word) for word in words]
    tokens = [token for name in names for token in name]
    found = sum(
        1
        for word in words
        if any(
            token.startswith(word) or (len(word) >= TAIL_MIN_LENGTH and word in token)
            for token in tokens
        )
    )
    return any(name == words for name in names), found / len(words) if words else 0.0


def rerank_by_name(hits, *queries):
    """Hits called exactly what was typed first ("Zaanstad", "AVU"), then those with more of
    the words in their name; the backend's order among equals (a stable sort)."""

    def key(hit):
        exact, share = max(name_match(hit[0], words) for words in queries)
        return (not exact, -share)

    return sorted(hits, key=key)


def synonyms(words) -> list[list[str]]:
    """The query again with a synonym in place of a phrase it contains, for each one."""
    text = f" {' '.join(words)} "
    return [
        text.replace(f" {phrase} ", f" {alias} ").split()
        for phrase, alias in SYNONYMS.items()
        if f" {phrase} " in text
    ]


@contextlib.contextmanager
def applied(variant_name):
    """Patch search.text/search.queries with the variant's features for the duration."""
    from django.db import connection, transaction

    from wagtail.search.backends import get_search_backend

    from search import queries, text

    features = parse_variant(variant_name)
    ranking = {"names", "prefix", "tails", "spelling"} & set(features)
    original = text.ranked_hits

    def ranked_hits(searchables, words, *, backend="default", limit=500):
        search_backend = get_search_backend(backend)
        replacement = None
        if ranking and text._is_database_backend(search_backend):
            replacement = {"sqlite": _sqlite_ranked, "postgresql": _pg_ranked}.get(
                connection.vendor
            )

        if words and replacement:
            visible = [visible for _search, visible in searchables]
            hits = replacement(features)(visible, words, limit, search_backend)
        else:
            hits = original(searchables, words, backend=backend, limit=limit)
        return rerank_by_name(hits, words) if "rerank" in features else hits

    def hits_with_synonyms(words, locale, backend):
        """search.queries._hits with synonyms (MAX_HITS and the merge as proposed)."""
        searchables = queries._searchables(locale)
        hits = text.ranked_hits(searchables, words, backend=backend, limit=queries.MAX_HITS)
        aliases = synonyms(words)
        if not aliases:
            return hits
        seen = {(type(obj), obj.pk) for obj, _score in hits}
        for alias in aliases:
            more = text.ranked_hits(searchables, alias, backend=backend, limit=queries.MAX_HITS)
            for obj, score in more:
                if (type(obj), obj.pk) not in seen:
                    seen.add((type(obj), obj.pk))
                    hits.append((obj, score))
        hits.sort(key=lambda hit: -hit[1])
        if "rerank" in features:
            hits = rerank_by_name(hits, words, *aliases)
        return hits[: queries.MAX_HITS]

    with contextlib.ExitStack() as stack:
        stack.enter_context(_patched(text, ranked_hits=ranked_hits))
        if "synonyms" in features:
            stack.enter_context(_patched(queries, _hits=hits_with_synonyms))
        if "promotions" in features:
            stack.enter_context(transaction.atomic())
            _create_promotions()
        try:
            yield
        finally:
            if "promotions" in features:
                transaction.set_rollback(True)


def _create_promotions():
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion
    from wagtail.models import Page

    pages = {page.url: page for page in Page.objects.live() if page.url}
    for query_string, urls in PROMOTIONS.items():
        query = Query.get(query_string)
        for order, url in enumerate(urls):
            if url in pages:
                SearchPromotion.objects.create(query=query, page=pages[url], sort_order=order)


@contextlib.contextmanager
def _patched(module, **replacements):
    originals = {name: getattr(module, name) for name in replacements}
    for name, value in replacements.items():
        setattr(module, name, value)
    try:
        yield
    finally:
        for name, value in originals.items():
            setattr(module, name, value)


# --- outside Django: building databases and reporting -----------------------------------------


def register_files() -> list[str]:
    """The files `make demo` imports (the Makefile's REGISTER_DATA)."""
    return sorted(
        str(path.relative_to(PROJECT))
        for path in (PROJECT / "data" / "opengr").rglob("*")
        if path.is_file() and path.suffix in {".csv", ".json"}
    )


def postgres_url(name):
    """A throw-away PostgreSQL database, or None when none is reachable."""
    base = os.environ.get("QUALITY_POSTGRES", "postgres://postgres@127.0.0.1:5432")
    try:
        import psycopg

        with psycopg.connect(f"{base}/postgres", autocommit=True, connect_timeout=3) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
    except Exception as exc:  # noqa: BLE001 - any failure means: no PostgreSQL here
        print(f"PostgreSQL not available ({exc.__class__.__name__}); skipping it.")
        return None
    return f"{base}/{name}"


def drop_postgres(url):
    import psycopg

    base, name = url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


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
        "--judgements",
        str(args.judgements),
    ]
    for name in args.variant or []:
        command += ["--variant", name]
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
            url = postgres_url(f"search_quality_{os.getpid()}")
            if url is None:
                return None, None, False
            env = database_only(base_environment(workdir, url))
            return env, (lambda: None if args.keep else drop_postgres(url)), True

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


def summarise(queries, ranked_by_id) -> dict:
    rows = {}
    for item in queries:
        ranked = ranked_by_id[str(item["id"])]
        scores = (recall_at(item["expected"], ranked), reciprocal_rank(item["expected"], ranked))
        for key in ("all", item["category"]):
            rows.setdefault(key, []).append(scores)
    return {
        key: (len(values), mean(v[0] for v in values), mean(v[1] for v in values))
        for key, values in rows.items()
    }


def print_report(queries, results, args):
    label = results["label"]
    columns = ["baseline", "ours", *(args.variant or [])]
    headings = ["baseline", "ours", *(f"v{n}" for n in range(1, len(columns) - 1))]
    summaries = {name: summarise(queries, results[name]) for name in columns}
    print(f"\n=== {label}: {len(queries)} judged queries, recall@{K} / MRR@{K} ===")
    if results.get("missing"):
        print(f"!! expected ids not found in this database: {', '.join(results['missing'])}")
    header = f"{'category':<14} {'n':>3}" + "".join(f" | {h:>11}" for h in headings)
    print(header)
    print("-" * len(header))
    for key in ["all", *CATEGORIES]:
        if key not in summaries["ours"]:
            continue
        line = f"{key:<14} {summaries['ours'][key][0]:>3}"
        for name in columns:
            _n, recall, mrr = summaries[name][key]
            line += f" | {recall:4.2f} / {mrr:4.2f}"
        print(line)
    for heading, name in zip(headings[2:], columns[2:], strict=True):
        print(f"{heading} = ours with {name}")
    seconds = ", ".join(f"{name} {results['seconds'][name]:.1f} s" for name in columns[1:])
    print(f"(time for all queries: {seconds})")

    for name in columns[1:]:
        misses = []
        for item in queries:
            ranked = results[name][str(item["id"])]
            recall = recall_at(item["expected"], ranked)
            if recall < 1 or args.show_all:
                misses.append((item, ranked, recall))
        title = "ours" if name == "ours" else f"variant {name}"
        print(f"\n[{label}] {title}: {len(misses)} queries miss an expected entry in the first {K}")
        for item, ranked, recall in misses:
            corrected = results["corrected"][name][str(item["id"])]
            fixed = f" (corrected to {corrected!r})" if corrected else ""
            base = recall_at(item["expected"], results["baseline"][str(item["id"])])
            print(
                f"  {item['id']:>3} {item['language']} {item['query']!r}{fixed} "
                f"[{item['category']}] recall {recall:.2f} (baseline {base:.2f})"
            )
            if len(item["expected"]) <= K:
                missed = [e for e in item["expected"] if e not in ranked]
                print(f"        missing: {', '.join(missed)}")
            else:
                print(f"        (any {K} of {len(item['expected'])} expected)")
            instead = [e for e in ranked if e not in item["expected"]]
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
        "--variant",
        action="append",
        type=lambda value: "+".join(parse_variant(value)),
        metavar="FEATURE[+FEATURE…]",
        help=f"also measure ours with these prototypes patched in (repeatable): "
        f"{', '.join(FEATURES)}",
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
    parser.add_argument("--judgements", default=str(JUDGEMENTS), help=argparse.SUPPRESS)
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

    queries = load_judgements(args.judgements)
    errors = judgement_errors(queries)
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
            print_report(queries, results, args)
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
    if len(everything) > 1:
        print(f"\n=== all backends, all {len(queries)} queries: recall@{K} / MRR@{K} ===")
        for results in everything:
            cells = []
            for name in ["baseline", "ours", *(args.variant or [])]:
                _n, recall, mrr = summarise(queries, results[name])["all"]
                cells.append(f"{name} {recall:.2f} / {mrr:.2f}")
            print(f"{results['label']:<14} " + " | ".join(cells))
    if not everything:
        print("No backend could be measured.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(PROJECT))
    sys.exit(main())
