"""`?search=` for API endpoints (Wagtail API v2) that never answers 500.

Wagtail's SearchFilter hands the raw text to the backend: on SQLite `"(((` or a NUL byte is
an FTS5 syntax error, and with a search cluster that is down every search fails. Here the
text is reduced to words first (search/query.py) and the matching ids come from
`ranked_ids(queryset, words, language)`: by default the configured backend, falling back to the
database backend when the cluster cannot answer — as site search does (search/site.py).
Endpoints with a search of their own (the register) give their own `ranked_ids`.

The results keep the relevance order for the first RELEVANCE_WINDOW matches (the API's
largest page); `?order=` orders them by a field instead.
"""

import logging

from django.db.models import Case, IntegerField, Value, When

from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.utils import BadRequestError
from wagtail.search.backends import get_search_backend

from search.backends.database import fallback_backend_name, is_database_backend
from search.matching import id_subquery
from search.query import normalise_query

logger = logging.getLogger(__name__)

RELEVANCE_WINDOW = 500
# The generic path asks the backend for at most this many matches.
MAX_MATCHES = 1000


def _backend_ids(backend, queryset, words) -> list:
    results = backend.search(" ".join(words), queryset, operator="and")
    return [obj.pk for obj in results[:MAX_MATCHES]]


def backend_ranked_ids(queryset, words: list[str], language: str = "nl") -> list:
    """Ids of `queryset`'s matches, best first, on the default backend or its fallback
    (whose analysis handles both languages: `language` is not needed here)."""
    backend = get_search_backend("default")
    try:
        return _backend_ids(backend, queryset, words)
    except Exception as exc:
        fallback = fallback_backend_name()
        if is_database_backend(backend) or fallback is None:
            raise
        logger.warning("API search: search backend unavailable (%s); using %r", exc, fallback)
        return _backend_ids(get_search_backend(fallback), queryset, words)


class SafeSearchFilter(BaseFilterBackend):
    ranked_ids = staticmethod(backend_ranked_ids)

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        if getattr(queryset, "_filtered_by_tag", False):
            raise BadRequestError("filtering by tag with a search query is not supported")
        words = normalise_query(request.GET["search"]).split()
        if not words:
            return queryset.none()
        language = "en" if request.GET.get("lang") == "en" else "nl"
        ids = self.ranked_ids(queryset, words, language)
        if not ids:
            return queryset.none()
        matching = queryset.filter(pk__in=id_subquery(queryset.model, ids))
        if "order" in request.GET:
            return matching
        window = ids[:RELEVANCE_WINDOW]
        relevance = Case(
            *[When(pk=pk, then=Value(position)) for position, pk in enumerate(window)],
            default=Value(len(window)),
            output_field=IntegerField(),
        )
        return matching.order_by(relevance, *queryset.query.order_by, "pk")
