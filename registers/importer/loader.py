"""Applying the files to the register.

Everything happens in memory first: the register is loaded once, the files are matched
against it and against each other, and only then is the result written in bulk (a few
dozen queries, whatever the number of rows). The caller wraps `Importer.run` in one
transaction.
"""

import email.utils
import re
from collections import defaultdict

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.text import slugify

from registers import exchange
from registers.choices import DocumentKind, PartnershipKind, ProvinceRole, Role
from registers.importer import reference
from registers.importer.cleaning import (
    abbreviation_from_name,
    clean_postcode,
    clean_text,
    fold,
    name_key,
    partnership_key,
    repair_name,
    unique_slug,
    words,
)
from registers.importer.organisations import (
    GEMEENTE,
    REFERENCE,
    OrganisationBook,
    OrgEntry,
    organisation_key,
)
from registers.importer.organisations import REGISTER as ORG_REGISTER
from registers.importer.partnerships import (
    DSTA,
    OPENGR,
    REGISTER,
    PartnershipBook,
)
from registers.importer.provenance import serialise
from registers.importer.readers import KIND_ORDER, Kind, Table
from registers.importer.writer import (
    FIELD_LIMITS,
    LIST_FIELDS,
    MEMBERSHIP_FIELDS,
    SCALAR_FIELDS,
    DivisionEntry,
    RegionEntry,
    RegisterWriter,
)
from registers.models import (
    Membership,
    Partnership,
    PolicyDomain,
    Region,
    RegionalDivision,
)

GR_CODE = re.compile(r"^GR\d{4}$")
CBS_NUMBER = re.compile(r"^(?:GM)?(\d{1,4})$", re.IGNORECASE)
PROVINCE_SUFFIX = re.compile(r"\s+-\s+provincie\b.*$", re.IGNORECASE)
DOCUMENT_KINDS = [
    (DocumentKind.REGELING, re.compile(r"\bgemeenschappelijke regeling\b|\bgr\b")),
    (DocumentKind.BEGROTING, re.compile(r"begrot|\bbegr\b|progrbegr|kadernota")),
    (
        DocumentKind.JAARREKENING,
        re.compile(r"rekening|jaarstukken|jaarsukken|jaarverslag|jaarrapportage|realisatie"),
    ),
]
YEAR = re.compile(r"\b(19[89]\d|20[0-4]\d)\b")


