"""The financial scan's result on a partnership page:
`{% financial_scan_of partnership page as result %}` (registers/financial_scan.py). A tag rather
than view context, so previews of a revision show it too."""

from django import template

from registers import financial_scan

register = template.Library()


@register.simple_tag(takes_context=True)
def financial_scan_of(context, partnership, page=None):
    scan = financial_scan.partnership_scan(partnership)
    if scan is None:
        return None
    request = context.get("request")
    links = []
    if page is not None and hasattr(page, "subpath"):
        base = page.get_url(request)
        for domain, _count, _medians in scan.comparisons:
            links.append((domain, base + page.subpath(f"financiele-scan/{domain.slug}/")))
    return {"scan": scan, "rows": scan.rows, "links": links}
