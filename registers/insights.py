"""The register in figures (programme line 3, "data zichtbaar maken"): charts of the published
partnerships by legal form, policy domain, province, number of participants, and the
organisations in most partnerships. Server-rendered SVG (registers/charts.py) with the same
numbers in a table beside each chart; the register's filters narrow what is charted.

A participant is a membership, as on the partnership page and in the register's JSON
(`participant_count`): former participants count too.

On a date (`?peildatum=`, registers/peildatum.py) the charts count the register of that day:
its entries, their legal form of that day, that day's participants. `?vergelijk=` adds a
second date: its key figures and legal forms side by side with the first.
"""

from dataclasses import replace

from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from registers import peildatum
from registers.charts import bar_chart
from registers.choices import PartnershipKind
from registers.models import Membership, Organisation, Partnership, PolicyDomain
from registers.network import active_filters, filter_fields, hidden_params
from registers.search import RegisterQuery, cached_per_generation, index_for, search_register

TOP_ORGANISATIONS = 15
COMPARE_PARAM = "vergelijk"  # a second date, compared side by side with the first
# (label, lowest, highest) of the participant-count histogram; "21 or more" follows.
PARTICIPANT_BUCKETS = [("1", 1, 1), ("2–5", 2, 5), ("6–10", 6, 10), ("11–20", 11, 20)]


def _register_link(base_url, query, param, value):
    """The register filtered on this value, on top of the current selection."""
    params = [pair for pair in query.as_params() if pair[0] != param] + [(param, value)]
    return f"{base_url}?{urlencode(params)}"


def _members(date):
    """Memberships that count: all of them, or those of that day."""
    # A participant still a draft in the admin does not count (registers/models/review.py).
    members = Membership.objects.filter(organisation__live=True)
    if date is None:
        return members
    return members.filter(peildatum.membership_on(date))


def legal_form_counts(selection, date=None) -> list[tuple[str, str, int]]:
    labels = dict(PartnershipKind.choices)
    column = "at_kind" if date is not None else "kind"
    rows = selection.values(column).annotate(n=Count("pk")).order_by()
    counts = [(row[column], str(labels.get(row[column], row[column])), row["n"]) for row in rows]
    return sorted(counts, key=lambda row: (-row[2], row[1].lower()))


def domain_counts(selection) -> tuple[list, int]:
    """Per policy domain the partnerships in it (one can be in several), and how many have
    no domain."""
    domains = PolicyDomain.objects.filter(partnerships__in=selection).annotate(
        n=Count("partnerships", distinct=True)
    )
    counts = sorted(
        ((d.slug, d.label, d.n) for d in domains), key=lambda row: (-row[2], row[1].lower())
    )
    return counts, selection.filter(domains__isnull=True).count()


def province_counts(selection) -> tuple[list, int]:
    provinces = (
        Organisation.objects.public()
        .filter(partnerships_in_province__in=selection)
        .annotate(n=Count("partnerships_in_province", distinct=True))
        .order_by("-n", "name")
    )
    counts = [(p.slug, p.name, p.n) for p in provinces]
    return counts, selection.filter(provinces__isnull=True).count()


def participant_histogram(selection, date=None) -> list[tuple[str, int]]:
    """Partnerships per number of participants: 1, 2–5, 6–10, 11–20, 21 or more; a first
    bucket for partnerships without any participant only when there are such."""
    # Grouped by size in the database: a few rows, however many partnerships there are.
    participants = (
        _members(date)
        .filter(partnership=OuterRef("pk"))
        .order_by()
        .values("partnership")
        .annotate(n=Count("pk"))
        .values("n")
    )
    per_size = dict(
        selection.annotate(size=Coalesce(Subquery(participants), 0))
        .values("size")
        .annotate(partnerships=Count("pk"))
        .values_list("size", "partnerships")
        .order_by()
    )
    return _buckets(per_size)


def _buckets(per_size: dict) -> list[tuple[str, int]]:
    """{participants: partnerships} into the histogram's buckets (size 0: none recorded)."""

    def between(low, high):
        return sum(count for size, count in per_size.items() if low <= size <= high)

    buckets = [(label, between(low, high)) for label, low, high in PARTICIPANT_BUCKETS]
    buckets.append((_("21 or more"), between(21, float("inf"))))
    none = per_size.get(0, 0)
    if none:
        buckets.insert(0, (_("none recorded"), none))
    return buckets


