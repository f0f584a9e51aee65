"""The only way WeasyPrint gets at resources while it renders a factsheet.

WeasyPrint's default `URLFetcher` opens any URL it meets in the HTML or CSS: `file://` paths on
the server, `http(s)://` anywhere (including 127.0.0.1 and the cloud metadata address
169.254.169.254), it follows redirects, and `<a rel="attachment">` embeds whatever it fetched in
the PDF. Factsheets contain editor-supplied rich text, so that is a server-side request forgery
and file disclosure hole.

`site_url_fetcher()` gives WeasyPrint a fetcher that never opens a network connection. It
answers:

- `data:` URIs (the QR code), decoded in process;
- the site's own static files (`STATIC_URL` on one of the site's hosts): from `STATIC_ROOT`, or
  through the staticfiles finders when nothing was collected (development, tests);
- media files (`MEDIA_URL` on one of the site's hosts): from `MEDIA_ROOT`, and only below it.

Everything else (`file://`, other hosts, other paths, `..` segments, encoded traversal) raises
`FetchRefused` *before* anything is opened. WeasyPrint catches the error, logs a warning and
leaves the resource out, so the PDF still renders.

Fonts: the site ships Noto Sans as variable WOFF2 (`@fontsource-variable/noto-sans`). WeasyPrint
decodes WOFF2 in pure Python on every render (about 0.35 s per file) and instantiates a
variable font for every weight it embeds (about 0.05 s each); the fetcher does both once per
process (the weight comes from `?wght=` on the font's URL) and hands WeasyPrint plain static
TrueType data.
"""

import functools
import io
import logging
import mimetypes
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit
from urllib.request import DataHandler, Request

from django.conf import settings
from django.contrib.staticfiles import finders

logger = logging.getLogger(__name__)

FONT_TYPES = {".woff2": "font/ttf", ".woff": "font/ttf", ".ttf": "font/ttf", ".otf": "font/otf"}
MAX_DATA_URI = 2 * 1024 * 1024  # a QR code or a small inline image; not a way to smuggle files


class FetchRefused(ValueError):
    """A URL the factsheet fetcher does not serve. WeasyPrint skips the resource."""


def safe_relative_path(path: str) -> str | None:
    """`path` (already %-decoded) as a clean relative path, or None when it tries to leave
    its root: `..` segments, backslashes, NUL bytes, or nothing left at all."""
    if "\x00" in path or "\\" in path:
        return None
    parts = [part for part in path.split("/") if part not in ("", ".")]
    if not parts or any(part == ".." for part in parts):
        return None
    return "/".join(parts)


def file_below(root, relative: str) -> Path | None:
    """The existing regular file `root/relative`, if it really lies below `root` (symlinks
    resolved); None otherwise."""
    if not root:
        return None
    root = Path(root).resolve()
    candidate = (root / relative).resolve()
    if candidate != root and candidate.is_relative_to(root) and candidate.is_file():
        return candidate
    return None


def find_static(relative: str) -> Path | None:
    relative = safe_relative_path(relative)
    if relative is None:
        return None
    collected = file_below(getattr(settings, "STATIC_ROOT", None), relative)
    if collected:
        return collected
    try:
        found = finders.find(relative)
    except Exception:  # noqa: BLE001 - SuspiciousFileOperation and friends: not ours to serve
        return None
    return Path(found).resolve() if found and Path(found).is_file() else None


def find_media(relative: str) -> Path | None:
    relative = safe_relative_path(relative)
    if relative is None:
        return None
    return file_below(settings.MEDIA_ROOT, relative)


@functools.lru_cache(maxsize=16)
def _sfnt(path: str, mtime_ns: int, size: int) -> bytes:
    """The sfnt (TrueType) data of a font file, WOFF2/WOFF decoded; cached per file version
    (WeasyPrint would decode WOFF2 in pure Python on every render)."""
    from fontTools.ttLib import TTFont, woff2

    data = Path(path).read_bytes()
    out = io.BytesIO()
    if data[:4] == b"wOF2":
        woff2.decompress(io.BytesIO(data), out)
        return out.getvalue()
    if data[:4] == b"wOFF":
        font = TTFont(io.BytesIO(data))
        font.flavor = None
        font.save(out)
        return out.getvalue()
    return data


@functools.lru_cache(maxsize=32)
def _decoded_font(path: str, mtime_ns: int, size: int, weight: int | None = None) -> bytes:
    """The font WeasyPrint gets: decoded and, with a `weight` (`?wght=700` on its URL), a
    variable font instantiated at that weight, so WeasyPrint embeds a static font instead of
    instantiating the variable one on every render."""
    data = _sfnt(path, mtime_ns, size)
    if weight is None:
        return data
    from fontTools.ttLib import TTFont
    from fontTools.varLib.instancer import instantiateVariableFont

    font = TTFont(io.BytesIO(data))
    if "fvar" not in font:
        return data
    axes = {axis.axisTag: axis for axis in font["fvar"].axes}
    location = {"wght": max(axes["wght"].minValue, min(axes["wght"].maxValue, weight))}
    out = io.BytesIO()
    instantiateVariableFont(font, location, static=True).save(out)
    return out.getvalue()


