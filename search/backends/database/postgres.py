"""PostgreSQL: a tsquery per word (prefixes, stemmed and not, linking s, compound tails
found through the trigram index), ranked by ts_rank.

Why in SQL of our own: see search/backends/database/__init__.py.
"""

import re

from django.db import connection

from modelsearch.utils import get_descendants_content_types_pks
from wagtail.search.models import IndexEntry

from search.backends.database.rows import content_types, objects_for_rows
from search.vocabulary import remembered
from search.words import MAX_TAILS, TAIL_MIN_LENGTH, as_terms, fold, linking_s_variants

# The lexemes of an index entry as text, as indexed by search migration 0003 (PostgreSQL);
# written here with the doubled quotes it needs inside ts_stat's query string.
VOCABULARY_TEXT = "(title::text || '' '' || body::text)"
# An entry's title and body as one tsvector: what every text query matches. The same
# expression as the GIN index of search/migrations/0006_postgres_title_body_index.py.
TEXT_VECTOR = "(e.title || e.body)"


def word_query(cursor, config, word: str):
    """(SQL, params) of a tsquery for one word, or None for a stop word ("en", "van"): two
    lookups (the stem, the compound tails), kept per word until the index changes."""
    return remembered(
        ("postgres-word", connection.alias, config, word),
        lambda: _word_query(cursor, config, word),
    )


def _word_query(cursor, config, word: str):
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
    params = [*config_params, f"'{word}':*", f"'{fold(word)}':*"]
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


def word_queries(cursor, config, words):
    """([tsquery SQL per term], params): each term (search/words.py as_terms) as any of its
    alternatives, each alternative's words all present; stop words left out."""
    parts, params = [], []
    for term in as_terms(words):
        alternatives, term_params = [], []
        for alternative in term:
            queries = [
                query for query in (word_query(cursor, config, w) for w in alternative) if query
            ]
            if queries:
                alternatives.append("(" + " && ".join(sql for sql, _params in queries) + ")")
                term_params += [param for _sql, query_params in queries for param in query_params]
        if alternatives:
            parts.append("(" + " || ".join(alternatives) + ")")
            params += term_params
    return parts, params


def _scored_sql(model, words: list[str], config):
    """(SQL selecting (pk, score) of `model`'s matching index entries, params), or None
    when every word is a stop word."""
    with connection.cursor() as cursor:
        parts, params = word_queries(cursor, config, words)
    if not parts:
        return None
    table = IndexEntry._meta.db_table
    content_type_ids = list(get_descendants_content_types_pks(model))
    placeholders = ", ".join(["%s"] * len(content_type_ids))
    sql = (
        f"SELECT CAST(e.object_id AS INTEGER) AS pk, "
        f"ts_rank(e.title, q.q, 1) * e.title_norm + ts_rank(e.body, q.q, 1) AS score "
        f"FROM {table} e, (SELECT {' && '.join(parts)} AS q) q "
        f"WHERE {TEXT_VECTOR} @@ q.q AND e.content_type_id IN ({placeholders})"
    )
    return sql, [*params, *content_type_ids]


def ids_sql(model, words: list[str], backend, *, ranked: bool):
    """(SQL selecting the primary keys of `model`'s entries matching every word, best
    first when `ranked`, params), or None when every word is a stop word."""
    query = _scored_sql(model, words, getattr(backend, "config", None))
    if query is None:
        return None
    sql, params = query
    if ranked:
        return f"SELECT pk FROM ({sql}) matches ORDER BY score DESC, pk", params
    return f"SELECT pk FROM ({sql}) matches", params


def ranked_hits(backend, querysets, words, limit):
    """[(object, score)] of the querysets' objects matching every word, best first:
    ts_rank normalised by the document's length, so a name that matches ranks above a
    long list of participants."""
    table = IndexEntry._meta.db_table
    by_content_type = content_types(querysets)
    with connection.cursor() as cursor:
        parts, params = word_queries(cursor, backend.config, words)
        if not parts:
            return []
        placeholders = ", ".join(["%s"] * len(by_content_type))
        cursor.execute(
            f"SELECT e.content_type_id, CAST(e.object_id AS INTEGER), "
            f"ts_rank(e.title, q.q, 1) * e.title_norm + ts_rank(e.body, q.q, 1) AS score "
            f"FROM {table} e, (SELECT {' && '.join(parts)} AS q) q "
            f"WHERE {TEXT_VECTOR} @@ q.q AND e.content_type_id IN ({placeholders}) "
            f"ORDER BY score DESC, e.id LIMIT %s",
            [*params, *by_content_type, limit * 4],
        )
        rows = cursor.fetchall()
    return objects_for_rows(querysets, by_content_type, rows, limit)


def autocomplete_hits(backend, querysets, words, limit):
    """[(object, score)] whose autocomplete text (names) has every word as a prefix, best
    first (lower case, accents kept: the column is built with the "simple" configuration).

    Wagtail's autocomplete joins the model to its index entries on
    `object_id = id::varchar`: no index serves that join from the entries' side, so the plan
    reads every row of the model (a hash join with statistics, a quadratic nested loop
    without: 435 ms at 50,000 partnerships before ANALYZE). Here the entries are found
    through the GIN index of the autocomplete column alone, and the objects by primary key
    (rows.objects_for_rows): both index lookups, whatever the planner's statistics."""
    prefixes = [f"'{word}':*" for word in re.findall(r"\w+", " ".join(words).lower())]
    if not prefixes:
        return []
    table = IndexEntry._meta.db_table
    by_content_type = content_types(querysets)
    placeholders = ", ".join(["%s"] * len(by_content_type))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT e.content_type_id, CAST(e.object_id AS INTEGER), "
            f"ts_rank(e.autocomplete, q.q) AS score "
            f"FROM {table} e, (SELECT to_tsquery('simple', %s) AS q) q "
            f"WHERE e.autocomplete @@ q.q AND e.content_type_id IN ({placeholders}) "
            f"ORDER BY score DESC, e.id LIMIT %s",
            [" & ".join(prefixes), *by_content_type, limit * 4],
        )
        rows = cursor.fetchall()
    return objects_for_rows(querysets, by_content_type, rows, limit)


def index_has(word: str) -> bool:
    """Some indexed text has a word starting with `word` (one index lookup)."""
    table = IndexEntry._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT 1 FROM {table} WHERE (title || body) @@ to_tsquery('simple', %s) LIMIT 1",
            [f"'{fold(word)}':*"],
        )
        return cursor.fetchone() is not None