def top_organisations(selection, limit=TOP_ORGANISATIONS, date=None) -> list[tuple[str, str, int]]:
    """(slug, name, partnerships) of the organisations in most partnerships of the selection.
    Grouped on the memberships, not on organisations with all their columns (3x faster)."""
    rows = (
        _members(date)
        .filter(partnership__in=selection)
        .values("organisation_id", "organisation__slug", "organisation__name")
        .annotate(n=Count("partnership", distinct=True))
        .order_by("-n", "organisation__name", "organisation_id")[:limit]
    )
    return [(row["organisation__slug"], row["organisation__name"], row["n"]) for row in rows]


def key_figures(selection, date=None) -> dict:
    memberships = _members(date).filter(partnership__in=selection)
    return {
        "organisations": memberships.values("organisation").distinct().count(),
        "memberships": memberships.count(),
    }


def insight_counts(selection, date=None) -> dict:
    """Every figure the insights page shows, as plain values (so that they can be kept)."""
    domains, without_domain = domain_counts(selection)
    provinces, without_province = province_counts(selection)
    return {
        "total": selection.count(),
        "figures": key_figures(selection, date),
        "forms": legal_form_counts(selection, date),
        "domains": domains,
        "without_domain": without_domain,
        "provinces": provinces,
        "without_province": without_province,
        "histogram": [(str(label), n) for label, n in participant_histogram(selection, date)],
        "organisations": top_organisations(selection, date=date),
    }


def insights_charts(
    counts: dict,
    *,
    base_url: str,
    organisations_url: str,
    query: RegisterQuery,
) -> list:
    """The five charts of the insights page, as BarChart contexts, from insight_counts()."""
    partnerships = _("Number of partnerships")
    total = counts["total"]
    charts = []

    forms = counts["forms"]
    charts.append(
        bar_chart(
            [
                (label, n, _register_link(base_url, query, "rechtsvorm", kind))
                for kind, label, n in forms
            ],
            id="chart-legal-form",
            title=_("Partnerships by legal form"),
            label_heading=_("Legal form"),
            value_heading=partnerships,
            total=total,
        )
    )

    domains, without_domain = counts["domains"], counts["without_domain"]
    rows = [
        (label, n, _register_link(base_url, query, "domein", slug)) for slug, label, n in domains
    ]
    if without_domain:
        rows.append((_("No policy domain recorded"), without_domain))
    charts.append(
        bar_chart(
            rows,
            id="chart-domain",
            title=_("Partnerships by policy domain"),
            label_heading=_("Policy domain"),
            value_heading=partnerships,
            total=total,
            note=_("A partnership can work in several policy domains, so the bars add up to more."),
        )
    )

    provinces, without_province = counts["provinces"], counts["without_province"]
    rows = [
        (name, n, _register_link(base_url, query, "provincie", slug)) for slug, name, n in provinces
    ]
    if without_province:
        rows.append((_("No province recorded"), without_province))
    charts.append(
        bar_chart(
            rows,
            id="chart-province",
            title=_("Partnerships by province"),
            label_heading=_("Province"),
            value_heading=partnerships,
            total=total,
            note=_("A partnership can span several provinces."),
        )
    )

    charts.append(
        bar_chart(
            counts["histogram"],
            id="chart-participants",
            title=_("Partnerships by number of participants"),
            label_heading=_("Participants"),
            value_heading=partnerships,
            total=total,
        )
    )

    organisations = counts["organisations"]
    suffix = query.peildatum.qs
    charts.append(
        bar_chart(
            [(name, n, f"{organisations_url}{slug}/{suffix}") for slug, name, n in organisations],
            id="chart-organisations",
            title=ngettext(
                "The organisation in most partnerships",
                "The %(count)s organisations in most partnerships",
                len(organisations),
            )
            % {"count": len(organisations)},
            label_heading=_("Organisation"),
            value_heading=partnerships,
            total=total,
        )
    )
    return charts


def _selection(query):
    """The partnerships charted: the search's selection, public, on the query's date."""
    result = search_register(query, with_facets=False)
    # Re-applying public() keeps drafts out whatever the search layer returns.
    selection = Partnership.objects.public().filter(pk__in=result.partnerships.values("pk"))
    if query.peildatum:
        selection = peildatum.dated(selection, query.peildatum.date)
    return selection


