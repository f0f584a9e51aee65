"""Writing regional divisions and regions with their municipalities; linking each region of a
collaboration division to the partnership that is it; and which regions a partnership lies
in, computed from its municipal participants."""

from collections import defaultdict

from registers.importer import reference
from registers.importer.organisations import GEMEENTE
from registers.models import Region, RegionalDivision

BATCH = 500


class RegionWriter:
    def __init__(self, books, *, index_later):
        self.books = books
        self.divisions = books.regions.divisions
        self.report = books.report
        self.index_later = index_later

    def write(self):
        divisions = [e for e in self.divisions.values() if e.is_new]
        RegionalDivision.objects.bulk_create([e.division for e in divisions], batch_size=BATCH)
        for entry in self.divisions.values():
            if entry.is_new:
                self.report.count("divisions", "created")
            elif entry.touched:
                self.report.count("divisions", "unchanged")
        new_regions, changed_regions, remove = [], [], []
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
        self._write_municipalities(remove)

    def _write_municipalities(self, remove):
        through = Region.municipalities.through
        add = []
        for entry in self.books.regions.regions():
            if entry.touched:
                for organisation_id in entry.add:
                    add.append(through(region_id=entry.region.pk, organisation_id=organisation_id))
                entry.current = {o.organisation.pk for o in entry.municipalities}
        for region_id, gone in remove:
            through.objects.filter(region_id=region_id, organisation_id__in=gone).delete()
        through.objects.bulk_create(add, batch_size=BATCH)

    def link_partnerships(self):
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
                found = self.books.partnerships.find_loosely(
                    region.name, where, type_word=type_word
                )
                if found is not None and found.partnership.pk:
                    region.partnership_id = found.partnership.pk
                    updated.append(region)
                    entry.changed = True
        if updated:
            Region.objects.bulk_update(updated, ["partnership"], batch_size=BATCH)
        for entry in self.books.regions.regions():
            if entry.is_new:
                self.report.count("regions", "created")
            elif entry.touched or entry.changed:
                self.report.count("regions", "updated" if entry.changed else "unchanged")
            if entry.is_new or entry.changed:
                self.index_later[Region].add(entry.region.pk)


class PartnershipRegions:
    """The regions a partnership lies in: those of the divisions that give partnerships their
    regions (veiligheidsregio, GGD, omgevingsdienst, arbeidsmarkt, COROP) in which all of its
    current municipal participants lie. Built once the regions are written."""

    def __init__(self, books):
        self.organisations = books.organisations
        self.slug_by_pk = {}
        self.divisions = []
        self.regions_of = defaultdict(lambda: defaultdict(set))  # organisation id -> division
        for division in books.regions.divisions.values():
            uses = reference.division_prefix(
                division.division.name, reference.PARTNERSHIP_REGION_DIVISIONS
            )
            for entry in division.regions.values():
                if entry.region.pk:
                    self.slug_by_pk[entry.region.pk] = entry.region.slug
                if not uses:
                    continue
                for organisation_id in entry.current:
                    self.regions_of[organisation_id][id(division)].add(entry)
            if uses:
                self.divisions.append(division)

    def computed(self, memberships):
        """A municipality that has merged away and lies in no region of a division does not
        count for it. None when there is nothing to compute from."""
        if memberships is None or not self.divisions:
            return None
        municipalities = []
        for membership in memberships:
            entry = self.organisations.by_pk.get(membership.organisation_id)
            if membership.left is None and entry is not None and entry.kind == GEMEENTE:
                municipalities.append(entry)
        regions = []
        for division in self.divisions:
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
