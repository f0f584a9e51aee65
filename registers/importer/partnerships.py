"""Partnerships in memory: the register's, the ones the files describe, and how a written
name finds its partnership (CBS code, slug, name key, then a reported fuzzy match)."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.utils.text import slugify

from wagtail.models import WorkflowState

from registers.importer.cleaning import (
    STOPWORDS,
    close_matches,
    compact,
    core_key,
    fold,
    is_distinguishing,
    name_aliases,
    partnership_key,
    token_set_key,
    type_words,
)
from registers.importer.precedence import DSTA, OPENGR, REGISTER, SOURCE_NAMES, rank, resolve
from registers.models import (
    Membership,
    Partnership,
    PartnershipDocument,
    PartnershipMerge,
    PartnershipTag,
)

__all__ = ["DSTA", "OPENGR", "REGISTER", "PartnershipBook", "PartnershipEntry", "Supplied"]


@dataclass
class Supplied:
    value: object
    priority: int
    where: str


@dataclass(eq=False)
class PartnershipEntry:
    partnership: Partnership
    is_new: bool = False
    incoming: dict = field(default_factory=dict)  # field -> Supplied
    names: set = field(default_factory=set)  # names the sources use for it
    primary_keys: set = field(default_factory=set)  # keys of the name it is known by
    memberships: dict | None = None  # (OrgEntry, joined ISO or "") -> values
    membership_files: dict = field(default_factory=dict)  # same key -> file names
    documents: dict = field(default_factory=dict)  # url -> values
    sources: set = field(default_factory=set)  # file names
    provinces: set = field(default_factory=set)  # CBS codes from the Provincie column
    exchange: bool = False  # described by the register's own table
    touched: bool = False
    seen_in: set = field(default_factory=set)  # file names whose rows named it
    participant_provinces: set = field(default_factory=set)  # of municipal participants
    disagreements: dict = field(default_factory=dict)  # field -> [(value, where)]
    places: set = field(default_factory=set)  # folded seats OpenGR gave it in this import
    known_places: set = field(default_factory=set)  # … at the last import
    from_participants: bool = False  # its participants come from an OpenGR list
    # field -> {source: first non-empty value it gave in this import} (precedence.py)
    by_source: dict = field(default_factory=dict)
    # field -> {source name: serialised value} from earlier imports (imported_values)
    stored_sources: dict = field(default_factory=dict)

    @property
    def label(self) -> str:
        return f"partnership '{self.name}'"

    @property
    def name(self) -> str:
        """The name by the precedence over every source known so far (this import and the
        earlier ones), so what follows from it (policy domains) does not depend on which
        files this run reads."""
        supplied = self.incoming.get("name")
        if supplied is None:
            return self.partnership.name
        by_source = dict(self.stored_sources.get("name", {}))
        by_source.update(
            {SOURCE_NAMES[source]: value for source, value in self.by_source["name"].items()}
        )
        value, _source = resolve("name", by_source)
        return value or supplied.value

    def supply(self, field_name, value, priority, where, report):
        """Offer a value; within one import the source ranked higher for the field wins
        (precedence.py), then the first value. An empty value never replaces a filled one;
        other values are noted."""
        given = self.by_source.setdefault(field_name, {})
        if priority not in given or given[priority] in ("", None):
            given[priority] = value
        present = self.incoming.get(field_name)
        if present is None:
            self.incoming[field_name] = Supplied(value, priority, where)
        elif value in ("", None):
            return
        elif present.value in ("", None) or rank(field_name, priority) > rank(
            field_name, present.priority
        ):
            self.incoming[field_name] = Supplied(value, priority, where)
        elif priority == present.priority and value != present.value:
            self.disagreements.setdefault(field_name, []).append((value, where))


class PartnershipBook:
    def __init__(self, report):
        self.report = report
        self.entries: list[PartnershipEntry] = []
        self.by_pk: dict[int, PartnershipEntry] = {}
        self.by_slug: dict[str, PartnershipEntry] = {}
        self.by_cbs: dict[str, PartnershipEntry] = {}
        self.by_key: dict[str, list] = defaultdict(list)
        self.by_compact: dict[str, list] = defaultdict(list)
        self.by_tokens: dict[str, list] = defaultdict(list)
        self.by_core: dict[str, list] = defaultdict(list)  # core -> [(entry, type words)]
        self.slugs: set[str] = set()
        self._found: dict[tuple, tuple] = {}

    # --- loading ------------------------------------------------------------------------------

    def load(self):
        for partnership in Partnership.objects.order_by("pk"):
            entry = PartnershipEntry(partnership=partnership)
            imported = partnership.imported_values or {}
            known_as = imported.get("name") or partnership.name
            entry.primary_keys.add(partnership_key(known_as))
            entry.known_places.update(imported.get("_places", []))
            if isinstance(imported.get("_sources"), dict):
                entry.stored_sources = imported["_sources"]
            self.by_pk[partnership.pk] = entry
            self._add(entry)
            for name in [partnership.name, known_as, *imported.get("_names", [])]:
                self.add_name(entry, name)
        self._load_merges()
        self._load_relations()

    def _load_merges(self):
        """A merged duplicate's names, slug and codes find the entry it went into
        (registers/merging.py), so a re-import does not create the duplicate again."""
        for merge in PartnershipMerge.objects.order_by("pk"):
            entry = self.by_pk.get(merge.kept_id)
            if entry is None:
                continue
            self.by_slug.setdefault(merge.merged_slug, entry)
            self.slugs.add(merge.merged_slug)
            if merge.merged_cbs_code:
                self.by_cbs.setdefault(merge.merged_cbs_code, entry)
            for name in [merge.merged_name, *merge.merged_names]:
                self.add_name(entry, name)

    def _load_relations(self):
        def pairs(field_name):
            field_ = Partnership._meta.get_field(field_name)
            through = field_.remote_field.through
            rows = through.objects.values_list(field_.m2m_column_name(), field_.m2m_reverse_name())
            result = defaultdict(set)
            for partnership_id, other_id in rows:
                result[partnership_id].add(other_id)
            return result

        self.current_provinces = pairs("provinces")
        self.current_domains = pairs("domains")
        self.current_regions = pairs("regions")
        self.current_memberships = defaultdict(list)
        for membership in Membership.objects.order_by("sort_order", "pk"):
            self.current_memberships[membership.partnership_id].append(membership)
        self.current_documents = defaultdict(dict)
        self.document_order = defaultdict(int)
        for partnership_id, url, order in PartnershipDocument.objects.values_list(
            "partnership_id", "url", "sort_order"
        ):
            self.current_documents[partnership_id][url] = True
            self.document_order[partnership_id] = max(
                self.document_order[partnership_id], (order or 0) + 1
            )
        self.current_tags = defaultdict(set)
        for partnership_id, tag in PartnershipTag.objects.values_list(
            "content_object_id", "tag__name"
        ):
            self.current_tags[partnership_id].add(tag)
        content_type = ContentType.objects.get_for_model(Partnership)
        self.in_moderation = {
            int(object_id)
            for object_id in WorkflowState.objects.filter(
                base_content_type=content_type, status=WorkflowState.STATUS_IN_PROGRESS
            ).values_list("object_id", flat=True)
            if str(object_id).isdigit()
        }

    def _add(self, entry):
        self.entries.append(entry)
        partnership = entry.partnership
        if partnership.slug:
            self.by_slug[partnership.slug] = entry
            self.slugs.add(partnership.slug)
        if partnership.cbs_code:
            self.by_cbs.setdefault(partnership.cbs_code, entry)

    def add_name(self, entry, name: str):
        """Index a name (and the names in its parentheses) as a way to find the entry."""
        if not name:
            return
        entry.names.add(name)
        for alias in [name, *name_aliases(name)]:
            key = partnership_key(alias)
            if not key:
                continue
            for index, value in (
                (self.by_key, key),
                (self.by_compact, compact(key)),
                (self.by_tokens, token_set_key(key)),
            ):
                if value and entry not in index[value]:
                    index[value].append(entry)
            core = core_key(key)
            if core and (entry, type_words(key)) not in self.by_core[core]:
                self.by_core[core].append((entry, type_words(key)))

    def slug_for(self, name: str, wanted: str = "") -> str:
        base = (wanted or slugify(name)[:120].strip("-")) or "samenwerkingsverband"
        candidate, counter = base, 2
        while candidate in self.slugs:
            suffix = f"-{counter}"
            candidate = f"{base[: 120 - len(suffix)]}{suffix}"
            counter += 1
        self.slugs.add(candidate)
        return candidate

    def create(self, name: str, *, slug: str = "") -> PartnershipEntry:
        partnership = Partnership(name=name)
        partnership.slug = self.slug_for(name, slug if slug and slug not in self.slugs else "")
        entry = PartnershipEntry(partnership=partnership, is_new=True)
        entry.primary_keys.add(partnership_key(name))
        self._add(entry)
        self.by_slug[partnership.slug] = entry
        self.add_name(entry, name)
        return entry

    # --- finding by name ----------------------------------------------------------------------

    def find(self, name: str, where: str, *, create: bool, place: str = "", guard=False):
        """(entry, how) for a partnership name; how is "new", "exact" or "fuzzy".

        place (the seat) tells apart partnerships with the same name; with guard, a name
        that fits a partnership already seen with another seat gets one of its own (OpenGR
        lists "Samenwerking Sociale Zaken" in Heemstede and in Huizen). The same written
        name and seat always find the same partnership within one import."""
        cache_key = (name, fold(place))
        if cache_key in self._found:
            entry, how = self._found[cache_key]
            return entry, ("exact" if how == "new" else how)
        key = partnership_key(name)
        if not key:
            return None, ""
        entry, how = self._exact(key, name, place, guard), "exact"
        if entry is None:
            entry = self._by_alias(name, where, place, guard)
            how = "fuzzy" if entry else ""
        if entry is None:
            entry = self._fuzzy(name, key, where, place, guard)
            how = "fuzzy" if entry else ""
        if entry is None and create:
            entry, how = self.create(name), "new"
        if entry is not None:
            self.add_name(entry, name)
            self._found[cache_key] = (entry, how)
        return entry, how

    def _by_place(self, found, place: str, guard: bool):
        """The candidate whose seat (as OpenGR gave it) fits. With guard, a candidate that
        got another seat earlier in this import is no candidate: that is another
        partnership with the same name. A seat that changed since the last import is fine."""
        if not found or not place:
            return found[0] if found else None
        place = fold(place)
        fitting = [e for e in found if place in e.places or place in e.known_places]
        if fitting:
            return fitting[0]
        if guard:
            free = [entry for entry in found if not entry.places]
            return free[0] if free else None
        return found[0]

    def _exact(self, key: str, name: str = "", place: str = "", guard: bool = False):
        for index, value in ((self.by_key, key), (self.by_compact, compact(key))):
            found = index.get(value, [])
            if found:
                # A partnership known by this very name goes before one that has it only in
                # parentheses ("Gevudo" before "… Dordrecht en omstreken (Gevudo)").
                found = sorted(found, key=lambda entry: key not in entry.primary_keys)
                entry = self._by_place(found, place, guard)
                if entry is None:
                    self.report.warn(
                        "other",
                        f"'{name}' has the name of '{found[0].name}' but another seat "
                        f"({place}); registered as a partnership of its own",
                    )
                return entry
        return None

    def _by_alias(self, name: str, where: str, place: str, guard: bool):
        """ "Gemeenschappelijke Vuilverwerking Dordrecht en omstreken (Gevudo)" is the
        partnership called "Gevudo": the name in parentheses is another's own name."""
        for alias in name_aliases(name):
            key = partnership_key(alias)
            found = [entry for entry in self.by_key.get(key, []) if key in entry.primary_keys]
            entry = self._by_place(found, place, guard) if len(found) == 1 else None
            if entry is not None:
                self.report.warn(
                    "fuzzy",
                    f"partnership '{name}' taken as '{entry.name}' (the name in parentheses)",
                    where,
                )
                return entry
        return None

    def _fuzzy(self, name: str, key: str, where: str, place: str = "", guard: bool = False):
        found = self.by_tokens.get(token_set_key(key), [])
        if len(found) == 1 and self._by_place(found, place, guard):
            self.report.warn(
                "fuzzy",
                f"partnership '{name}' taken as '{found[0].name}' (same words, other order)",
                where,
            )
            return found[0]
        core = core_key(key)
        removed = type_words(key)
        found = _unique(
            entry
            for entry, other in (self.by_core.get(core, []) if len(core.split()) >= 2 else [])
            # "Samenwerkingsverband Regio Eindhoven" is no "Werkvoorzieningschap Regio
            # Eindhoven": a core match counts when one name's type words include the other's.
            if removed <= other or other <= removed
        )
        if len(found) == 1 and self._by_place(found, place, guard):
            self.report.warn(
                "fuzzy",
                f"partnership '{name}' taken as '{found[0].name}' (same name without the "
                "type words)",
                where,
            )
            return found[0]
        matches = close_matches(key, list(self.by_key), cutoff=0.9)
        if matches and (len(matches) == 1 or matches[0][0] > matches[1][0]):
            ratio, match = matches[0]
            candidates = self.by_key[match]
            if len(candidates) == 1 and self._by_place(candidates, place, guard):
                self.report.warn(
                    "fuzzy",
                    f"partnership '{name}' taken as '{candidates[0].name}' "
                    f"(similarity {ratio:.2f})",
                    where,
                )
                return candidates[0]
        return None

    def find_in_title(self, title: str, where: str):
        """A partnership whose name (without type words) lies within a document title: the
        only one, or one whose name holds all the others' ("zuidwestelijke delta" > "delta")."""
        tokens = set(partnership_key(title).split())
        found = {}
        for core, entries in self.by_core.items():
            words = set(core.split())
            if words and words <= tokens:
                for entry, _types in entries:
                    if id(entry) not in found or len(words) > len(found[id(entry)][1]):
                        found[id(entry)] = (entry, words)
        if not found:
            return None
        best, best_words = max(found.values(), key=lambda item: len(item[1]))
        if all(words < best_words for entry, words in found.values() if entry is not best):
            return self._loose_hit(title, best, "its name in the document title", where)
        return None

    def find_loosely(self, name: str, where: str, *, type_word: str = ""):
        """For names written loosely (document sources, Regioatlas regions): exact keys, then
        the name without type words, then all its words within one partnership's name, then
        a fuzzy match. Only a single candidate counts. Never creates."""
        key = partnership_key(name)
        if not key:
            return None
        if type_word and not key.startswith(type_word):
            keys = [f"{type_word} {key}", key]
        else:
            keys = [key]
        for candidate in keys:
            entry = self._exact(candidate)
            if entry is not None:
                return entry
        for candidate in keys:
            found = self.by_tokens.get(token_set_key(candidate), [])
            if len(found) == 1:
                return self._loose_hit(name, found[0], "same words, other order", where)
        core = core_key(key)
        found = _unique(entry for entry, _words in self.by_core.get(core, [])) if core else []
        if len(found) == 1 and not type_word:
            return self._loose_hit(name, found[0], "the name without its type words", where)
        tokens = set(keys[0].split()) - STOPWORDS
        if len(tokens) >= 3 or (type_word and len(tokens) >= 2):
            # Extra words are fine ("GGD Amsterdam" is "GGD Amsterdam-Amstelland"), but not
            # words that tell regions apart ("GGD Kennemerland" is no "... Noord-Kennemerland").
            found = _unique(
                entry
                for entry_key, entries in self.by_key.items()
                if tokens <= set(entry_key.split())
                and not any(is_distinguishing(w) for w in set(entry_key.split()) - tokens)
                for entry in entries
            )
            if len(found) == 1:
                return self._loose_hit(name, found[0], "all its words in the name", where)
        for candidate in keys:
            pool = [k for k in self.by_key if not type_word or type_word in k.split()]
            matches = close_matches(candidate, pool, cutoff=0.9)
            if matches and (len(matches) == 1 or matches[0][0] > matches[1][0]):
                ratio, match = matches[0]
                if len(self.by_key[match]) == 1:
                    return self._loose_hit(
                        name, self.by_key[match][0], f"similarity {ratio:.2f}", where
                    )
        return None

    def _loose_hit(self, name, entry, how, where):
        self.report.warn("fuzzy", f"'{name}' taken as partnership '{entry.name}' ({how})", where)
        return entry


def _unique(entries) -> list:
    seen, result = set(), []
    for entry in entries:
        if id(entry) not in seen:
            seen.add(id(entry))
            result.append(entry)
    return result
