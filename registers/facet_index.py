"""The register's facet values as bitmaps of partnership ids, built once per generation.

Counting a facet in SQL joins the matching partnerships with the link rows of every facet;
at 50,000 partnerships a common word matches 20,000 of them and the nine grouped counts
took a quarter of a second, growing with the register. A search engine counts facets from
per-value posting lists instead: this module keeps, for today's published register, one
compressed bitmap (pyroaring) of partnership ids per facet value, so that a query's counts
are intersections of its matches with those bitmaps — a few milliseconds whatever the
register's size, and exact (the same rows as registers/search.py's SQL, which still answers
the register on a date and the "not verified lately" filter, whose link rows depend on the
query).

The index is a function of the published register: it is built from the same querysets as
the SQL counts, once per generation (registers/exports.py: a new one with every publish,
unpublish, import or organisation saved), kept in this process and in the shared cache, and
built by the worker's warming job right after a change (registers/tasks.py).
"""

import logging
import pickle
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache

from pyroaring import BitMap

logger = logging.getLogger(__name__)

FORMAT = 2  # of what dumps() writes: raise it when that changes
_kept = {}  # generation -> FacetIndex, for this process (one generation at a time)
_lock = threading.Lock()


@dataclass
class FacetIndex:
    public: BitMap  # every published partnership
    values: dict  # facet param -> {value: BitMap of partnerships with that value}
    # Number of participants (memberships of published organisations) -> partnerships with
    # that many; a partnership without any is in none (the insights' histogram and totals).
    sizes: dict = field(default_factory=dict)

    def counts(self, matches: BitMap | None, query) -> dict:
        """{facet param: {value: partnerships}} over `matches` (None: the whole published
        register), each facet narrowed by the other facets' choices (disjunctive facets,
        as registers/search.py counts them in SQL)."""
        from registers.search import FACETS

        narrowed = {}  # the facets not chosen share one scope: every choice narrows it
        counts = {}
        for facet in FACETS:
            skip = facet.param if facet.param in query.selected else None
            if skip not in narrowed:
                narrowed[skip] = self.selection(matches, query, skip=skip)
            counts[facet.param] = self.value_counts(facet.param, narrowed[skip])
        return counts

    def value_counts(self, param: str, scope: BitMap) -> dict:
        """{value: partnerships of `scope` with it} for one facet, values counted 0 left out."""
        if not scope:
            return {}
        counts = {}
        for value, postings in self.values.get(param, {}).items():
            n = scope.intersection_cardinality(postings)
            if n:
                counts[value] = n
        return counts

    def chosen_values(self, param: str, values) -> BitMap:
        postings = self.values.get(param, {})
        return BitMap.union(BitMap(), *(postings.get(v, BitMap()) for v in values))

    def selection(self, matches: BitMap | None, query, skip: str | None = None) -> BitMap:
        """The partnerships the query selects (matches narrowed by every chosen facet but
        `skip`)."""
        base = self.public if matches is None else self.public & matches
        for param, values in query.selected.items():
            if param != skip:
                base = base & self.chosen_values(param, values)
        return base

    def without(self, param: str, selection: BitMap) -> int:
        """Partnerships of `selection` without any value of the facet."""
        return len(selection - BitMap.union(BitMap(), *self.values.get(param, {}).values()))

    def dumps(self) -> bytes:
        def raw(bitmaps):
            return {key: bitmap.serialize() for key, bitmap in bitmaps.items()}

        values = {param: raw(per_value) for param, per_value in self.values.items()}
        payload = (self.public.serialize(), values, raw(self.sizes))
        return pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def loads(cls, data: bytes) -> "FacetIndex":
        public, values, sizes = pickle.loads(data)  # noqa: S301 - our own cache entry

        def bitmaps(raw):
            return {key: BitMap.deserialize(value) for key, value in raw.items()}

        return cls(
            BitMap.deserialize(public),
            {param: bitmaps(per_value) for param, per_value in values.items()},
            bitmaps(sizes),
        )


def _loaded(data) -> FacetIndex | None:
    if data is None:
        return None
    try:
        return FacetIndex.loads(data)
    except Exception:  # noqa: BLE001 - a damaged cache entry is rebuilt, not served
        logger.warning("The facet index kept in the cache could not be read; rebuilding it")
        return None


def build() -> FacetIndex:
    """Read today's published register: the same rows the SQL counts group (a facet's link
    rows as Facet._links gives them, a column's values), as plain value rows."""
    from registers.models import Partnership
    from registers.search import FACETS

    public = Partnership.objects.public()
    index = FacetIndex(BitMap(public.values_list("pk", flat=True)), {})
    for facet in FACETS:
        per_value = defaultdict(list)
        if facet.links is None:
            rows = public.values_list("pk", facet.lookup)
        else:
            model, partnership_field, value_path = facet.links
            rows = (
                facet._links(model)
                .filter(**{f"{partnership_field}__in": public.values("pk")})
                .values_list(partnership_field, value_path)
            )
        participants = Counter()
        counting = facet.param == "deelnemer"
        for pk, value in rows.iterator(chunk_size=10_000):
            if value is not None:
                per_value[value].append(pk)
            if counting:
                participants[pk] += 1
        index.values[facet.param] = {value: BitMap(pks) for value, pks in per_value.items()}
        if facet.param == "deelnemer":
            # The participant facet's rows are the memberships that count (published
            # organisations, published partnerships): their number per partnership.
            by_size = defaultdict(list)
            for pk, n in participants.items():
                by_size[n].append(pk)
            index.sizes = {n: BitMap(pks) for n, pks in by_size.items()}
    return index


def enabled() -> bool:
    return bool(settings.REGISTER_FACET_INDEX)


def current() -> FacetIndex | None:
    """The index of the register's current generation (None when switched off): from this
    process, else from the shared cache, else built and kept in both."""
    if not enabled():
        return None
    from registers.exports import generation

    key = generation()
    index = _kept.get(key)
    if index is not None:
        return index
    with _lock:
        index = _kept.get(key)
        if index is None:
            # The format's version is part of the key: a deploy that changes it does not read
            # what the previous code kept for the same generation.
            cache_key = f"register-facet-index:v{FORMAT}:{key}"
            index = _loaded(cache.get(cache_key))
            if index is None:
                index = build()
                cache.set(cache_key, index.dumps(), settings.REGISTER_FACET_INDEX_SECONDS)
            _kept.clear()  # an older generation is never asked for again
            _kept[key] = index
    return index


def forget():
    """Drop this process's index (tests: two tests' registers can share a generation)."""
    with _lock:
        _kept.clear()
