"""The DSTA/CBS list of gemeenschappelijke regelingen: name, seat address and the CBS code
(GRnnnn), which identifies a partnership across imports."""

import re

from registers.importer.cleaning import clean_postcode, clean_text
from registers.importer.fields import too_long
from registers.importer.partnerships import DSTA
from registers.importer.readers import Kind
from registers.importer.sources.base import APPLIED, MERGED, Reject, Source
from registers.importer.sources.opengr import DESCRIBED_FIELDS, describe, find_partnership
from registers.models import Partnership

GR_CODE = re.compile(r"^GR\d{4}$")


class DstaSource(Source):
    reads = {Kind.DSTA: "partnerships"}
    partnership_fields = DESCRIBED_FIELDS | {
        "cbs_code",
        "seat_address",
        "seat_postcode",
        "seat_place",
    }

    def apply(self, table, row):
        partnerships = self.books.partnerships
        where = table.where(row)
        name = self.name(row.get("DSTA_GR_naam"), where)
        if not name:
            return Reject("no name", "DSTA_GR_naam")
        problem = too_long(Partnership, {"name": name})
        if problem:
            return Reject(problem)
        code = clean_text(row.get("CBS_GR_code")).upper()
        if code and not GR_CODE.match(code):
            self.report.warn("other", f"CBS code '{code}' is not GRnnnn; not used", where)
            code = ""
        entry = partnerships.by_cbs.get(code) if code else None
        if entry is not None and table.name in entry.seen_in:
            return MERGED
        place = self.name(row.get("Plaats"), where)
        if entry is None:
            entry = find_partnership(self.books, name, where, DSTA, place=place)
            if table.name in entry.seen_in:
                return MERGED
        else:
            describe(entry, name, False, DSTA, where, self.report)
            partnerships.add_name(entry, name)
        entry.touched = True
        entry.seen_in.add(table.name)
        entry.sources.add(table.path.name)
        if code:
            entry.supply("cbs_code", code, DSTA, where, self.report)
            partnerships.by_cbs.setdefault(code, entry)
        cbs_name = self.name(row.get("CBS_GR_naam"), where)
        if cbs_name and cbs_name != name:
            partnerships.add_name(entry, cbs_name)
        address = clean_text(row.get("Adres"))
        postcode = clean_postcode(row.get("Postcode"))
        entry.supply("seat_address", address[:255], DSTA, where, self.report)
        if len(postcode) <= 10:
            entry.supply("seat_postcode", postcode, DSTA, where, self.report)
        entry.supply("seat_place", place[:100], DSTA, where, self.report)
        return APPLIED
