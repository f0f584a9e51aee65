"""The register's own exchange tables (registers/exchange.py), as its CSV/XLSX export writes
them: samenwerkingsverbanden (one row per partnership, by slug) and deelnemers (one row per
participant). They describe partnerships completely and win over every other source."""

from django.utils.text import slugify

from registers import exchange
from registers.importer import reference
from registers.importer.cleaning import clean_text
from registers.importer.fields import (
    IMPORTED_FIELDS,
    LIST_FIELDS,
    MEMBERSHIP_FIELDS,
    REFERENCE_FIELDS,
    SCALAR_FIELDS,
    invalid,
    too_long,
)
from registers.importer.organisations import REGISTER as ORG_REGISTER
from registers.importer.organisations import OrgEntry, organisation_key
from registers.importer.partnerships import REGISTER
from registers.importer.provenance import serialise
from registers.importer.readers import Kind
from registers.importer.sources.base import APPLIED, MERGED, Reject, Source
from registers.models import Membership, Partnership


def _read(row, parse, model, fields) -> dict | Reject:
    """The row's values, checked by the exchange format and by the model's own rules."""
    try:
        values = parse(row.values)
    except exchange.ExchangeValueError as error:
        return Reject(str(error), error.column)
    own = {name: value for name, value in values.items() if name in fields}
    problem = too_long(model, own) or invalid(model, own)
    return Reject(problem) if problem else values


