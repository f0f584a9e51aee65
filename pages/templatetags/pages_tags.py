"""Template tags for the site's chrome: navigation, language switcher, breadcrumbs, JSON-LD."""

import json
import re

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, translate_url
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
    # Keep a routable page's sub-path (e.g. /nl/register/<slug>/) in the words of the
    # translation's language (organisaties/ ↔ organisations/), and the query string.
    remainder = _routed_subpath(request, page)
    match = getattr(request, "routable_resolver_match", None)
    if remainder and match is not None and translation is not page:
        translation = translation.specific
        if hasattr(translation, "reverse_subpage"):
            try:
                remainder = translation.reverse_subpage(
                    match.url_name, args=match.args, kwargs=match.kwargs
                )
            except NoReverseMatch:
                pass
    query = request.META.get("QUERY_STRING", "")
    return base_url + remainder + (f"?{query}" if query else "")


def _routed_subpath(request, page) -> str:
    """The part of the request's path below `page`'s URL: a routable page's route."""
    own_url = page.get_url(request) or ""
    return request.path[len(own_url) :] if own_url and request.path.startswith(own_url) else ""


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's own absolute URL, with the route it shows (a partnership, an organisation)
    but without the query string: each route is its own document; filters are states of it."""
    page, request = context.get("page"), context.get("request")
    if page is None or request is None or not isinstance(page, Page):
        return ""
    url = page.get_url(request)
    return absolute_url(url + _routed_subpath(request, page), request) if url else ""


@register.inclusion_tag("tags/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    ancestors = []
    if page is not None and isinstance(page, Page) and page.depth > 2:
        ancestors = page.get_ancestors().filter(depth__gt=1).specific()
    return {
        "page": page,
        "ancestors": ancestors,
        "trail": [_trail_step(*step) for step in context.get("breadcrumb_trail") or []],
        "request": context.get("request"),
    }


def _trail_step(title, url, language=""):
    """A breadcrumb after the page's own: (title, url, language of the title if it differs
    from the page's: a view names a Dutch-only entry, e.g. a partnership, with "nl")."""
    current = (get_language() or DUTCH).split("-")[0]
    return title, url, language if language and language != current else ""


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


# Language of parts (WCAG 3.1.2). The register's facts are kept in Dutch only: names of
# partnerships, organisations, places and regions, free texts, and the Dutch legal terms that
# English labels quote in brackets. On a page in another language they are marked lang="nl"
# so a screen reader pronounces them as Dutch.
DUTCH = "nl"
_BRACKETED = re.compile(r"\(([^()]+)\)")


def _page_is_dutch() -> bool:
    return (get_language() or DUTCH).split("-")[0] == DUTCH


@register.filter
def in_dutch(value):
    """Dutch-only text, marked lang="nl" on a page in another language."""
    if value in (None, "") or _page_is_dutch():
        return value
    return format_html('<span lang="nl">{}</span>', value)


@register.filter
def dutch_term(term):
    """The label of a bilingual term (a policy domain): marked Dutch when it has no English
    name and so falls back to the Dutch one."""
    if term is None:
        return ""
    if _page_is_dutch() or getattr(term, "name_en", ""):
        return term.label
    return in_dutch(term.label)


@register.filter
def dutch_in_brackets(label):
    """An English label with the Dutch legal term in brackets ("Foundation (stichting)"):
    the bracketed term marked Dutch. Labels in this register put only Dutch terms there."""
    if label in (None, "") or _page_is_dutch():
        return label
    text = str(label)
    parts, last = [], 0
    for match in _BRACKETED.finditer(text):
        parts.append(
            format_html('{}(<span lang="nl">{}</span>)', text[last : match.start()], match.group(1))
        )
        last = match.end()
    parts.append(format_html("{}", text[last:]))
    return mark_safe("".join(parts))


@register.simple_tag
def lang_nl():
    """` lang="nl"` for an element whose whole content is Dutch-only, on a page in another
    language; nothing on a Dutch page."""
    return "" if _page_is_dutch() else mark_safe(' lang="nl"')
