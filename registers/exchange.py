"""The register's open-data exchange format: stable column names shared by the exports
(CSV, XLSX) and the importer, so an export imports back into an empty site unchanged.

Two tables:
- samenwerkingsverbanden: one row per partnership, identified by `slug`;
- deelnemers: one row per membership, naming the partnership by slug and the
  organisation by CBS code (or slug when it has none).
Lists inside a cell are separated by " | ".
"""

from decimal import Decimal

LIST_SEPARATOR = " | "

PARTNERSHIP_COLUMNS = [
    "slug",
    "naam",
    "afkorting",
    "citeertitel",
    "rechtsvorm",
    "wgr_vorm",
    "bevoegdheden",
    "uitvoeringsorganisatie",
    "bronhouder",
    "inwerkingtreding",
    "domeinen",
    "fase",
    "status",
    "status_sinds",
    "status_tot",
    "adres",
    "postcode",
    "plaats",
    "provincies",
    "regio",
    "rol_provincie",
    "accounthouder",
    "ambtelijk_contact",
    "wettelijke_grondslag",
    "regeling_url",
    "omschrijving",
    "tooi_uri",
    "landelijk_register_id",
    "cbs_code",
    "onderdeel_van",
    "opgevolgd_door",
    "tags",
    "laatst_geverifieerd",
    "geverifieerd_door",
    "bron",
    "aantal_deelnemers",
    "url",
]

MEMBERSHIP_COLUMNS = [
    "samenwerkingsverband",
    "samenwerkingsverband_naam",
    "organisatie",
    "organisatie_naam",
    "organisatie_soort",
    "organisatie_cbs_code",
    "rol",
    "toegetreden",
    "uitgetreden",
    "verdeelsleutel",
    "bestuursorganen",
    "zetels",
    "jaarlijkse_bijdrage",
]


def _date(value):
    return value.isoformat() if value else ""


def _number(value):
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


def _join(values):
    return LIST_SEPARATOR.join(str(value) for value in values if value)


def organisation_key(organisation) -> str:
    return organisation.cbs_code or organisation.slug


def partnership_row(partnership, url: str = "") -> dict:
    """One export row; expects domains, provinces, regions, tags and memberships prefetched."""
    return {
        "slug": partnership.slug,
        "naam": partnership.name,
        "afkorting": partnership.abbreviation,
        "citeertitel": partnership.citation_title,
        "rechtsvorm": partnership.kind,
        "wgr_vorm": partnership.wgr_form,
        "bevoegdheden": partnership.powers_obtained,
        "uitvoeringsorganisatie": partnership.executing_body,
        "bronhouder": organisation_key(partnership.bronhouder) if partnership.bronhouder_id else "",
        "inwerkingtreding": _date(partnership.entry_into_force),
        "domeinen": _join(sorted(domain.slug for domain in partnership.domains.all())),
        "fase": partnership.phase,
        "status": partnership.status,
        "status_sinds": _date(partnership.status_start),
        "status_tot": _date(partnership.status_end),
        "adres": partnership.seat_address,
        "postcode": partnership.seat_postcode,
        "plaats": partnership.seat_place,
        "provincies": _join(sorted(organisation_key(p) for p in partnership.provinces.all())),
        "regio": _join(sorted(region.slug for region in partnership.regions.all())),
        "rol_provincie": partnership.province_role,
        "accounthouder": partnership.account_holder,
        "ambtelijk_contact": partnership.official_contact,
        "wettelijke_grondslag": partnership.legal_basis,
        "regeling_url": partnership.legal_basis_url,
        "omschrijving": partnership.description,
        "tooi_uri": partnership.tooi_uri,
        "landelijk_register_id": partnership.national_register_id,
        "cbs_code": partnership.cbs_code,
        "onderdeel_van": partnership.part_of.slug if partnership.part_of_id else "",
        "opgevolgd_door": partnership.succeeded_by.slug if partnership.succeeded_by_id else "",
        "tags": _join(sorted(tag.name for tag in partnership.tags.all())),
        "laatst_geverifieerd": _date(partnership.last_verified),
        "geverifieerd_door": partnership.last_verified_by,
        "bron": partnership.import_source,
        "aantal_deelnemers": len(partnership.memberships.all()),
        "url": url,
    }


