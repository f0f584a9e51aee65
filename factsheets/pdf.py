"""PDF factsheets: one function per kind, `render_<kind>_factsheet(obj, request) -> bytes`.

Each builds a template context from the object (`<kind>_context`), renders a standalone
template from templates/factsheets/ and turns it into a PDF/UA-1 document with WeasyPrint:
tagged structure, /Lang from <html lang>, /Title from <title> (shown by viewers), alt texts,
and only the site's own Noto Sans fonts, embedded. Resources are fetched by
factsheets.fetcher.site_url_fetcher(), which serves the site's own files and nothing else.

The functions render in the active language (translation.get_language(); the /nl/ or /en/
prefix of the URL, or translation.override() in tasks). `request` is optional: URLs in the
PDF come from the Wagtail Site, so a background task renders the same document a visitor
gets. Caching is not done here (factsheets/cache.py); these functions always render.
"""

import base64
import collections
import logging
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Prefetch
from django.template.defaultfilters import floatformat
from django.template.loader import render_to_string
from django.utils import formats, timezone, translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from cms.site_url import site_root_url
from factsheets.charts import finance_chart, money
from factsheets.fetcher import site_url_fetcher
from factsheets.pdf_structure import finish_structure

logger = logging.getLogger(__name__)

# The selection factsheet lists at most this many partnerships; the PDF says so and links
# the CSV export, which has them all.
SELECTION_ROW_LIMIT = 500
PDF_VARIANT = "pdf/ua-1"


class FactsheetError(Exception):
    """Rendering a factsheet failed (WeasyPrint or the template raised)."""


# --- the shared part ---------------------------------------------------------------------


def css_string(value: str) -> str:
    """`value` as the inside of a double-quoted CSS string, safe in a <style> element."""
    escaped = []
    for char in str(value):
        if char in '"\\' or char in "<>&" or ord(char) < 0x20:
            escaped.append(f"\\{ord(char):x} ")
        else:
            escaped.append(char)
    return "".join(escaped)


def page_counter_css() -> str:
    """The CSS `content` value of "Page 1 of 3" in the active language, with the numbers
    from counter(page) and counter(pages)."""
    text = _("Page %(page)s of %(pages)s")
    marker = "\x00"
    parts = (text % {"page": marker + "page" + marker, "pages": marker + "pages" + marker}).split(
        marker
    )
    tokens = []
    for index, part in enumerate(parts):
        if index % 2:
            tokens.append(f"counter({part})")
        elif part:
            tokens.append(f'"{css_string(part)}"')
    return " ".join(tokens)


def qr_code_data_uri(url: str) -> str:
    """A QR code of `url` as an SVG data URI (vector, so it stays sharp in print)."""
    import segno

    svg = segno.make(url, error="m").svg_inline(scale=4, border=2, dark="#1a1a1a", light="#fff")
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def site_name() -> str:
    return getattr(settings, "WAGTAIL_SITE_NAME", "") or "Samenwerkingsportaal"


def base_url_of(page, request=None) -> str:
    """The site's root URL (https://host/), against which relative URLs in the HTML resolve:
    links stay links to the site, /static/ and /media/ are served by the fetcher."""
    site = page.get_site() if page is not None else None
    if site is not None:
        return site.root_url + "/"
    return site_root_url(request) + "/"


def base_context(*, kind_label: str, title: str, url: str, description: str = "", preview=False):
    generated_at = timezone.localtime()
    generated = _("Generated on %(date)s") % {"date": formats.date_format(generated_at, "j F Y")}
    return {
        "language": translation.get_language() or settings.LANGUAGE_CODE,
        "site_name": site_name(),
        "kind_label": kind_label,
        "document_title": f"{title} – {kind_label}",
        "document_description": description or title,
        "url": url,
        "qr_code": qr_code_data_uri(url) if url else "",
        "generated_at": generated_at,
        "preview": preview,
        "css": {
            "site_name": css_string(site_name()),
            "generated": css_string(generated),
            "page_counter": page_counter_css(),
        },
    }


def write_pdf(html: str, base_url: str) -> bytes:
    """HTML → PDF/UA-1 bytes. WeasyPrint is imported here: loading it takes a while and
    only the processes that render need it."""
    from weasyprint import HTML

    fetcher = site_url_fetcher(base_url)
    try:
        return HTML(string=html, base_url=base_url, url_fetcher=fetcher).write_pdf(
            pdf_variant=PDF_VARIANT, finisher=finish_structure
        )
    finally:
        refused = fetcher.resources.refused
        if refused:
            logger.warning(
                "Factsheet rendered without %d resource(s) it may not fetch: %s",
                len(refused),
                ", ".join(refused[:5]),
            )


