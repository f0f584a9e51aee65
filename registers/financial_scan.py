"""The financial scan of partnerships (BBV paragraph "verbonden partijen"): ratios derived from
a year's figures, a summary of the risks, and the comparison of a partnership with the other
partnerships of its policy domain (the median of the domain).

The figures themselves are FinancialFigure and PartnershipRisk (registers/models/partnership.py);
they are entered in the admin (tab Finances) or imported from the template of
registers/scan_import.py. Views: registers/scan_views.py; the factsheet: factsheets/pdf.py.

Ratios (None whenever a figure they need is missing, or a denominator is zero or negative):
- solvency: equity / total capital at the end of the year (eigen vermogen / totaal vermogen,
  where totaal vermogen = eigen + vreemd vermogen);
- debt ratio: debt / total capital at the end of the year (vreemd / totaal vermogen);
- contribution per inhabitant: the participants' contributions / the inhabitants of the
  participants (the figure's own count, else the population of the region the partnership is,
  from Regioatlas).
"""

import statistics
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Count, Max, Prefetch
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from registers.choices import RiskLevel

MAX_COMPARED = 500  # partnerships in one comparison; a domain has a few dozen
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Ratio:
    key: str  # attribute of Ratios
    slug: str  # ?kengetal= value; stable
    label: object
    unit: str  # "percent" or "money"
    explanation: object


RATIOS = (
    Ratio(
        "solvency",
        "solvabiliteit",
        gettext_lazy("Solvency"),
        "percent",
        gettext_lazy("Equity as a share of total capital (equity + debt) at the end of the year."),
    ),
    Ratio(
        "debt_ratio",
        "schuldratio",
        gettext_lazy("Debt ratio"),
        "percent",
        gettext_lazy("Debt as a share of total capital (equity + debt) at the end of the year."),
    ),
    Ratio(
        "contribution_per_inhabitant",
        "bijdrage-per-inwoner",
        gettext_lazy("Contribution per inhabitant"),
        "money",
        gettext_lazy("The participants' contributions divided by their inhabitants."),
    ),
)
RATIOS_BY_SLUG = {ratio.slug: ratio for ratio in RATIOS}


@dataclass
class Ratios:
    year: int
    solvency: Decimal | None = None
    debt_ratio: Decimal | None = None
    contribution_per_inhabitant: Decimal | None = None
    total_capital: Decimal | None = None
    inhabitants: int | None = None
    inhabitants_from_region: bool = False

    def value(self, ratio: Ratio):
        return getattr(self, ratio.key)


def _share(part, whole):
    if part is None or whole is None or whole <= 0:
        return None
    return Decimal(part) / Decimal(whole)


def ratios(figure, region_population: int | None = None) -> Ratios:
    """The ratios of one FinancialFigure; `region_population` is the fallback count of
    inhabitants (Regioatlas) when the figure has none."""
    result = Ratios(year=figure.year)
    if figure.equity_end is not None and figure.debt_end is not None:
        result.total_capital = Decimal(figure.equity_end) + Decimal(figure.debt_end)
        result.solvency = _share(figure.equity_end, result.total_capital)
        result.debt_ratio = _share(figure.debt_end, result.total_capital)
    if figure.inhabitants:
        result.inhabitants = figure.inhabitants
    elif region_population:
        result.inhabitants = region_population
        result.inhabitants_from_region = True
    if figure.participants_contribution is not None and result.inhabitants:
        result.contribution_per_inhabitant = (
            Decimal(figure.participants_contribution) / result.inhabitants
        ).quantize(CENT)
    return result


def format_ratio(value, ratio: Ratio) -> str:
    """45,2% / € 12,34 in Dutch; '' for no value."""
    if value is None:
        return ""
    if ratio.unit == "percent":
        percentage = (Decimal(value) * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        return number_format(percentage, decimal_pos=1, use_l10n=True) + "%"
    amount = Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)
    return "€ " + number_format(amount, decimal_pos=2, use_l10n=True, force_grouping=True)


def median(values):
    present = [value for value in values if value is not None]
    if not present:
        return None
    return Decimal(statistics.median(present))


# --- risks ---------------------------------------------------------------------------------

LEVEL_SCORE = {RiskLevel.LAAG: 1, RiskLevel.GEMIDDELD: 2, RiskLevel.HOOG: 3}


