"""Public pages of the financial scan, served by RegisterPage's routes: the index of policy
domains with figures, and per domain a comparison of its partnerships (chart, table, CSV).
The calculations are registers/financial_scan.py's."""

import io

from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.utils.http import urlencode
from django.utils.text import slugify
from django.utils.translation import gettext as _

from cms.querystring import clean_text
from registers import financial_scan as scan
from registers.exports import write_csv
from registers.models import PolicyDomain

FORMATS = {"html", "csv"}


def _bad_request(message):
    return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")


def scan_url(page, request=None, domain=None) -> str:
    """The scan's index, or a domain's comparison, in the page's language."""
    subpath = f"financiele-scan/{domain.slug}/" if domain else "financiele-scan/"
    return page.get_url(request) + page.subpath(subpath)


def scan_index(request, page):
    return page.render(
        request,
        template="registers/financial_scan_index.html",
        context_overrides={
            "domains": [
                (domain, count, latest, scan_url(page, request, domain))
                for domain, count, latest in scan.domains_with_figures()
            ],
            "ratios": scan.RATIOS,
            "breadcrumb_trail": [(_("Financial scan"), None)],
        },
    )


def scan_domain(request, page, slug):
    domain = get_object_or_404(PolicyDomain, slug=slug)
    output = clean_text(request.GET.get("format", "html"), 10) or "html"
    if output not in FORMATS:
        return _bad_request(_("Unknown format. Use format=csv or leave it out."))
    ratio_slug = clean_text(request.GET.get("kengetal", ""), 40) or scan.RATIOS[0].slug
    ratio = scan.RATIOS_BY_SLUG.get(ratio_slug)
    if ratio is None:
        return _bad_request(
            _("Unknown ratio. Use kengetal=%(choices)s.")
            % {"choices": ", ".join(r.slug for r in scan.RATIOS)}
        )
    years = scan.domain_years(domain)
    if not years:
        raise Http404(_("This policy domain has no figures yet."))
    year_text = clean_text(request.GET.get("jaar", ""), 10)
    if year_text:
        # isdecimal() and isascii(): "²" and "٣" pass isdigit() but are no year for int().
        if not (year_text.isascii() and year_text.isdecimal()) or int(year_text) not in years:
            return _bad_request(
                _("No figures for that year. Choose one of: %(years)s.")
                % {"years": ", ".join(str(y) for y in years)}
            )
        year = int(year_text)
    else:
        year = years[0]
    comparison = scan.compare_domain(domain, year, years=years)
    if output == "csv":
        return _csv(comparison, page, request)
    rows = [
        {
            "partnership": row.partnership,
            "url": page.partnership_url(row.partnership, request),
            "figure": row.figure,
            "values": [scan.format_ratio(row.ratios.value(r), r) for r in scan.RATIOS],
            "from_region": row.ratios.inhabitants_from_region,
            "inhabitants": row.ratios.inhabitants,
        }
        for row in comparison.rows
    ]
    base = scan_url(page, request, domain)
    return page.render(
        request,
        template="registers/financial_scan_domain.html",
        context_overrides={
            "domain": domain,
            "comparison": comparison,
            "rows": rows,
            "ratios": scan.RATIOS,
            "ratio": ratio,
            "medians": [scan.format_ratio(comparison.median(r), r) for r in scan.RATIOS],
            "chart": scan.ratio_chart(comparison, ratio, id="scan-chart"),
            "year": year,
            "years": years,
            "index_url": scan_url(page, request),
            "csv_url": base + "?" + urlencode({"jaar": year, "format": "csv"}),
            "breadcrumb_trail": [
                (_("Financial scan"), scan_url(page, request)),
                (domain.label, None),
            ],
            "demo": any("demo" in (row.figure.source or "").lower() for row in comparison.rows),
        },
    )


def csv_columns():
    return [
        _("Partnership"),
        _("Year"),
        _("Source"),
        _("Contribution of the province (€)"),
        _("Participants' contributions (€)"),
        _("Inhabitants"),
        _("Equity at start of year (€)"),
        _("Equity at end of year (€)"),
        _("Debt at start of year (€)"),
        _("Debt at end of year (€)"),
        _("Result (€)"),
        *[f"{ratio.label}" for ratio in scan.RATIOS],
        _("Risk profile"),
        _("Link"),
    ]


def _number(value):
    return "" if value is None else value


def _ratio_value(value, ratio):
    """Percentages as a share with four decimals (0.4512), money with two: plain numbers
    a spreadsheet can compute with."""
    if value is None:
        return ""
    return round(value, 4 if ratio.unit == "percent" else 2)


def _csv(comparison, page, request):
    columns = csv_columns()
    rows = []
    for row in comparison.rows:
        figure = row.figure
        values = [
            row.partnership.name,
            figure.year,
            figure.source,
            _number(figure.contribution),
            _number(figure.participants_contribution),
            _number(row.ratios.inhabitants),
            _number(figure.equity_start),
            _number(figure.equity_end),
            _number(figure.debt_start),
            _number(figure.debt_end),
            _number(figure.result),
            *[_ratio_value(row.ratios.value(r), r) for r in scan.RATIOS],
            figure.get_risk_profile_display(),
            page.get_full_url(request) + row.partnership.slug + "/",
        ]
        rows.append(dict(zip(columns, values, strict=True)))
    median_row = {columns[0]: _("Median"), columns[1]: comparison.year}
    for index, ratio in enumerate(scan.RATIOS):
        median_row[columns[11 + index]] = _ratio_value(comparison.median(ratio), ratio)
    rows.append(median_row)
    handle = io.BytesIO()
    write_csv(handle, rows, columns)
    response = HttpResponse(handle.getvalue(), content_type="text/csv; charset=utf-8")
    name = slugify(f"financiele-scan-{comparison.domain.slug}-{comparison.year}")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return response
