"""Full-text matching on the database backends, ranked, as a list of primary keys.

Wagtail's database backend answers `Model.objects.search()` correctly, but on SQLite its
query lets the planner walk every index entry of the model and probe the FTS table for each
(about 50 ms for 5,000 partnerships, seconds with relevance scores). Here the FTS5 MATCH
runs first and joins the index entries by rowid (CROSS JOIN fixes that order), ranked by
bm25 with the title weighted above the body: under a millisecond.

Every word is matched as a prefix ("afval" finds "afvalverwijdering", "afvalschap"): Dutch
joins words, and a visitor types the first part. A word of five letters or more also matches
inside a longer indexed word, the tail of a compound ("samenwerking" finds
"belastingsamenwerking"): the index's own vocabulary says which words contain it. A long word
also matches with a linking s added or dropped ("belastingsamenwerking" finds
"belastingssamenwerking"). PostgreSQL
gets the same matching from SQL of our own (Wagtail's query there matches whole stemmed words
only). Words are plain \\w+ tokens (see search.queries.normalise_query), so quoting them is
safe.

Site search then puts first what is called what the visitor typed (see rerank_by_name).
"""

import json
import re
import unicodedata

from django.db import connection
from django.db.models.expressions import RawSQL

from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import Page
from wagtail.search.models import IndexEntry

# bm25 weights per FTS column, in the table's column order: autocomplete, body, title.
BM25_WEIGHTS = (0.0, 1.0, 4.0)


def _sqlite_fts_available() -> bool:
    from modelsearch.backends.database.sqlite.utils import fts5_available, fts_table_exists

    return fts5_available() and fts_table_exists()


# A word this long also matches inside longer indexed words; shorter ones would match inside
# too many ("raad", "regi"). At most MAX_TAILS such words per query word, the commonest first.
TAIL_MIN_LENGTH = 5
MAX_TAILS = 64


# The lexemes of an index entry as text, as indexed by search migration 0003 (PostgreSQL);
# written here with the doubled quotes it needs inside ts_stat's query string.
VOCABULARY_TEXT = "(title::text || '' '' || body::text)"

# Dutch writes the joint of a compound with or without a linking s, and people disagree
# ("belastingsamenwerking", "Belastingssamenwerking Gouwe-Rijnland"). A word this long also
# matches with one s added or dropped inside it; shorter words would gain false matches.
LINKING_S_MIN_LENGTH = 10


def linking_s_variants(word: str) -> list[str]:
    """`word` with one linking s added or dropped, at least four letters from either end."""
    if len(word) < LINKING_S_MIN_LENGTH:
        return []
    variants = set()
    for i in range(4, len(word) - 3):
        if word[i] == "s" and word[i - 1] != "s":
            variants.add(word[:i] + word[i + 1 :])
        added = word[:i] + "s" + word[i:]
        if "sss" not in added:
            variants.add(added)
    return sorted(variants)


def _sqlite_tails(cursor, word: str) -> list[str]:
    """Indexed words that contain `word` after their start ("belastingsamenwerking" for
    "samenwerking"): FTS5 matches from a token's start only, and fts5vocab lists its tokens."""
    if len(word) < TAIL_MIN_LENGTH:
        return []
    table = IndexEntry._meta.db_table
    cursor.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{table}_vocab "
        f"USING fts5vocab(main, {table}_fts, row)"
    )
    cursor.execute(
        f"SELECT term FROM temp.{table}_vocab WHERE instr(term, %s) > 1 "
        f"ORDER BY doc DESC LIMIT {MAX_TAILS}",
        [word],
    )
    return [term for (term,) in cursor.fetchall()]


def _sqlite_match(words: list[str]) -> str:
    """The FTS5 MATCH expression: every word, as a prefix or as a compound's tail."""
    parts = []
    with connection.cursor() as cursor:
        for word in words:
            alternatives = [
                f'"{word}"*',
                *(f'"{variant}"*' for variant in linking_s_variants(word)),
                *(f'"{term}"' for term in _sqlite_tails(cursor, word)),
            ]
            parts.append("(" + " OR ".join(alternatives) + ")")
    return "{title body} : (" + " AND ".join(parts) + ")"


def _sqlite_match_sql(model, words: list[str], *, ranked: bool):
    table = IndexEntry._meta.db_table
    match = _sqlite_match(words)
    content_types = list(get_descendants_content_types_pks(model))
    placeholders = ", ".join(["%s"] * len(content_types))
    sql = (
        f"SELECT CAST(e.object_id AS INTEGER) FROM {table}_fts f "
        f"CROSS JOIN {table} e ON e.id = f.rowid "
        f"WHERE {table}_fts MATCH %s AND e.content_type_id IN ({placeholders})"
    )
    if ranked:
        sql += f" ORDER BY bm25({table}_fts, {', '.join(map(str, BM25_WEIGHTS))})"
    return sql, [match, *content_types]