def render_html(template: str, context: dict) -> str:
    return render_to_string(template, context)


def render(template: str, context: dict, base_url: str) -> bytes:
    try:
        return write_pdf(render_html(template, context), base_url)
    except Exception as exc:
        raise FactsheetError(f"{template}: {exc.__class__.__name__}: {exc}") from exc


def _date(value) -> str:
    return formats.date_format(value, "j F Y") if value else ""


def _period(joined, left) -> str:
    if joined and left:
        return f"{_date(joined)} – {_date(left)}"
    if joined:
        return _("since %(date)s") % {"date": _date(joined)}
    if left:
        return _("until %(date)s") % {"date": _date(left)}
    return ""


def _register_page(page=None):
    from registers.models import RegisterPage

    return page or RegisterPage.for_active_language()


def _full_url(page, suffix="", request=None) -> str:
    if page is None:
        return ""
    root = page.get_full_url(request)
    return f"{root}{suffix}" if root else ""


# --- partnership -------------------------------------------------------------------------


def load_partnership(queryset, **lookup):
    """A partnership with everything its factsheet shows, in a handful of queries."""
    from registers.models import Membership

    return (
        queryset.select_related("bronhouder")
        .prefetch_related(
            "domains",
            "provinces",
            "regions__division",
            "financial_figures",
            "risks",
            "documents__document",
            Prefetch("memberships", queryset=Membership.objects.select_related("organisation")),
        )
        .get(**lookup)
    )


def partnership_context(partnership, page=None, request=None, *, preview=False) -> dict:
    """Works on a partnership from the database and on one restored from a revision (a
    preview), so it only uses `.all()` on relations."""
    page = _register_page(page)
    memberships = sorted(
        partnership.memberships.all(),
        key=lambda m: (m.left is not None, m.organisation.name.lower()),
    )
    figures = sorted(partnership.financial_figures.all(), key=lambda f: f.year, reverse=True)
    seat = ", ".join(
        part
        for part in (
            partnership.seat_address,
            " ".join(p for p in (partnership.seat_postcode, partnership.seat_place) if p),
        )
        if part
    )
    url = _full_url(page, f"{partnership.slug}/", request)
    context = base_context(
        kind_label=_("Factsheet partnership"),
        title=partnership.name,
        url=url,
        description=_("Factsheet of %(name)s from the register of partnerships")
        % {"name": partnership.name},
        preview=preview,
    )
    context.update(
        {
            "page": page,
            "partnership": partnership,
            "show_abbreviation": bool(
                partnership.abbreviation and partnership.abbreviation not in partnership.name
            ),
            "domains": [domain.label for domain in partnership.domains.all()],
            "provinces": [province.name for province in partnership.provinces.all()],
            "seat": seat,
            "memberships": [
                {
                    "name": m.organisation.name,
                    "historical": m.organisation.is_historical,
                    "role": m.get_role_display(),
                    "period": _period(m.joined, m.left),
                    "cost_share": f"{floatformat(m.cost_share, '-2')}%"
                    if m.cost_share is not None
                    else "",
                    "contribution": money(m.annual_contribution),
                }
                for m in memberships
            ],
            "figures": [
                {
                    "year": f.year,
                    "contribution": money(f.contribution),
                    "participants": money(f.participants_contribution),
                    "result": money(f.result),
                    "equity": _arrow(f.equity_start, f.equity_end),
                    "debt": _arrow(f.debt_start, f.debt_end),
                    "risk": f.get_risk_profile_display(),
                }
                for f in figures
            ],
            "figure_sources": sorted({f.source for f in figures if f.source}),
            "scan": _scan_context(partnership),
            "chart": finance_chart(figures, chart_id="finance-chart"),
            "regions": list(partnership.regions.all()),
            "documents": partnership.documents_by_year,
            "source": partnership.import_source
            or _("Register of partnerships, %(site)s") % {"site": site_name()},
        }
    )
    return context


def _scan_context(partnership):
    """The financial scan's result (registers/financial_scan.py): the latest year's ratios
    beside the medians of the partnership's policy domains, and the risks."""
    from registers.financial_scan import partnership_scan

    scan = partnership_scan(partnership)
    if scan is None:
        return None
    return {
        "year": scan.figure.year,
        "demo": "demo" in (scan.figure.source or "").lower(),
        "domains": [
            {"label": domain.label, "count": count} for domain, count, _m in scan.comparisons
        ],
        "rows": [
            {"label": ratio.label, "value": value, "medians": [m for _d, _c, m in medians]}
            for ratio, value, medians in scan.rows
        ],
        "risks": scan.risks,
        "public_interest": scan.figure.public_interest,
    }


