"""The only module that builds site-search queries (the register's are in search/register.py).

Site search covers every page type in the visitor's language plus the register's
partnerships and organisations, in one ranked list with a facet by type. When the search
cluster cannot be reached, it answers from the database backend instead.
"""

import logging
import re
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page

from cms.querystring import clean_text

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
MAX_HITS = 500
_WORD = re.compile(r"\w+", re.UNICODE)

# What people type for a place the register calls by its official name (normalised words).
SYNONYMS = {
    "den haag": "s gravenhage",
    "den bosch": "s hertogenbosch",
    "friesland": "fryslan",
}


def normalise_query(raw: str) -> str:
    """Reduce what a visitor typed to plain lowercase words.

    Full-text engines give operators meaning (FTS5: AND, OR, NOT, NEAR(, *, ^, quotes);
    visitors do not mean them, and a stray quote must not become a syntax error.
    """
    words = _WORD.findall(clean_text(raw, MAX_QUERY_LENGTH).lower())
    return " ".join(word for word in words if word.strip("_"))


# --- result types ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ResultType:
    key: str  # the `type` GET parameter's value
    label: str
    template: str


PAGE_TYPE = ResultType("pagina", _("Page"), "search/results/page.html")
PARTNERSHIP_TYPE = ResultType(
    "samenwerkingsverband", _("Partnership"), "search/results/partnership.html"
)
ORGANISATION_TYPE = ResultType("organisatie", _("Organisation"), "search/results/organisation.html")


def _page_type(page) -> ResultType:
    model = page.specific_class or Page
    return ResultType(model._meta.model_name, model._meta.verbose_name, PAGE_TYPE.template)


@dataclass
class Hit:
    object: object
    type: ResultType
    score: float
    url: str = ""
    title: str = ""
    snippet: str = ""


@dataclass
class SiteSearchResult:
    query: str
    hits: list = field(default_factory=list)
    type_counts: list = field(default_factory=list)  # [(ResultType, count)]
    selected_type: str = ""
    suggestion: str = ""  # a corrected query when nothing was found
    used_fallback: bool = False
    unavailable: bool = False


# --- the search -----------------------------------------------------------------------------


def _searchables(locale):
    """(what the backend searches, what a visitor may see) per kind of result.

    Backends filter only on indexed filter fields, so a condition across a relation
    (an organisation with published partnerships) is applied to the hits afterwards.
    """
    from registers.models import Organisation, Partnership

    pages = Page.objects.live().public().filter(locale=locale)
    partnerships = Partnership.objects.public()
    return [
        (pages, pages),
        (partnerships, partnerships),
        (
            Organisation.objects.all(),
            Organisation.objects.filter(memberships__partnership__live=True).distinct(),
        ),
    ]


def synonyms(words) -> list[list[str]]:
    """The query again with a synonym in place of a phrase it contains, for each one."""
    text = f" {' '.join(words)} "
    return [
        text.replace(f" {phrase} ", f" {alias} ").split()
        for phrase, alias in SYNONYMS.items()
        if f" {phrase} " in text
    ]


def _hits(words, locale, backend):
    """Hits for the words and for their synonyms, merged by score and ranked by name."""
    from search.text import ranked_hits, rerank_by_name

    searchables = _searchables(locale)
    hits = ranked_hits(searchables, words, backend=backend, limit=MAX_HITS)
    aliases = synonyms(words)
    if not aliases:
        return hits
    seen = {(type(obj), obj.pk) for obj, _score in hits}
    for alias in aliases:
        for obj, score in ranked_hits(searchables, alias, backend=backend, limit=MAX_HITS):
            if (type(obj), obj.pk) not in seen:
                seen.add((type(obj), obj.pk))
                hits.append((obj, score))
    hits.sort(key=lambda hit: -hit[1])
    return rerank_by_name(hits, words, *aliases)[:MAX_HITS]


def _run_with_fallback(words, locale):
    """Hits from the default backend; from the database backend when that fails."""
    from search.text import BackendUnavailable, fallback_backend_name

    try:
        return _hits(words, locale, "default"), False
    except BackendUnavailable as exc:
        fallback = fallback_backend_name()
        logger.warning("Search backend unavailable (%s); using %r", exc, fallback)
        if fallback is None:
            raise
        return _hits(words, locale, fallback), True


def search_site(raw_query: str, selected_type: str = "") -> SiteSearchResult:
    from search.suggestions import suggest
    from search.text import BackendUnavailable

    text = normalise_query(raw_query)
    result = SiteSearchResult(query=text, selected_type=clean_text(selected_type, 40))
    if not text:
        return result
    locale = Locale.get_active()
    try:
        raw_hits, result.used_fallback = _run_with_fallback(text.split(), locale)
    except BackendUnavailable:
        result.unavailable = True
        return result
    if not raw_hits:
        result.suggestion = suggest(text)
    hits = [_describe(obj, score) for obj, score in raw_hits]

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


def _describe(obj, score) -> Hit:
    from registers.models import Organisation, Partnership

    if isinstance(obj, Partnership):
        return Hit(obj, PARTNERSHIP_TYPE, score, title=obj.display_name)
    if isinstance(obj, Organisation):
        return Hit(obj, ORGANISATION_TYPE, score, title=obj.name)
    return Hit(obj, _page_type(obj), score, title=obj.title)


def prepare_for_display(hits, words, request):
    """URLs and highlighted snippets for the hits on one results page only."""
    from django.db.models import Prefetch, prefetch_related_objects

    from registers.models import Membership, RegisterPage

    register_page = RegisterPage.for_active_language()
    # A partnership without a description is described by its participants: fetch them
    # for the whole page at once.
    prefetch_related_objects(
        [hit.object for hit in hits if hit.type is PARTNERSHIP_TYPE and not hit.object.description],
        Prefetch("memberships", queryset=Membership.objects.select_related("organisation")),
    )
    for hit in hits:
        obj = hit.object
        if hit.type is PARTNERSHIP_TYPE:
            hit.url = register_page.partnership_url(obj, request) if register_page else ""
            text = obj.description or ", ".join(
                m.organisation.name for m in obj.memberships.all()[:12]
            )
        elif hit.type is ORGANISATION_TYPE:
            hit.url = register_page.organisation_url(obj, request) if register_page else ""
            text = f"{obj.get_kind_display()} {obj.cbs_code or ''}".strip()
        else:
            obj = hit.object = obj.specific
            hit.url = obj.get_url(request) or ""
            text = (
                getattr(obj, "search_description", "")
                or getattr(obj, "intro", "")
                or getattr(obj, "summary", "")
            )
        hit.snippet = highlight(text, words)
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


def autocomplete(raw_query: str, limit: int = 8) -> list[dict]:
    """Titles and names that start with what the visitor typed, for the search box."""
    from search.text import BackendUnavailable, autocomplete_hits

    text = normalise_query(raw_query)
    if len(text) < 2:
        return []
    locale = Locale.get_active()
    try:
        hits = autocomplete_hits(_searchables(locale), text, limit=limit)
    except BackendUnavailable:
        return []
    return [
        {"label": hit.title, "type": str(hit.type.label), "object": hit}
        for hit in (_describe(obj, score) for obj, score in hits)
    ]