def _use_sqlite_fts(model) -> bool:
    # Only for integer primary keys: object_id is text and is cast back here.
    return (
        connection.vendor == "sqlite"
        and model._meta.pk.get_internal_type() in {"AutoField", "BigAutoField"}
        and _sqlite_fts_available()
    )


def _database_backend():
    """The database search backend: the default one, or the configured fallback."""
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend("default")
    if _is_database_backend(backend):
        return backend
    return get_search_backend(fallback_backend_name() or "default")


def _postgres_query(model, words: list[str]):
    """(SQL selecting (pk, score) of `model`'s matching index entries, params), or None
    when every word is a stop word."""
    config = getattr(_database_backend(), "config", None)
    with connection.cursor() as cursor:
        parts, params = _postgres_word_queries(cursor, config, words)
    if not parts:
        return None
    table = IndexEntry._meta.db_table
    content_types = list(get_descendants_content_types_pks(model))
    placeholders = ", ".join(["%s"] * len(content_types))
    sql = (
        f"SELECT CAST(e.object_id AS INTEGER) AS pk, "
        f"ts_rank(e.title, q.q, 1) * e.title_norm + ts_rank(e.body, q.q, 1) AS score "
        f"FROM {table} e, (SELECT {' && '.join(parts)} AS q) q "
        f"WHERE (e.title || e.body) @@ q.q AND e.content_type_id IN ({placeholders})"
    )
    return sql, [*params, *content_types]


def _use_postgres(model) -> bool:
    return connection.vendor == "postgresql" and model._meta.pk.get_internal_type() in {
        "AutoField",
        "BigAutoField",
    }


def text_filter(queryset, words: list[str]):
    """`queryset` narrowed to rows matching every word, as one SQL subquery (cheap to
    repeat inside the facet queries). Always on the database index."""
    if not words:
        return queryset
    if _use_sqlite_fts(queryset.model):
        sql, params = _sqlite_match_sql(queryset.model, words, ranked=False)
        return queryset.filter(pk__in=RawSQL(sql, params))
    if _use_postgres(queryset.model):
        query = _postgres_query(queryset.model, words)
        if query is None:
            return queryset.none()
        sql, params = query
        return queryset.filter(pk__in=RawSQL(f"SELECT pk FROM ({sql}) matches", params))
    matching = _database_backend().search(
        " ".join(words), queryset, operator="and", order_by_relevance=False
    )
    return queryset.filter(pk__in=matching.get_queryset().values("pk"))


def id_subquery(model, ids):
    """A subquery listing `ids` of `model` as ONE parameter (a PostgreSQL array, a JSON
    array on SQLite): thousands of ids stay one short statement, with no limit on the
    number of SQL variables."""
    ids = sorted(ids)
    if connection.vendor == "postgresql":
        return RawSQL("SELECT unnest(%s::bigint[])", (ids,))
    if connection.vendor == "sqlite":
        return RawSQL("SELECT value FROM json_each(%s)", (json.dumps(ids),))
    return model.objects.filter(pk__in=ids).values("pk")


def ranked_ids(queryset, words: list[str]) -> list:
    """Primary keys of `queryset`'s rows that match every word, best first."""
    if not words:
        return []
    if _use_sqlite_fts(queryset.model):
        sql, params = _sqlite_match_sql(queryset.model, words, ranked=True)
    elif _use_postgres(queryset.model):
        query = _postgres_query(queryset.model, words)
        if query is None:
            return []
        sql, params = query
        sql = f"SELECT pk FROM ({sql}) matches ORDER BY score DESC, pk"
    else:
        ranked = _database_backend().search(" ".join(words), queryset, operator="and")
        return list(ranked.get_queryset().values_list("pk", flat=True))
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        candidates = [row[0] for row in cursor.fetchall()]
    # The candidates match already; the queryset only narrows them (published, public),
    # without matching the words a second time.
    allowed = set(
        queryset.filter(pk__in=id_subquery(queryset.model, candidates)).values_list("pk", flat=True)
    )
    return [pk for pk in candidates if pk in allowed]


# --- several models in one ranked list (site search) -----------------------------------------


class BackendUnavailable(Exception):
    """The search backend (a cluster) could not answer."""


def fallback_backend_name():
    from django.conf import settings

    return "database" if "database" in settings.WAGTAILSEARCH_BACKENDS else None


def _is_database_backend(backend) -> bool:
    return backend.__class__.__module__.startswith("modelsearch.backends.database")