def _arrow(start, end) -> str:
    if start is None and end is None:
        return ""
    return f"{money(start) or '?'} – {money(end) or '?'}"


def render_partnership_factsheet(partnership, request=None, *, page=None, preview=False) -> bytes:
    page = _register_page(page)
    context = partnership_context(partnership, page, request, preview=preview)
    return render("factsheets/partnership.html", context, base_url_of(page, request))


# --- organisation ------------------------------------------------------------------------


def organisation_memberships(organisation):
    """The organisation's memberships of published partnerships, by partnership name."""
    from registers.models import Membership

    return list(
        Membership.objects.filter(organisation=organisation, partnership__live=True)
        .select_related("partnership")
        .prefetch_related("partnership__domains")
        .order_by("partnership__name", "joined", "pk")
    )


def organisation_context(organisation, page=None, request=None, memberships=None) -> dict:
    page = _register_page(page)
    if memberships is None:
        memberships = organisation_memberships(organisation)
    roles = collections.Counter(m.get_role_display() for m in memberships)
    route = page.subpath(f"organisaties/{organisation.slug}/") if page else ""
    url = _full_url(page, route, request)
    context = base_context(
        kind_label=_("Factsheet organisation"),
        title=organisation.name,
        url=url,
        description=_("Partnerships in which %(name)s takes part") % {"name": organisation.name},
    )
    context.update(
        {
            "page": page,
            "organisation": organisation,
            "memberships": [
                {
                    "name": m.partnership.display_name,
                    "url": _full_url(page, f"{m.partnership.slug}/", request),
                    "role": m.get_role_display(),
                    "kind": m.partnership.get_kind_display(),
                    "domains": ", ".join(d.label for d in m.partnership.domains.all()),
                    "period": _period(m.joined, m.left),
                    "current": m.left is None,
                }
                for m in memberships
            ],
            "partnership_count": len({m.partnership_id for m in memberships}),
            "roles": sorted(roles.items(), key=lambda item: (-item[1], item[0])),
            "regions": list(organisation.regions.select_related("division")),
            "successors": list(organisation.successors.all()),
            "source": _("Register of partnerships, %(site)s") % {"site": site_name()},
        }
    )
    context.update(organisation_dossier(organisation))
    return context


def organisation_dossier(organisation) -> dict:
    """The province's dossier of the organisation (dossiers/): its account holders and the
    toezicht judgements, as the organisation page shows them."""
    from dossiers.sections import supervision_judgements

    return {
        "account_holders": list(organisation.account_holders.all()),
        "judgements": list(supervision_judgements(organisation)),
    }


def render_organisation_factsheet(organisation, request=None, *, page=None, memberships=None):
    page = _register_page(page)
    context = organisation_context(organisation, page, request, memberships)
    return render("factsheets/organisation.html", context, base_url_of(page, request))


# --- programme line ----------------------------------------------------------------------


@dataclass
class EventRow:
    title: str
    when: str
    where: str
    url: str


MAX_EVENTS = 20


def programme_line_events(page):
    """The programme line's upcoming events, as its page lists them (the agenda decides)."""
    from agenda import listings

    return listings.programme_line_events(page)


def page_events(page, request=None) -> list[EventRow]:
    """Upcoming events of the programme line. Only public facts of an event: its title,
    start, venue and page."""
    rows = []
    for event in programme_line_events(page)[:MAX_EVENTS]:
        start = getattr(event, "start", None) or getattr(event, "date", None)
        if start is not None and hasattr(start, "hour"):
            when = formats.date_format(timezone.localtime(start), "j F Y, H:i")
        else:
            when = _date(start)
        url = event.get_full_url(request) if hasattr(event, "get_full_url") else ""
        rows.append(
            EventRow(
                title=str(getattr(event, "title", event)),
                when=when,
                where=getattr(event, "location_name", "") or "",
                url=url or "",
            )
        )
    return rows