def membership_row(membership) -> dict:
    organisation = membership.organisation
    partnership = membership.partnership
    return {
        "samenwerkingsverband": partnership.slug,
        "samenwerkingsverband_naam": partnership.name,
        "organisatie": organisation.slug,
        "organisatie_naam": organisation.name,
        "organisatie_soort": organisation.kind,
        "organisatie_cbs_code": organisation.cbs_code or "",
        "rol": membership.role,
        "toegetreden": _date(membership.joined),
        "uitgetreden": _date(membership.left),
        "verdeelsleutel": _number(membership.cost_share),
        "bestuursorganen": _join(membership.governing_bodies or []),
        "zetels": _number(membership.seats),
        "jaarlijkse_bijdrage": _number(membership.annual_contribution),
    }


# --- Reading the format back (manage.py import_register) ------------------------------------
# The inverse of partnership_row/membership_row: cell text -> model values, checked against
# the choices, so an export imports into an empty register unchanged.


class ExchangeValueError(ValueError):
    """A cell that does not hold a valid value; names the column."""

    def __init__(self, column: str, message: str):
        self.column = column
        super().__init__(f"column {column}: {message}")


def split_list(value) -> list[str]:
    return [item.strip() for item in str(value or "").split(LIST_SEPARATOR.strip()) if item.strip()]


def parse_date(value, column: str = ""):
    import datetime

    text = str(value or "").strip()
    if not text:
        return None
    try:
        return datetime.date.fromisoformat(text[:10])
    except ValueError:
        raise ExchangeValueError(column, f"'{text}' is not a date (YYYY-MM-DD)") from None


def parse_decimal(value, column: str = ""):
    from decimal import InvalidOperation

    text = str(value or "").strip().replace(",", ".")
    if not text:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ExchangeValueError(column, f"'{text}' is not a number") from None
    if not number.is_finite():
        raise ExchangeValueError(column, f"'{text}' is not a number")
    return number


def parse_int(value, column: str = ""):
    number = parse_decimal(value, column)
    if number is None:
        return None
    if number != number.to_integral_value() or number < 0:
        raise ExchangeValueError(column, f"'{value}' is not a whole number")
    return int(number)


def _choice(value, choices, column: str, *, blank: bool):
    text = str(value or "").strip()
    if not text and blank:
        return ""
    if text not in choices.values:
        allowed = ", ".join(choices.values)
        raise ExchangeValueError(column, f"'{text}' is not one of: {allowed}")
    return text