class ExchangeSource(Source):
    reads = {Kind.PARTNERSHIPS: "partnerships", Kind.MEMBERSHIPS: "memberships"}
    partnership_fields = frozenset([*IMPORTED_FIELDS, "memberships"])
    organisation_fields = frozenset({"name", "kind", "cbs_code"})

    def __init__(self, books, tables):
        super().__init__(books, tables)
        # With a deelnemers table, it lists all participants of the partnerships it names.
        self.with_memberships = any(table.kind == Kind.MEMBERSHIPS for table in tables)
        self.references = []  # (entry, {field: key(s)}, where), resolved in finish()

    def apply(self, table, row):
        if table.kind == Kind.PARTNERSHIPS:
            values = _read(row, exchange.partnership_values, Partnership, SCALAR_FIELDS)
            apply = self.apply_partnership
        else:
            values = _read(row, exchange.membership_values, Membership, MEMBERSHIP_FIELDS)
            apply = self.apply_membership
        return values if isinstance(values, Reject) else apply(table, row, values)

    # --- samenwerkingsverbanden -----------------------------------------------------------------

    def apply_partnership(self, table, row, values):
        partnerships = self.books.partnerships
        slug = clean_text(row.get("slug"))
        entry = partnerships.by_slug.get(slug) if slug else None
        if entry is None and values.get("cbs_code"):
            entry = partnerships.by_cbs.get(values["cbs_code"])
        if entry is not None and entry.exchange and table.name in entry.seen_in:
            return MERGED
        where = table.where(row)
        if entry is None and slug:
            entry = partnerships.create(values["name"], slug=slugify(slug)[:120])
        elif entry is None:
            entry, _how = partnerships.find(values["name"], where, create=True)
        # Keys of other objects: resolved once all of the register's tables are in.
        references = {name: values.pop(name, None) for name in (*REFERENCE_FIELDS, *LIST_FIELDS)}
        for name, value in values.items():
            entry.supply(name, value, REGISTER, where, self.report)
        entry.exchange = entry.touched = True
        entry.seen_in.add(table.name)
        entry.sources.add(table.path.name)
        if self.with_memberships and entry.memberships is None:
            entry.memberships = {}
        partnerships.add_name(entry, values["name"])
        self.references.append((entry, references, where))
        return APPLIED

    # --- deelnemers -----------------------------------------------------------------------------

    def apply_membership(self, table, row, values):
        entry = self.books.partnerships.by_slug.get(values["partnership"])
        if entry is None:
            return Reject(
                f"unknown partnership '{values['partnership']}' (not in the register nor "
                "in a samenwerkingsverbanden table of this import)",
                "samenwerkingsverband",
            )
        organisation = self.organisation(values)
        organisation.sources.add(table.path.name)
        if entry.memberships is None:
            entry.memberships = {}
        entry.touched = True
        entry.sources.add(table.path.name)
        key = (organisation, serialise(values.get("joined")) or "")
        if key in entry.memberships:
            return MERGED
        entry.memberships[key] = {
            name: values[name] for name in MEMBERSHIP_FIELDS if name in values
        }
        entry.membership_files.setdefault(key, set()).add(table.path.name)
        return APPLIED

    def organisation(self, values: dict) -> OrgEntry:
        book = self.books.organisations
        code, slug = values["organisation_cbs_code"], values["organisation_slug"]
        name, kind = values["organisation_name"], values["organisation_kind"]
        entry = (code and book.by_cbs.get(code)) or (slug and book.by_slug.get(slug))
        if entry is None:
            for candidate in book.other.get(organisation_key(name), []):
                if candidate.kind == kind and not candidate.cbs_code:
                    entry = candidate
                    break
        if entry is None:
            entry = book.create(name, kind, cbs_code=code, priority=ORG_REGISTER, slug=slug)
            book.index(entry)
        else:
            entry.supply("name", name, ORG_REGISTER)
            entry.supply("kind", kind, ORG_REGISTER)
            if code:
                entry.supply("cbs_code", code, ORG_REGISTER)
                book.by_cbs.setdefault(code, entry)
        entry.touched = True
        return entry

    # --- keys of other objects ------------------------------------------------------------------

    def finish(self):
        """Keys in the register's tables -> objects, now that all of its partnerships and
        organisations are known."""
        for entry, references, where in self.references:
            for name, value in self.resolve(entry, references, where):
                entry.supply(name, value, REGISTER, where, self.report)

    def resolve(self, entry, references, where):
        """(field, object or objects) for every reference the row gave."""
        partnerships = self.books.partnerships
        for name in ("part_of", "succeeded_by"):
            if references.get(name) is None:
                continue
            slug = references[name]
            target = partnerships.by_slug.get(slug) if slug else None
            if slug and target is None:
                self.report.warn("other", f"{entry.label}: {name} '{slug}' is unknown", where)
            yield name, target
        if references.get("bronhouder") is not None:
            key = references["bronhouder"]
            yield "bronhouder", self.organisation_by_key(key, where) if key else None
        if references.get("provinces") is not None:
            found = [self.organisation_by_key(key, where) for key in references["provinces"]]
            yield "provinces", [organisation for organisation in found if organisation]
        if references.get("domains") is not None:
            yield (
                "domains",
                self.known(
                    entry, references["domains"], self.books.domains.by_slug, "policy domain", where
                ),
            )
        if references.get("regions") is not None:
            yield (
                "regions",
                self.known(
                    entry,
                    references["regions"],
                    self.books.regions.by_slug,
                    "region",
                    where,
                    hint=" (import the Regioatlas files first)",
                ),
            )
        if references.get("tags") is not None:
            yield "tags", references["tags"]

    def known(self, entry, slugs, by_slug, what, where, hint=""):
        found = []
        for slug in slugs:
            if slug in by_slug:
                found.append(by_slug[slug])
            else:
                self.report.warn("other", f"{entry.label}: {what} '{slug}' is unknown{hint}", where)
        return found

    def organisation_by_key(self, key: str, where: str) -> OrgEntry | None:
        book = self.books.organisations
        entry = book.by_cbs.get(key.upper()) or book.by_slug.get(key)
        if entry is None and key.upper() in reference.PROVINCE_NAMES:
            entry = book.province(key.upper())
        if entry is None:
            self.report.warn("other", f"organisation '{key}' is unknown", where)
        else:
            entry.touched = True
        return entry
