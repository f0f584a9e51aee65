"""Listing filters shared by the page indexes (knowledge articles, events)."""

from cms.querystring import clean_text
from pages.choices import AudienceChoices

PROGRAMME_LINE_NUMBERS = {"1", "2", "3", "4", "5"}


def filter_by_line_and_audience(queryset, params, selected):
    """Apply `programmalijn` and `doelgroep` from the query string, noting them in `selected`.

    An unknown value selects nothing rather than everything: a mistyped or tampered link
    must not pretend to be a filtered listing.
    """
    line = clean_text(params.get("programmalijn", ""), 10)
    if line:
        if line in PROGRAMME_LINE_NUMBERS:
            queryset = queryset.filter(programme_line__number=int(line))
            selected["programmalijn"] = line
        else:
            queryset = queryset.none()

    audience = clean_text(params.get("doelgroep", ""), 40)
    if audience:
        if audience in AudienceChoices.values:
            queryset = queryset.filter(audiences__slug=audience)
            selected["doelgroep"] = audience
        else:
            queryset = queryset.none()
    return queryset
