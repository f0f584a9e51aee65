"""What follows from all rows together, once every source is in: per partnership the
sources touched, their disagreements, and the fields derived from everything they said
(provinces, policy domains, import source, the province's role)."""

from registers.choices import Role
from registers.importer import reference
from registers.importer.partnerships import OPENGR
from registers.province import role_from_memberships

DERIVED_FIELDS = frozenset({"provinces", "domains", "import_source", "province_role"})


def derive(books):
    report, organisations = books.report, books.organisations
    own = reference.own_province_code()
    for entry in books.partnerships.entries:
        if not entry.touched:
            continue
        for name, others in entry.disagreements.items():
            _report_disagreement(entry, name, others, report)
        if entry.provinces:
            provinces = [organisations.province(code) for code in sorted(entry.provinces)]
            entry.supply("provinces", provinces, OPENGR, "", report)
        if not entry.exchange:
            if "name" in entry.incoming or entry.is_new:
                domains = books.domains.matching(entry.name)
                entry.supply("domains", domains, OPENGR, "", report)
            sources = set(filter(None, (entry.partnership.import_source or "").split(", ")))
            entry.supply(
                "import_source",
                ", ".join(sorted(sources | entry.sources))[:255],
                OPENGR,
                "",
                report,
            )
        roles = [
            values.get("role") or Role.DEELNEMER.value
            for (organisation, _joined), values in (entry.memberships or {}).items()
            if own and organisation.cbs_code == own
        ]
        if roles:
            entry.supply("province_role", role_from_memberships(roles), OPENGR, "", report)


def _report_disagreement(entry, name, others, report):
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
    report.warn("other", message, others[0][1])
