"""Template tags for the site's chrome: navigation, language switcher, breadcrumbs, JSON-LD."""

import json

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from wagtail.models import Locale, Page, Site

from cms.site_url import absolute_url

register = template.Library()

# Escape what could end the <script> element or start a comment, as json_script does.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def jsonld(data) -> str:
    """Render a dict as a schema.org JSON-LD script element."""
    payload = json.dumps(data, ensure_ascii=False, default=str).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


def _site(request):
    return Site.find_for_request(request) if request is not None else None


def home_for_language(request, language_code=None):
    """The live home page of the given (or active) language, or None.

    Remembered on the request: the header, menu, footer and language switcher each ask.
    """
    code = language_code or get_language()
    remembered = getattr(request, "_home_for_language", None) if request is not None else None
    if remembered is not None and code in remembered:
        return remembered[code]
    home = _find_home(request, code)
    if request is not None:
        if remembered is None:
            remembered = request._home_for_language = {}
        remembered[code] = home
    return home


def _find_home(request, code):
    site = _site(request)
    if site is None:
        return None
    root = site.root_page
    try:
        locale = Locale.objects.get_for_language(code)
    except Locale.DoesNotExist:
        return root.specific
    page = root.get_translation_or_none(locale)
    return (page or root).specific


@register.simple_tag(takes_context=True)
def site_home(context):
    return home_for_language(context.get("request"))


@register.simple_tag(takes_context=True)
def main_menu(context):
    home = home_for_language(context.get("request"))
    if home is None:
        return Page.objects.none()
    return home.get_children().live().public().in_menu().specific()


@register.simple_tag(takes_context=True)
def footer_pages(context):
    from pages.models import ContentPage

    home = home_for_language(context.get("request"))
    if home is None:
        return ContentPage.objects.none()
    return ContentPage.objects.child_of(home).live().public().order_by("path")


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per language: where this page lives in that language.

    Pages link their own translation (with the routable sub-path and query string kept),
    other views their translated URL. A page without a translation links the home page
    of the other language and is marked unavailable, so the switcher never leads to a 404.
    """
    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    current = get_language()
    links = []
    for code, name in settings.LANGUAGES:
        entry = {"code": code, "name": name, "current": code == current, "available": True}
        if page is not None and isinstance(page, Page):
            url = _translated_page_url(request, page, code)
            if url is None:
                home = home_for_language(request, code)
                url = home.get_url(request) if home else f"/{code}/"
                entry["available"] = False
        else:
            url = translate_url(request.get_full_path(), code)
        entry["url"] = url
        entry["full_url"] = absolute_url(url, request)
        links.append(entry)
    return links


@register.simple_tag(takes_context=True)
def site_url(context, url):
    """`url` made absolute on the Site record's host and port (cms/site_url.py)."""
    return absolute_url(url, context.get("request"))


def _translated_page_url(request, page, code):
    try:
        locale = Locale.objects.get_for_language(code)
    except Locale.DoesNotExist:
        return None
    if page.locale_id == locale.pk:
        translation = page
    else:
        translation = page.get_translation_or_none(locale)
        if translation is None or not translation.live:
            return None
    base_url = translation.get_url(request)
    if base_url is None:
        return None
    # Keep a routable page's sub-path (e.g. /nl/register/<slug>/) and the query string.
    own_url = page.get_url(request) or ""
    remainder = request.path[len(own_url) :] if request.path.startswith(own_url) else ""
    query = request.META.get("QUERY_STRING", "")
    return base_url + remainder + (f"?{query}" if query else "")


@register.inclusion_tag("tags/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    ancestors = []
    if page is not None and isinstance(page, Page) and page.depth > 2:
        ancestors = page.get_ancestors().filter(depth__gt=1).specific()
    return {
        "page": page,
        "ancestors": ancestors,
        "trail": context.get("breadcrumb_trail") or [],
        "request": context.get("request"),
    }


@register.simple_tag(takes_context=True)
def nav_state(context, item):
    """aria-current for a menu item: "page" on the item itself, "true" inside its section."""
    page = context.get("page")
    if not isinstance(page, Page):
        return ""
    if page.pk == item.pk:
        return "page"
    return "true" if page.path.startswith(item.path) else ""


@register.simple_tag
def querystring_replace(request, **kwargs):
    """The current query string with some parameters replaced (empty values removed)."""
    params = request.GET.copy()
    for key, value in kwargs.items():
        if value in (None, ""):
            params.pop(key, None)
        else:
            params[key] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"