def risk_level(risk) -> str:
    """Likelihood × impact (each 1–3): 6 or more is high, 3 or more medium, else low."""
    score = LEVEL_SCORE.get(risk.likelihood, 0) * LEVEL_SCORE.get(risk.impact, 0)
    if score >= 6:
        return RiskLevel.HOOG
    if score >= 3:
        return RiskLevel.GEMIDDELD
    return RiskLevel.LAAG


@dataclass
class RiskSummary:
    total: int = 0
    counts: dict = field(default_factory=dict)  # level -> count
    highest: str = ""  # a RiskLevel value

    @property
    def rows(self):
        """(label, count) from high to low, for the table."""
        return [
            (level.label, self.counts.get(level.value, 0))
            for level in (RiskLevel.HOOG, RiskLevel.GEMIDDELD, RiskLevel.LAAG)
        ]

    @property
    def highest_label(self) -> str:
        return RiskLevel(self.highest).label if self.highest else ""


def risk_summary(risks) -> RiskSummary:
    summary = RiskSummary()
    order = [RiskLevel.LAAG, RiskLevel.GEMIDDELD, RiskLevel.HOOG]
    for risk in risks:
        level = risk_level(risk)
        summary.total += 1
        summary.counts[level] = summary.counts.get(level, 0) + 1
        if not summary.highest or order.index(level) > order.index(summary.highest):
            summary.highest = level
    return summary


# --- populations and comparison ----------------------------------------------------------


def region_populations(partnership_ids) -> dict:
    """partnership pk -> the population of the region it is (Regioatlas; the largest when a
    partnership is more than one region)."""
    from registers.models import Region

    populations = {}
    rows = Region.objects.filter(
        partnership_id__in=list(partnership_ids), population__isnull=False
    ).values_list("partnership_id", "population")
    for partnership_id, population in rows:
        populations[partnership_id] = max(population, populations.get(partnership_id, 0))
    return populations


@dataclass
class ComparisonRow:
    partnership: object
    figure: object
    ratios: Ratios


@dataclass
class DomainComparison:
    domain: object
    year: int | None
    years: list
    rows: list
    medians: dict  # ratio key -> Decimal | None
    truncated: bool = False

    def median(self, ratio: Ratio):
        return self.medians.get(ratio.key)


def domains_with_figures():
    """[(domain, number of published partnerships with figures, latest year)] by name."""
    from registers.models import PolicyDomain

    domains = (
        PolicyDomain.objects.filter(
            partnerships__live=True, partnerships__financial_figures__isnull=False
        )
        .annotate(
            latest=Max("partnerships__financial_figures__year"),
            count=Count("partnerships", distinct=True),
        )
        .order_by("name")
    )
    return [(domain, domain.count, domain.latest) for domain in domains]


def domain_years(domain) -> list:
    from registers.models import FinancialFigure

    return sorted(
        FinancialFigure.objects.filter(partnership__live=True, partnership__domains=domain)
        .values_list("year", flat=True)
        .distinct(),
        reverse=True,
    )


def compare_domain(domain, year: int | None = None, years: list | None = None):
    """The published partnerships of `domain` with figures for `year` (default: the latest
    year with figures), their ratios and the domain's medians."""
    from registers.models import FinancialFigure, Partnership

    years = domain_years(domain) if years is None else years
    if year is None:
        year = years[0] if years else None
    if year is None:
        return DomainComparison(domain, None, [], [], {})
    partnerships = list(
        Partnership.objects.public()
        .filter(domains=domain, financial_figures__year=year)
        .distinct()
        .only("id", "name", "slug", "abbreviation")
        .prefetch_related(
            Prefetch("financial_figures", queryset=FinancialFigure.objects.filter(year=year))
        )
        .order_by("name")[: MAX_COMPARED + 1]
    )
    truncated = len(partnerships) > MAX_COMPARED
    partnerships = partnerships[:MAX_COMPARED]
    populations = region_populations(p.pk for p in partnerships)
    rows = []
    for partnership in partnerships:
        figure = partnership.financial_figures.all()[0]
        rows.append(
            ComparisonRow(partnership, figure, ratios(figure, populations.get(partnership.pk)))
        )
    medians = {ratio.key: median(row.ratios.value(ratio) for row in rows) for ratio in RATIOS}
    return DomainComparison(domain, year, years, rows, medians, truncated)


