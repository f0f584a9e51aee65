"""Views outside the page tree: robots.txt, the language redirect and the error pages."""

from django.conf import settings
from django.http import HttpResponse
from django.template import loader
from django.utils import translation
from django.views.decorators.http import require_GET

from cms.database_faults import unavailable_response_for
from cms.site_url import absolute_url


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
