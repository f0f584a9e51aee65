"""From rows of the search index to the objects visitors may see, in the rows' order.

The index stores (content type, object id); several kinds of objects come back in one
ranked list and are loaded with one query per kind.
"""

from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import Page


def family(model):
    """Pages share one index family; other models are their own."""
    return Page if issubclass(model, Page) else model


def content_types(querysets) -> dict:
    """{content type id: the queryset its objects come from}, subclasses included."""
    by_content_type = {}
    for queryset in querysets:
        for content_type in get_descendants_content_types_pks(family(queryset.model)):
            by_content_type[content_type] = queryset
    return by_content_type


def objects_for_rows(querysets, by_content_type, rows, limit):
    """[(object, score)] for rows of (content type, pk, score), in their order, keeping only
    what the querysets (what visitors may see) hold, at most `limit`.

    Loaded in the rows' order, a batch at a time, until `limit` are found: the rows are
    asked for with room for what visitors may not see (four times `limit`), and loading
    every one of them (2,000 partnerships for a common word at 50,000) cost most of a
    search's time although the first `limit` rows nearly always hold them all."""
    hits = []
    start = 0
    while start < len(rows) and len(hits) < limit:
        batch = rows[start : start + limit - len(hits) + MIN_BATCH]
        start += len(batch)
        hits += _visible(querysets, by_content_type, batch)
    return hits[:limit]


# Rows asked for beyond those still missing, for what visitors may not see among them.
MIN_BATCH = 50


def _visible(querysets, by_content_type, rows):
    wanted = {}
    for content_type, pk, _score in rows:
        wanted.setdefault(id(by_content_type[content_type]), set()).add(pk)
    objects = {}
    for queryset in querysets:
        pks = wanted.get(id(queryset))
        if pks:
            for obj in queryset.filter(pk__in=pks):
                objects[(family(queryset.model), obj.pk)] = obj
    hits = []
    for content_type, pk, score in rows:
        model = family(by_content_type[content_type].model)
        obj = objects.pop((model, pk), None)
        if obj is not None:
            hits.append((obj, score))
    return hits
