"""The broken-link report (issue 15): what Plone users know as the link checker.

`manage.py check_links` collects every external address from the registered link sources,
checks each one over HTTP with bounded concurrency and a timeout, and stores the outcome in
`CheckedLink` with the places it occurs; the admin report (pages/link_report.py) lists the
failing ones for the Redactie and Registerbeheer.

Sources register themselves, so this module knows no register model: `pages` registers the
live pages (rich text and StreamField content), `registers` its document links and links to
arrangements (registers/apps.py). A source is a callable that yields (url, LinkPlace).
"""

import json
import re
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.utils import timezone

import requests

from pages.models import CheckedLink, LinkOutcome

URL_PATTERN = re.compile(r"https?://[^\s\"'<>\\]+", re.IGNORECASE)
TRAILING = ".,;:!?)]}"
# Answers that mean "this site does not let robots in", not "this page is gone": shown
# separately, an editor judges them by hand.
REFUSING = {401, 403, 429, 999}
# HEAD is not allowed or not implemented here; ask again with GET.
RETRY_WITH_GET = {400, 403, 405, 501}


@dataclass(frozen=True)
class LinkPlace:
    kind: str  # "page" or "register"
    label: str
    edit_url: str = ""
    view_url: str = ""


@dataclass(frozen=True)
class Outcome:
    outcome: str
    status_code: int | None = None
    error: str = ""


_sources: list[Callable[[], Iterable[tuple[str, LinkPlace]]]] = []


def register_source(source: Callable[[], Iterable[tuple[str, LinkPlace]]]):
    if source not in _sources:
        _sources.append(source)
    return source


def sources() -> list:
    return list(_sources)


def urls_in(value) -> list[str]:
    """External addresses in any stored value (rich text, a StreamField's JSON, a URL)."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    found = []
    for match in URL_PATTERN.findall(text):
        url = match.rstrip(TRAILING).replace("&amp;", "&")
        if url not in found:
            found.append(url)
    return found


def own_addresses() -> set[tuple[str, int]]:
    """(host, port) of this site: links to ourselves are not external."""
    from wagtail.models import Site

    own = set()
    for hostname, port in Site.objects.values_list("hostname", "port"):
        own.add((hostname.lower(), port))
    base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    if base.hostname:
        own.add((base.hostname.lower(), base.port or (443 if base.scheme == "https" else 80)))
    return own


def is_external(url: str, own: set) -> bool:
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        return False
    return bool(parts.hostname) and (parts.hostname.lower(), port) not in own


def collect() -> dict[str, list[LinkPlace]]:
    """Every external address of every source, with the places it occurs."""
    own = own_addresses()
    found: dict[str, list[LinkPlace]] = defaultdict(list)
    for source in _sources:
        for url, place in source():
            if len(url) <= 2000 and is_external(url, own) and place not in found[url]:
                found[url].append(place)
    return dict(found)


def check_url(url: str, *, timeout: float, session=None) -> Outcome:
    """HEAD (following redirects), then GET where HEAD is refused; never reads the body."""
    session = session or requests
    agent = f"Samenwerkingsportaal-linkcontrole (+{settings.WAGTAILADMIN_BASE_URL})"
    headers = {"User-Agent": agent}
    try:
        response = session.head(url, allow_redirects=True, timeout=timeout, headers=headers)
        if response.status_code in RETRY_WITH_GET:
            with session.get(
                url, allow_redirects=True, timeout=timeout, headers=headers, stream=True
            ) as response:
                pass
    except requests.Timeout:
        return Outcome(LinkOutcome.UNREACHABLE, error=f"no answer within {timeout:g} s")
    except requests.RequestException as exc:
        return Outcome(LinkOutcome.UNREACHABLE, error=type(exc).__name__)
    status = response.status_code
    if status < 400:
        return Outcome(LinkOutcome.OK, status)
    if status in REFUSING:
        return Outcome(LinkOutcome.REFUSED, status)
    return Outcome(LinkOutcome.BROKEN, status)


def check_all(
    urls: list[str],
    *,
    concurrency: int | None = None,
    per_host: int | None = None,
    timeout: float | None = None,
    progress: Callable[[], None] | None = None,
) -> Iterator[tuple[str, Outcome]]:
    """Check `urls` with at most `concurrency` requests in flight and `per_host` on one host."""
    concurrency = concurrency or settings.LINK_CHECK_CONCURRENCY
    per_host = per_host or settings.LINK_CHECK_PER_HOST
    timeout = timeout or settings.LINK_CHECK_TIMEOUT
    host_slots: dict[str, threading.Semaphore] = defaultdict(lambda: threading.Semaphore(per_host))
    lock = threading.Lock()
    local = threading.local()

    def one(url: str) -> tuple[str, Outcome]:
        if not hasattr(local, "session"):
            local.session = requests.Session()
        with lock:
            slot = host_slots[urlsplit(url).hostname or ""]
        with slot:
            return url, check_url(url, timeout=timeout, session=local.session)

    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        for future in as_completed([pool.submit(one, url) for url in urls]):
            if progress:
                progress()
            yield future.result()


def store(found: dict[str, list[LinkPlace]], outcomes: dict[str, Outcome]) -> dict[str, int]:
    """Write the run's outcomes; addresses no longer in any source are forgotten."""
    now = timezone.now()
    existing = {link.url: link for link in CheckedLink.objects.filter(url__in=list(found))}
    totals: dict[str, int] = defaultdict(int)
    with transaction.atomic():
        CheckedLink.objects.exclude(url__in=list(found)).delete()
        for url, outcome in outcomes.items():
            link = existing.get(url) or CheckedLink(url=url)
            failing = outcome.outcome != LinkOutcome.OK
            link.failing_since = (link.failing_since or now) if failing else None
            link.outcome = outcome.outcome
            link.status_code = outcome.status_code
            link.error = outcome.error[:300]
            link.checked_at = now
            link.places = [asdict(place) for place in found[url]]
            link.save()
            totals[outcome.outcome] += 1
    return dict(totals)


# --- The pages' own source -------------------------------------------------------------------


def page_links() -> Iterator[tuple[str, LinkPlace]]:
    """Addresses in the live pages' rich text and StreamField content."""
    from wagtail.admin.admin_url_finder import AdminURLFinder
    from wagtail.fields import RichTextField, StreamField
    from wagtail.models import Locale, Page

    finder = AdminURLFinder()
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    for page in Page.objects.live().specific().iterator(chunk_size=200):
        urls = []
        for field in page._meta.get_fields():
            if isinstance(field, StreamField):
                urls += urls_in(field.get_prep_value(getattr(page, field.name)))
            elif isinstance(field, RichTextField):
                urls += urls_in(getattr(page, field.name) or "")
        if not urls:
            continue
        place = LinkPlace(
            "page",
            f"{page.title} ({languages.get(page.locale_id, '')})",
            finder.get_edit_url(page) or "",
            page.get_url() or "",
        )
        for url in dict.fromkeys(urls):
            yield url, place


register_source(page_links)