def programme_line_context(page, request=None, *, preview=False) -> dict:
    from pages.choices import ActionStatus

    labels = dict(ActionStatus.choices)
    actions = []
    for block in page.actions or []:
        if block.block_type != "action":
            continue
        value = block.value
        actions.append(
            {
                "title": value.get("title", ""),
                "description": value.get("description", ""),
                "status": value.get("status", ""),
                "status_label": str(labels.get(value.get("status"), "")),
                "team": value.get("team", ""),
                "timeframe": value.get("timeframe", ""),
            }
        )
    summary = collections.Counter(action["status_label"] for action in actions if action["status"])
    instruments = [
        {
            "title": instrument.title,
            "intro": instrument.intro,
            "url": instrument.get_full_url(request) or "",
        }
        for instrument in page.related_instruments()
    ]
    title = f"{page.number}. {page.title}"
    context = base_context(
        kind_label=_("Factsheet programme line"),
        title=title,
        url=page.get_full_url(request) or "",
        description=page.intro or page.goal,
        preview=preview,
    )
    context.update(
        {
            "page": page,
            "title": title,
            "actions": actions,
            "status_summary": sorted(summary.items(), key=lambda item: (-item[1], item[0])),
            "instruments": instruments,
            "events": page_events(page, request),
            "last_published_at": page.last_published_at,
            "source": site_name(),
        }
    )
    return context


def render_programme_line_factsheet(page, request=None, *, preview=False) -> bytes:
    context = programme_line_context(page, request, preview=preview)
    return render("factsheets/programme_line.html", context, base_url_of(page, request))


# --- register selection ------------------------------------------------------------------


def selection_filters(query) -> list[tuple[str, str]]:
    """[(facet label, chosen values)] of a RegisterQuery, for the PDF's heading."""
    from registers.search import FACETS_BY_PARAM

    rows = []
    if query.text:
        rows.append((_("Search text"), query.text))
    for param, values in query.selected.items():
        facet = FACETS_BY_PARAM[param]
        labels = facet.labels(values)
        rows.append((str(facet.label), ", ".join(labels.get(value, value) for value in values)))
    return rows


def selection_params(query) -> list[tuple[str, str]]:
    params = query.as_params()
    if query.sort:
        params.append(("sort", query.sort))
    return params


def selection_context(query, result, page=None, request=None) -> dict:
    from registers.charts import bar_chart
    from registers.choices import PartnershipKind
    from registers.models import Partnership

    page = _register_page(page)
    shown_ids = result.ids[:SELECTION_ROW_LIMIT]
    order = {pk: index for index, pk in enumerate(shown_ids)}
    partnerships = sorted(
        Partnership.objects.filter(pk__in=shown_ids)
        .prefetch_related("domains")
        .annotate(participant_count=Count("memberships")),
        key=lambda partnership: order[partnership.pk],
    )
    params = selection_params(query)
    register_url = _full_url(page, "", request)
    query_string = urlencode(params)
    url = f"{register_url}?{query_string}" if query_string else register_url
    kinds = dict(PartnershipKind.choices)
    per_kind = result.partnerships.order_by().values("kind").annotate(n=Count("pk")).order_by("-n")
    chart = bar_chart(
        [(str(kinds.get(row["kind"], row["kind"])), row["n"]) for row in per_kind],
        id="legal-forms",
        title=_("Partnerships per legal form"),
        label_heading=_("Legal form"),
        value_heading=_("Partnerships"),
        total=result.count,
    )
    context = base_context(
        kind_label=_("Factsheet register selection"),
        title=_("Selection from the register"),
        url=url,
        description=_("Overview of %(count)s partnerships from the register")
        % {"count": result.count},
    )
    context.update(
        {
            "page": page,
            "filters": selection_filters(query),
            "count": result.count,
            "limit": SELECTION_ROW_LIMIT,
            "truncated": result.count > SELECTION_ROW_LIMIT,
            "csv_url": f"{register_url}?{urlencode([*params, ('format', 'csv')])}",
            "chart": chart,
            "rows": [
                {
                    "name": partnership.display_name,
                    "url": f"{register_url}{partnership.slug}/",
                    "kind": partnership.get_kind_display(),
                    "domains": ", ".join(domain.label for domain in partnership.domains.all()),
                    "phase": partnership.get_phase_display(),
                    "status": partnership.get_status_display(),
                    "participants": partnership.participant_count,
                    "last_verified": _date(partnership.last_verified),
                }
                for partnership in partnerships
            ],
            "source": _("Register of partnerships, %(site)s") % {"site": site_name()},
        }
    )
    return context


def render_selection_factsheet(query, request=None, *, page=None, result=None) -> bytes:
    """The overview of a register selection (`query`: registers.search.RegisterQuery)."""
    from registers.search import search_register

    page = _register_page(page)
    if result is None:
        result = search_register(query, with_facets=False)
    context = selection_context(query, result, page, request)
    return render("factsheets/selection.html", context, base_url_of(page, request))