def _weight(query: str) -> int | None:
    """The `wght` of a font URL's query string (`?wght=700`), if it is a sane number."""
    value = parse_qs(query).get("wght", [""])[0]
    return int(value) if value.isdigit() and 1 <= int(value) <= 1000 else None


def read_resource(path: Path, query: str = "") -> tuple[bytes, str]:
    """The bytes WeasyPrint gets for a local file, and their content type."""
    suffix = path.suffix.lower()
    if suffix in FONT_TYPES:
        stat = path.stat()
        data = _decoded_font(str(path), stat.st_mtime_ns, stat.st_size, _weight(query))
        return data, FONT_TYPES[suffix]
    content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if suffix == ".svg":
        content_type = "image/svg+xml"
    return path.read_bytes(), content_type


def _url_prefix(url: str) -> tuple[str | None, str]:
    """(host or None for "any of the site's hosts", path prefix) of STATIC_URL / MEDIA_URL."""
    parts = urlsplit(url or "/")
    host = parts.hostname.lower() if parts.hostname else None
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    return host, path


def site_hosts(base_url: str = "") -> set[str]:
    """The host names the site answers on: the base URL's and every Wagtail Site's."""
    from wagtail.models import Site

    hosts = {hostname.lower() for hostname in Site.objects.values_list("hostname", flat=True)}
    if base_url and urlsplit(base_url).hostname:
        hosts.add(urlsplit(base_url).hostname.lower())
    return hosts


class SiteResources:
    """What a factsheet may load: the rules of the fetcher, without WeasyPrint (importing it
    is slow, so only the function that renders does; see `site_url_fetcher`)."""

    def __init__(self, base_url: str = "", hosts=None):
        self.hosts = set(hosts) if hosts is not None else site_hosts(base_url)
        self.roots = [
            (*_url_prefix(settings.STATIC_URL), find_static),
            (*_url_prefix(settings.MEDIA_URL), find_media),
        ]
        self.refused = []  # what this render asked for and did not get (for logs and tests)

    def resolve(self, url: str) -> tuple[bytes, str]:
        """(body, content type) of `url`, or FetchRefused before anything is opened."""
        scheme = url.split(":", 1)[0].lower() if ":" in url else ""
        if scheme == "data":
            return self._data(url)
        if scheme in ("http", "https"):
            path = self._local_file(url)
            if path is not None:
                return read_resource(path, urlsplit(url).query)
        return self._refuse(url)

    def _local_file(self, url: str) -> Path | None:
        try:
            parts = urlsplit(url)
            host = (parts.hostname or "").lower()
        except ValueError:
            return None
        path = unquote(parts.path)
        for root_host, prefix, find in self.roots:
            on_site = host == root_host if root_host else host in self.hosts
            if on_site and path.startswith(prefix):
                return find(path[len(prefix) :])
        return None

    def _data(self, url: str) -> tuple[bytes, str]:
        if len(url) > MAX_DATA_URI:
            return self._refuse(url[:60] + "…")
        response = DataHandler().data_open(Request(url))
        return response.read(), response.headers.get("Content-Type", "")

    def _refuse(self, url: str):
        shown = url if len(url) < 200 else url[:200] + "…"
        self.refused.append(shown)
        logger.info("Factsheet resource refused: %s", shown)
        raise FetchRefused(f"Not a resource of this site: {shown}")


def site_url_fetcher(base_url: str = "", hosts=None):
    """A WeasyPrint 70 URL fetcher that serves only the site's own files (see module doc).
    Its `resources.refused` lists what it refused."""
    return _fetcher_class()(SiteResources(base_url, hosts))


@functools.cache
def _fetcher_class():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class SiteURLFetcher(URLFetcher):
        """Subclasses `URLFetcher` as WeasyPrint documents (it reads `_fail_on_errors`), but
        never calls the parent's `fetch`: no urllib handler (file, http, ftp, redirects) is
        ever used."""

        def __init__(self, resources: SiteResources):
            super().__init__(
                timeout=1, allowed_protocols={"data", "http", "https"}, allow_redirects=False
            )
            self.resources = resources

        def fetch(self, url, headers=None):
            body, content_type = self.resources.resolve(url)
            return URLFetcherResponse(url, body, {"Content-Type": content_type})

    return SiteURLFetcher
