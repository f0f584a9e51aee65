"""The register's open-data exchange format: stable column names shared by the exports
(CSV, XLSX) and the importer, so an export imports back into an empty site unchanged.

Two tables:
- samenwerkingsverbanden: one row per partnership, identified by `slug`;
- deelnemers: one row per membership, naming the partnership by slug and the
  organisation by CBS code (or slug when it has none).
Lists inside a cell are separated by " | ".
"""

from decimal import Decimal

from taggit.models import Tag

from cms.spreadsheets import unescape_cell
from registers.choices import OrganisationKind
from registers.models import Organisation
from registers.models.field_list import MEMBERSHIP_FIELDS, PARTNERSHIP_FIELDS, Shape

LIST_SEPARATOR = " | "

# slug identifies the row; aantal_deelnemers, url and verouderd are for readers only.
PARTNERSHIP_COLUMNS = [
    "slug",
    *(field.column for field in PARTNERSHIP_FIELDS),
    "aantal_deelnemers",
    "url",
    "verouderd",
]


def outdated_cell(last_verified, cutoff) -> str:
    """ "ja" when not verified since the cutoff (REGISTER_VERIFY_AFTER_DAYS), the rule of the
    "Verouderd" mark on a partnership's page (registers/currency.py)."""
    return "ja" if last_verified is None or last_verified < cutoff else "nee"


