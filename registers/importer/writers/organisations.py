"""Writing organisations: new ones created, changed ones updated through the provenance
rules (an editor's change is kept), provinces linked once every organisation exists, and
successors of merged municipalities added (never removed)."""

from registers.identifiers import tooi_uri_for
from registers.importer.organisations import ORGANISATION_FIELDS
from registers.importer.provenance import merge_fields, serialise
from registers.models import Organisation

BATCH = 500


class OrganisationWriter:
    def __init__(self, books, *, now, index_later):
        self.book = books.organisations
        self.report = books.report
        self.now = now
        self.index_later = index_later
        # [(organisation, is_new)] that get a published revision of the import, and
        # pk -> the files that spoke of it (importer/publishing.py).
        self.changed: list = []
        self.sources: dict[int, str] = {}

    def write(self):
        created, updated = [], []
        for entry in self.book.entries:
            if entry.is_new:
                self._prepare_new(entry)
                created.append(entry)
            elif entry.touched:
                changed_fields = self._merge(entry)
                if changed_fields is not None:
                    updated.append((entry, changed_fields))
        Organisation.objects.bulk_create([e.organisation for e in created], batch_size=BATCH)
        for entry in created:
            self.book.by_pk[entry.organisation.pk] = entry
        self._link_provinces(created, updated)
        if updated:
            Organisation.objects.bulk_update(
                [entry.organisation for entry, _f in updated],
                [
                    *ORGANISATION_FIELDS,
                    "tooi_uri",
                    "imported_values",
                    "imported_at",
                    "import_source",
                ],
                batch_size=BATCH,
            )
        self._link_successors()
        self._count()

    def _prepare_new(self, entry):
        organisation = entry.organisation
        if entry.name_votes:
            name = entry.name_votes.most_common(1)[0][0]
            entry.incoming["name"] = (name, entry.incoming["name"][1])
        incoming = {f: value for f, (value, _p) in entry.incoming.items()}
        for name, value in incoming.items():
            if name != "province":
                setattr(organisation, name, value or (None if name == "cbs_code" else value))
        # Bulk writes skip Organisation.save(), which derives it otherwise.
        organisation.tooi_uri = tooi_uri_for(organisation.kind, organisation.cbs_code)
        organisation.imported_values = {f: serialise(v) for f, v in incoming.items()}
        organisation.imported_at = self.now
        organisation.import_source = ", ".join(sorted(entry.sources))[:255]

    def _merge(self, entry) -> set | None:
        """The fields to change (set on the organisation), or None when nothing about it
        changes, not even its provenance."""
        organisation = entry.organisation
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
            elif name == "cbs_code":
                organisation.cbs_code = value or None
            else:
                setattr(organisation, name, value)
            changed_fields.add(name)
        derived = tooi_uri_for(organisation.kind, organisation.cbs_code)
        if derived and derived != organisation.tooi_uri:
            organisation.tooi_uri = derived
            changed_fields.add("tooi_uri")
        source = ", ".join(
            sorted(set(filter(None, organisation.import_source.split(", "))) | entry.sources)
        )[:255]
        provenance_changed = new_last != last or source != organisation.import_source
        entry.changed = bool(changed_fields)
        if not (changed_fields or provenance_changed):
            return None
        organisation.imported_values = new_last
        organisation.import_source = source
        organisation.imported_at = self.now
        return changed_fields

    def _link_provinces(self, created, updated):
        """Provinces refer to organisations that may only now exist."""
        book = self.book
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

    def _link_successors(self):
        """Successors of merged municipalities: added, never removed."""
        book = self.book
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

    def _count(self):
        for entry in self.book.entries:
            if entry.is_new:
                self.report.count("organisations", "created")
                self.index_later[Organisation].add(entry.organisation.pk)
                self._publish_later(entry, is_new=True)
            elif entry.touched:
                outcome = "updated" if entry.changed else "unchanged"
                self.report.count("organisations", outcome)
                if outcome == "updated":
                    self.index_later[Organisation].add(entry.organisation.pk)
                    self._publish_later(entry, is_new=False)

    def _publish_later(self, entry, *, is_new):
        """A created or changed organisation gets a published revision of the import."""
        self.changed.append((entry.organisation, is_new))
        self.sources[entry.organisation.pk] = ", ".join(sorted(entry.sources))[:255]