class Importer(RegisterWriter):
    def __init__(self, report, *, tick=None):
        self.report = report
        self.tick = tick or (lambda number=1: None)
        self.now = timezone.now()
        self.organisations = OrganisationBook(report)
        self.partnerships = PartnershipBook(report)
        self.changed_partnerships: list[Partnership] = []
        self.index_later: dict[type, set] = defaultdict(set)
        self.exchange_references = []

    # --- the whole run ------------------------------------------------------------------------

    def run(self, tables: list[Table]):
        self.load()
        self.has_membership_tables = any(t.kind == Kind.MEMBERSHIPS for t in tables)
        self.recompute_regions = any(t.kind == Kind.REGIOATLAS for t in tables)
        appliers = {
            Kind.REGIOATLAS: self.apply_regioatlas,
            Kind.PARTNERSHIPS: self.apply_exchange_partnerships,
            Kind.MEMBERSHIPS: self.apply_exchange_memberships,
            Kind.PARTICIPANTS: self.apply_participants,
            Kind.DSTA: self.apply_dsta,
            Kind.DOCUMENTS: self.apply_documents,
        }
        for kind in KIND_ORDER:
            for table in tables:
                if table.kind == kind:
                    appliers[kind](table)
            if kind == Kind.MEMBERSHIPS:
                self.resolve_exchange_references()
        self.finish_sources()
        marked = self.organisations.apply_mergers()
        if marked:
            self.report.warn(
                "other",
                f"{marked} municipalities in the files no longer exist (merged): marked "
                "historical (active until) and linked to their successors "
                "(data/gemeentelijke_herindelingen.csv)",
            )
        self.write()

    def load(self):
        self.organisations.load()
        self.partnerships.load()
        self.domains = list(PolicyDomain.objects.all())
        self.domain_by_slug = {domain.slug: domain for domain in self.domains}
        self.domain_keywords = [
            (domain, [words(keyword) for keyword in domain.keyword_list]) for domain in self.domains
        ]
        self.divisions: dict[str, DivisionEntry] = {}
        self.division_slugs = set()
        self.region_slugs = set()
        self.regions_by_slug: dict[str, RegionEntry] = {}
        entries_by_pk = {}
        for division in RegionalDivision.objects.all():
            entry = DivisionEntry(division=division)
            self.divisions[fold(division.name)] = entry
            self.division_slugs.add(division.slug)
            entries_by_pk[division.pk] = entry
        region_entries = {}
        for region in Region.objects.all():
            division = entries_by_pk[region.division_id]
            entry = RegionEntry(region=region, division=division)
            division.regions[name_key(region.name)] = entry
            self.region_slugs.add(region.slug)
            self.regions_by_slug[region.slug] = entry
            region_entries[region.pk] = entry
        through = Region.municipalities.through
        for region_id, organisation_id in through.objects.values_list(
            "region_id", "organisation_id"
        ):
            region_entries[region_id].current.add(organisation_id)

    # --- Regioatlas -----------------------------------------------------------------------------

    def division(self, name: str, table: Table) -> DivisionEntry:
        key = fold(name)
        entry = self.divisions.get(key)
        if entry is None:
            slug = unique_slug(slugify(name)[:90] or "indeling", self.division_slugs, 90)
            division = RegionalDivision(
                name=name,
                slug=slug,
                domain=table.domain,
                is_collaboration=reference.collaboration_type_word(name) is not None,
                source=f"Regioatlas ({table.path.name})"[:255],
            )
            entry = self.divisions[key] = DivisionEntry(division=division, is_new=True)
            if table.domain_source != "folder":
                self.report.warn(
                    "other",
                    f"division '{name}': domain '{table.domain}' taken from the "
                    f"{table.domain_source}, not from a Bestuurlijk/Fysiek/Sociaal/Veiligheid "
                    "folder",
                    table.name,
                )
        entry.touched = True
        return entry

    def apply_regioatlas(self, table: Table):
        self._start(table)
        division = self.division(table.division, table)
        is_province_division = fold(table.division) == reference.PROVINCE_DIVISION
        municipalities = {}
        for row in table.rows:
            self.tick()
            if row.problem:
                self.report.reject(table.name, table.where(row), row.problem, "regions")
                continue
            name, repairs = repair_name(row.get("Gemeente"))
            number = CBS_NUMBER.match(clean_text(row.get("CBS")))
            region_name, region_repairs = repair_name(row.values.get("regio"))
            self._note_repairs(row.get("Gemeente"), name, repairs, table.where(row))
            self._note_repairs(
                row.values.get("regio"), region_name, region_repairs, table.where(row)
            )
            if not name or not number:
                reason = (
                    "no municipality name"
                    if not name
                    else f"'{row.get('CBS')}' is not a CBS municipality number"
                )
                self.report.reject(table.name, table.where(row, "CBS"), reason, "regions")
                continue
            if not region_name:
                self.report.reject(table.name, table.where(row), "no region", "regions")
                continue
            code = f"GM{int(number[1]):04d}"
            municipality = municipalities.get(code)
            if municipality is None:
                municipality = municipalities[code] = self.organisations.municipality(name, code)
                municipality.sources.add(table.path.name)
            region = self.region(division, region_name, table, row)
            population = clean_text(row.get("Inwoneraantal van regio"))
            if population.isdigit() and int(population) > 0:
                region.population[int(population)] += 1
            if municipality in region.municipalities:
                self.report.row(table.name, "merged")
                continue
            region.municipalities.add(municipality)
            self.report.row(table.name, "applied")
            if is_province_division:
                province, reason = self.organisations.province_code(region_name, table.where(row))
                if province:
                    self.organisations.province(province)
                    municipality.supply("province", province, REFERENCE)

    def region(self, division: DivisionEntry, name: str, table: Table, row) -> RegionEntry:
        key = name_key(name)
        entry = division.regions.get(key)
        if entry is None:
            slug = unique_slug(
                f"{division.division.slug}-{slugify(name)}"[:200], self.region_slugs, 200
            )
            region = Region(division=division.division, name=name[:200], slug=slug)
            entry = division.regions[key] = RegionEntry(
                region=region, division=division, is_new=True
            )
            self.regions_by_slug[slug] = entry
        elif entry.touched and entry.region.name != name and entry.is_new:
            self.report.warn(
                "repair", f"region '{name}' read as '{entry.region.name}'", table.where(row)
            )
        if not entry.touched:
            entry.touched = True
            entry.municipalities = set()
        return entry

    # --- the register's own tables --------------------------------------------------------------

    def apply_exchange_partnerships(self, table: Table):
        self._start(table)
        for row in table.rows:
            self.tick()
            if row.problem:
                self.report.reject(table.name, table.where(row), row.problem, "partnerships")
                continue
            try:
                values = exchange.partnership_values(row.values)
            except exchange.ExchangeValueError as error:
                self.report.reject(
                    table.name, table.where(row, error.column), str(error), "partnerships"
                )
                continue
            problem = self._too_long(values) or _invalid(
                Partnership, {k: v for k, v in values.items() if k in SCALAR_FIELDS}
            )
            if problem:
                self.report.reject(table.name, table.where(row), problem, "partnerships")
                continue
            slug = clean_text(row.get("slug"))
            entry = self.partnerships.by_slug.get(slug) if slug else None
            if entry is None and values.get("cbs_code"):
                entry = self.partnerships.by_cbs.get(values["cbs_code"])
            if entry is not None and entry.exchange and table.name in entry.seen_in:
                self.report.row(table.name, "merged")
                continue
            where = table.where(row)
            if entry is None and slug:
                entry = self.partnerships.create(values["name"], slug=slugify(slug)[:120])
            elif entry is None:
                entry, _how = self.partnerships.find(values["name"], where, create=True)
            references = {
                key: values.pop(key, None)
                for key in ("bronhouder", "part_of", "succeeded_by", *LIST_FIELDS)
            }
            for name, value in values.items():
                entry.supply(name, value, REGISTER, where, self.report)
            entry.exchange = entry.touched = True
            entry.seen_in.add(table.name)
            entry.sources.add(table.path.name)
            if self.has_membership_tables and entry.memberships is None:
                entry.memberships = {}
            self.partnerships.add_name(entry, values["name"])
            self.exchange_references.append((entry, references, where))
            self.report.row(table.name, "applied")

    def resolve_exchange_references(self):
        """Keys in the register's tables -> objects, once all its partnerships are known."""
        for entry, references, where in self.exchange_references:
            for name in ("part_of", "succeeded_by"):
                if references.get(name) is None:
                    continue
                slug = references[name]
                target = self.partnerships.by_slug.get(slug) if slug else None
                if slug and target is None:
                    self.report.warn("other", f"{entry.label}: {name} '{slug}' is unknown", where)
                entry.supply(name, target, REGISTER, where, self.report)
            if references.get("bronhouder") is not None:
                key = references["bronhouder"]
                target = self._organisation_by_key(key, where) if key else None
                entry.supply("bronhouder", target, REGISTER, where, self.report)
            if references.get("provinces") is not None:
                found = [self._organisation_by_key(key, where) for key in references["provinces"]]
                entry.supply("provinces", [e for e in found if e], REGISTER, where, self.report)
            if references.get("domains") is not None:
                found = []
                for slug in references["domains"]:
                    if slug in self.domain_by_slug:
                        found.append(self.domain_by_slug[slug])
                    else:
                        self.report.warn(
                            "other", f"{entry.label}: policy domain '{slug}' is unknown", where
                        )
                entry.supply("domains", found, REGISTER, where, self.report)
            if references.get("regions") is not None:
                found = []
                for slug in references["regions"]:
                    if slug in self.regions_by_slug:
                        found.append(self.regions_by_slug[slug])
                    else:
                        self.report.warn(
                            "other",
                            f"{entry.label}: region '{slug}' is unknown (import the Regioatlas "
                            "files first)",
                            where,
                        )
                entry.supply("regions", found, REGISTER, where, self.report)
            if references.get("tags") is not None:
                entry.supply("tags", references["tags"], REGISTER, where, self.report)

    def _organisation_by_key(self, key: str, where: str) -> OrgEntry | None:
        entry = self.organisations.by_cbs.get(key.upper()) or self.organisations.by_slug.get(key)
        if entry is None and key.upper() in reference.PROVINCE_NAMES:
            entry = self.organisations.province(key.upper())
        if entry is None:
            self.report.warn("other", f"organisation '{key}' is unknown", where)
        else:
            entry.touched = True
        return entry

    def apply_exchange_memberships(self, table: Table):
        self._start(table)
        for row in table.rows:
            self.tick()
            if row.problem:
                self.report.reject(table.name, table.where(row), row.problem, "memberships")
                continue
            try:
                values = exchange.membership_values(row.values)
            except exchange.ExchangeValueError as error:
                self.report.reject(
                    table.name, table.where(row, error.column), str(error), "memberships"
                )
                continue
            problem = _invalid(
                Membership, {k: v for k, v in values.items() if k in MEMBERSHIP_FIELDS}
            )
            if problem:
                self.report.reject(table.name, table.where(row), problem, "memberships")
                continue
            entry = self.partnerships.by_slug.get(values["partnership"])
            if entry is None:
                self.report.reject(
                    table.name,
                    table.where(row, "samenwerkingsverband"),
                    f"unknown partnership '{values['partnership']}' (not in the register nor "
                    "in a samenwerkingsverbanden table of this import)",
                    "memberships",
                )
                continue
            organisation = self._exchange_organisation(values, table.where(row))
            organisation.sources.add(table.path.name)
            if entry.memberships is None:
                entry.memberships = {}
            entry.touched = True
            entry.sources.add(table.path.name)
            key = (organisation, serialise(values.get("joined")) or "")
            if key in entry.memberships:
                self.report.row(table.name, "merged")
                continue
            entry.memberships[key] = {
                name: values[name] for name in MEMBERSHIP_FIELDS if name in values
            }
            entry.membership_files.setdefault(key, set()).add(table.path.name)
            self.report.row(table.name, "applied")

    def _exchange_organisation(self, values: dict, where: str) -> OrgEntry:
        code, slug = values["organisation_cbs_code"], values["organisation_slug"]
        name, kind = values["organisation_name"], values["organisation_kind"]
        entry = (code and self.organisations.by_cbs.get(code)) or (
            slug and self.organisations.by_slug.get(slug)
        )
        if entry is None:
            for candidate in self.organisations.other.get(organisation_key(name), []):
                if candidate.kind == kind and not candidate.cbs_code:
                    entry = candidate
                    break
        if entry is None:
            entry = self.organisations.create(
                name, kind, cbs_code=code, priority=ORG_REGISTER, slug=slug
            )
            self.organisations.index(entry)
        else:
            entry.supply("name", name, ORG_REGISTER)
            entry.supply("kind", kind, ORG_REGISTER)
            if code:
                entry.supply("cbs_code", code, ORG_REGISTER)
                self.organisations.by_cbs.setdefault(code, entry)
        entry.touched = True
        return entry

    # --- OpenGR participants --------------------------------------------------------------------

    def apply_participants(self, table: Table):
        self._start(table)
        pending = []
        for row in table.rows:
            self.tick()
            if row.problem:
                self.report.reject(table.name, table.where(row), row.problem, "memberships")
                continue
            where = table.where(row)
            regeling = self._name(row.get("Gemeenschappelijke regeling"), where)
            participant = self._name(row.get("Deelnemer"), where)
            if not regeling:
                self.report.reject(
                    table.name,
                    table.where(row, "Gemeenschappelijke regeling"),
                    "no partnership name",
                    "memberships",
                )
                continue
            if not participant:
                self.report.reject(
                    table.name, table.where(row, "Deelnemer"), "no participant", "memberships"
                )
                continue
            problem = self._too_long({"name": regeling})
            if problem or len(participant) > 200:
                self.report.reject(
                    table.name, where, problem or "participant name too long", "memberships"
                )
                continue
            postcode = clean_postcode(row.get("Postcode"))
            place, repairs = repair_name(row.get("Plaats"))
            self._note_repairs(row.get("Plaats"), place, repairs, where)
            entry = self._partnership_by_name(regeling, where, OPENGR, place=place, guard=True)
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
                code, reason = self.organisations.province_code(province, where)
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
            pending.append((row, entry, participant, where))

        # Participants: names that resolve on their own first, so their provinces can help
        # to place the others ("Bergen" among Limburg municipalities is Bergen (L.)).
        resolved = {}
        for index, (_row, entry, participant, where) in enumerate(pending):
            result = self.organisations.resolve_exact(participant, where)
            if result is not None:
                resolved[index] = result
                for organisation in result[0]:
                    if organisation.kind == GEMEENTE and organisation.province_code:
                        entry.participant_provinces.add(organisation.province_code)
        for index, (row, entry, participant, where) in enumerate(pending):
            result = resolved.get(index)
            if result is None:
                context = entry.provinces | entry.participant_provinces
                result = self.organisations.resolve_in_context(participant, context, where)
            organisations, reason = result
            if not organisations:
                self.report.reject(table.name, table.where(row, "Deelnemer"), reason, "memberships")
                continue
            added = False
            for organisation in organisations:
                organisation.sources.add(table.path.name)
                key = (organisation, "")
                entry.membership_files.setdefault(key, set()).add(table.path.name)
                if key not in entry.memberships:
                    entry.memberships[key] = {"role": Role.DEELNEMER.value}
                    added = True
            self.report.row(table.name, "applied" if added else "merged")

    def _partnership_by_name(self, name, where, priority, *, place="", guard=False):
        entry, how = self.partnerships.find(name, where, create=True, place=place, guard=guard)
        self._describe(entry, name, how == "new", priority, where)
        return entry

    def _describe(self, entry, name: str, is_new: bool, priority: int, where: str):
        """What every OpenGR/DSTA row says about its partnership. The name only counts when
        it is the name the partnership is known by (a variant found by fuzzy matching or
        its CBS code does not rename it)."""
        entry.touched = True
        if is_new or partnership_key(name) in entry.primary_keys:
            present = entry.incoming.get("name")
            if present and present.priority == priority and present.value != name:
                self.report.warn(
                    "repair", f"partnership '{name}' merged into '{present.value}'", where
                )
            else:
                entry.supply("name", name, priority, where, self.report)
        abbreviation = abbreviation_from_name(name)
        if abbreviation and len(abbreviation) <= 40:
            entry.supply("abbreviation", abbreviation, priority, where, self.report)
        entry.supply("kind", PartnershipKind.WGR.value, priority, where, self.report)
        entry.supply("last_verified", reference.OPENGR_DATE, priority, where, self.report)
        entry.supply("last_verified_by", reference.OPENGR_VERIFIED_BY, priority, where, self.report)

    # --- DSTA/CBS list --------------------------------------------------------------------------

    def apply_dsta(self, table: Table):
        self._start(table)
        for row in table.rows:
            self.tick()
            if row.problem:
                self.report.reject(table.name, table.where(row), row.problem, "partnerships")
                continue
            where = table.where(row)
            name = self._name(row.get("DSTA_GR_naam"), where)
            if not name:
                self.report.reject(
                    table.name, table.where(row, "DSTA_GR_naam"), "no name", "partnerships"
                )
                continue
            problem = self._too_long({"name": name})
            if problem:
                self.report.reject(table.name, where, problem, "partnerships")
                continue
            code = clean_text(row.get("CBS_GR_code")).upper()
            if code and not GR_CODE.match(code):
                self.report.warn("other", f"CBS code '{code}' is not GRnnnn; not used", where)
                code = ""
            entry = self.partnerships.by_cbs.get(code) if code else None
            if entry is not None and table.name in entry.seen_in:
                self.report.row(table.name, "merged")
                continue
            place, repairs = repair_name(row.get("Plaats"))
            self._note_repairs(row.get("Plaats"), place, repairs, where)
            if entry is None:
                entry = self._partnership_by_name(name, where, DSTA, place=place)
                if table.name in entry.seen_in:
                    self.report.row(table.name, "merged")
                    continue
            else:
                self._describe(entry, name, False, DSTA, where)
                self.partnerships.add_name(entry, name)
            entry.touched = True
            entry.seen_in.add(table.name)
            entry.sources.add(table.path.name)
            if code:
                entry.supply("cbs_code", code, DSTA, where, self.report)
                self.partnerships.by_cbs.setdefault(code, entry)
            cbs_name = self._name(row.get("CBS_GR_naam"), where)
            if cbs_name and cbs_name != name:
                self.partnerships.add_name(entry, cbs_name)
            address = clean_text(row.get("Adres"))
            postcode = clean_postcode(row.get("Postcode"))
            entry.supply("seat_address", address[:255], DSTA, where, self.report)
            if len(postcode) <= 10:
                entry.supply("seat_postcode", postcode, DSTA, where, self.report)
            entry.supply("seat_place", place[:100], DSTA, where, self.report)
            self.report.row(table.name, "applied")

    # --- financial documents --------------------------------------------------------------------

    def apply_documents(self, table: Table):
        self._start(table)
        seen = set()
        for row in table.rows:
            self.tick()
            where = table.where(row)
            if row.problem:
                self.report.reject(table.name, where, row.problem, "documents")
                continue
            document = row.values
            resources = (
                document.get("resources") if isinstance(document.get("resources"), dict) else {}
            )
            url = clean_text(resources.get("pdf"))
            if not url.startswith(("http://", "https://")) or len(url) > 500:
                self.report.reject(
                    table.name, where, "no usable PDF link (resources.pdf)", "documents"
                )
                continue
            if url in seen:
                self.report.row(table.name, "merged")
                continue
            seen.add(url)
            title = self._name(document.get("title"), where) or url.rsplit("/", 1)[-1]
            source = self._name(document.get("source"), where)
            description = self._name(document.get("description"), where)
            entry, reason = self._document_partnership([description, source], title, where)
            if entry is None:
                self.report.reject(table.name, where, reason, "documents")
                continue
            kind, year = document_kind_and_year(title)
            entry.documents[url] = {
                "title": title[:255],
                "kind": kind,
                "year": year,
                "url": url,
                "source": (source or description)[:255],
                "published": _published(document.get("created_at")),
            }
            entry.touched = True
            entry.sources.add(table.path.name)
            self.report.row(table.name, "applied")

    def _document_partnership(self, names, title, where):
        """The partnership a document belongs to, from its description or source ("Dobbeplas
        - Provincie Zuid Holland"); from its title only when it has neither."""
        if not any(names):
            entry = self.partnerships.find_in_title(title, where)
            if entry is not None:
                return entry, ""
            return None, "no source or description, and no partnership name in the title"
        tried, provinces = [], []
        for name in dict.fromkeys(n for n in names if n):
            regeling = PROVINCE_SUFFIX.sub("", name).strip(" -")
            if not regeling:
                continue
            tried.append(regeling)
            entry = self.partnerships.find_loosely(regeling, where)
            if entry is not None:
                return entry, ""
            if name_key(regeling).startswith("provincie "):
                provinces.append(regeling)
        if not tried:
            return None, "no source or description naming the partnership"
        if provinces and len(provinces) == len(tried):
            return (
                None,
                f"'{provinces[0]}' is a province, not a partnership (the province's own document)",
            )
        return None, f"no partnership matches {' / '.join(repr(t) for t in tried)}"

    # --- helpers --------------------------------------------------------------------------------

    def _start(self, table: Table):
        self.report.add_file(table.name, table.kind.value, table.encoding, table.notes)
        if table.encoding_warning:
            self.report.warn("encoding", table.encoding_warning, table.name)

    def _name(self, value, where: str) -> str:
        name, repairs = repair_name(value)
        self._note_repairs(value, name, repairs, where)
        return name

    def _note_repairs(self, raw, repaired, repairs, where):
        if repairs and repaired:
            self.report.warn(
                "repair", f"{str(raw)!r} -> {repaired!r} ({', '.join(repairs)})", where
            )

    def _too_long(self, values: dict) -> str:
        for name, value in values.items():
            limit = FIELD_LIMITS.get(name)
            if limit and isinstance(value, str) and len(value) > limit:
                return f"{name} is longer than {limit} characters"
        return ""

    def finish_sources(self):
        """Per partnership touched by OpenGR/DSTA: its provinces, domains, province role and
        source, now that all rows are in."""
        own = reference.own_province_code()
        for entry in self.partnerships.entries:
            if not entry.touched:
                continue
            for name, others in entry.disagreements.items():
                self._report_disagreement(entry, name, others)
            if entry.provinces:
                provinces = [self.organisations.province(code) for code in sorted(entry.provinces)]
                entry.supply("provinces", provinces, OPENGR, "", self.report)
            if not entry.exchange:
                if "name" in entry.incoming or entry.is_new:
                    entry.supply("domains", self.match_domains(entry.name), OPENGR, "", self.report)
                sources = set(filter(None, (entry.partnership.import_source or "").split(", ")))
                entry.supply(
                    "import_source",
                    ", ".join(sorted(sources | entry.sources))[:255],
                    OPENGR,
                    "",
                    self.report,
                )
            if entry.memberships and any(
                organisation.cbs_code == own for organisation, _joined in entry.memberships
            ):
                entry.supply("province_role", ProvinceRole.DEELNEMER.value, OPENGR, "", self.report)

    def _report_disagreement(self, entry, name, others):
        kept = entry.incoming[name]
        values = [v for v in dict.fromkeys(value for value, _where in others) if v != kept.value]
        if not values:
            return
        shown = ", ".join(repr(str(v)) for v in values[:5])
        more = f" and {len(values) - 5} more" if len(values) > 5 else ""
        message = (
            f"{entry.label}: the sources disagree on {name}; kept '{kept.value}' "
            f"({kept.where}), not {shown}{more}"
        )
        numbers = sorted({int(str(v)[:4]) for v in [kept.value, *values] if str(v)[:4].isdigit()})
        if (
            name == "seat_postcode"
            and len(numbers) > 2
            and numbers[-1] - numbers[0] == len(numbers) - 1
        ):
            message += " — the postcodes count up row by row: a fill-down error in the source"
        self.report.warn("other", message, others[0][1])

    def match_domains(self, name: str) -> list:
        """Policy domains whose keywords occur in the name (case- and accent-insensitive).

        Dutch joins words, so a keyword of five letters or more also matches as the start
        of a word ("afval" in "Afvalschap", "veiligheid" in "Veiligheidsregio"); shorter
        ones ("ov", "ict", "rav") only as whole words.
        """
        tokens = words(name)
        found = []
        for domain, keywords in self.domain_keywords:
            if any(_keyword_in(keyword, tokens) for keyword in keywords):
                found.append(domain)
        return found