def comparison(query, other) -> dict | None:
    """Key figures and legal forms on the query's date (or today) and on `other`, side by
    side: [(label, first, second, difference)]."""
    if not other:
        return None
    second_query = replace(query, peildatum=other)
    first, second = _selection(query), _selection(second_query)
    date = query.peildatum.date
    first_figures = {**key_figures(first, date), "partnerships": first.count()}
    second_figures = {**key_figures(second, other.date), "partnerships": second.count()}
    labels = {
        "partnerships": _("Partnerships"),
        "organisations": _("Organisations taking part"),
        "memberships": _("Participations"),
    }
    rows = [(label, first_figures[key], second_figures[key]) for key, label in labels.items()]
    first_forms = {kind: (label, n) for kind, label, n in legal_form_counts(first, date)}
    second_forms = {kind: (label, n) for kind, label, n in legal_form_counts(second, other.date)}
    for kind in sorted(set(first_forms) | set(second_forms)):
        label = (first_forms.get(kind) or second_forms.get(kind))[0]
        rows.append(
            (
                _("Legal form: %(form)s") % {"form": label},
                first_forms.get(kind, ("", 0))[1],
                second_forms.get(kind, ("", 0))[1],
            )
        )
    return {
        "first": query.peildatum.date,
        "second": other.date,
        "rows": [(label, a, b, b - a) for label, a, b in rows],
    }


def indexed_insight_counts(index, query) -> dict:
    """insight_counts() of today's register narrowed by facets only, from the facet bitmaps
    (registers/facet_index.py): intersections instead of grouped counts over the selection
    (1.5 s at 50,000 entries in SQL), then the labels of the values counted."""
    selection = index.selection(None, query)

    def counted(param):
        return index.value_counts(param, selection)

    forms = counted("rechtsvorm")
    labels = dict(PartnershipKind.choices)
    domains = counted("domein")
    provinces = counted("provincie")
    participants = counted("deelnemer")
    sizes = {n: selection.intersection_cardinality(p) for n, p in index.sizes.items()}
    buckets = _buckets({**sizes, 0: len(selection) - sum(sizes.values())})
    # Among equal counts by name in the database's collation, as the SQL counts order them
    # (Python's sort is stable).
    named = (
        Organisation.objects.filter(slug__in=list(participants))
        .order_by("name", "pk")
        .values_list("slug", "name")
    )
    ranked = sorted(named, key=lambda row: -participants[row[0]])
    in_provinces = (
        Organisation.objects.public()
        .filter(slug__in=list(provinces))
        .order_by("name")
        .values_list("slug", "name")
    )
    domain_rows = PolicyDomain.objects.filter(slug__in=list(domains))
    return {
        "total": len(selection),
        "figures": {
            "organisations": len(participants),
            "memberships": sum(n * count for n, count in sizes.items()),
        },
        "forms": sorted(
            ((kind, str(labels.get(kind, kind)), n) for kind, n in forms.items()),
            key=lambda row: (-row[2], row[1].lower()),
        ),
        "domains": sorted(
            ((d.slug, d.label, domains[d.slug]) for d in domain_rows),
            key=lambda row: (-row[2], row[1].lower()),
        ),
        "without_domain": index.without("domein", selection),
        "provinces": [
            (slug, name, provinces[slug])
            for slug, name in sorted(in_provinces, key=lambda row: -provinces[row[0]])
        ],
        "without_province": index.without("provincie", selection),
        "histogram": [(str(label), n) for label, n in buckets],
        "organisations": [
            (slug, name, participants[slug]) for slug, name in ranked[:TOP_ORGANISATIONS]
        ],
    }


def whole_register_counts(query: RegisterQuery) -> dict:
    """The figures and charts of a selection. They depend on the published register and the
    query only: kept per generation, so that the page costs the same at 5,000 and 50,000
    entries (and computed ahead for the unfiltered page after a change, registers/tasks.py).
    Today's register narrowed by facets is counted from the facet bitmaps; a text or a date
    in SQL."""

    def compute():
        index = None if query.text else index_for(query)
        if index is not None:
            return indexed_insight_counts(index, query)
        return insight_counts(_selection(query), query.peildatum.date)

    return cached_per_generation("insights", query, compute)


def insights_view(request, page):
    from registers.views import peildatum_context

    query = RegisterQuery.from_params(request.GET)
    other = peildatum.parse({peildatum.PARAM: request.GET.get(COMPARE_PARAM, "")})
    counts = whole_register_counts(query)
    base_url = page.get_url(request)
    fields = filter_fields(query)
    response = page.render(
        request,
        template="registers/insights.html",
        context_overrides={
            **peildatum_context(request, query.peildatum),
            "total": counts["total"],
            "figures": counts["figures"],
            "charts": insights_charts(
                counts,
                base_url=base_url,
                organisations_url=base_url + page.subpath("organisaties/"),
                query=query,
            ),
            "compare": other,
            "comparison": cached_per_generation(
                "comparison", query, lambda: comparison(query, other), other.iso
            )
            if other
            else None,
            "filter_fields": fields,
            "hidden_params": hidden_params(query, fields),
            "active_filters": active_filters(query),
            "is_filtered": bool(query.selected or query.text),
            "breadcrumb_trail": [(_("Insights"), None)],
        },
    )
    if query.peildatum.error or other.error:
        response.status_code = 400
    return response
