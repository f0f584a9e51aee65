"""Organisations in memory: what the register holds, what the files say about them, the
provinces, the Regioatlas municipalities and the municipal mergers. How a participant's
written name becomes one of them: registers/importer/organisation_names.py."""

from collections import Counter
from dataclasses import dataclass, field

from django.utils.text import slugify

from registers.choices import OrganisationKind
from registers.importer import reference
from registers.importer.cleaning import (
    canonical,
    close_matches,
    fold,
    name_key,
    without_parentheses,
)
from registers.models import Organisation

GEMEENTE = OrganisationKind.GEMEENTE.value
PROVINCIE = OrganisationKind.PROVINCIE.value
# Priorities of sources for one field within one import: the higher wins.
REFERENCE, REGISTER = 2, 3
ORGANISATION_FIELDS = ["name", "kind", "cbs_code", "province", "active_from", "active_until"]


def municipality_key(name: str) -> str:
    key = name_key(name)
    return key[len("gemeente ") :] if key.startswith("gemeente ") else key


def municipality_base(name: str) -> str:
    """Without a parenthesised qualifier: "Bergen (NH.)" -> "bergen"."""
    return municipality_key(without_parentheses(name))


def organisation_key(name: str) -> str:
    return canonical(name_key(name))


@dataclass(eq=False)
class OrgEntry:
    organisation: Organisation
    is_new: bool = False
    incoming: dict = field(default_factory=dict)  # field -> (value, priority)
    successors: set = field(default_factory=set)  # OrgEntry
    touched: bool = False
    name_votes: Counter = field(default_factory=Counter)  # spellings seen, for a new one
    current_province_code: str = ""
    sources: set = field(default_factory=set)  # file names that mention it
    changed: bool = False
    new_province: str = ""  # CBS code of the province to write, when it changes

    @property
    def kind(self) -> str:
        value = self.incoming.get("kind")
        return value[0] if value else self.organisation.kind

    @property
    def cbs_code(self) -> str:
        value = self.incoming.get("cbs_code")
        return (value[0] if value else self.organisation.cbs_code) or ""

    @property
    def name(self) -> str:
        value = self.incoming.get("name")
        return value[0] if value else self.organisation.name

    @property
    def province_code(self) -> str:
        value = self.incoming.get("province")
        if value:
            return value[0] or ""
        return self.current_province_code

    def supply(self, field_name, value, priority):
        present = self.incoming.get(field_name)
        if present is None or priority >= present[1]:
            self.incoming[field_name] = (value, priority)
        self.touched = True


