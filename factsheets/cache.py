"""Rendered factsheets, stored until what they show changes.

Key. A factsheet's key is a hash of everything its content depends on:
- the published state of the object: `live_revision_id` (plus `last_published_at`, for
  rows published without a revision, such as the factories' and the benchmark generator's);
  for an organisation the live revisions of the partnerships it takes part in; for a
  programme line those of its instruments and its upcoming events (with today's date); for a
  register selection the selection's ids in order with their revisions;
- the template version: a hash of templates/factsheets/ plus FORMAT_VERSION (bump it when
  Python code changes what a factsheet shows) and the WeasyPrint version;
- the language, and the site's URL (it is printed, and in the QR code).
Drafts never reach a key: previews are rendered per request and never stored.

Storage. Rendered PDFs go to Django's default file storage (MEDIA_ROOT/factsheets/…), not to
the cache: they are 50 kB–1 MB each (a bundle of 500 would push everything else out of a
Redis or locmem cache), they must survive restarts and be shared by all app servers (media
already lives on shared storage, docs/deploy.md), and a file has a modification time for
Last-Modified. Only published content is stored, so a file is never more secret than the
public page it belongs to.

Files are written to a temporary name and renamed, so a reader never sees half a PDF and a
failed render leaves nothing behind. A new file replaces its predecessors for the same
object and language; publishing deletes an object's files right away (and those of the
organisations taking part, and every stored selection).
"""

import functools
import hashlib
import json
import logging
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone, translation

from cms import prepared

logger = logging.getLogger(__name__)

ROOT = "factsheets"
# Bump when code outside the templates changes what a factsheet shows.
# 2: the structure tree is finished (IDTree, TH scope; factsheets/pdf_structure.py).
FORMAT_VERSION = 2


