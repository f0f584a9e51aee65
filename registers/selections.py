"""Register selections as content (issue 18): a stored register query — text, facets, sort,
a maximum — that a page shows as a list or table, with a link to the same selection in the
register. The query is the register's own (registers.search.RegisterQuery), so the page
shows exactly what the register shows for that address.

Communicators build the selection in the register and paste its address (or the part after
"?"); the block (registers/blocks.py) holds one itself or picks a saved RegisterSelection
snippet. The anonymous page cache is purged when a partnership is published or unpublished
and when a snippet is saved (cms/page_cache.py, registers/apps.py), so a page with a
selection shows the register as published.
"""

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

MAX_ENTRIES = 50  # the most entries one selection shows in a page (bounded work)
DEFAULT_ENTRIES = 10
QUERY_MAX_LENGTH = 2000

DISPLAY_CHOICES = [("list", gettext_lazy("List")), ("table", gettext_lazy("Table"))]


def parse(text: str):
    """The RegisterQuery of a register address or query string, and the sort it names."""
    from registers.search import RegisterQuery

    text = (text or "").strip()[:QUERY_MAX_LENGTH]
    if "?" in text or text.startswith(("http://", "https://", "/")):
        text = urlsplit(text).query
    params = QueryDict(text.lstrip("?"))
    return RegisterQuery.from_params(params), params.get("sort", "")


def validate_query(text: str) -> None:
    """A ValidationError naming each value the register does not know."""
    query, _sort = parse(text)
    if query.errors:
        wrong = ", ".join(f"{param}={value}" for param, value in query.errors)
        raise ValidationError(
            _("The register does not know these values: %(values)s") % {"values": wrong}
        )


@dataclass
class Selection:
    """What a page shows of a register query."""

    caption: str
    count: int
    partnerships: list
    register_url: str
    display: str = "list"
    entries: list = field(default_factory=list)  # (partnership, its URL)


def resolve(
    query_text: str, *, sort: str = "", limit=None, caption: str = "", display="list", request=None
) -> Selection:
    """The selection's first `limit` entries (at most MAX_ENTRIES), its count, and links in
    the active language's register."""
    from registers.models import Partnership, RegisterPage
    from registers.search import SORTS, in_order, search_register

    query, query_sort = parse(query_text)
    chosen = sort or query_sort
    if chosen in SORTS and (chosen != "relevantie" or query.text):
        query.sort = chosen
    try:
        limit = int(limit or DEFAULT_ENTRIES)
    except (TypeError, ValueError):
        limit = DEFAULT_ENTRIES
    limit = max(1, min(limit, MAX_ENTRIES))
    result = search_register(query, with_facets=False)
    ids = list(result.ids[:limit])
    partnerships = in_order(Partnership.objects.defer("imported_values"), ids)
    register_page = RegisterPage.for_active_language()
    params = query.as_params()
    if query.sort:
        params.append(("sort", query.sort))
    if register_page is None:
        register_url, entries = "", [(p, "") for p in partnerships]
    else:
        base = register_page.get_url(request)
        register_url = f"{base}?{urlencode(params)}" if params else base
        entries = [(p, register_page.partnership_url(p, request)) for p in partnerships]
    return Selection(
        caption=caption,
        count=result.count,
        partnerships=partnerships,
        register_url=register_url,
        display=display if display in dict(DISPLAY_CHOICES) else "list",
        entries=entries,
    )
