"""Writing partnerships: per partnership a plan (which fields change, through the provenance
rules; its participants, documents, provinces, domains, regions and tags), then everything
in bulk. A partnership an editor is working on (a draft, locked, in moderation) is left
alone."""

from dataclasses import dataclass, field

from django.utils.text import slugify

from taggit.models import Tag

from registers.importer.cleaning import unique_slug
from registers.importer.fields import (
    DATE_FIELDS,
    PARTNERSHIP_DEFAULTS,
    REFERENCE_FIELDS,
    SCALAR_FIELDS,
)
from registers.importer.organisations import OrgEntry
from registers.importer.partnerships import OPENGR, PartnershipEntry
from registers.importer.precedence import SOURCE_NAMES, is_blank, resolve
from registers.importer.provenance import merge_fields, serialise
from registers.importer.regions import RegionEntry
from registers.importer.writers.documents import DocumentWriter
from registers.importer.writers.memberships import MembershipWriter
from registers.importer.writers.regions import PartnershipRegions
from registers.models import Partnership, PartnershipTag

BATCH = 500


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


class PartnershipWriter:
    def __init__(self, books, *, now, recompute_regions: bool):
        self.books = books
        self.book = books.partnerships
        self.report = books.report
        self.now = now
        self.recompute_regions = recompute_regions
        self.memberships = MembershipWriter(books)
        self.documents = DocumentWriter(books)
        self.changed: list[tuple[Partnership, bool]] = []  # (partnership, is_new)
        self.sources: dict[int, str] = {}  # pk -> the files that spoke of it, for its revision

    def write(self):
        book = self.book
        self.regions = PartnershipRegions(self.books)
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
        self.memberships.write(plans)
        self.documents.write(plans)
        for plan in plans:
            if plan.entry.is_new:
                self.report.count("partnerships", "created")
            elif plan.changed:
                self.report.count("partnerships", "updated")
            else:
                self.report.count("partnerships", "unchanged")
            if plan.changed:
                self.changed.append((plan.entry.partnership, plan.entry.is_new))
                self.sources[plan.entry.partnership.pk] = ", ".join(sorted(plan.entry.sources))[
                    :255
                ]

    def _regions_are_computed(self, entry) -> bool:
        """Regions are the importer's to compute for partnerships whose participants come
        from OpenGR (now or before); the register's own tables name them instead."""
        if entry.exchange:
            return False
        return entry.from_participants or bool(
            (entry.partnership.imported_values or {}).get("_regions_computed")
        )

    # --- one partnership ------------------------------------------------------------------------

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
        memberships = self.memberships.merge(entry, last, plan)
        computed = False
        if self._regions_are_computed(entry):
            regions = self.regions.computed(memberships)
            if regions is not None:
                entry.supply("regions", regions, OPENGR, "", self.report)
                computed = True
        incoming_raw, incoming, sources = self._by_precedence(entry, last)
        if entry.is_new:
            apply, new_last = dict(incoming), dict(last)
            new_last.update(incoming)
        else:
            current = {name: self._current_field(partnership, name) for name in incoming}
            apply, new_last = merge_fields(
                label, current, last, incoming, PARTNERSHIP_DEFAULTS, self.report
            )
        new_last["_sources"] = sources
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
            self._apply(plan, name, incoming_raw[name])
        self.documents.plan(entry, last, plan)
        for name, target in plan.org_references.items():
            setattr(partnership, f"{name}_id", target.organisation.pk if target else None)
        if entry.is_new:
            partnership.live = True
            partnership.has_unpublished_changes = False
            partnership.imported_values = new_last
            partnership.imported_at = self.now
            plan.changed = True
            return plan
        plan.fields.update(plan.org_references)
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

    def _by_precedence(self, entry, last):
        """(raw values, serialised values, what each source gave) for the fields this import
        speaks of: per field the value of the source ranked highest among all sources known
        so far (this import's and the earlier imports' ones, precedence.py)."""
        stored = last.get("_sources") if isinstance(last.get("_sources"), dict) else {}
        sources = {name: dict(values) for name, values in stored.items()}
        raw, serialised = {}, {}
        for name, supplied in entry.incoming.items():
            given = entry.by_source.get(name, {supplied.priority: supplied.value})
            now = {
                SOURCE_NAMES[source]: self._serialise_field(name, value)
                for source, value in given.items()
                if not is_blank(self._serialise_field(name, value))
            }
            sources[name] = {**sources.get(name, {}), **now}
            value, source = resolve(name, sources[name])
            if value is None:
                raw[name] = supplied.value
                serialised[name] = self._serialise_field(name, supplied.value)
            elif source in given and self._serialise_field(name, given[source]) == value:
                raw[name], serialised[name] = given[source], value
            else:
                raw[name], serialised[name] = self._deserialise_field(name, value), value
        return raw, serialised, sources

    def _deserialise_field(self, name, value):
        """A value as imported_values holds it -> what the sources supply (for a value an
        earlier import brought and this one does not)."""
        books = self.books
        organisations = books.organisations
        if name == "provinces":
            found = [
                organisations.by_cbs.get(key) or organisations.by_slug.get(key) for key in value
            ]
            return [item for item in found if item is not None]
        if name == "bronhouder":
            return organisations.by_cbs.get(value) or organisations.by_slug.get(value)
        if name in ("part_of", "succeeded_by"):
            return self.book.by_slug.get(value) if value else None
        if name == "domains":
            return [books.domains.by_slug[slug] for slug in value if slug in books.domains.by_slug]
        if name == "regions":
            return [books.regions.by_slug[slug] for slug in value if slug in books.regions.by_slug]
        if name == "tags" or isinstance(value, list):
            return list(value)
        return Partnership._meta.get_field(name).to_python(value)

    def _apply(self, plan, name, value):
        if name in SCALAR_FIELDS:
            if value is None and name not in DATE_FIELDS:
                value = ""
            setattr(plan.entry.partnership, name, value)
            plan.fields.add(name)
        elif name in REFERENCE_FIELDS:
            if isinstance(value, OrgEntry):
                plan.org_references[name] = value
            else:
                plan.references[name] = value.partnership if value else None
        else:
            plan.lists[name] = value

    def _busy(self, partnership) -> str:
        if not partnership.live:
            return "it is not published (a draft or unpublished by an editor)"
        if partnership.has_unpublished_changes:
            return "it has changes that are not published (a draft or an unpublished entry)"
        if partnership.locked:
            return "it is locked"
        if partnership.pk in self.book.in_moderation:
            return "it is in moderation"
        return ""

    # --- the values compared, serialised as imported_values holds them --------------------------

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
        book, pk = self.book, partnership.pk
        organisations = self.books.organisations
        if name == "provinces":
            return sorted(
                _org_key(organisations.by_pk[i])
                for i in book.current_provinces.get(pk, ())
                if i in organisations.by_pk
            )
        if name == "domains":
            slugs = self.books.domains.slug_by_pk
            return sorted(slugs[i] for i in book.current_domains.get(pk, ()) if i in slugs)
        if name == "regions":
            slugs = self.regions.slug_by_pk
            return sorted(slugs[i] for i in book.current_regions.get(pk, ()) if i in slugs)
        if name == "tags":
            return sorted(book.current_tags.get(pk, ()))
        if name == "bronhouder":
            target = organisations.by_pk.get(partnership.bronhouder_id)
            return _org_key(target) if target else ""
        if name in ("part_of", "succeeded_by"):
            target = book.by_pk.get(getattr(partnership, f"{name}_id"))
            return target.partnership.slug if target else ""
        return serialise(getattr(partnership, name))

    # --- provinces, domains, regions and tags ---------------------------------------------------

    def _write_relations(self, plans):
        book = self.book
        m2m = {
            "provinces": book.current_provinces,
            "domains": book.current_domains,
            "regions": book.current_regions,
        }
        for name, current in m2m.items():
            field_ = Partnership._meta.get_field(name)
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
        self._write_tags(plans)

    def _write_tags(self, plans):
        """Only the register's own tables carry tags."""
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
            have = set() if plan.entry.is_new else self.book.current_tags.get(pk, set())
            new_tags += [PartnershipTag(content_object_id=pk, tag=tags[n]) for n in wanted - have]
            if have - wanted:
                PartnershipTag.objects.filter(
                    content_object_id=pk, tag__name__in=have - wanted
                ).delete()
        PartnershipTag.objects.bulk_create(new_tags, batch_size=BATCH)


def _org_key(entry) -> str:
    organisation = entry.organisation
    return organisation.cbs_code or (entry.cbs_code or organisation.slug)


def _pk(item):
    if isinstance(item, OrgEntry):
        return item.organisation.pk
    if isinstance(item, RegionEntry):
        return item.region.pk
    return item.pk


def _unique_tag_slug(name: str) -> str:
    base = slugify(name)[:100] or "tag"
    taken = set(Tag.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    return unique_slug(base, taken, 100)