# The partnership and the organisation, then the participant's own fields.
MEMBERSHIP_COLUMNS = [
    "samenwerkingsverband",
    "samenwerkingsverband_naam",
    "organisatie",
    "organisatie_naam",
    "organisatie_soort",
    "organisatie_cbs_code",
    *(field.column for field in MEMBERSHIP_FIELDS),
    "organisatie_tooi_uri",  # for readers; an import derives or keeps its own
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


def object_key(obj) -> str:
    """How the format names another object: an organisation by its key, a tag by its name,
    anything else by its slug."""
    if isinstance(obj, Organisation):
        return organisation_key(obj)
    if isinstance(obj, Tag):
        return obj.name
    return obj.slug


def _cell(obj, field):
    """One field of a partnership or membership as the text of its cell; expects relations
    prefetched."""
    shape = field.shape
    if shape == Shape.REFERENCE:
        has_target = getattr(obj, field.field.attname) is not None
        return object_key(getattr(obj, field.name)) if has_target else ""
    if shape == Shape.RELATIONS:
        return _join(sorted(object_key(item) for item in getattr(obj, field.name).all()))
    return _value_cell(field, getattr(obj, field.name))


def _value_cell(field, value):
    """The cell of a field that holds its value itself (not a reference or relation)."""
    shape = field.shape
    if shape == Shape.DATE:
        return _date(value)
    if shape in (Shape.DECIMAL, Shape.INTEGER):
        return _number(value)
    if shape == Shape.CHOICES:
        return _join(value or [])
    return value


def partnership_row(partnership, url: str = "") -> dict:
    """One export row; expects domains, provinces, regions, tags and memberships prefetched."""
    return {
        "slug": partnership.slug,
        **{field.column: _cell(partnership, field) for field in PARTNERSHIP_FIELDS},
        "aantal_deelnemers": len(partnership.memberships.all()),
        "url": url,
        "verouderd": "ja" if partnership.is_outdated else "nee",
    }


# --- the same rows from plain value queries (the exports: linear, with a small constant) ---


def _key_paths(model) -> list[str]:
    """The columns `object_key` reads of a related object: an organisation's CBS code, else
    its slug; a tag's name; anything else's slug."""
    if model is Organisation:
        return ["cbs_code", "slug"]
    if model is Tag:
        return ["name"]
    return ["slug"]


def _key_of(values) -> str:
    return next((value for value in values if value), "")


def _relation_keys(partnerships, field) -> dict:
    """{partnership pk: sorted keys} of one relation of every partnership of the queryset:
    one query over the link rows, however many partnerships there are."""
    through = field.field.remote_field.through
    if field.field.related_model is Tag:  # taggit's link rows name their ends themselves
        source, target = "content_object", "tag"
    else:
        source, target = field.field.m2m_field_name(), field.field.m2m_reverse_field_name()
    paths = [f"{target}__{path}" for path in _key_paths(field.field.related_model)]
    keys = {}
    rows = through.objects.filter(**{f"{source}__in": partnerships.order_by().values("pk")})
    for pk, *values in rows.values_list(f"{source}_id", *paths).iterator(chunk_size=5000):
        keys.setdefault(pk, []).append(_key_of(values))
    return {pk: _join(sorted(found)) for pk, found in keys.items()}


def partnership_rows(partnerships, url_for=lambda slug: "", date=None):
    """partnership_row() of every partnership of the queryset (in its order), read as plain
    values: one query for the partnerships, one per relation and one for the participant
    counts, whatever their number; no model instances, no prefetching per row.

    `date`: the register on that day (registers/peildatum.py): `partnerships` is then
    peildatum.dated()'s queryset, whose at_* values and state's fields replace today's, and
    only that day's participants are counted."""
    from django.db.models import Count

    from registers.models import Membership

    value_fields = [
        f for f in PARTNERSHIP_FIELDS if f.shape not in (Shape.REFERENCE, Shape.RELATIONS)
    ]
    references = [f for f in PARTNERSHIP_FIELDS if f.shape == Shape.REFERENCE]
    relations = {
        f.column: _relation_keys(partnerships, f)
        for f in PARTNERSHIP_FIELDS
        if f.shape == Shape.RELATIONS
    }
    members = Membership.objects.filter(partnership__in=partnerships.order_by().values("pk"))
    if date is not None:
        from registers.peildatum import membership_on

        members = members.filter(membership_on(date))
    participants = dict(
        members.values("partnership_id")
        .annotate(n=Count("pk"))
        .values_list("partnership_id", "n")
        .order_by()
    )
    reference_paths = {
        f.column: [f"{f.name}__{path}" for path in _key_paths(f.field.related_model)]
        for f in references
    }
    from registers.currency import verification_cutoff

    cutoff = verification_cutoff()
    columns = ["pk", "slug", *(f.name for f in value_fields)]  # last_verified among them
    columns += [path for paths in reference_paths.values() for path in paths]
    if date is not None:
        from registers.peildatum import VERSIONED

        dated_columns = {name: f"at_{name}" for name in VERSIONED}
        columns += [*dated_columns.values(), "at_fields"]
    for values in partnerships.values(*columns).iterator(chunk_size=2000):
        if date is not None:
            _as_on_date(values, dated_columns)
        row = {"slug": values["slug"]}
        for f in PARTNERSHIP_FIELDS:
            if f.shape == Shape.RELATIONS:
                row[f.column] = relations[f.column].get(values["pk"], "")
            elif f.shape == Shape.REFERENCE:
                row[f.column] = _key_of(values[path] for path in reference_paths[f.column])
            else:
                row[f.column] = _value_cell(f, values[f.name])
        row["aantal_deelnemers"] = participants.get(values["pk"], 0)
        row["url"] = url_for(values["slug"])
        row["verouderd"] = outdated_cell(values["last_verified"], cutoff)
        yield row


def _as_on_date(values, dated_columns):
    """A dated row's values: the state's kept fields, then the at_* columns, over today's."""
    import json

    from registers.models import Partnership

    kept = values.get("at_fields") or {}
    if isinstance(kept, str):
        kept = json.loads(kept)
    for name, value in kept.items():
        if name in values and name not in dated_columns:
            values[name] = Partnership._meta.get_field(name).to_python(value)
    for name, column in dated_columns.items():
        values[name] = values[column]


def membership_rows(memberships):
    """membership_row() of every membership of the queryset (in its order), as plain values."""
    organisation_columns = ["slug", "name", "kind", "cbs_code", "tooi_uri"]
    columns = ["partnership__slug", "partnership__name"]
    columns += [f"organisation__{name}" for name in organisation_columns]
    columns += [f.name for f in MEMBERSHIP_FIELDS]
    for values in memberships.values(*columns).iterator(chunk_size=5000):
        yield {
            "samenwerkingsverband": values["partnership__slug"],
            "samenwerkingsverband_naam": values["partnership__name"],
            "organisatie": values["organisation__slug"],
            "organisatie_naam": values["organisation__name"],
            "organisatie_soort": values["organisation__kind"],
            "organisatie_cbs_code": values["organisation__cbs_code"] or "",
            **{f.column: _value_cell(f, values[f.name]) for f in MEMBERSHIP_FIELDS},
            "organisatie_tooi_uri": values["organisation__tooi_uri"],
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
        **{field.column: _cell(membership, field) for field in MEMBERSHIP_FIELDS},
        "organisatie_tooi_uri": organisation.tooi_uri,
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


def _choice(value, choices: list[str], column: str, *, blank: bool):
    text = str(value or "").strip()
    if not text and blank:
        return ""
    if text not in choices:
        allowed = ", ".join(choices)
        raise ExchangeValueError(column, f"'{text}' is not one of: {allowed}")
    return text


def _value(text, field):
    """The model value of one cell; references and relations stay keys, for the importer
    to resolve."""
    shape, column = field.shape, field.column
    if shape == Shape.CHOICE:
        return _choice(text, field.choices, column, blank=field.field.blank)
    if shape == Shape.DATE:
        return parse_date(text, column)
    if shape == Shape.DECIMAL:
        return parse_decimal(text, column)
    if shape == Shape.INTEGER:
        return parse_int(text, column)
    if shape == Shape.CHOICES:
        items = split_list(text)
        unknown = [item for item in items if item not in field.choices]
        if unknown:
            raise ExchangeValueError(column, f"unknown: {', '.join(unknown)}")
        return items
    if shape == Shape.RELATIONS:
        return split_list(text)
    return str(text or "").strip()


# Cells are read text first, then choices, then dates, then the rest (each in column order):
# the first bad cell of that order is the one a rejected row is reported for, and the
# importer takes the values in this order.
def _reading_order(fields) -> list:
    first = {Shape.TEXT: 0, Shape.REFERENCE: 0, Shape.CHOICE: 1, Shape.DATE: 2}
    return sorted(fields, key=lambda field: first.get(field.shape, 3))


PARTNERSHIP_READING_ORDER = _reading_order(PARTNERSHIP_FIELDS)
MEMBERSHIP_READING_ORDER = _reading_order(MEMBERSHIP_FIELDS)


def _unescaped(row: dict) -> dict:
    """The row as written before our export protected it from spreadsheet formulas (a
    leading ' before =, +, -, @: cms/spreadsheets.py), so an export imports back unchanged."""
    return {
        column: unescape_cell(value) if isinstance(value, str) else value
        for column, value in row.items()
    }


def _values(row: dict, fields) -> dict:
    """Only the columns present count."""
    row = _unescaped(row)
    return {field.name: _value(row[field.column], field) for field in fields if field.column in row}


def partnership_values(row: dict) -> dict:
    """Model values from one samenwerkingsverbanden row (keyed by column). References come
    back as keys for the importer to resolve: bronhouder (organisation key), part_of and
    succeeded_by (partnership slugs); relations as lists of keys: domains (slugs), provinces
    (organisation keys), regions (slugs), tags (names). slug, aantal_deelnemers, url and
    verouderd are not values of the partnership's own."""
    values = _values(row, PARTNERSHIP_READING_ORDER)
    if not values.get("name"):
        raise ExchangeValueError("naam", "a partnership needs a name")
    return values


def membership_values(row: dict) -> dict:
    """Model values from one deelnemers row (keyed by column), plus the keys of its
    partnership (slug) and organisation (slug, name, kind, CBS code)."""
    row = _unescaped(row)
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
        row.get("organisatie_soort"), OrganisationKind.values, "organisatie_soort", blank=False
    )
    values.update(_values(row, MEMBERSHIP_READING_ORDER))
    return values
