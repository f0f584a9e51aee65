"""Views outside the page tree: robots.txt, the HTML sitemap, the language redirect and the
error pages."""

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.template import loader
from django.utils import translation
from django.views.decorators.http import require_GET

from wagtail.models import Page

from cms.database_faults import unavailable_response_for
from cms.site_url import absolute_url
from pages.templatetags.pages_tags import home_for_language


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*?*q=",
        f"Sitemap: {absolute_url('/sitemap.xml', request)}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def _language_from_path(path: str) -> str:
    prefix = path.lstrip("/").split("/", 1)[0]
    codes = {code for code, _name in settings.LANGUAGES}
    return prefix if prefix in codes else settings.LANGUAGE_CODE


def server_error(request):
    """500 page in the visitor's language, rendered without touching the database; a 503
    when the error is the database being unreachable (cms/database_faults.py)."""
    unavailable = unavailable_response_for(request)
    if unavailable is not None:
        return unavailable
    language = _language_from_path(request.path)
    with translation.override(language):
        body = loader.get_template("500.html").render({"LANGUAGE_CODE": language})
    return HttpResponse(body, status=500)


@require_GET
def sitemap_page(request):
    """The site's pages for visitors, by section, in the language of the URL (/nl/sitemap/,
    /en/sitemap/): one query for the live, public pages of that language's tree."""
    home = home_for_language(request)
    sections = []
    if home is not None:
        pages = (
            Page.objects.descendant_of(home)
            .live()
            .public()
            .filter(alias_of__isnull=True)
            .order_by("path")
            .only("id", "title", "path", "depth", "url_path", "locale_id")
        )
        sections = _tree(home, pages)
    return render(request, "pages/sitemap.html", {"home": home, "sections": sections})


def _tree(home, pages) -> list[dict]:
    """Nest pages (ordered by path) under their parents: [{"page", "children"}, …]."""
    nodes = {home.path: {"page": home, "children": []}}
    step = Page.steplen
    for page in pages:
        parent = nodes.get(page.path[:-step])
        if parent is None:  # below a page that is not live or not public: not listed
            continue
        node = {"page": page, "children": []}
        parent["children"].append(node)
        nodes[page.path] = node
    return nodes[home.path]["children"]
