"""The only module that builds search queries."""

import re

from wagtail.models import Locale, Page

from cms.querystring import clean_text

MAX_QUERY_LENGTH = 200
_WORD = re.compile(r"\w+", re.UNICODE)


def normalise_query(raw: str) -> str:
    """Reduce what a visitor typed to plain lowercase words.

    Full-text engines give operators meaning (FTS5: AND, OR, NOT, NEAR(, *, ^, quotes);
    visitors do not mean them, and a stray quote must not become a syntax error.
    """
    words = _WORD.findall(clean_text(raw, MAX_QUERY_LENGTH).lower())
    return " ".join(word for word in words if word.strip("_"))


def search_pages(query: str):
    """Live, public pages in the active language that match the query."""
    query = normalise_query(query)
    if not query:
        return Page.objects.none()
    return Page.objects.live().public().filter(locale=Locale.get_active()).specific().search(query)
