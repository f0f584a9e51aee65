"""Writing the import: what the loader gathered in memory goes to the database in bulk,
object by object through the provenance rules (an editor's change is kept), and every
changed partnership gets one published revision.

Order matters: organisations first (everything refers to them), then regions, then
partnerships with their participants, documents and tags, then the links from regions to
the partnerships that are them, then the revisions.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.utils.text import slugify

from taggit.models import Tag

from registers.choices import Role
from registers.importer import reference
from registers.importer.cleaning import unique_slug
from registers.importer.organisations import GEMEENTE, ORGANISATION_FIELDS, OrgEntry
from registers.importer.partnerships import OPENGR, PartnershipEntry
from registers.importer.provenance import merge_fields, serialise
from registers.importer.publishing import publish_revisions
from registers.models import (
    Membership,
    Organisation,
    Partnership,
    PartnershipDocument,
    PartnershipTag,
    Region,
    RegionalDivision,
)

BATCH = 500

SCALAR_FIELDS = [
    "name",
    "abbreviation",
    "citation_title",
    "kind",
    "wgr_form",
    "powers_obtained",
    "executing_body",
    "entry_into_force",
    "legal_basis",
    "legal_basis_url",
    "phase",
    "status",
    "status_start",
    "status_end",
    "seat_address",
    "seat_postcode",
    "seat_place",
    "province_role",
    "account_holder",
    "official_contact",
    "description",
    "tooi_uri",
    "national_register_id",
    "cbs_code",
    "last_verified",
    "last_verified_by",
    "import_source",
]
DATE_FIELDS = {"entry_into_force", "status_start", "status_end", "last_verified"}
REFERENCE_FIELDS = ["bronhouder", "part_of", "succeeded_by"]
LIST_FIELDS = ["provinces", "domains", "regions", "tags"]
MEMBERSHIP_FIELDS = [
    "role",
    "joined",
    "left",
    "cost_share",
    "governing_bodies",
    "seats",
    "annual_contribution",
]
# What a field holds before anyone set it: the importer may fill it.
PARTNERSHIP_DEFAULTS = {
    name: Partnership._meta.get_field(name).get_default()
    for name in ("kind", "phase", "status", "province_role")
}
FIELD_LIMITS = {
    name: Partnership._meta.get_field(name).max_length
    for name in SCALAR_FIELDS
    if getattr(Partnership._meta.get_field(name), "max_length", None)
}


@dataclass(eq=False)
class DivisionEntry:
    division: RegionalDivision
    is_new: bool = False
    regions: dict = field(default_factory=dict)  # name key -> RegionEntry
    touched: bool = False


@dataclass(eq=False)
class RegionEntry:
    region: Region
    division: DivisionEntry
    is_new: bool = False
    municipalities: set | None = None  # OrgEntry, when a file lists them
    population: Counter = field(default_factory=Counter)
    current: set = field(default_factory=set)  # organisation ids in the register
    touched: bool = False
    changed: bool = False
    add: set = field(default_factory=set)  # organisation ids to link


@dataclass(eq=False)
class Plan:
    entry: PartnershipEntry
    fields: set = field(default_factory=set)
    references: dict = field(default_factory=dict)  # part_of/succeeded_by -> Partnership
    org_references: dict = field(default_factory=dict)  # bronhouder -> OrgEntry
    lists: dict = field(default_factory=dict)  # provinces/domains/regions/tags -> items
    membership_creates: list = field(default_factory=list)
    membership_updates: list = field(default_factory=list)
    membership_deletes: list = field(default_factory=list)
    membership_baseline: dict = field(default_factory=dict)
    membership_changes: bool = False
    new_documents: list = field(default_factory=list)
    changed: bool = False
    provenance: bool = False


class RegisterWriter:
    """The write phase of Importer (registers/importer/loader.py)."""

    # --- writing --------------------------------------------------------------------------------

    def write(self):
        self.write_organisations()
        self.tick()
        self.write_regions()
        self.tick()
        self.write_partnerships()
        self.tick()
        self.link_regions()
        self.tick()
        self.publish()
        self.tick()

    def write_organisations(self):
        book = self.organisations
        created, updated = [], []
        for entry in book.entries:
            if not (entry.touched or entry.is_new):
                continue
            organisation = entry.organisation
            sources = entry.sources
            if entry.is_new:
                if entry.name_votes:
                    name = entry.name_votes.most_common(1)[0][0]
                    entry.incoming["name"] = (name, entry.incoming["name"][1])
                incoming = {f: value for f, (value, _p) in entry.incoming.items()}
                for name, value in incoming.items():
                    if name != "province":
                        setattr(
                            organisation, name, value or (None if name == "cbs_code" else value)
                        )
                organisation.imported_values = {f: serialise(v) for f, v in incoming.items()}
                organisation.imported_at = self.now
                organisation.import_source = ", ".join(sorted(sources))[:255]
                created.append(entry)
                continue
            current = {
                "name": organisation.name,
                "kind": organisation.kind,
                "cbs_code": organisation.cbs_code or "",
                "province": entry.current_province_code,
                "active_from": serialise(organisation.active_from),
                "active_until": serialise(organisation.active_until),
            }
            incoming = {
                f: serialise(value or "") if f in ("cbs_code", "province") else serialise(value)
                for f, (value, _p) in entry.incoming.items()
            }
            last = organisation.imported_values or {}
            apply, new_last = merge_fields(
                f"organisation '{organisation.name}'", current, last, incoming, {}, self.report
            )
            changed_fields = set()
            for name in apply:
                value = entry.incoming[name][0]
                if name == "province":
                    entry.new_province = value or ""
                    changed_fields.add("province")
                elif name == "cbs_code":
                    organisation.cbs_code = value or None
                    changed_fields.add(name)
                else:
                    setattr(organisation, name, value)
                    changed_fields.add(name)
            source = ", ".join(
                sorted(set(filter(None, organisation.import_source.split(", "))) | sources)
            )[:255]
            provenance_changed = new_last != last or source != organisation.import_source
            if changed_fields or provenance_changed:
                organisation.imported_values = new_last
                organisation.import_source = source
                organisation.imported_at = self.now
                updated.append((entry, changed_fields))
            entry.changed = bool(changed_fields)
        Organisation.objects.bulk_create([e.organisation for e in created], batch_size=BATCH)
        for entry in created:
            book.by_pk[entry.organisation.pk] = entry
        # Provinces refer to organisations that may only now exist.
        with_province = []
        for entry in created:
            province = entry.incoming.get("province")
            if province and province[0] in book.by_cbs:
                entry.organisation.province_id = book.by_cbs[province[0]].organisation.pk
                with_province.append(entry.organisation)
        for entry, changed_fields in updated:
            if "province" in changed_fields:
                target = book.by_cbs.get(entry.new_province) if entry.new_province else None
                entry.organisation.province_id = target.organisation.pk if target else None
        if with_province:
            Organisation.objects.bulk_update(with_province, ["province"], batch_size=BATCH)
        if updated:
            Organisation.objects.bulk_update(
                [entry.organisation for entry, _f in updated],
                [*ORGANISATION_FIELDS, "imported_values", "imported_at", "import_source"],
                batch_size=BATCH,
            )
        # Successors (merged municipalities): added, never removed.
        through = Organisation.successors.through
        links, linked = [], set()
        for entry in book.entries:
            for successor in entry.successors:
                pair = (entry.organisation.pk, successor.organisation.pk)
                if pair[1] in book.current_successors.get(pair[0], set()) or pair in linked:
                    continue
                linked.add(pair)
                links.append(through(from_organisation_id=pair[0], to_organisation_id=pair[1]))
                if not entry.is_new:
                    entry.changed = True
        through.objects.bulk_create(links, batch_size=BATCH)
        for entry in book.entries:
            if entry.is_new:
                self.report.count("organisations", "created")
                self.index_later[Organisation].add(entry.organisation.pk)
            elif entry.touched:
                outcome = "updated" if getattr(entry, "changed", False) else "unchanged"
                self.report.count("organisations", outcome)
                if outcome == "updated":
                    self.index_later[Organisation].add(entry.organisation.pk)

    def write_regions(self):
        divisions = [e for e in self.divisions.values() if e.is_new]
        RegionalDivision.objects.bulk_create([e.division for e in divisions], batch_size=BATCH)
        for entry in self.divisions.values():
            if entry.is_new:
                self.report.count("divisions", "created")
            elif entry.touched:
                self.report.count("divisions", "unchanged")
        new_regions, changed_regions = [], []
        through = Region.municipalities.through
        add, remove = [], []
        for division in self.divisions.values():
            for entry in division.regions.values():
                if not entry.touched:
                    continue
                region = entry.region
                region.division = division.division
                population = entry.population.most_common(1)[0][0] if entry.population else None
                wanted = {organisation.organisation.pk for organisation in entry.municipalities}
                if entry.is_new:
                    region.population = population
                    new_regions.append(entry)
                    entry.add = wanted
                    continue
                if population is not None and region.population != population:
                    region.population = population
                    changed_regions.append(region)
                    entry.changed = True
                entry.add = wanted - entry.current
                gone = entry.current - wanted
                if gone:
                    remove.append((region.pk, gone))
                entry.changed = entry.changed or bool(entry.add or gone)
        Region.objects.bulk_create([e.region for e in new_regions], batch_size=BATCH)
        if changed_regions:
            Region.objects.bulk_update(changed_regions, ["population"], batch_size=BATCH)
        for division in self.divisions.values():
            for entry in division.regions.values():
                if entry.touched:
                    for organisation_id in entry.add:
                        add.append(
                            through(region_id=entry.region.pk, organisation_id=organisation_id)
                        )
                    entry.current = {o.organisation.pk for o in entry.municipalities}
        for region_id, gone in remove:
            through.objects.filter(region_id=region_id, organisation_id__in=gone).delete()
        through.objects.bulk_create(add, batch_size=BATCH)

    # --- partnerships ---------------------------------------------------------------------------

    def write_partnerships(self):
        book = self.partnerships
        self._region_index()
        plans = []
        for entry in book.entries:
            recompute = self.recompute_regions and self._regions_are_computed(entry)
            if entry.touched or (not entry.is_new and recompute):
                plan = self._plan(entry)
                if plan is not None:
                    plans.append(plan)
        new = [plan for plan in plans if plan.entry.is_new]
        Partnership.objects.bulk_create([plan.entry.partnership for plan in new], batch_size=BATCH)
        for plan in new:
            book.by_pk[plan.entry.partnership.pk] = plan.entry
        # References to other partnerships can only be set once all of them exist.
        fk_fields = set()
        for plan in plans:
            for name, target in plan.references.items():
                setattr(plan.entry.partnership, f"{name}_id", target.pk if target else None)
                fk_fields.add(name)
        updated = [
            plan.entry.partnership for plan in plans if not plan.entry.is_new and plan.fields
        ]
        update_fields = {name for plan in plans if not plan.entry.is_new for name in plan.fields}
        provenance_only = [
            plan.entry.partnership for plan in plans if not plan.entry.is_new and plan.provenance
        ]
        if updated or provenance_only:
            Partnership.objects.bulk_update(
                list({id(p): p for p in updated + provenance_only}.values()),
                sorted(update_fields | {"imported_values", "imported_at", "import_source"}),
                batch_size=BATCH,
            )
        if fk_fields:
            Partnership.objects.bulk_update(
                [plan.entry.partnership for plan in plans if plan.references],
                sorted(fk_fields),
                batch_size=BATCH,
            )
        self._write_relations(plans)
        for plan in plans:
            if plan.entry.is_new:
                self.report.count("partnerships", "created")
            elif plan.changed:
                self.report.count("partnerships", "updated")
            else:
                self.report.count("partnerships", "unchanged")
            if plan.changed:
                self.changed_partnerships.append((plan.entry.partnership, plan.entry.is_new))

    def _regions_are_computed(self, entry) -> bool:
        """Regions are the importer's to compute for partnerships whose participants come
        from OpenGR (now or before); the register's own tables name them instead."""
        if entry.exchange:
            return False
        return entry.from_participants or bool(
            (entry.partnership.imported_values or {}).get("_regions_computed")
        )

    def _plan(self, entry: PartnershipEntry):
        partnership = entry.partnership
        label = entry.label
        if not entry.is_new:
            reason = self._busy(partnership)
            if reason:
                self.report.conflict(f"{label}: {reason}; the import left it alone")
                self.report.count("partnerships", "unchanged")
                return None
        plan = Plan(entry=entry)
        last = dict(partnership.imported_values or {})
        memberships = self._merge_memberships(entry, last, plan)
        computed = False
        if self._regions_are_computed(entry):
            regions = self._computed_regions(memberships)
            if regions is not None:
                entry.supply("regions", regions, OPENGR, "", self.report)
                computed = True
        incoming_raw = {name: supplied.value for name, supplied in entry.incoming.items()}
        incoming = {
            name: self._serialise_field(name, value) for name, value in incoming_raw.items()
        }
        if entry.is_new:
            apply, new_last = dict(incoming), dict(last)
            new_last.update(incoming)
        else:
            current = {name: self._current_field(partnership, name) for name in incoming}
            apply, new_last = merge_fields(
                label, current, last, incoming, PARTNERSHIP_DEFAULTS, self.report
            )
        new_last["_names"] = sorted(
            set(last.get("_names", [])) | {n for n in entry.names if n != partnership.name}
        )[:50]
        if memberships is not None:
            new_last["_memberships"] = plan.membership_baseline
        if entry.documents:
            new_last["_documents"] = sorted(set(last.get("_documents", [])) | set(entry.documents))
        if entry.places:
            new_last["_places"] = sorted(entry.places)
        if computed:
            new_last["_regions_computed"] = True
        for name in apply:
            value = incoming_raw[name]
            if name in SCALAR_FIELDS:
                if value is None and name not in DATE_FIELDS:
                    value = ""
                setattr(partnership, name, value)
                plan.fields.add(name)
            elif name in REFERENCE_FIELDS:
                target = value
                if isinstance(target, OrgEntry):
                    plan.org_references[name] = target
                else:
                    plan.references[name] = target.partnership if target else None
            else:
                plan.lists[name] = value
        self._plan_documents(entry, last, plan)
        if entry.is_new:
            partnership.live = True
            partnership.has_unpublished_changes = False
            partnership.imported_values = new_last
            partnership.imported_at = self.now
            plan.changed = True
            for name, target in plan.org_references.items():
                setattr(partnership, f"{name}_id", target.organisation.pk if target else None)
        else:
            for name, target in plan.org_references.items():
                setattr(partnership, f"{name}_id", target.organisation.pk if target else None)
                plan.fields.add(name)
            plan.changed = bool(
                plan.fields
                or plan.references
                or plan.lists
                or plan.membership_changes
                or plan.new_documents
            )
            if new_last != last or plan.changed:
                partnership.imported_values = new_last
                partnership.imported_at = self.now
                plan.provenance = True
        return plan

    def _busy(self, partnership) -> str:
        if not partnership.live:
            return "it is not published (a draft or unpublished by an editor)"
        if partnership.has_unpublished_changes:
            return "it has changes that are not published (a draft or an unpublished entry)"
        if partnership.locked:
            return "it is locked"
        if partnership.pk in self.partnerships.in_moderation:
            return "it is in moderation"
        return ""

    def _serialise_field(self, name, value):
        if name in ("provinces", "bronhouder"):
            items = value if isinstance(value, list) else [value]
            keys = [_org_key(item) for item in items if item is not None]
            return sorted(keys) if name == "provinces" else (keys[0] if keys else "")
        if name in ("part_of", "succeeded_by"):
            return value.partnership.slug if value else ""
        if name == "domains":
            return sorted(domain.slug for domain in value or [])
        if name == "regions":
            return sorted(region.region.slug for region in value or [])
        if name == "tags":
            return sorted(value or [])
        if value is None and name not in DATE_FIELDS:
            return ""
        return serialise(value)

    def _current_field(self, partnership, name):
        book, pk = self.partnerships, partnership.pk
        if name == "provinces":
            return sorted(
                _org_key(self.organisations.by_pk[i])
                for i in book.current_provinces.get(pk, ())
                if i in self.organisations.by_pk
            )
        if name == "domains":
            slugs = {d.pk: d.slug for d in self.domains}
            return sorted(slugs[i] for i in book.current_domains.get(pk, ()) if i in slugs)
        if name == "regions":
            return sorted(
                self.region_slug_by_pk[i]
                for i in book.current_regions.get(pk, ())
                if i in self.region_slug_by_pk
            )
        if name == "tags":
            return sorted(book.current_tags.get(pk, ()))
        if name == "bronhouder":
            target = self.organisations.by_pk.get(partnership.bronhouder_id)
            return _org_key(target) if target else ""
        if name in ("part_of", "succeeded_by"):
            target = book.by_pk.get(getattr(partnership, f"{name}_id"))
            return target.partnership.slug if target else ""
        return serialise(getattr(partnership, name))

    # --- memberships: a three-way merge per organisation ----------------------------------------

    def _merge_memberships(self, entry, last, plan):
        """Compare what was imported last time, what the register holds now and what the
        files say: additions and removals by editors survive; the source's own additions
        and removals are applied. Returns the memberships after the merge (or None when the
        files said nothing about them)."""
        partnership = entry.partnership
        current_list = (
            [] if entry.is_new else self.partnerships.current_memberships.get(partnership.pk, [])
        )
        if entry.memberships is None:
            return current_list
        current = {}
        for membership in current_list:
            current.setdefault(
                _membership_key(membership.organisation_id, membership.joined), membership
            )
        previous = (
            last.get("_memberships", {}) if isinstance(last.get("_memberships"), dict) else {}
        )
        incoming = {}
        files = {}
        for (organisation, joined), values in entry.memberships.items():
            key = _membership_key(organisation.organisation.pk, joined)
            incoming[key] = (organisation, values)
            files[key] = ", ".join(sorted(entry.membership_files.get((organisation, joined), ())))
        baseline, result = {}, []
        label = entry.label
        order = max((m.sort_order or 0 for m in current_list), default=-1) + 1
        for key, (organisation, values) in incoming.items():
            serialised = {name: serialise(value) for name, value in values.items()}
            baseline[key] = serialised
            membership = current.get(key)
            if membership is not None:
                now = {name: serialise(getattr(membership, name)) for name in values}
                apply, _new = merge_fields(
                    f"{label}, participant {organisation.name}",
                    now,
                    previous.get(key, {}),
                    serialised,
                    {"role": Role.DEELNEMER.value},
                    self.report,
                )
                for name in apply:
                    setattr(membership, name, values[name])
                if apply:
                    plan.membership_updates.append((membership, set(apply)))
                    self.report.count("memberships", "updated")
                else:
                    self.report.count("memberships", "unchanged")
                result.append(membership)
            elif key in previous:
                self.report.editor_changes_kept += 1
                self.report.count("memberships", "unchanged")
                if previous[key] != serialised:
                    self.report.conflict(
                        f"{label}: participant {organisation.name} was removed by an editor; "
                        "the source changed it, it stays removed"
                    )
            else:
                membership = Membership(
                    organisation_id=organisation.organisation.pk,
                    import_source=files[key][:255],
                    sort_order=order,
                )
                order += 1
                for name, value in values.items():
                    setattr(membership, name, value)
                membership.role = membership.role or Role.DEELNEMER.value
                plan.membership_creates.append(membership)
                self.report.count("memberships", "created")
                result.append(membership)
        for key, values in previous.items():
            if key in incoming:
                continue
            membership = current.get(key)
            if membership is None:
                continue
            now = {name: serialise(getattr(membership, name)) for name in values}
            if now == values:
                plan.membership_deletes.append(membership.pk)
                self.report.count("memberships", "deleted")
            else:
                self.report.editor_changes_kept += 1
                organisation = self.organisations.by_pk.get(membership.organisation_id)
                self.report.conflict(
                    f"{label}: the source no longer lists participant "
                    f"{organisation.name if organisation else '?'}, but an editor changed it; "
                    "it stays"
                )
                result.append(membership)
        kept = [
            m for m in current_list if m.pk not in set(plan.membership_deletes) and m not in result
        ]
        result.extend(kept)  # added by editors: untouched
        plan.membership_baseline = baseline
        plan.membership_changes = bool(
            plan.membership_creates or plan.membership_updates or plan.membership_deletes
        )
        return result

    # --- regions of a partnership ---------------------------------------------------------------

    def _region_index(self):
        """organisation id -> division id -> region entries, for the divisions that give
        partnerships their regions."""
        self.region_slug_by_pk = {}
        self.region_divisions = []
        self.regions_of = defaultdict(lambda: defaultdict(set))
        for division in self.divisions.values():
            uses = reference.division_prefix(
                division.division.name, reference.PARTNERSHIP_REGION_DIVISIONS
            )
            for entry in division.regions.values():
                if entry.region.pk:
                    self.region_slug_by_pk[entry.region.pk] = entry.region.slug
                if not uses:
                    continue
                for organisation_id in entry.current:
                    self.regions_of[organisation_id][id(division)].add(entry)
            if uses:
                self.region_divisions.append(division)

    def _computed_regions(self, memberships):
        """Regions of the veiligheidsregio/GGD/omgevingsdienst/arbeidsmarkt/COROP divisions
        in which all current municipal participants lie. A municipality that has merged
        away and lies in no region of a division does not count for it."""
        if memberships is None or not self.region_divisions:
            return None
        municipalities = []
        for membership in memberships:
            entry = self.organisations.by_pk.get(membership.organisation_id)
            if membership.left is None and entry is not None and entry.kind == GEMEENTE:
                municipalities.append(entry)
        regions = []
        for division in self.region_divisions:
            sets = []
            for entry in municipalities:
                located = self.regions_of[entry.organisation.pk].get(id(division))
                if located:
                    sets.append(located)
                elif not entry.organisation.active_until and "active_until" not in entry.incoming:
                    sets = []
                    break
            if sets:
                regions.extend(set.intersection(*sets))
        return sorted(regions, key=lambda e: e.region.slug)

    # --- documents ------------------------------------------------------------------------------

    def _plan_documents(self, entry, last, plan):
        if not entry.documents:
            return
        pk = entry.partnership.pk
        current = {} if entry.is_new else self.partnerships.current_documents.get(pk, {})
        previous = set(last.get("_documents", []))
        order = 0 if entry.is_new else self.partnerships.document_order.get(pk, 0)
        for url, values in entry.documents.items():
            if url in current:
                self.report.count("documents", "unchanged")
            elif url in previous:
                self.report.editor_changes_kept += 1  # removed by an editor: stays removed
                self.report.count("documents", "unchanged")
            else:
                plan.new_documents.append(PartnershipDocument(sort_order=order, **values))
                order += 1
                self.report.count("documents", "created")

    # --- relations ------------------------------------------------------------------------------

    def _write_relations(self, plans):
        book = self.partnerships
        m2m = {
            "provinces": (Partnership._meta.get_field("provinces"), book.current_provinces),
            "domains": (Partnership._meta.get_field("domains"), book.current_domains),
            "regions": (Partnership._meta.get_field("regions"), book.current_regions),
        }
        for name, (field_, current) in m2m.items():
            through = field_.remote_field.through
            source, target = field_.m2m_field_name(), field_.m2m_reverse_field_name()
            add, remove = [], []
            for plan in plans:
                if name not in plan.lists:
                    continue
                pk = plan.entry.partnership.pk
                wanted = {_pk(item) for item in plan.lists[name] or []}
                have = set() if plan.entry.is_new else current.get(pk, set())
                add += [
                    through(**{f"{source}_id": pk, f"{target}_id": other})
                    for other in wanted - have
                ]
                if have - wanted:
                    remove.append((pk, have - wanted))
            for pk, gone in remove:
                through.objects.filter(**{f"{source}_id": pk, f"{target}_id__in": gone}).delete()
            through.objects.bulk_create(add, batch_size=BATCH)
        # Tags (only the register's own tables carry them).
        tag_names = {name for plan in plans for name in plan.lists.get("tags") or []}
        tags = {tag.name: tag for tag in Tag.objects.filter(name__in=tag_names)}
        for name in sorted(tag_names - set(tags)):
            tags[name] = Tag.objects.create(name=name, slug=_unique_tag_slug(name))
        new_tags = []
        for plan in plans:
            if "tags" not in plan.lists:
                continue
            pk = plan.entry.partnership.pk
            wanted = set(plan.lists["tags"] or [])
            have = set() if plan.entry.is_new else book.current_tags.get(pk, set())
            new_tags += [PartnershipTag(content_object_id=pk, tag=tags[n]) for n in wanted - have]
            if have - wanted:
                PartnershipTag.objects.filter(
                    content_object_id=pk, tag__name__in=have - wanted
                ).delete()
        PartnershipTag.objects.bulk_create(new_tags, batch_size=BATCH)
        # Memberships and documents.
        # Children get their parent's id only now: new partnerships have just been saved.
        creates = []
        for plan in plans:
            for membership in plan.membership_creates:
                membership.partnership_id = plan.entry.partnership.pk
                creates.append(membership)
        Membership.objects.bulk_create(creates, batch_size=BATCH)
        updates = [(m, f) for plan in plans for m, f in plan.membership_updates]
        if updates:
            Membership.objects.bulk_update(
                [m for m, _f in updates],
                sorted({f for _m, fs in updates for f in fs}),
                batch_size=BATCH,
            )
        deletes = [pk for plan in plans for pk in plan.membership_deletes]
        if deletes:
            Membership.objects.filter(pk__in=deletes).delete()
        documents = []
        for plan in plans:
            for document in plan.new_documents:
                document.partnership_id = plan.entry.partnership.pk
                documents.append(document)
        PartnershipDocument.objects.bulk_create(documents, batch_size=BATCH)

    # --- regions that are partnerships ----------------------------------------------------------

    def link_regions(self):
        """Each region of a collaboration division (veiligheidsregio's, GGD's, …) is linked to
        the partnership that is it, found by name. An editor's link is left alone."""
        updated = []
        for division in self.divisions.values():
            type_word = reference.collaboration_type_word(division.division.name)
            if type_word is None or not division.division.is_collaboration:
                continue
            for entry in division.regions.values():
                region = entry.region
                if region.partnership_id:
                    continue
                where = f"region '{region.name}' ({division.division.name})"
                found = self.partnerships.find_loosely(region.name, where, type_word=type_word)
                if found is not None and found.partnership.pk:
                    region.partnership_id = found.partnership.pk
                    updated.append(region)
                    entry.changed = True
        if updated:
            Region.objects.bulk_update(updated, ["partnership"], batch_size=BATCH)
        for division in self.divisions.values():
            for entry in division.regions.values():
                if entry.is_new:
                    self.report.count("regions", "created")
                elif entry.touched or entry.changed:
                    self.report.count("regions", "updated" if entry.changed else "unchanged")
                if entry.is_new or entry.changed:
                    self.index_later[Region].add(entry.region.pk)

    # --- publishing: one revision per changed partnership ---------------------------------------

    def publish(self):
        publish_revisions(self.changed_partnerships, self.now)
        for partnership, _is_new in self.changed_partnerships:
            self.index_later[Partnership].add(partnership.pk)


def _org_key(entry) -> str:
    organisation = entry.organisation
    return organisation.cbs_code or (entry.cbs_code or organisation.slug)


def _pk(item):
    if isinstance(item, OrgEntry):
        return item.organisation.pk
    if isinstance(item, RegionEntry):
        return item.region.pk
    return item.pk


def _membership_key(organisation_id, joined) -> str:
    joined = serialise(joined) if joined else ""
    return f"{organisation_id}@{joined}" if joined else str(organisation_id)


def _unique_tag_slug(name: str) -> str:
    base = slugify(name)[:100] or "tag"
    taken = set(Tag.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    return unique_slug(base, taken, 100)
