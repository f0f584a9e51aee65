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
