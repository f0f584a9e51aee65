"""OpenGR participant lists (one row per participant of a gemeenschappelijke regeling: the
participant, the arrangement, its seat and province), and how an OpenGR or DSTA row
describes its partnership."""

from registers.choices import PartnershipKind, Role
from registers.importer import reference
from registers.importer.cleaning import (
    abbreviation_from_name,
    clean_postcode,
    clean_text,
    fold,
    partnership_key,
    repair_name,
)
from registers.importer.fields import too_long
from registers.importer.organisation_names import OrganisationNames
from registers.importer.organisations import GEMEENTE
from registers.importer.partnerships import OPENGR
from registers.importer.readers import Kind
from registers.importer.sources.base import APPLIED, MERGED, Reject, Source
from registers.models import Partnership

# What every OpenGR and DSTA row says about its partnership (see describe).
DESCRIBED_FIELDS = frozenset({"name", "abbreviation", "kind", "last_verified", "last_verified_by"})


class OpenGRSource(Source):
    reads = {Kind.PARTICIPANTS: "memberships"}
    # regions: computed from the participants when the partnership is written.
    partnership_fields = DESCRIBED_FIELDS | {
        "seat_postcode",
        "seat_place",
        "memberships",
        "regions",
    }
    organisation_fields = frozenset({"name", "kind", "cbs_code"})

    def __init__(self, books, tables):
        super().__init__(books, tables)
        self.names = OrganisationNames(books.organisations, books.report)

    def begin(self, table):
        self.pending = []  # (row, entry, participant, where): resolved in end()

    def apply(self, table, row):
        where = table.where(row)
        regeling = self.name(row.get("Gemeenschappelijke regeling"), where)
        participant = self.name(row.get("Deelnemer"), where)
        if not regeling:
            return Reject("no partnership name", "Gemeenschappelijke regeling")
        if not participant:
            return Reject("no participant", "Deelnemer")
        problem = too_long(Partnership, {"name": regeling})
        if problem or len(participant) > 200:
            return Reject(problem or "participant name too long")
        postcode = clean_postcode(row.get("Postcode"))
        place = self.name(row.get("Plaats"), where)
        entry = find_partnership(self.books, regeling, where, OPENGR, place=place, guard=True)
        if place:
            entry.places.add(fold(place))
        entry.from_participants = True
        if len(postcode) <= 10:
            entry.supply("seat_postcode", postcode, OPENGR, where, self.report)
        else:
            self.report.warn("other", f"postcode '{postcode}' is too long; not used", where)
        entry.supply("seat_place", place[:100], OPENGR, where, self.report)
        province = clean_text(repair_name(row.get("Provincie"))[0])
        if province:
            code, reason = self.books.organisations.province_code(province, where)
            if code:
                entry.provinces.add(code)
            else:
                self.report.warn(
                    "other",
                    f"Provincie column: {reason}; the partnership gets no province from it",
                    where,
                )
        if entry.memberships is None:
            entry.memberships = {}
        entry.sources.add(table.path.name)
        self.pending.append((row, entry, participant, where))
        return None

    def end(self, table):
        # Names that resolve on their own first, so that their provinces can help to place
        # the others ("Bergen" among Limburg municipalities is Bergen (L.)).
        resolved = {}
        for index, (_row, entry, participant, where) in enumerate(self.pending):
            result = self.names.resolve_exact(participant, where)
            if result is not None:
                resolved[index] = result
                for organisation in result[0]:
                    if organisation.kind == GEMEENTE and organisation.province_code:
                        entry.participant_provinces.add(organisation.province_code)
        for index, (row, entry, participant, where) in enumerate(self.pending):
            result = resolved.get(index)
            if result is None:
                context = entry.provinces | entry.participant_provinces
                result = self.names.resolve_in_context(participant, context, where)
            self.record(table, row, self.add_participants(table, entry, *result))

    def add_participants(self, table, entry, organisations, reason):
        if not organisations:
            return Reject(reason, "Deelnemer")
        added = False
        for organisation in organisations:
            organisation.sources.add(table.path.name)
            key = (organisation, "")
            entry.membership_files.setdefault(key, set()).add(table.path.name)
            if key not in entry.memberships:
                entry.memberships[key] = {"role": Role.DEELNEMER.value}
                added = True
        return APPLIED if added else MERGED


def find_partnership(books, name, where, priority, *, place="", guard=False):
    entry, how = books.partnerships.find(name, where, create=True, place=place, guard=guard)
    describe(entry, name, how == "new", priority, where, books.report)
    return entry


def describe(entry, name: str, is_new: bool, priority: int, where: str, report):
    """What every OpenGR/DSTA row says about its partnership. The name only counts when it
    is the name the partnership is known by (a variant found by fuzzy matching or its CBS
    code does not rename it)."""
    entry.touched = True
    if is_new or partnership_key(name) in entry.primary_keys:
        present = entry.incoming.get("name")
        if present and present.priority == priority and present.value != name:
            report.warn("repair", f"partnership '{name}' merged into '{present.value}'", where)
        else:
            entry.supply("name", name, priority, where, report)
    abbreviation = abbreviation_from_name(name)
    if abbreviation and len(abbreviation) <= 40:
        entry.supply("abbreviation", abbreviation, priority, where, report)
    entry.supply("kind", PartnershipKind.WGR.value, priority, where, report)
    entry.supply("last_verified", reference.OPENGR_DATE, priority, where, report)
    entry.supply("last_verified_by", reference.OPENGR_VERIFIED_BY, priority, where, report)
