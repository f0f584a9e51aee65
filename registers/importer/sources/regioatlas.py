"""Regioatlas divisions (one CSV per division: municipality, CBS number, region, population):
the municipalities with their CBS codes, which every other file's names are matched
against, the divisions and their regions, and each municipality's province."""

import re

from registers.importer import reference
from registers.importer.cleaning import clean_text, fold
from registers.importer.organisations import REFERENCE
from registers.importer.readers import Kind
from registers.importer.sources.base import APPLIED, MERGED, Reject, Source

CBS_NUMBER = re.compile(r"^(?:GM)?(\d{1,4})$", re.IGNORECASE)


class RegioatlasSource(Source):
    reads = {Kind.REGIOATLAS: "regions"}
    organisation_fields = frozenset({"name", "kind", "cbs_code", "province"})

    def begin(self, table):
        self.division = self.books.regions.division(table.division, table)
        self.is_province_division = fold(table.division) == reference.PROVINCE_DIVISION
        self.municipalities = {}  # CBS code -> OrgEntry, within this table

    def apply(self, table, row):
        where = table.where(row)
        name = self.name(row.get("Gemeente"), where)
        number = CBS_NUMBER.match(clean_text(row.get("CBS")))
        region_name = self.name(row.values.get("regio"), where)
        if not name:
            return Reject("no municipality name", "CBS")
        if not number:
            return Reject(f"'{row.get('CBS')}' is not a CBS municipality number", "CBS")
        if not region_name:
            return Reject("no region")
        code = f"GM{int(number[1]):04d}"
        municipality = self.municipalities.get(code)
        if municipality is None:
            municipality = self.books.organisations.municipality(name, code)
            self.municipalities[code] = municipality
            municipality.sources.add(table.path.name)
        region = self.books.regions.region(self.division, region_name, where)
        population = clean_text(row.get("Inwoneraantal van regio"))
        if population.isdigit() and int(population) > 0:
            region.population[int(population)] += 1
        if municipality in region.municipalities:
            return MERGED
        region.municipalities.add(municipality)
        if self.is_province_division:
            organisations = self.books.organisations
            province, _reason = organisations.province_code(region_name, where)
            if province:
                organisations.province(province)
                municipality.supply("province", province, REFERENCE)
        return APPLIED