@functools.cache
def template_version() -> str:
    """A hash of the factsheet templates, FORMAT_VERSION and WeasyPrint's version: a change
    to any of them gives every factsheet a new key."""
    from importlib.metadata import version

    digest = hashlib.sha256(f"{FORMAT_VERSION}:{version('weasyprint')}".encode())
    directory = Path(settings.BASE_DIR) / "templates" / "factsheets"
    for path in sorted(directory.rglob("*")):
        if path.is_file() and "admin" not in path.relative_to(directory).parts:
            digest.update(str(path.relative_to(directory)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass
class Spec:
    """One factsheet: what it shows (kind, object, language) and what its content depends on."""

    kind: str  # partnership | organisation | programme-line | selection
    object_id: str | None  # None for selections (not tied to one object)
    filename: str  # for Content-Disposition, without .pdf
    material: list = field(default_factory=list)
    language: str = ""
    cacheable: bool = True  # False for content with view restrictions

    def __post_init__(self):
        self.language = self.language or translation.get_language() or settings.LANGUAGE_CODE

    @functools.cached_property
    def key(self) -> str:
        payload = [self.kind, self.object_id, self.language, template_version(), self.material]
        return hashlib.sha256(json.dumps(payload, default=str).encode()).hexdigest()[:40]

    @property
    def directory(self) -> str:
        if self.object_id is None:
            return f"{ROOT}/{self.kind}"
        return f"{ROOT}/{self.kind}/{self.object_id}"

    @property
    def name(self) -> str:
        return f"{self.directory}/{self.language}-{self.key}.pdf"

    @property
    def etag(self) -> str:
        # Weak: a re-render after the file was removed has the same content but not the same
        # bytes (generation time, PDF id).
        return f'W/"{self.key}"'


# --- what a factsheet depends on -----------------------------------------------------------


def _published(obj) -> list:
    return [obj.live_revision_id, obj.last_published_at]


def partnership_spec(partnership, page) -> Spec:
    return Spec(
        kind="partnership",
        object_id=str(partnership.pk),
        filename=partnership.slug,
        material=[*_published(partnership), page.pk, page.get_full_url()],
    )


def organisation_spec(organisation, page) -> Spec:
    from registers.models import Membership

    memberships = list(
        Membership.objects.filter(organisation=organisation, partnership__live=True)
        .order_by("pk")
        .values_list(
            "pk",
            "partnership_id",
            "partnership__live_revision_id",
            "partnership__last_published_at",
        )
    )
    own = [
        organisation.slug,
        organisation.name,
        organisation.kind,
        organisation.cbs_code,
        organisation.province_id,
        organisation.active_until,
        sorted(organisation.regions.values_list("pk", flat=True)),
        sorted(organisation.successors.values_list("pk", flat=True)),
    ]
    # The province's dossier (account holders, toezicht judgements) is printed too.
    dossier = [
        list(
            organisation.account_holders.order_by("pk").values_list(
                "pk", "role", "name", "position", "email", "phone", "sort_order"
            )
        ),
        list(
            organisation.supervision_judgements.order_by("pk").values_list(
                "pk", "domain", "year", "judgement", "explanation", "explanation_en", "next_meeting"
            )
        ),
    ]
    return Spec(
        kind="organisation",
        object_id=str(organisation.pk),
        filename=organisation.slug,
        # material[1]: the published memberships (the view's 404 check reads it).
        material=[own, memberships, page.pk, page.get_full_url(), dossier],
    )


def programme_line_spec(page) -> Spec:
    instruments = list(page.related_instruments().values_list("pk", "live_revision_id"))
    from factsheets.pdf import MAX_EVENTS, programme_line_events

    # "Upcoming" changes with the date even when nothing is published.
    shown = programme_line_events(page)[:MAX_EVENTS]
    events = [
        timezone.localdate(),
        [(e.pk, getattr(e, "live_revision_id", None)) for e in shown],
    ]
    return Spec(
        kind="programme-line",
        object_id=str(page.pk),
        filename=page.slug,
        material=[*_published(page), page.get_full_url(), instruments, events],
        cacheable=not page.get_view_restrictions().exists(),
    )


def selection_spec(query, result, page) -> Spec:
    from registers.search import SORTS

    revisions = dict(
        (pk, (revision, published))
        for pk, revision, published in result.partnerships.values_list(
            "pk", "live_revision_id", "last_published_at"
        )
    )
    params = [*query.as_params(), ("sort", query.sort if query.sort in SORTS else "")]
    return Spec(
        kind="selection",
        object_id=None,
        filename=page.slug,
        material=[params, [(pk, revisions.get(pk)) for pk in result.ids], page.get_full_url()],
    )


# --- the stored files ------------------------------------------------------------------------


@dataclass
class Stored:
    name: str
    modified: object  # aware datetime


def lookup(spec: Spec) -> Stored | None:
    """The stored PDF of `spec`, if there is one."""
    if not spec.cacheable:
        return None
    try:
        if not default_storage.exists(spec.name):
            return None
        return Stored(spec.name, default_storage.get_modified_time(spec.name))
    except OSError:
        return None


def open_stored(stored: Stored):
    return default_storage.open(stored.name, "rb")


def _local_path(name: str) -> Path | None:
    try:
        return Path(default_storage.path(name))
    except NotImplementedError:
        return None


def store(spec: Spec, data: bytes) -> Stored | None:
    """Keep a rendered PDF (only ever called after a successful render). Returns None when
    it could not be stored; the caller still serves `data`."""
    if not spec.cacheable:
        return None
    try:
        path = _local_path(spec.name)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(f".{uuid.uuid4().hex}.tmp")
            try:
                temporary.write_bytes(data)
                if settings.FILE_UPLOAD_PERMISSIONS is not None:
                    os.chmod(temporary, settings.FILE_UPLOAD_PERMISSIONS)
                os.replace(temporary, path)  # atomic on one file system
            finally:
                temporary.unlink(missing_ok=True)
        else:
            # Object storages (S3 and the like) write whole objects: no partial reads.
            if default_storage.exists(spec.name):
                default_storage.delete(spec.name)
            saved = default_storage.save(spec.name, ContentFile(data))
            if saved != spec.name:
                default_storage.delete(saved)
                return None
        _remove_predecessors(spec)
        return Stored(spec.name, default_storage.get_modified_time(spec.name))
    except OSError:
        logger.exception("Could not store factsheet %s", spec.name)
        return None


def _listdir(directory: str) -> list[str]:
    try:
        return default_storage.listdir(directory)[1]
    except (FileNotFoundError, NotADirectoryError):
        return []


def _remove_predecessors(spec: Spec):
    """An object has one current factsheet per language: remove the older ones. Selections
    have many current ones (one per filter): keep FACTSHEETS_MAX_STORED_SELECTIONS, evicting
    the least recently served (cms/prepared.py)."""
    if spec.object_id is None:
        prepared.evict(spec.directory, keep=settings.FACTSHEETS_MAX_STORED_SELECTIONS)
        return
    stale = [
        name
        for name in _listdir(spec.directory)
        if name.startswith(f"{spec.language}-") and f"{spec.directory}/{name}" != spec.name
    ]
    for name in stale:
        _delete(f"{spec.directory}/{name}")


def _delete(name: str):
    try:
        default_storage.delete(name)
    except OSError:
        logger.warning("Could not delete stale factsheet %s", name)


def invalidate(kind: str, object_id=None) -> int:
    """Delete the stored factsheets of one object (or all selections); returns how many."""
    directory = f"{ROOT}/{kind}" if object_id is None else f"{ROOT}/{kind}/{object_id}"
    names = _listdir(directory)
    for name in names:
        _delete(f"{directory}/{name}")
    return len(names)


def invalidate_partnership(partnership) -> int:
    """A partnership was published, unpublished or deleted: its own factsheets, those of the
    organisations taking part and every register selection are out of date."""
    from registers.models import Membership

    removed = invalidate("partnership", partnership.pk)
    organisations = set(
        Membership.objects.filter(partnership_id=partnership.pk).values_list(
            "organisation_id", flat=True
        )
    )
    for organisation_id in organisations:
        removed += invalidate("organisation", organisation_id)
    removed += invalidate("selection")
    return removed


def invalidate_page(page) -> int:
    return invalidate("programme-line", page.pk)
