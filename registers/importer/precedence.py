"""Which source decides which field: a declared precedence per field and source, applied to
everything the sources ever said about a partnership, not only to the files of this run.

Every import keeps, per partnership and field, the last value each source gave
(`imported_values["_sources"]`). The value the register gets is the one of the highest
source in the field's precedence among all sources known so far, so importing any subset of
the same files, in any order, any number of times, gives the same register: a file
re-imported alone can no longer overrule a source it ranks below. Multi-valued fields are
the union of what the sources give (the register's own tables, which describe a
partnership completely, replace the union). Editors rank above every source: a field an
editor changed since the last import keeps the editor's value (provenance.merge_fields).
"""

# The sources of partnership fields (registers/importer/sources).
OPENGR, DSTA, REGISTER = 1, 2, 3

# How a source is named in imported_values (stable: stored in the database).
SOURCE_NAMES = {OPENGR: "opengr", DSTA: "dsta", REGISTER: "register"}
SOURCE_BY_NAME = {name: source for source, name in SOURCE_NAMES.items()}

# Highest first. The national DSTA/CBS list is authoritative for names, codes and the seat
# (its address is the arrangement's own; OpenGR repeats a participant's postcode and
# fills postcodes down row by row); OpenGR for participants and what follows from them
# (the reporting provinces, computed regions). The register's own exchange tables are the
# register itself and rank above both.
DEFAULT_PRECEDENCE = (REGISTER, DSTA, OPENGR)
FIELD_PRECEDENCE = {
    "name": (REGISTER, DSTA, OPENGR),
    "abbreviation": (REGISTER, DSTA, OPENGR),
    "cbs_code": (REGISTER, DSTA),
    "seat_address": (REGISTER, DSTA),
    "seat_postcode": (REGISTER, DSTA, OPENGR),
    "seat_place": (REGISTER, DSTA, OPENGR),
    "provinces": (REGISTER, OPENGR),
    "regions": (REGISTER, OPENGR),
}
# Unions of their sources: a file that lacks them never drops what another gave.
UNION_FIELDS = frozenset({"provinces", "domains", "tags"})


def precedence(field: str) -> tuple:
    return FIELD_PRECEDENCE.get(field, DEFAULT_PRECEDENCE)


def rank(field: str, source: int) -> int:
    """Higher is stronger; a source the field's precedence does not name ranks lowest."""
    order = precedence(field)
    return len(order) - order.index(source) if source in order else 0


def is_blank(value) -> bool:
    return value is None or value == "" or value == []


def resolve(field: str, by_source: dict):
    """The winning (serialised) value and the source that gave it, from {source name:
    serialised value}; (None, None) when no source gave a value."""
    given = {
        SOURCE_BY_NAME[name]: value
        for name, value in by_source.items()
        if name in SOURCE_BY_NAME and not is_blank(value)
    }
    if not given:
        return None, None
    if field in UNION_FIELDS and REGISTER not in given:
        union = sorted({item for value in given.values() for item in value})
        return union, None
    best = max(given, key=lambda source: (rank(field, source), source))
    return given[best], best
