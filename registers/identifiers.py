"""TOOI identifiers (Thesaurus en Ontologie Overheidsinformatie, identifier.overheid.nl).

For a gemeente, provincie or waterschap the TOOI URI follows from its CBS code: the
municipality Amsterdam (GM0363) is https://identifier.overheid.nl/tooi/id/gemeente/gm0363,
the province Noord-Holland (PV27) …/provincie/pv27, a water authority (WS0155)
…/waterschap/ws0155. Other organisations and partnerships have an identifier an editor
enters; it must at least have the form of a TOOI identifier.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

TOOI_ID_BASE = "https://identifier.overheid.nl/tooi/id/"
# The kinds whose TOOI URI is derived from the CBS code: kind -> (TOOI scheme, code prefix).
DERIVED_SCHEMES = {
    "gemeente": ("gemeente", "GM"),
    "provincie": ("provincie", "PV"),
    "waterschap": ("waterschap", "WS"),
}
TOOI_URI = re.compile(r"^https://identifier\.overheid\.nl/tooi/id/([a-z_]+)/([a-z]+\d+)$")
# A code someone may type into a search box: CBS (GM0363, PV27, WS0155), a GR code of the
# CBS list (GR0617), or a TOOI URI / its last part (gm0363, oorg10103).
CODE_QUERY = re.compile(
    r"^\s*(?:(?:https?://)?identifier\.overheid\.nl/tooi/id/[a-z_]+/)?([a-z]{2,4}\d{2,6})\s*$", re.I
)


def tooi_uri_for(kind: str, cbs_code: str | None) -> str:
    """The TOOI URI that follows from the CBS code ("" when none follows)."""
    scheme = DERIVED_SCHEMES.get(str(kind))
    code = (cbs_code or "").strip().upper()
    if scheme is None or not code.startswith(scheme[1]) or not code[2:].isdigit():
        return ""
    return f"{TOOI_ID_BASE}{scheme[0]}/{code.lower()}"


def validate_tooi_uri(value: str):
    if value and not TOOI_URI.match(value):
        raise ValidationError(
            _(
                "Use a TOOI identifier such as "
                "https://identifier.overheid.nl/tooi/id/gemeente/gm0363."
            ),
            code="invalid_tooi_uri",
        )


def code_in_query(query: str) -> str:
    """The code a search query consists of, upper case ("GM0363"), or ""."""
    match = CODE_QUERY.match(query or "")
    return match.group(1).upper() if match else ""


def identifier_words(*identifiers) -> str:
    """Codes and URIs as the plain words a search query for them becomes ("https identifier
    overheid nl tooi id gemeente gm0363"), so that every search backend indexes them the
    same way (PostgreSQL's parser would keep a URL as one token)."""
    from search.query import normalise_query

    return " ".join(normalise_query(value) for value in identifiers if value)
