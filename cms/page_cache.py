"""Whole-page cache for anonymous visitors (issue 12).

An anonymous GET of a public page (Wagtail pages, the register with its organisation and
partnership pages, feeds) is answered from the shared page cache (`CACHES["pages"]`: Redis when
`REDIS_URL` is set, otherwise a database table, so every worker and every app server sees the
same entries and the same purges). The response says `X-Cache: HIT` or `X-Cache: MISS`.

How it is purged: every entry carries the cache's *generation*, a random token stored under one
key. Anything that changes what a public page shows replaces the token (`purge()`), after which
no older entry is served again: a page published, unpublished, moved, deleted or translated
(Wagtail's signals, and every save of a page row), a partnership or other draft-state object
published or unpublished, and each model an app declares with `purge_when_changed()`
(organisations, regions, policy domains, event registrations — the places left —, synonyms,
site settings, images, documents). Menus, listings, the register's facets and the home page's
events all show data of other pages and objects, so a change purges every page; what is
precise is that no change is missed, and that only committed changes count (the token is
replaced both at once and again after the commit, so a request that read the old data while
the change was being committed cannot store its page under the new token). A page rendered
while the token changed is stored with the token it started with, so it is never served.

What is never stored or served from the cache (personal content):
- requests with a session cookie (logged-in editors, password-protected pages already opened)
  or a messages cookie, or an Authorization header; the admin, documents and the API;
- responses that set a cookie, used a CSRF token (every form, such as event registration),
  say `Cache-Control: private`, `no-store`, `no-cache` or `max-age=0` (registrations' own
  pages), are not 200, are streamed (PDFs), larger than PAGE_CACHE_MAX_BYTES, or carry a
  Content-Security-Policy with a nonce (a stored nonce would be stale for the next visitor;
  the public policy has none: scripts and styles are files of the site itself);
- a stored page is served only to requests with the same values of the headers its response
  varies on (Vary), apart from Cookie: cookies are handled by the rules above.

Time still changes pages (an event starts, registration closes): entries expire after
PAGE_CACHE_SECONDS. PAGE_CACHE=0 turns the cache off. See docs/deploy.md.
"""

import hashlib
import logging
import secrets

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, get_max_age

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

logger = logging.getLogger(__name__)

CACHE_ALIAS = "pages"
GENERATION_KEY = "page-cache:generation"
HEADER = "X-Cache"
# Cookies whose presence means the page may be personal.
MESSAGES_COOKIE = "messages"  # django.contrib.messages' CookieStorage
# Headers a response may vary on that the cookie rules already cover.
HANDLED_VARY = {"cookie"}
# Response headers not to replay from the cache.
NOT_STORED_HEADERS = {"set-cookie", HEADER.lower()}


def _cache():
    return caches[CACHE_ALIAS]


def enabled() -> bool:
    return getattr(settings, "PAGE_CACHE_ENABLED", False)


# --- the generation -------------------------------------------------------------------------


def _new_token() -> str:
    # A fresh random token, never a counter: a counter reset after eviction could bring old
    # entries back, and two concurrent increments could be lost in a cache without atomic incr.
    return secrets.token_hex(8)


def purge(*args, **kwargs) -> None:
    """Make every stored page out of date, now and again once the current transaction commits.
    Takes any arguments, so it can be a signal receiver."""
    if not enabled():
        return
    _replace_generation()
    transaction.on_commit(_replace_generation)


def _replace_generation() -> None:
    try:
        _cache().set(GENERATION_KEY, _new_token(), timeout=None)
    except Exception:  # the cache unreachable: pages expire after PAGE_CACHE_SECONDS anyway
        logger.exception("Could not purge the page cache")


def _page_row_changed(sender, instance, **kwargs):
    if isinstance(instance, Page):
        purge()


_watched: set[type] = set()


