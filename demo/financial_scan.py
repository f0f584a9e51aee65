"""Demo figures of the financial scan: invented (clearly marked "demo") figures for every
published partnership of one policy domain in the imported register, for three years, so the
comparison page, the partnership pages and the factsheets have something to show.

The numbers are derived from the partnership's slug (a hash), so a second run writes exactly
the same, and rows that exist already are left alone: the step is idempotent. It goes through
the import of registers/scan_import.py, like a filled-in template would."""

import hashlib
from decimal import Decimal

from registers import financial_scan, scan_import
from registers.models import FinancialFigure, Partnership, PartnershipRisk, PolicyDomain

DEMO_DOMAIN = "veiligheid"
DEMO_YEARS = (2022, 2023, 2024)
DEMO_SOURCE = "Demo: verzonnen voorbeeldcijfers"
DEMO_RISKS = (
    (
        "Demo (verzonnen): hogere loonkosten door de nieuwe cao",
        "hoog",
        "gemiddeld",
        "Demo: een post onvoorzien in de begroting.",
    ),
    (
        "Demo (verzonnen): uittreding van een deelnemer",
        "laag",
        "hoog",
        "Demo: een uittreedregeling in de gemeenschappelijke regeling.",
    ),
    (
        "Demo (verzonnen): vervanging van materieel duurder dan geraamd",
        "gemiddeld",
        "gemiddeld",
        "",
    ),
)


def _numbers(slug: str, count: int) -> list[float]:
    """`count` numbers between 0 and 1 that depend only on the slug."""
    digest = hashlib.sha256(slug.encode()).digest()
    return [digest[i] / 255 for i in range(count)]


def demo_rows(partnership, population: int | None) -> list[dict]:
    """The figures of DEMO_YEARS for one partnership, as a template's rows would hold them."""
    n = _numbers(partnership.slug, 8)
    inhabitants = population or int(150_000 + n[0] * 600_000)
    per_inhabitant = Decimal(str(round(25 + n[1] * 45, 2)))  # € per inhabitant
    total_contribution = (per_inhabitant * inhabitants).quantize(Decimal("1"))
    equity = Decimal(int(total_contribution * Decimal(str(0.05 + n[2] * 0.3))))
    debt = Decimal(int(total_contribution * Decimal(str(0.2 + n[3] * 0.9))))
    rows = []
    for index, year in enumerate(DEMO_YEARS):
        growth = Decimal(str(1 + 0.025 * index))
        contribution = (total_contribution * growth).quantize(Decimal("1"))
        result = Decimal(int(contribution * Decimal(str((n[4 + index % 3] - 0.45) * 0.06))))
        equity_end = equity + result
        debt_end = (debt * Decimal(str(1 - 0.04 * (n[7] - 0.5)))).quantize(Decimal("1"))
        rows.append(
            {
                "samenwerkingsverband": partnership.slug,
                "jaar": year,
                "bron": DEMO_SOURCE,
                "openbaar_belang": (
                    "Demo (verzonnen): de wettelijke taken die de deelnemers samen uitvoeren."
                ),
                "bijdrage_provincie": "",
                "bijdrage_deelnemers": contribution,
                "inwoners": "" if population else inhabitants,
                "eigen_vermogen_begin": equity,
                "eigen_vermogen_eind": equity_end,
                "vreemd_vermogen_begin": debt,
                "vreemd_vermogen_eind": debt_end,
                "resultaat": result,
                "risicoprofiel": ("laag", "gemiddeld", "hoog")[int(n[5] * 2.99)],
            }
        )
        equity, debt = equity_end, debt_end
    return rows


def _in_review():
    from wagtail.models import WorkflowState

    ids = WorkflowState.objects.active().values_list("object_id", flat=True)
    return [int(pk) for pk in ids if str(pk).isdigit()]


def load(stdout=None) -> dict:
    """Add the demo figures that are missing. Returns the import's counts."""
    domain = PolicyDomain.objects.filter(slug=DEMO_DOMAIN).first()
    if domain is None:
        return {"figures": 0, "risks": 0, "partnerships": 0}
    partnerships = list(
        Partnership.objects.public()
        .filter(domains=domain, has_unpublished_changes=False, locked=False)
        .exclude(pk__in=_in_review())
        .order_by("name")
    )
    populations = financial_scan.region_populations(p.pk for p in partnerships)
    have_figures = set(
        FinancialFigure.objects.filter(partnership__in=partnerships).values_list(
            "partnership_id", "year"
        )
    )
    have_risks = set(
        PartnershipRisk.objects.filter(partnership__in=partnerships).values_list(
            "partnership_id", "description"
        )
    )
    figure_rows, risk_rows = [], []
    for partnership in partnerships:
        for row in demo_rows(partnership, populations.get(partnership.pk)):
            if (partnership.pk, row["jaar"]) not in have_figures:
                figure_rows.append(row)
        n = _numbers(partnership.slug, 3)
        for index, (description, likelihood, impact, measures) in enumerate(DEMO_RISKS):
            if index and n[index] < 0.4:
                continue  # not every partnership has every risk
            if (partnership.pk, description) not in have_risks:
                risk_rows.append(
                    {
                        "samenwerkingsverband": partnership.slug,
                        "risico": description,
                        "kans": likelihood,
                        "impact": impact,
                        "maatregelen": measures,
                    }
                )
    if not figure_rows and not risk_rows:
        return {"figures": 0, "risks": 0, "partnerships": 0}
    tables = {}
    if figure_rows:
        header = [column for column, _f, _k in scan_import.FIGURE_COLUMNS]
        tables[scan_import.FIGURES] = (
            header,
            [(i + 2, [row.get(c, "") for c in header]) for i, row in enumerate(figure_rows)],
        )
    if risk_rows:
        header = [column for column, _f, _k in scan_import.RISK_COLUMNS]
        tables[scan_import.RISKS] = (
            header,
            [(i + 2, [row.get(c, "") for c in header]) for i, row in enumerate(risk_rows)],
        )
    plan = scan_import.build_plan(tables)
    if not plan.ok:
        raise scan_import.ImportRefused("; ".join(e.message for e in plan.errors[:5]))
    changes = scan_import.unsign_plan(scan_import.sign_plan(plan))
    # Demo data is published at once, as import_register publishes the imported register.
    return scan_import.apply(changes, review=False)