def partnership_values(row: dict) -> dict:
    """Model values from one samenwerkingsverbanden row (keyed by column); only the columns
    present count. References come back as keys for the importer to resolve: bronhouder
    (organisation key), part_of and succeeded_by (partnership slugs); lists as lists:
    domains (slugs), provinces (organisation keys), regions (slugs), tags (names).
    slug, aantal_deelnemers and url are not values of the partnership's own."""
    from registers.choices import (
        PartnershipKind,
        Phase,
        PowersObtained,
        ProvinceRole,
        Status,
        WgrForm,
    )

    text_fields = {
        "naam": "name",
        "afkorting": "abbreviation",
        "citeertitel": "citation_title",
        "uitvoeringsorganisatie": "executing_body",
        "adres": "seat_address",
        "postcode": "seat_postcode",
        "plaats": "seat_place",
        "accounthouder": "account_holder",
        "ambtelijk_contact": "official_contact",
        "wettelijke_grondslag": "legal_basis",
        "regeling_url": "legal_basis_url",
        "omschrijving": "description",
        "tooi_uri": "tooi_uri",
        "landelijk_register_id": "national_register_id",
        "cbs_code": "cbs_code",
        "geverifieerd_door": "last_verified_by",
        "bron": "import_source",
        "bronhouder": "bronhouder",
        "onderdeel_van": "part_of",
        "opgevolgd_door": "succeeded_by",
    }
    choice_fields = {
        "rechtsvorm": ("kind", PartnershipKind, False),
        "wgr_vorm": ("wgr_form", WgrForm, True),
        "bevoegdheden": ("powers_obtained", PowersObtained, True),
        "fase": ("phase", Phase, False),
        "status": ("status", Status, False),
        "rol_provincie": ("province_role", ProvinceRole, False),
    }
    date_fields = {
        "inwerkingtreding": "entry_into_force",
        "status_sinds": "status_start",
        "status_tot": "status_end",
        "laatst_geverifieerd": "last_verified",
    }
    list_fields = {
        "domeinen": "domains",
        "provincies": "provinces",
        "regio": "regions",
        "tags": "tags",
    }

    values = {}
    for column, field in text_fields.items():
        if column in row:
            values[field] = str(row[column] or "").strip()
    for column, (field, enum, blank) in choice_fields.items():
        if column in row:
            values[field] = _choice(row[column], enum, column, blank=blank)
    for column, field in date_fields.items():
        if column in row:
            values[field] = parse_date(row[column], column)
    for column, field in list_fields.items():
        if column in row:
            values[field] = split_list(row[column])
    if not values.get("name"):
        raise ExchangeValueError("naam", "a partnership needs a name")
    return values


def membership_values(row: dict) -> dict:
    """Model values from one deelnemers row (keyed by column), plus the keys of its
    partnership (slug) and organisation (slug, name, kind, CBS code)."""
    from registers.choices import GoverningBody, OrganisationKind, Role

    values = {
        "partnership": str(row.get("samenwerkingsverband") or "").strip(),
        "organisation_slug": str(row.get("organisatie") or "").strip(),
        "organisation_name": str(row.get("organisatie_naam") or "").strip(),
        "organisation_cbs_code": str(row.get("organisatie_cbs_code") or "").strip().upper(),
    }
    if not values["partnership"]:
        raise ExchangeValueError("samenwerkingsverband", "no partnership slug")
    if not values["organisation_slug"] and not values["organisation_cbs_code"]:
        raise ExchangeValueError("organisatie", "no organisation slug or CBS code")
    if not values["organisation_name"]:
        raise ExchangeValueError("organisatie_naam", "no organisation name")
    values["organisation_kind"] = _choice(
        row.get("organisatie_soort"), OrganisationKind, "organisatie_soort", blank=False
    )
    if "rol" in row:
        values["role"] = _choice(row.get("rol"), Role, "rol", blank=False)
    if "toegetreden" in row:
        values["joined"] = parse_date(row.get("toegetreden"), "toegetreden")
    if "uitgetreden" in row:
        values["left"] = parse_date(row.get("uitgetreden"), "uitgetreden")
    if "verdeelsleutel" in row:
        values["cost_share"] = parse_decimal(row.get("verdeelsleutel"), "verdeelsleutel")
    if "bestuursorganen" in row:
        bodies = split_list(row.get("bestuursorganen"))
        unknown = [body for body in bodies if body not in GoverningBody.values]
        if unknown:
            raise ExchangeValueError("bestuursorganen", f"unknown: {', '.join(unknown)}")
        values["governing_bodies"] = bodies
    if "zetels" in row:
        values["seats"] = parse_int(row.get("zetels"), "zetels")
    if "jaarlijkse_bijdrage" in row:
        values["annual_contribution"] = parse_decimal(
            row.get("jaarlijkse_bijdrage"), "jaarlijkse_bijdrage"
        )
    return values
