"""SQLite: FTS5 MATCH first, index entries joined by rowid, ranked by bm25.

Why in SQL of our own: see search/backends/database/__init__.py.
"""

from django.db import connection

from modelsearch.utils import get_descendants_content_types_pks
from wagtail.search.models import IndexEntry

from search.backends.database.rows import content_types, objects_for_rows
from search.vocabulary import remembered
from search.words import MAX_TAILS, TAIL_MIN_LENGTH, as_terms, linking_s_variants

# bm25 weights per FTS column, in the table's column order: autocomplete, body, title.
BM25_WEIGHTS = (0.0, 1.0, 4.0)


def tails(cursor, word: str) -> list[str]:
    """Indexed words that contain `word` after their start ("belastingsamenwerking" for
    "samenwerking"): FTS5 matches from a token's start only, and fts5vocab lists its tokens.
    A scan of every indexed word, so kept per word until the index changes (remembered)."""
    if len(word) < TAIL_MIN_LENGTH:
        return []
    return remembered(("sqlite-tails", connection.alias, word), lambda: _tails(cursor, word))


def _tails(cursor, word: str) -> list[str]:
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


def _word_expression(cursor, word: str) -> str:
    alternatives = [
        f'"{word}"*',
        *(f'"{variant}"*' for variant in linking_s_variants(word)),
        *(f'"{term}"' for term in tails(cursor, word)),
    ]
    return "(" + " OR ".join(alternatives) + ")"


def match_expression(words) -> str:
    """The FTS5 MATCH expression: every term (search/words.py as_terms), each as any of its
    alternatives, each alternative's words all present, every word as a prefix or as a
    compound's tail."""
    parts = []
    with connection.cursor() as cursor:
        for term in as_terms(words):
            alternatives = [
                "(" + " AND ".join(_word_expression(cursor, word) for word in alternative) + ")"
                for alternative in term
                if alternative
            ]
            parts.append("(" + " OR ".join(alternatives) + ")")
    return "{title body} : (" + " AND ".join(parts) + ")"


def ids_sql(model, words: list[str], backend, *, ranked: bool):
    """(SQL selecting the primary keys of `model`'s entries matching every word, best
    first when `ranked`, params)."""
    table = IndexEntry._meta.db_table
    match = match_expression(words)
    content_type_ids = list(get_descendants_content_types_pks(model))
    placeholders = ", ".join(["%s"] * len(content_type_ids))
    sql = (
        f"SELECT CAST(e.object_id AS INTEGER) FROM {table}_fts f "
        f"CROSS JOIN {table} e ON e.id = f.rowid "
        f"WHERE {table}_fts MATCH %s AND e.content_type_id IN ({placeholders})"
    )
    if ranked:
        sql += f" ORDER BY bm25({table}_fts, {', '.join(map(str, BM25_WEIGHTS))})"
    return sql, [match, *content_type_ids]


def ranked_hits(backend, querysets, words, limit, *, match=None, weights=BM25_WEIGHTS):
    """[(object, score)] of the querysets' objects matching every word, best first."""
    table = IndexEntry._meta.db_table
    by_content_type = content_types(querysets)
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
        cursor.execute(sql, [match or match_expression(words), *by_content_type, limit * 4])
        rows = cursor.fetchall()
    return objects_for_rows(querysets, by_content_type, rows, limit)


def autocomplete_hits(backend, querysets, words, limit):
    """Wagtail's autocomplete on SQLite scores every entry of the model in a correlated
    subquery (some 300 ms at 5,000 partnerships); the same MATCH on the autocomplete
    column, run first and joined by rowid, takes a millisecond."""
    match = "{autocomplete} : (" + " AND ".join(f'"{word}"*' for word in words) + ")"
    return ranked_hits(backend, querysets, words, limit, match=match, weights=(1.0, 0.0, 0.0))


def index_has(word: str) -> bool:
    """Some indexed text has a word starting with `word` (one FTS5 lookup)."""
    table = IndexEntry._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT 1 FROM {table}_fts WHERE {table}_fts MATCH %s LIMIT 1",
            ["{title body} : " + f'"{word}"*'],
        )
        return cursor.fetchone() is not None