@dataclass
class PartnershipScan:
    """The scan's result for one partnership: its latest year, ratios, risks and the
    medians of its policy domains in that year."""

    figure: object
    ratios: Ratios
    risks: RiskSummary
    comparisons: list  # [(domain, number compared, {ratio key: median})]

    @property
    def rows(self):
        """Per ratio: (ratio, own value, [(domain, median)]) formatted."""
        result = []
        for ratio in RATIOS:
            medians = [
                (domain, count, format_ratio(values.get(ratio.key), ratio))
                for domain, count, values in self.comparisons
            ]
            result.append((ratio, format_ratio(self.ratios.value(ratio), ratio), medians))
        return result


def partnership_scan(partnership, *, compare: bool = True) -> PartnershipScan | None:
    """None when the partnership has no figures. Uses `.all()` on the relations, so it works
    on prefetched partnerships and on one restored from a revision (previews)."""
    figures = sorted(partnership.financial_figures.all(), key=lambda f: f.year, reverse=True)
    risks = risk_summary(partnership.risks.all())
    if not figures:
        return None
    latest = figures[0]
    population = (
        region_populations([partnership.pk]).get(partnership.pk) if partnership.pk else None
    )
    comparisons = []
    if compare and partnership.pk:
        for domain in partnership.domains.all():
            comparison = compare_domain(domain, latest.year, years=[latest.year])
            if len(comparison.rows) >= 2:
                comparisons.append((domain, len(comparison.rows), comparison.medians))
    return PartnershipScan(latest, ratios(latest, population), risks, comparisons)


# --- chart -------------------------------------------------------------------------------

ROW_HEIGHT = 44
LABEL_BASELINE = 16
BAR_TOP = 22
BAR_HEIGHT = 14
PADDING = 6
PLOT_SHARE = 80  # % of the width for the bars' range, leaving room for the values
LABEL_LENGTH = 60


@dataclass
class ChartBar:
    label: str
    full_label: str
    text: str  # the formatted value
    x: str
    width: str
    value_x: str
    label_y: str
    bar_y: str
    value_y: str


@dataclass
class RatioChart:
    id: str
    title: str
    description: str
    bars: list
    height: int
    median_x: str = ""
    median_text: str = ""
    zero_x: str = "0%"


def _position(value: Decimal, low: Decimal, high: Decimal) -> Decimal:
    span = high - low
    return (value - low) / span * PLOT_SHARE if span else Decimal(0)


def ratio_chart(comparison: DomainComparison, ratio: Ratio, *, id: str) -> RatioChart:
    """Horizontal bars of one ratio per partnership, largest first, with the domain's median
    as a line. Bars start at zero; negative values (negative equity) run left of it."""
    rows = sorted(
        (row for row in comparison.rows if row.ratios.value(ratio) is not None),
        key=lambda row: (-row.ratios.value(ratio), row.partnership.name),
    )
    values = [Decimal(row.ratios.value(ratio)) for row in rows]
    low = min([Decimal(0), *values])
    high = max([Decimal(0), *values])
    zero = _position(Decimal(0), low, high)
    bars = []
    for index, (row, value) in enumerate(zip(rows, values, strict=True)):
        top = PADDING + index * ROW_HEIGHT
        position = _position(value, low, high)
        start, end = min(zero, position), max(zero, position)
        width = max(end - start, Decimal("0.4")) if value else Decimal(0)
        name = row.partnership.name
        bars.append(
            ChartBar(
                label=name if len(name) <= LABEL_LENGTH else name[: LABEL_LENGTH - 1] + "…",
                full_label=name,
                text=format_ratio(value, ratio),
                x=f"{start:.2f}%",
                width=f"{width:.2f}%",
                value_x=f"{max(end, zero):.2f}%",
                label_y=str(top + LABEL_BASELINE),
                bar_y=str(top + BAR_TOP),
                value_y=str(top + BAR_TOP + BAR_HEIGHT - 2),
            )
        )
    median = comparison.median(ratio)
    title = _("%(ratio)s of %(domain)s, %(year)s") % {
        "ratio": ratio.label,
        "domain": comparison.domain.label,
        "year": comparison.year,
    }
    description = "; ".join(f"{bar.full_label}: {bar.text}" for bar in bars[:5])
    if len(bars) > 5:
        description += "; …"
    if median is not None:
        description += ". " + _("Median: %(value)s") % {"value": format_ratio(median, ratio)}
    return RatioChart(
        id=id,
        title=title,
        description=description,
        bars=bars,
        height=PADDING * 2 + len(bars) * ROW_HEIGHT,
        median_x=f"{_position(median, low, high):.2f}%" if median is not None else "",
        median_text=format_ratio(median, ratio) if median is not None else "",
        zero_x=f"{zero:.2f}%",
    )