def purge_when_changed(*models) -> None:
    """Purge the page cache whenever a row of these models is saved or deleted (apps call this
    in ready() for what their public pages show that is not a page or a published object)."""
    for model in models:
        if model in _watched:
            continue
        _watched.add(model)
        uid = f"page_cache.{model._meta.label}"
        post_save.connect(purge, sender=model, dispatch_uid=f"{uid}.save", weak=False)
        post_delete.connect(purge, sender=model, dispatch_uid=f"{uid}.delete", weak=False)


def connect() -> None:
    """Wagtail's publishing signals (pages and draft-state objects such as partnerships),
    page moves, and every save or delete of a page row (translations, factories, treebeard)."""
    for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
        signal.connect(purge, dispatch_uid=f"page_cache.{id(signal)}", weak=False)
    post_save.connect(_page_row_changed, dispatch_uid="page_cache.page_saved", weak=False)
    post_delete.connect(_page_row_changed, dispatch_uid="page_cache.page_deleted", weak=False)


# --- the middleware -------------------------------------------------------------------------


def _may_use_cache(request) -> bool:
    if request.method not in ("GET", "HEAD"):
        return False
    if request.path.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PATHS)):
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or MESSAGES_COOKIE in cookies:
        return False
    return "HTTP_AUTHORIZATION" not in request.META


def _key(request) -> str:
    # The whole URL with its query string; GET and HEAD share the entry.
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return "page-cache:" + hashlib.sha256(url.encode()).hexdigest()


def _vary_headers(response) -> list[str] | None:
    """The request headers the response varies on, beside cookies; None for `Vary: *`."""
    names = []
    for value in response.headers.get("Vary", "").split(","):
        for name in cc_delim_re.split(value.strip()):
            name = name.strip().lower()
            if name == "*":
                return None
            if name and name not in HANDLED_VARY:
                names.append(name)
    return names


def _header_values(request, names) -> tuple:
    return tuple(request.headers.get(name, "") for name in names)


def _storable(request, response) -> bool:
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    cache_control = response.headers.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    if get_max_age(response) == 0:
        return False
    if "'nonce-" in response.headers.get("Content-Security-Policy", ""):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    return len(response.content) <= settings.PAGE_CACHE_MAX_BYTES


class PageCacheMiddleware:
    """Serve and store anonymous pages (see the module docstring). Placed right after
    WhiteNoise and CORS in MIDDLEWARE, so a hit costs one cache read and no other middleware;
    the headers of the middleware after it (CSP, language, security) are stored with the page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not enabled() or not _may_use_cache(request):
            return self.get_response(request)
        key = _key(request)
        try:
            found = _cache().get_many([GENERATION_KEY, key])
        except Exception:
            logger.exception("Page cache unreachable")
            return self.get_response(request)
        generation = found.get(GENERATION_KEY)
        if generation is None:
            generation = _new_token()
            if not _cache().add(GENERATION_KEY, generation, timeout=None):
                generation = _cache().get(GENERATION_KEY)
        entry = found.get(key)
        if entry is not None and entry["generation"] == generation:
            if _header_values(request, entry["vary"]) == entry["vary_values"]:
                return self._replay(request, entry)

        response = self.get_response(request)
        if _storable(request, response):
            vary = _vary_headers(response)
            if vary is not None:
                self._store(request, response, key, generation, vary)
        response[HEADER] = "MISS"
        return response

    def _store(self, request, response, key, generation, vary):
        entry = {
            "generation": generation,
            "vary": vary,
            "vary_values": _header_values(request, vary),
            "status": response.status_code,
            "headers": [
                (name, value)
                for name, value in response.headers.items()
                if name.lower() not in NOT_STORED_HEADERS
            ],
            "content": response.content,
        }
        try:
            _cache().set(key, entry, timeout=settings.PAGE_CACHE_SECONDS)
        except Exception:
            logger.exception("Could not store a page in the page cache")

    def _replay(self, request, entry):
        response = HttpResponse(entry["content"], status=entry["status"])
        for name, value in entry["headers"]:
            response[name] = value
        response[HEADER] = "HIT"
        return response
