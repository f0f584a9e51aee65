"""One vocabulary for the register's data in every format (issue 16).

Every file and answer names an organisation by the same **code** — its CBS code (GM0363,
PV27, WS0155) when it has one, else its slug — a policy domain by its slug, a tag by its name;
the JSON answers and the API give each reference as an object with that code, the slug the
register's web addresses use, the label and (for organisations) the TOOI URI. The CSV and
XLSX cells hold the same codes (registers/exchange.py, `object_key`). Register addresses and
API filters accept a code or a slug. The open-data page documents it (CODES below).
"""

import re

from django.utils.translation import gettext_lazy as _

# A CBS code of a gemeente, provincie or waterschap (the prefixes of the TOOI lists).
CBS_CODE = re.compile(r"^(GM|PV|WS)\d{2,4}$", re.IGNORECASE)

# (concept, its code, example, where the label is) — the open-data page's table.
CODES = [
    (_("Organisation"), _("CBS code, else slug"), "GM0363, PV27, WS0155", _("name")),
    (
        _("Organisation (linked data)"),
        _("TOOI URI"),
        "https://identifier.overheid.nl/tooi/id/gemeente/gm0363",
        _("name"),
    ),
    (_("Partnership"), _("slug"), "afvalschap-ijmond-zaanstreek", _("name")),
    (_("Policy domain"), _("slug"), "afval", _("name")),
    (
        _("Legal form, phase, status, role"),
        _("the value in the column's list"),
        "wgr, uitvoering",
        _("the column's list"),
    ),
    (_("Tag"), _("name"), "jeugdzorg", _("name")),
]


def organisation_code(organisation) -> str:
    """The exchange format's key of an organisation (registers/exchange.py)."""
    from registers.exchange import organisation_key  # the models import this module

    return organisation_key(organisation)


def organisation_ref(organisation) -> dict:
    return {
        "code": organisation_code(organisation),
        "slug": organisation.slug,
        "name": organisation.name,
        "tooi": organisation.tooi_uri or None,
    }


def domain_ref(domain) -> dict:
    return {"code": domain.slug, "slug": domain.slug, "name": domain.label}


def is_cbs_code(value: str) -> bool:
    return bool(CBS_CODE.match(value or ""))