def _family(model):
    """Pages share one index family; other models are their own."""
    return Page if issubclass(model, Page) else model


def _visible(hits, searchables):
    """Keep the hits a visitor may see (see search.queries._searchables)."""
    visible = {}
    for search_queryset, visible_queryset in searchables:
        pks = [obj.pk for obj, _score in hits if isinstance(obj, search_queryset.model)]
        if pks:
            model = _family(search_queryset.model)
            visible[model] = set(visible_queryset.filter(pk__in=pks).values_list("pk", flat=True))
    return [(obj, score) for obj, score in hits if obj.pk in visible.get(_family(type(obj)), ())]


def _sqlite_ranked_hits(querysets, words, limit, *, match=None, weights=BM25_WEIGHTS):
    table = IndexEntry._meta.db_table
    by_content_type = _content_types(querysets)
    placeholders = ", ".join(["%s"] * len(by_content_type))
    sql = (
        f"SELECT e.content_type_id, CAST(e.object_id AS INTEGER), "
        f"-bm25({table}_fts, {', '.join(map(str, weights))}) AS score "
        f"FROM {table}_fts f CROSS JOIN {table} e ON e.id = f.rowid "
        f"WHERE {table}_fts MATCH %s AND e.content_type_id IN ({placeholders}) "
        f"ORDER BY score DESC LIMIT %s"
    )
    # bm25 is lower-is-better, hence its negation: hits are higher-is-better.
    with connection.cursor() as cursor:
        cursor.execute(sql, [match or _sqlite_match(words), *by_content_type, limit * 4])
        rows = cursor.fetchall()
    return _objects_for_rows(querysets, by_content_type, rows, limit)


def _sqlite_autocomplete_hits(querysets, words, limit):
    """Wagtail's autocomplete on SQLite scores every entry of the model in a correlated
    subquery (some 300 ms at 5,000 partnerships); the same MATCH on the autocomplete
    column, run first and joined by rowid, takes a millisecond."""
    match = "{autocomplete} : (" + " AND ".join(f'"{word}"*' for word in words) + ")"
    return _sqlite_ranked_hits(querysets, words, limit, match=match, weights=(1.0, 0.0, 0.0))


def _objects_for_rows(querysets, by_content_type, rows, limit):
    """[(object, score)] for rows of (content type, pk, score), in their order, keeping only
    what the querysets (what visitors may see) hold."""
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
        model = _family(by_content_type[content_type].model)
        obj = objects.pop((model, pk), None)
        if obj is not None:
            hits.append((obj, score))
    return hits[:limit]


def _content_types(querysets) -> dict:
    """{content type id: the queryset its objects come from}, subclasses included."""
    by_content_type = {}
    for queryset in querysets:
        for content_type in get_descendants_content_types_pks(_family(queryset.model)):
            by_content_type[content_type] = queryset
    return by_content_type


def _postgres_word_queries(cursor, config, words):
    """([tsquery SQL per word], params), stop words left out."""
    parts, params = [], []
    for word in words:
        word_query = _postgres_word_query(cursor, config, word)
        if word_query:
            parts.append(word_query[0])
            params += word_query[1]
    return parts, params


def _postgres_word_query(cursor, config, word: str):
    """(SQL, params) of a tsquery for one word, or None for a stop word ("en", "van").

    The word as a prefix, stemmed and unstemmed (the Dutch stemmer turns "brandweer" into
    'brandwer', no prefix of 'brandweerorganisatie'), or inside a longer indexed lexeme.
    `config`: the backend's SEARCH_CONFIG; None means the database's default, as when the
    index was built.
    """
    config_sql, config_params = ("%s::regconfig, ", [config]) if config else ("", [])
    cursor.execute(f"SELECT strip(to_tsvector({config_sql}%s))::text", [*config_params, word])
    stem = (cursor.fetchone()[0] or "").split(" ")[0].strip("'")
    if not stem:
        return None
    sql = f"(to_tsquery({config_sql}%s) || to_tsquery('simple', %s)"
    params = [*config_params, f"'{word}':*", f"'{_fold(word)}':*"]
    variants = linking_s_variants(word)
    if variants:
        sql += f" || to_tsquery({config_sql}%s)"
        params += [*config_params, " | ".join(f"'{variant}':*" for variant in variants)]
    if len(stem) >= TAIL_MIN_LENGTH:
        # ts_stat reads only the entries whose lexemes contain the stem (found through the
        # trigram index of search migration 0003); every word containing it is in those.
        # The stem goes into ts_stat's query text through quote_literal.
        table = IndexEntry._meta.db_table
        cursor.execute(
            f"SELECT word FROM ts_stat("
            f"'SELECT title || body FROM {table} WHERE {VOCABULARY_TEXT} LIKE ' "
            f"|| quote_literal('%%' || %s || '%%')) "
            f"WHERE position(%s IN word) > 1 ORDER BY ndoc DESC LIMIT {MAX_TAILS}",
            [stem, stem],
        )
        # Only plain lexemes: one with a quote would break the tsquery's syntax.
        tails = [f"'{lex}'" for (lex,) in cursor.fetchall() if re.fullmatch(r"[\w-]+", lex)]
        if tails:
            sql += " || to_tsquery('simple', %s)"
            params.append(" | ".join(tails))
    return sql + ")", params


