"""Regional divisions and their regions in memory: what the register holds and what the
Regioatlas files say about them."""

from collections import Counter
from dataclasses import dataclass, field

from django.utils.text import slugify

from registers.importer import reference
from registers.importer.cleaning import fold, name_key, unique_slug
from registers.models import Region, RegionalDivision


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


class RegionBook:
    def __init__(self, report):
        self.report = report
        self.divisions: dict[str, DivisionEntry] = {}  # folded name -> entry
        self.division_slugs: set[str] = set()
        self.region_slugs: set[str] = set()
        self.by_slug: dict[str, RegionEntry] = {}

    def load(self):
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
            self.by_slug[region.slug] = entry
            region_entries[region.pk] = entry
        through = Region.municipalities.through
        for region_id, organisation_id in through.objects.values_list(
            "region_id", "organisation_id"
        ):
            region_entries[region_id].current.add(organisation_id)

    def regions(self):
        for division in self.divisions.values():
            yield from division.regions.values()

    def division(self, name: str, table) -> DivisionEntry:
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

    def region(self, division: DivisionEntry, name: str, where: str) -> RegionEntry:
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
            self.by_slug[slug] = entry
        elif entry.touched and entry.region.name != name and entry.is_new:
            self.report.warn("repair", f"region '{name}' read as '{entry.region.name}'", where)
        if not entry.touched:
            entry.touched = True
            entry.municipalities = set()
        return entry
