"""Server-rendered charts: data in, a context for templates/registers/includes/bar_chart.svg.html
out. No JavaScript and no drawing library, so the same chart works on the insights page, in
the PDF factsheets and with scripts off.

The SVG has no viewBox: widths are percentages of the container and everything vertical is in
CSS pixels, so the text keeps its real size on a phone instead of being scaled down with the
drawing. Numbers that end up in SVG attributes are formatted here as strings, because the
template engine would localise floats ("45,5%" in Dutch is not valid SVG).
"""

from dataclasses import dataclass, field

ROW_HEIGHT = 44  # label line + bar + gap, in px
LABEL_BASELINE = 16  # label text baseline within a row
BAR_TOP = 22
BAR_HEIGHT = 14
PADDING = 6
MAX_BAR_SHARE = 85  # % of the width for the longest bar, leaving room for its value
MAX_LABEL_LENGTH = 60


@dataclass(frozen=True)
class Bar:
    label: str  # as drawn (shortened when long)
    full_label: str  # for the table and the SVG's text alternative
    value: int
    url: str = ""
    # Geometry, already formatted for SVG attributes.
    label_y: str = ""
    bar_y: str = ""
    value_y: str = ""
    width: str = ""  # e.g. "42.50%"
    share: str = ""  # of the chart's total, e.g. "31%"


@dataclass
class BarChart:
    id: str  # unique on the page: used for the title/desc ids
    title: str
    description: str
    bars: list = field(default_factory=list)
    height: int = 0
    total: int | None = None  # the whole the bars are part of, for the table (optional)
    label_heading: str = ""
    value_heading: str = ""
    note: str = ""
    bar_height: int = BAR_HEIGHT

    @property
    def is_empty(self) -> bool:
        return not self.bars


def _share(value: int, total: int | None) -> str:
    if not total:
        return ""
    percentage = value / total * 100
    if 0 < percentage < 1:
        return "< 1%"
    return f"{percentage:.0f}%"


def shorten(text: str, limit: int = MAX_LABEL_LENGTH) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def bar_chart(
    rows,
    *,
    id: str,
    title: str,
    description: str = "",
    label_heading: str = "",
    value_heading: str = "",
    total: int | None = None,
    note: str = "",
) -> BarChart:
    """A horizontal bar chart of `rows`: (label, value) or (label, value, url) tuples, drawn
    in the given order. `description` goes into the SVG's <desc>; when empty, a summary of
    the largest values is written there."""
    rows = [(str(row[0]), int(row[1]), row[2] if len(row) > 2 else "") for row in rows]
    largest = max((value for _label, value, _url in rows), default=0)
    bars = []
    for index, (label, value, url) in enumerate(rows):
        top = PADDING + index * ROW_HEIGHT
        share = (value / largest * MAX_BAR_SHARE) if largest else 0
        # A value of 1 among thousands still gets a visible sliver.
        width = max(share, 0.4) if value else 0
        bars.append(
            Bar(
                label=shorten(label),
                full_label=label,
                value=value,
                url=url,
                label_y=str(top + LABEL_BASELINE),
                bar_y=str(top + BAR_TOP),
                value_y=str(top + BAR_TOP + BAR_HEIGHT - 2),
                width=f"{width:.2f}%",
                share=_share(value, total),
            )
        )
    if not description:
        description = "; ".join(f"{label}: {value}" for label, value, _url in rows[:5])
        if len(rows) > 5:
            description += "; …"
    return BarChart(
        id=id,
        title=title,
        description=description,
        bars=bars,
        height=PADDING * 2 + len(rows) * ROW_HEIGHT,
        total=total,
        label_heading=label_heading,
        value_heading=value_heading,
        note=note,
    )
