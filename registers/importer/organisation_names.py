"""How a participant's name, as a file writes it, becomes one organisation (or several, for a
list written in one cell).

Deterministic first: repair, keys, the Regioatlas municipality list, the merger table,
known aliases, lists split in the wrong place; a name that needs the partnership's
provinces to tell candidates apart waits for them; a conservative fuzzy match comes last
and is reported. An organisation of kind 'overig' is the last resort.
"""

import re

from registers.choices import OrganisationKind
from registers.importer import reference
from registers.importer.cleaning import close_matches, fold
from registers.importer.organisations import (
    GEMEENTE,
    PROVINCIE,
    REFERENCE,
    OrganisationBook,
    OrgEntry,
    municipality_base,
    municipality_key,
    organisation_key,
    unique,
)

FUZZY_KINDS = {OrganisationKind.WATERSCHAP.value, OrganisationKind.SAMENWERKINGSORGANISATIE.value}


class OrganisationNames:
    def __init__(self, book: OrganisationBook, report):
        self.book = book
        self.report = report
        self._resolved: dict[str, tuple] = {}

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
            code, reason = self.book.province_code(name, where)
            if code is None:
                return [], reason
            return [self.book.province(code)], None
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
        base = self.book.municipal_base.get(municipality_base(name), [])
        if len(unique(base)) == 1 and key == municipality_base(name):
            entry = unique(base)[0]
            self.report.warn("repair", f"participant '{name}' read as {entry.name}", where)
            return [entry], None
        historical = self.book.historical(key)
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
        found = unique(self.book.municipal.get(key, []))
        if len(found) == 1:
            found[0].touched = True
            return found[0]
        if not found:
            historical = self.book.historical(key) or self.book.successor(key)
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
                found = [unique(self.book.municipal.get(municipality_key(p), [])) for p in pieces]
                if all(len(entries) == 1 for entries in found):
                    return [entries[0] for entries in found]
        return []

    def resolve_in_context(self, name: str, provinces: set[str], where: str):
        """([entries], None) or ([], reason), using the partnership's provinces to choose
        between candidates. Creates an organisation of kind 'overig' as the last resort."""
        key = municipality_key(name)
        base = unique(self.book.municipal_base.get(municipality_base(name), []))
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
        if not self.book.has_municipality_reference:
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
        for candidate_key, entries in self.book.municipal.items():
            entries = unique(entries)
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
        entry = candidates[match] or self.book.historical(match)
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
        for other_key, entries in self.book.other.items():
            for entry in unique(entries):
                words = other_key.split()
                if len(words) > 1 and reference.kind_from_name(entry.name) is not None:
                    core = " ".join(words[1:])
                    cores.setdefault(core, []).append(entry)
        found = unique(cores.get(key, []))
        if len(found) == 1:
            found[0].touched = True
            self.report.warn("fuzzy", f"participant '{name}' taken as {found[0].name}", where)
            return found[0]
        return None

    def _other(self, name: str, kind: str, where: str) -> OrgEntry:
        """A non-municipal organisation by name: the known one, a misspelling of it, or new."""
        key = organisation_key(name)
        found = [
            e for e in unique(self.book.other.get(key, [])) if e.kind == kind or kind == "overig"
        ]
        if not found and kind == GEMEENTE:
            found = unique(self.book.municipal.get(municipality_key(name), []))
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
                other_key: unique(entries)[0]
                for other_key, entries in self.book.other.items()
                if len(unique(entries)) == 1 and unique(entries)[0].kind == kind
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
        entry = self.book.create(name, kind, priority=REFERENCE)
        return entry


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