class OrganisationBook:
    """All organisations, indexed by CBS code, slug and name keys."""

    def __init__(self, report):
        self.report = report
        self.entries: list[OrgEntry] = []
        self.by_pk: dict[int, OrgEntry] = {}
        self.by_cbs: dict[str, OrgEntry] = {}
        self.by_slug: dict[str, OrgEntry] = {}
        self.slugs: set[str] = set()
        self.municipal: dict[str, list[OrgEntry]] = {}
        self.municipal_base: dict[str, list[OrgEntry]] = {}
        self.other: dict[str, list[OrgEntry]] = {}
        self.has_municipality_reference = False

    # --- loading and indexing ---------------------------------------------------------------

    def load(self):
        organisations = list(Organisation.objects.all())
        by_pk = {organisation.pk: organisation for organisation in organisations}
        for organisation in organisations:
            entry = OrgEntry(organisation=organisation)
            if organisation.province_id in by_pk:
                entry.current_province_code = by_pk[organisation.province_id].cbs_code or ""
            self.by_pk[organisation.pk] = entry
            self._add(entry)
        through = Organisation.successors.through
        self.current_successors = {}
        for source, target in through.objects.values_list(
            "from_organisation_id", "to_organisation_id"
        ):
            self.current_successors.setdefault(source, set()).add(target)
        self.has_municipality_reference = any(
            entry.kind == GEMEENTE and entry.cbs_code for entry in self.entries
        )

    def _add(self, entry: OrgEntry):
        self.entries.append(entry)
        organisation = entry.organisation
        if organisation.slug:
            self.by_slug[organisation.slug] = entry
            self.slugs.add(organisation.slug)
        self.index(entry)

    def index(self, entry: OrgEntry):
        if entry.cbs_code:
            self.by_cbs.setdefault(entry.cbs_code, entry)
        names = {entry.name, entry.organisation.name}
        imported = (entry.organisation.imported_values or {}).get("name")
        if imported:
            names.add(imported)
        for name in names:
            if entry.kind == GEMEENTE:
                _append(self.municipal, municipality_key(name), entry)
                _append(self.municipal_base, municipality_base(name), entry)
            else:
                _append(self.other, organisation_key(name), entry)

    def slug_for(self, name: str, wanted: str = "") -> str:
        base = (wanted or slugify(name)[:90].strip("-")) or "organisatie"
        candidate, counter = base, 2
        while candidate in self.slugs:
            suffix = f"-{counter}"
            candidate = f"{base[: 90 - len(suffix)]}{suffix}"
            counter += 1
        self.slugs.add(candidate)
        return candidate

    def create(self, name: str, kind: str, *, cbs_code: str = "", priority: int, slug: str = ""):
        organisation = Organisation(name=name, kind=kind, cbs_code=cbs_code or None)
        organisation.slug = self.slug_for(name, slug if slug not in self.slugs else "")
        entry = OrgEntry(organisation=organisation, is_new=True)
        entry.supply("name", name, priority)
        entry.supply("kind", kind, priority)
        if cbs_code:
            entry.supply("cbs_code", cbs_code, priority)
        entry.name_votes[name] += 1
        self._add(entry)
        self.by_slug[organisation.slug] = entry
        return entry

    # --- provinces -------------------------------------------------------------------------------

    def province_code(self, text: str, where: str = "") -> tuple[str | None, str]:
        """(CBS code or None, why not). Accepts "Provincie Noord Holland", "Fryslân", …"""
        key = name_key(text)
        if key.startswith("provincie "):
            key = key[len("provincie ") :]
        if not key:
            return None, "no province given"
        if any(marker in key for marker in reference.FOREIGN_MARKERS):
            return None, f"'{text}' is not a Dutch province"
        if key in reference.PROVINCE_BY_KEY:
            code = reference.PROVINCE_BY_KEY[key]
            if fold(text) != fold(reference.province_organisation_name(code)) and fold(
                text
            ) != fold(reference.PROVINCE_NAMES[code]):
                self.report.warn(
                    "repair",
                    f"province '{text}' read as {reference.province_organisation_name(code)}",
                    where,
                )
            return code, ""
        matches = close_matches(key, reference.PROVINCE_BY_KEY, cutoff=0.85)
        if matches and (len(matches) == 1 or matches[0][0] > matches[1][0]):
            ratio, match = matches[0]
            code = reference.PROVINCE_BY_KEY[match]
            self.report.warn(
                "fuzzy",
                f"province '{text}' taken as {reference.province_organisation_name(code)} "
                f"(similarity {ratio:.2f})",
                where,
            )
            return code, ""
        return None, f"'{text}' is no province the importer knows"

    def province(self, code: str) -> OrgEntry:
        entry = self.by_cbs.get(code)
        if entry is None:
            entry = self.create(
                reference.province_organisation_name(code),
                PROVINCIE,
                cbs_code=code,
                priority=REFERENCE,
            )
        entry.touched = True
        return entry

    # --- municipalities from the Regioatlas --------------------------------------------------

    def municipality(self, name: str, cbs_code: str) -> OrgEntry:
        """The municipality with this CBS code, named as the reference names it."""
        entry = self.by_cbs.get(cbs_code)
        if entry is None:
            # An organisation imported before the reference was there: same name, no code.
            for candidate in self.municipal.get(municipality_key(name), []) + self.other.get(
                organisation_key(name), []
            ):
                if not candidate.cbs_code and candidate.kind in (GEMEENTE, "overig"):
                    entry = candidate
                    break
        if entry is None:
            entry = self.create(name, GEMEENTE, cbs_code=cbs_code, priority=REFERENCE)
        else:
            entry.supply("name", name, REFERENCE)
            entry.supply("kind", GEMEENTE, REFERENCE)
            entry.supply("cbs_code", cbs_code, REFERENCE)
        self.by_cbs[cbs_code] = entry
        self.index(entry)
        self.has_municipality_reference = True
        return entry

    def historical(self, key: str) -> OrgEntry | None:
        """A municipality that merged away, from the merger table."""
        found = reference.mergers().get(key)
        if not found:
            return None
        merger = found[0]
        entry = self.by_cbs.get(merger.cbs_code)
        if entry is None:
            for candidate in self.municipal.get(key, []):
                if not candidate.cbs_code:
                    entry = candidate
                    break
        if entry is None:
            entry = self.create(merger.name, GEMEENTE, cbs_code=merger.cbs_code, priority=REFERENCE)
            self.index(entry)
        return entry

    def successor(self, key: str) -> OrgEntry | None:
        """A municipality the merger table names as a successor, with its CBS code: found
        the same whether or not the import that marks its predecessors came first."""
        merger = reference.successors().get(key)
        if merger is None:
            return None
        entry = self.by_cbs.get(merger.successor_cbs_code)
        if entry is None:
            entry = self._create_successor(merger, "")
            self.index(entry)
        return entry

    def _create_successor(self, merger, province_code: str) -> OrgEntry:
        successor = self.create(
            merger.successor, GEMEENTE, cbs_code=merger.successor_cbs_code, priority=REFERENCE
        )
        successor.supply("active_from", merger.ended, REFERENCE)
        if province_code:
            successor.supply("province", province_code, REFERENCE)
        return successor

    # --- mergers ----------------------------------------------------------------------------------

    def apply_mergers(self):
        """Municipalities the import touched that have merged since: active_until and their
        successors (created when the register lacks them)."""
        marked, position = 0, 0
        while position < len(self.entries):  # successors created here are checked too
            entry = self.entries[position]
            position += 1
            if not entry.touched or entry.kind != GEMEENTE:
                continue
            found = reference.mergers().get(municipality_key(entry.name))
            if not found or entry.cbs_code not in ("", found[0].cbs_code):
                continue
            merger = found[0]
            if not entry.cbs_code:
                entry.supply("cbs_code", merger.cbs_code, REFERENCE)
                self.by_cbs.setdefault(merger.cbs_code, entry)
            entry.supply("active_until", merger.active_until, REFERENCE)
            for item in found:
                successor = self.by_cbs.get(item.successor_cbs_code)
                if successor is None:
                    successor = self._create_successor(item, entry.province_code)
                successor.touched = True
                entry.successors.add(successor)
            marked += 1
        return marked


def _append(index: dict, key: str, entry: OrgEntry):
    if key:
        bucket = index.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)


def unique(entries) -> list:
    seen, result = set(), []
    for entry in entries:
        if id(entry) not in seen:
            seen.add(id(entry))
            result.append(entry)
    return result