def _keyword_in(keyword: list, tokens: list) -> bool:
    size = len(keyword)
    if not size:
        return False
    *head, last = keyword
    for i in range(len(tokens) - size + 1):
        if tokens[i : i + size - 1] != head:
            continue
        token = tokens[i + size - 1]
        if token == last or (len(last) >= 5 and token.startswith(last)):
            return True
    return False


def _invalid(model, values: dict) -> str:
    """The model's own validation of the given fields (choices, lengths, URLs, and its
    clean(): date order, GR code format, cost share range): "" or what is wrong."""
    instance = model(**values)
    exclude = [f.name for f in model._meta.concrete_fields if f.name not in values]
    try:
        instance.clean_fields(exclude=exclude)
        instance.clean()
    except ValidationError as error:
        return "; ".join(
            f"{name}: {' '.join(str(m) for m in messages)}"
            for name, messages in error.message_dict.items()
        )
    return ""


def _published(value):
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(str(value)).date()
    except (TypeError, ValueError):
        try:
            from django.utils.dateparse import parse_datetime

            parsed = parse_datetime(str(value))
            return parsed.date() if parsed else None
        except ValueError:
            return None


def document_kind_and_year(title: str) -> tuple[str, int | None]:
    """The kind from the first kind word in the title; the year nearest to that word."""
    text = name_key(title)
    kind, position, end = DocumentKind.OVERIG.value, None, None
    for candidate, pattern in DOCUMENT_KINDS:
        match = pattern.search(text)
        if match and (position is None or match.start() < position):
            kind, position, end = candidate.value, match.start(), match.end()
    years = [(m.start(), m.end(), int(m.group(1))) for m in YEAR.finditer(text)]
    if not years:
        return kind, None
    if position is None:
        return kind, years[0][2]

    def distance(item):
        start, stop, _year = item
        return (position - stop, 1) if stop <= position else (start - end, 0)

    return kind, min(years, key=distance)[2]