def _postgres_ranked_hits(querysets, words, limit, config):
    """Like _sqlite_ranked_hits, on the PostgreSQL index: ts_rank normalised by the
    document's length, so a name that matches ranks above a long list of participants."""
    table = IndexEntry._meta.db_table
    by_content_type = _content_types(querysets)
    with connection.cursor() as cursor:
        parts, params = _postgres_word_queries(cursor, config, words)
        if not parts:
            return []
        placeholders = ", ".join(["%s"] * len(by_content_type))
        cursor.execute(
            f"SELECT e.content_type_id, CAST(e.object_id AS INTEGER), "
            f"ts_rank(e.title, q.q, 1) * e.title_norm + ts_rank(e.body, q.q, 1) AS score "
            f"FROM {table} e, (SELECT {' && '.join(parts)} AS q) q "
            f"WHERE (e.title || e.body) @@ q.q AND e.content_type_id IN ({placeholders}) "
            f"ORDER BY score DESC, e.id LIMIT %s",
            [*params, *by_content_type, limit * 4],
        )
        rows = cursor.fetchall()
    return _objects_for_rows(querysets, by_content_type, rows, limit)


# --- what a hit is called ----------------------------------------------------------------------


def _fold(text: str) -> str:
    """Lower case without accents: "Fryslân" → "fryslan"."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()


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
    the words in their name; the backend's order among equals (a stable sort).

    Full-text scores reward repetition: a partnership that lists Zaanstad among its
    participants, or a policy domain 'Bedrijfsvoering en belastingen', can outscore the
    organisation or the body that is called so. `queries`: the query's words, and those of
    equivalent queries (synonyms), each as a list.
    """

    def key(hit):
        exact, share = max(name_match(hit[0], words) for words in queries)
        return (not exact, -share)

    return sorted(hits, key=key)


def ranked_hits(searchables, words, *, backend="default", limit=500):
    """[(object, score)] over several kinds of objects, best first (higher is better).

    `searchables`: [(queryset the backend searches, queryset of what visitors may see)].
    """
    from wagtail.search.backends import get_search_backend

    if not words:
        return []
    search_backend = get_search_backend(backend)
    database = _is_database_backend(search_backend)
    visible = [visible for _search, visible in searchables]
    if database and connection.vendor == "sqlite" and _sqlite_fts_available():
        return rerank_by_name(_sqlite_ranked_hits(visible, words, limit), words)
    if database and connection.vendor == "postgresql":
        hits = _postgres_ranked_hits(visible, words, limit, search_backend.config)
        return rerank_by_name(hits, words)
    hits = []
    try:
        for queryset, _visible_queryset in searchables:
            results = search_backend.search(
                " ".join(words), queryset, operator="and"
            ).annotate_score("_search_score")
            hits += [(obj, obj._search_score or 0.0) for obj in results[:limit]]
    except Exception as exc:
        if database:
            raise
        raise BackendUnavailable(str(exc)) from exc
    hits.sort(key=lambda hit: -hit[1])
    return rerank_by_name(_visible(hits, searchables)[:limit], words)


def autocomplete_hits(searchables, text, *, backend="default", limit=8):
    """[(object, score)] whose title or name starts with the typed text."""
    from wagtail.search.backends import get_search_backend

    search_backend = get_search_backend(backend)
    words = text.split()
    if (
        words
        and _is_database_backend(search_backend)
        and connection.vendor == "sqlite"
        and _sqlite_fts_available()
    ):
        visible = [visible for _search, visible in searchables]
        return _sqlite_autocomplete_hits(visible, words, limit)
    hits = []
    try:
        for queryset, _visible_queryset in searchables:
            results = search_backend.autocomplete(text, queryset)
            hits += [(obj, 0.0) for obj in results[: limit * 2]]
    except Exception as exc:
        if _is_database_backend(search_backend):
            raise
        raise BackendUnavailable(str(exc)) from exc
    return _visible(hits, searchables)[:limit]
