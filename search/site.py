"""Site search: every registered source (search/sources.py) in one ranked list, with a
facet by type, snippets and autocomplete. When the search cluster cannot be reached, it
answers from the database backend instead.

Pages are searched in the visitor's language; which kinds of objects are searched, what
visitors may see of them and how a hit is described is up to each source.
"""

import logging
import re
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import mark_safe

from wagtail.models import Locale

from cms.querystring import clean_text
from search.backends.database import fallback_backend_name
from search.backends.database.rows import family
from search.hits import BackendUnavailable, autocomplete_hits, ranked_hits
from search.matching import soft_and
from search.pipeline import plan_query
from search.query import normalise_query
from search.ranking import object_names, rank_by_name
from search.sources import ResultType, searchables, source_for, sources

logger = logging.getLogger(__name__)

MAX_HITS = 500


@dataclass
class Hit:
    object: object
    type: ResultType
    score: float
    url: str = ""
    title: str = ""
    snippet: str = ""
    text: str = ""  # what the snippet is cut from (SearchSource.describe)


@dataclass
class SiteSearchResult:
    query: str
    hits: list = field(default_factory=list)
    type_counts: list = field(default_factory=list)  # [(ResultType, count)]
    selected_type: str = ""
    corrected: str = ""  # the query as searched when a word was corrected
    partial: bool = False  # nothing matched every word: ranked by how many they match
    plan: object = None  # search/pipeline.py QueryPlan
    used_fallback: bool = False
    unavailable: bool = False


def _hits(plan, locale, backend):
    """Hits for the plan's required terms (search/pipeline.py); when nothing has them all,
    hits for each term ranked by how many (rarity-weighted) they match. Names first.
    (hits, partial)."""
    kinds = searchables(locale)
    required = plan.required
    if not required:
        return [], False
    hits = ranked_hits(kinds, plan.match_terms(required), backend=backend, limit=MAX_HITS)
    partial = False
    if not hits and len(required) > 1:
        per_term = [
            ranked_hits(kinds, plan.match_terms([term]), backend=backend, limit=MAX_HITS)
            for term in required
        ]
        objects = {}
        ranked_keys = []
        for term_hits in per_term:
            keys = []
            for obj, _score in term_hits:
                key = (family(type(obj)), obj.pk)
                objects[key] = obj
                keys.append(key)
            ranked_keys.append(keys)
        total = sum(len(keys) for keys in ranked_keys) + MAX_HITS
        hits = [(objects[key], 0.0) for key in soft_and(ranked_keys, total)]
        partial = bool(hits)
    return rank_by_name(hits, plan, object_names)[:MAX_HITS], partial


def _run_with_fallback(plan, locale):
    """Hits from the default backend; from the database backend when that fails."""
    try:
        return (*_hits(plan, locale, "default"), False)
    except BackendUnavailable as exc:
        fallback = fallback_backend_name()
        logger.warning("Search backend unavailable (%s); using %r", exc, fallback)
        if fallback is None:
            raise
        return (*_hits(plan, locale, fallback), True)


def search_site(raw_query: str, selected_type: str = "") -> SiteSearchResult:
    locale = Locale.get_active()
    plan = plan_query(raw_query, locale.language_code[:2])
    result = SiteSearchResult(query=plan.text, selected_type=clean_text(selected_type, 40))
    if not plan.text:
        return result
    result.plan = plan
    result.corrected = plan.corrected
    try:
        raw_hits, result.partial, result.used_fallback = _run_with_fallback(plan, locale)
    except BackendUnavailable:
        result.unavailable = True
        return result
    hits = [make_hit(obj, score) for obj, score in raw_hits]

    counts = {}
    for hit in hits:
        key = hit.type.key
        counts[key] = (hit.type, counts.get(key, (hit.type, 0))[1] + 1)
    result.type_counts = sorted(counts.values(), key=lambda item: (-item[1], str(item[0].label)))
    if result.selected_type and result.selected_type in counts:
        hits = [hit for hit in hits if hit.type.key == result.selected_type]
    elif result.selected_type:
        result.selected_type = ""
    result.hits = hits
    return result


def make_hit(obj, score) -> Hit:
    """A hit as its source presents it (type and title); describe it with prepare_for_display."""
    source = source_for(obj)
    return Hit(obj, source.result_type(obj), score, title=source.title(obj))


def prepare_for_display(hits, words, request):
    """URLs and highlighted snippets for the hits on one results page only."""
    by_source = {}
    for hit in hits:
        by_source.setdefault(source_for(hit.object), []).append(hit)
    for source, source_hits in by_source.items():
        source.describe(source_hits, request)
    for hit in hits:
        hit.snippet = highlight(hit.text, words)
    return hits


def highlight(text: str, words, length: int = 240) -> str:
    """Escaped text around the first match, with every matching word in <mark>."""
    text = " ".join((text or "").split())
    if not text:
        return ""
    pattern = (
        re.compile(
            r"\b(" + "|".join(re.escape(word) for word in words if word) + r")\w*", re.IGNORECASE
        )
        if words
        else None
    )
    start = 0
    if pattern:
        first = pattern.search(text)
        if first and first.start() > length // 2:
            start = text.rfind(" ", 0, first.start() - length // 3) + 1
    excerpt = text[start : start + length]
    prefix = "… " if start else ""
    suffix = " …" if start + length < len(text) else ""
    escaped = escape(excerpt)
    if pattern:
        escaped = pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", escaped)
    return mark_safe(prefix + escaped + suffix)


def autocomplete(raw_query: str, limit: int = 8, type_key: str = "") -> list[dict]:
    """Titles and names that start with what the visitor typed, for the search box; when
    none does, those starting with the query pipeline's correction (search/pipeline.py).
    `type_key`: only results of that type (the register's box: partnerships)."""
    text = normalise_query(raw_query)
    if len(text) < 2:
        return []
    locale = Locale.get_active()
    kinds = searchables(locale)
    if type_key:
        # Only sources of that one type (SearchSource.fixed_type).
        kinds = [
            pair
            for source, pair in zip(sources(), kinds, strict=True)
            if source.fixed_type is not None and source.fixed_type.key == type_key
        ]
    try:
        hits = autocomplete_hits(kinds, text, limit=limit)
        if not hits and len(text) >= 4:
            corrected = plan_query(text, locale.language_code[:2]).corrected
            if corrected:
                hits = autocomplete_hits(kinds, corrected, limit=limit)
    except BackendUnavailable:
        return []
    return [
        {"label": hit.title, "type": str(hit.type.label), "object": hit}
        for hit in (make_hit(obj, score) for obj, score in hits)
    ]
