"""Organisations in memory: what the register holds, what the files say about them, and
how a written name becomes one organisation.

Names are resolved deterministically first (repair, keys, the Regioatlas municipality
list, the merger table, known aliases, lists split in the wrong place) and only then by a
conservative fuzzy match, which is reported.
"""

import re
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
FUZZY_KINDS = {OrganisationKind.WATERSCHAP.value, OrganisationKind.SAMENWERKINGSORGANISATIE.value}
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
        self._resolved: dict[str, tuple] = {}
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

    # --- resolving a written participant name -------------------------------------------------

    def resolve_exact(self, name: str, where: str):
        """([entries], None) when the name resolves without context; ([], reason) when it
        must be rejected; None when context (the partnership's provinces) is needed."""
        if name in self._resolved:
            return self._resolved[name]
        result = self._resolve_exact(name, where)
        if result is not None:
            self._resolved[name] = result
        return result

    def _resolve_exact(self, name: str, where: str):
        kind = reference.kind_from_name(name)
        if kind == PROVINCIE:
            code, reason = self.province_code(name, where)
            if code is None:
                return [], reason
            return [self.province(code)], None
        if kind is not None:
            return [self._other(name, kind, where)], None
        key = municipality_key(name)
        if key in reference.NOT_AN_ORGANISATION:
            return [], reference.NOT_AN_ORGANISATION[key]
        if key in reference.MUNICIPALITY_ALIASES:
            meant = reference.MUNICIPALITY_ALIASES[key]
            entries = []
            for alias in meant:
                found = self._municipality_exact(municipality_key(alias))
                if found is None:
                    return None
                entries.append(found)
            self.report.warn(
                "repair", f"participant '{name}' read as {' + '.join(meant)} (known alias)", where
            )
            return entries, None
        found = self._municipality_exact(key)
        if found is not None:
            return [found], None
        base = self.municipal_base.get(municipality_base(name), [])
        if len(_unique(base)) == 1 and key == municipality_base(name):
            entry = _unique(base)[0]
            self.report.warn("repair", f"participant '{name}' read as {entry.name}", where)
            return [entry], None
        historical = self.historical(key)
        if historical is not None:
            historical.touched = True
            return [historical], None
        split = self._split(name)
        if split:
            self.report.warn(
                "repair",
                f"participant '{name}' read as the list {' + '.join(e.name for e in split)}",
                where,
            )
            return split, None
        return None

    def _municipality_exact(self, key: str) -> OrgEntry | None:
        found = _unique(self.municipal.get(key, []))
        if len(found) == 1:
            found[0].touched = True
            return found[0]
        if not found:
            historical = self.historical(key)
            if historical is not None:
                historical.touched = True
                return historical
        return None

    def _split(self, name: str) -> list[OrgEntry]:
        """ "Zevenaar Beuningen" -> Zevenaar + Beuningen: every part an exact municipality."""
        parts = [part for part in re.split(r"\s*,\s*|\s+en\s+|\s+", name) if part]
        for size in (2, 3):
            if len(parts) < size:
                continue
            # Try each way to cut the words into `size` consecutive groups.
            for cuts in _cuts(len(parts), size):
                pieces = [" ".join(parts[a:b]) for a, b in cuts]
                found = [_unique(self.municipal.get(municipality_key(p), [])) for p in pieces]
                if all(len(entries) == 1 for entries in found):
                    return [entries[0] for entries in found]
        return []

    def resolve_in_context(self, name: str, provinces: set[str], where: str):
        """([entries], None) or ([], reason), using the partnership's provinces to choose
        between candidates. Creates an organisation of kind 'overig' as the last resort."""
        key = municipality_key(name)
        base = _unique(self.municipal_base.get(municipality_base(name), []))
        if len(base) > 1 and key == municipality_base(name):
            chosen = [entry for entry in base if entry.province_code in provinces]
            if len(chosen) == 1:
                self.report.warn(
                    "fuzzy",
                    f"participant '{name}' taken as {chosen[0].name}: the partnership lies in "
                    f"{_province_names(provinces)}",
                    where,
                )
                chosen[0].touched = True
                return chosen, None
            return [], (
                f"'{name}' may be {' or '.join(sorted(e.name for e in base))}; the "
                "partnership's provinces do not tell which"
            )
        entry = self._fuzzy(name, key, provinces, where)
        if entry is not None:
            return [entry], None
        if not self.has_municipality_reference:
            entry = self._other(name, GEMEENTE, where)
            self.report.warn(
                "other",
                f"'{name}' taken as a municipality without CBS code: no Regioatlas file or "
                "municipality with a CBS code to match it against",
                where,
            )
            return [entry], None
        entry = self._other(name, "overig", where)
        self.report.warn(
            "other",
            f"'{name}' matches no municipality and says nothing about its kind: registered "
            "as 'overig'",
            where,
        )
        return [entry], None

    def _fuzzy(self, name: str, key: str, provinces: set[str], where: str) -> OrgEntry | None:
        candidates = {}
        for candidate_key, entries in self.municipal.items():
            entries = _unique(entries)
            if len(entries) == 1:
                candidates[candidate_key] = entries[0]
        for merger_key in reference.mergers():
            candidates.setdefault(merger_key, None)
        matches = close_matches(key, candidates, cutoff=0.85)
        if not matches:
            return self._fuzzy_other(name, where)

        def province_of(candidate_key):
            entry = candidates[candidate_key]
            return entry.province_code if entry is not None else ""

        if provinces and any(province_of(m[1]) for m in matches):
            located = [m for m in matches if province_of(m[1]) in provinces]
            if len(located) == 1 or (located and located[0][0] > located[1][0]):
                ratio, match = located[0]
            else:
                return self._fuzzy_other(name, where)
        else:
            ratio, match = matches[0]
            if ratio < 0.9 or (len(matches) > 1 and matches[1][0] >= 0.85):
                return self._fuzzy_other(name, where)
        entry = candidates[match] or self.historical(match)
        entry.touched = True
        in_province = (
            f", in {_province_names({entry.province_code})}" if entry.province_code else ""
        )
        self.report.warn(
            "fuzzy",
            f"participant '{name}' taken as {entry.name} (similarity {ratio:.2f}{in_province})",
            where,
        )
        return entry

    def _fuzzy_other(self, name: str, where: str) -> OrgEntry | None:
        """A misspelt non-municipal name of an organisation already known ("Hoogheermraadschap
        van Rijnland"), or a name without its type word ("De Dommel" for "Waterschap De
        Dommel")."""
        key = organisation_key(name)
        cores = {}
        for other_key, entries in self.other.items():
            for entry in _unique(entries):
                words = other_key.split()
                if len(words) > 1 and reference.kind_from_name(entry.name) is not None:
                    core = " ".join(words[1:])
                    cores.setdefault(core, []).append(entry)
        found = _unique(cores.get(key, []))
        if len(found) == 1:
            found[0].touched = True
            self.report.warn("fuzzy", f"participant '{name}' taken as {found[0].name}", where)
            return found[0]
        return None

    def _other(self, name: str, kind: str, where: str) -> OrgEntry:
        """A non-municipal organisation by name: the known one, a misspelling of it, or new."""
        key = organisation_key(name)
        found = [e for e in _unique(self.other.get(key, [])) if e.kind == kind or kind == "overig"]
        if not found and kind == GEMEENTE:
            found = _unique(self.municipal.get(municipality_key(name), []))
        if found:
            entry = found[0]
            if entry.is_new:
                entry.name_votes[name] += 1
            elif fold(name) != fold(entry.name):
                self.report.warn("repair", f"'{name}' read as {entry.name}", where)
            entry.touched = True
            return entry
        # Misspelt names of water authorities and joint bodies ("Hoogheermraadschap") are
        # fixed; foreign and other names are not: "Wesel" and "Hesel" are two towns.
        same_kind = {}
        if kind in FUZZY_KINDS:
            same_kind = {
                other_key: _unique(entries)[0]
                for other_key, entries in self.other.items()
                if len(_unique(entries)) == 1 and _unique(entries)[0].kind == kind
            }
        matches = close_matches(key, same_kind, cutoff=0.92)
        if matches and (len(matches) == 1 or matches[0][0] > matches[1][0]):
            ratio, match = matches[0]
            entry = same_kind[match]
            entry.touched = True
            self.report.warn(
                "fuzzy", f"'{name}' taken as {entry.name} (similarity {ratio:.2f})", where
            )
            return entry
        entry = self.create(name, kind, priority=REFERENCE)
        return entry

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
                    successor = self.create(
                        item.successor,
                        GEMEENTE,
                        cbs_code=item.successor_cbs_code,
                        priority=REFERENCE,
                    )
                    successor.supply("active_from", item.ended, REFERENCE)
                    if entry.province_code:
                        successor.supply("province", entry.province_code, REFERENCE)
                successor.touched = True
                entry.successors.add(successor)
            marked += 1
        return marked


def _append(index: dict, key: str, entry: OrgEntry):
    if key:
        bucket = index.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)


def _unique(entries) -> list:
    seen, result = set(), []
    for entry in entries:
        if id(entry) not in seen:
            seen.add(id(entry))
            result.append(entry)
    return result


def _cuts(length: int, size: int):
    if size == 2:
        for i in range(1, length):
            yield [(0, i), (i, length)]
    elif size == 3:
        for i in range(1, length - 1):
            for j in range(i + 1, length):
                yield [(0, i), (i, j), (j, length)]


def _province_names(codes) -> str:
    return " / ".join(reference.PROVINCE_NAMES.get(code, code) for code in sorted(codes))
