"""The financial-scan chart of a partnership factsheet: grouped vertical bars per year, drawn
as inline SVG by templates/factsheets/includes/finance_chart.svg.html.

registers/charts.py draws horizontal bars of counts (whole, positive numbers); money can be
negative (a loss, negative equity), so this chart has a zero line that need not be at the
bottom. Numbers that end up in SVG attributes are formatted here as strings: the template
engine would localise floats ("12,5" in Dutch is not valid SVG).
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.formats import number_format
from django.utils.translation import gettext as _

WIDTH = 460  # CSS px (WeasyPrint: 1px = 0.75pt), fits the A4 text column with room to spare
HEIGHT = 190
PLOT_LEFT = 92  # room for the axis labels
PLOT_RIGHT = WIDTH - 8
PLOT_TOP = 10
PLOT_BOTTOM = HEIGHT - 44  # room for the year labels and the legend
MAX_YEARS = 6
COLOURS = ("#00588f", "#e0a100")  # house primary; a dark accent that keeps 3:1 on white


def money(value) -> str:
    """€ 1.250.000 in Dutch, € 1,250,000 in English; '' for no value."""
    if value is None:
        return ""
    amount = number_format(Decimal(value), decimal_pos=0, use_l10n=True, force_grouping=True)
    return f"€ {amount}"


@dataclass
class Bar:
    x: str
    y: str
    width: str
    height: str
    colour: str
    label: str  # for the text alternative


@dataclass
class Tick:
    y: str
    label: str


@dataclass
class Group:
    year: int
    label_x: str
    bars: list = field(default_factory=list)


@dataclass
class FinanceChart:
    id: str
    title: str
    description: str
    series: list  # [(label, colour)] for the legend
    groups: list
    ticks: list
    zero_y: str
    width: int = WIDTH
    height: int = HEIGHT
    plot_left: int = PLOT_LEFT
    plot_right: int = PLOT_RIGHT
    legend_y: str = str(HEIGHT - 8)

    @property
    def legend(self):
        """[(swatch x, text x, label, colour)], laid out left to right."""
        items, x = [], PLOT_LEFT
        for label, colour in self.series:
            items.append((str(x), str(x + 14), label, colour))
            x += 24 + int(len(label) * 5.6)
        return items


def _fmt(number: float) -> str:
    return f"{number:.1f}"


def finance_chart(figures, *, chart_id: str = "finance-chart") -> FinanceChart | None:
    """A chart of the most recent years of `figures` (FinancialFigure objects): the
    province's contribution (else the participants' contributions) and the result when any
    year has them, otherwise equity and debt at the end of the year. None when there is
    nothing to draw."""
    figures = sorted(figures, key=lambda figure: figure.year)[-MAX_YEARS:]
    contribution = ("contribution", _("Contribution of the province"))
    title = _("Contribution of the province and result per year")
    if all(f.contribution is None for f in figures) and any(
        f.participants_contribution is not None for f in figures
    ):
        # The province takes no part, or its share is not entered: the participants' total.
        contribution = ("participants_contribution", _("Participants' contributions"))
        title = _("Participants' contributions and result per year")
    flows = [contribution, ("result", _("Result"))]
    stocks = [("equity_end", _("Equity at end of year")), ("debt_end", _("Debt at end of year"))]
    series = flows
    if not any(getattr(f, name) is not None for f in figures for name, _label in flows):
        series = stocks
        title = _("Equity and debt per year")
    figures = [f for f in figures if any(getattr(f, name) is not None for name, _l in series)]
    if not figures:
        return None

    values = [float(getattr(f, name) or 0) for f in figures for name, _label in series]
    top, bottom = max(max(values), 0.0), min(min(values), 0.0)
    if top == bottom:
        top = 1.0
    scale = (PLOT_BOTTOM - PLOT_TOP) / (top - bottom)

    def y_of(value: float) -> float:
        return PLOT_TOP + (top - value) * scale

    zero = y_of(0.0)
    group_width = (PLOT_RIGHT - PLOT_LEFT) / len(figures)
    bar_width = min(28.0, group_width * 0.8 / len(series))
    groups, descriptions = [], []
    for index, figure in enumerate(figures):
        centre = PLOT_LEFT + group_width * (index + 0.5)
        start = centre - bar_width * len(series) / 2
        group = Group(year=figure.year, label_x=_fmt(centre))
        parts = []
        for position, (name, label) in enumerate(series):
            raw = getattr(figure, name)
            value = float(raw or 0)
            top_y, bottom_y = sorted((y_of(value), zero))
            group.bars.append(
                Bar(
                    x=_fmt(start + position * bar_width),
                    y=_fmt(top_y),
                    width=_fmt(bar_width - 2),
                    height=_fmt(max(bottom_y - top_y, 0.6 if raw else 0)),
                    colour=COLOURS[position],
                    label=f"{label}: {money(raw) if raw is not None else '–'}",
                )
            )
            parts.append(group.bars[-1].label)
        groups.append(group)
        descriptions.append(f"{figure.year}: " + ", ".join(parts))

    ticks = [Tick(_fmt(y_of(top)), money(top))]
    if bottom < 0:
        ticks.append(Tick(_fmt(y_of(bottom)), money(bottom)))
    ticks.append(Tick(_fmt(zero), money(0)))
    return FinanceChart(
        id=chart_id,
        title=title,
        description="; ".join(descriptions) + ".",
        series=[(label, COLOURS[i]) for i, (_name, label) in enumerate(series)],
        groups=groups,
        ticks=ticks,
        zero_y=_fmt(zero),
    )
