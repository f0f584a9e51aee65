"""Files prepared in the background for anonymous requests: selection factsheets and register
exports (issue 11, "no anonymous request can tie up the site").

A visitor's request never renders such a file itself. It asks for the file by a name derived
from the normalised selection; when the file is stored it is streamed at once. Otherwise the
request *claims* the name (an empty marker file, created atomically, so identical requests in
any worker or on any app server share one job), enqueues the job in the project's task queue
(django-tasks) and answers "being prepared": an HTML page that checks again by itself for
browsers, `202 Accepted` with `Retry-After` for other clients. With the ImmediateBackend
(development, tests) the job has run by the time `enqueue` returns, so the same request can
serve the file; the code path is the queued one all the same.

Bounds: at most `max_pending` jobs wait at once (beyond that: 503 with Retry-After, so a
flood of new filters cannot grow the queue); a job that failed is not retried for
`FAILED_FOR` seconds; stored files are capped per directory, evicting the least recently
used (serving a file marks it used).

Domain-free: the apps say where files live and what a job does.
"""

import logging
import os
import time
import uuid
from enum import StrEnum
from pathlib import Path

from django.conf import settings
from django.core.files.base import File
from django.core.files.storage import default_storage
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control

logger = logging.getLogger(__name__)

PENDING_DIRECTORY = "prepared/pending"
STALE_AFTER = 15 * 60  # seconds: a claim older than this belongs to a job that died
FAILED_FOR = 5 * 60  # seconds a failed job's name answers "could not be made" before a retry
RETRY_AFTER = 5  # seconds a client waits before asking again
FAILED = b"failed"


class Claim(StrEnum):
    CLAIMED = "claimed"  # this request enqueues the job
    PENDING = "pending"  # another request did; wait for it
    FAILED = "failed"  # the last attempt failed recently
    BUSY = "busy"  # too many jobs are waiting already


def runs_in_background(task) -> bool:
    """Whether `task` runs in a worker (not inside `enqueue`, as with the ImmediateBackend)."""
    from django_tasks import task_backends
    from django_tasks.backends.immediate import ImmediateBackend

    return not isinstance(task_backends[task.backend], ImmediateBackend)


def _local_path(name: str) -> Path | None:
    try:
        return Path(default_storage.path(name))
    except NotImplementedError:
        return None


def _marker(name: str) -> str:
    return f"{PENDING_DIRECTORY}/{name.replace('/', '__')}"


def _age(marker: str) -> float:
    modified = default_storage.get_modified_time(marker)
    return time.time() - modified.timestamp()


def pending_count() -> int:
    try:
        return len(default_storage.listdir(PENDING_DIRECTORY)[1])
    except (FileNotFoundError, NotADirectoryError):
        return 0


def claim(name: str, *, max_pending: int) -> Claim:
    """Claim the job that makes the file `name`, unless it is claimed already."""
    marker = _marker(name)
    if default_storage.exists(marker):
        try:
            with default_storage.open(marker, "rb") as handle:
                failed = handle.read() == FAILED
            age = _age(marker)
        except FileNotFoundError:  # the job finished in the meantime
            return Claim.PENDING
        if failed and age < FAILED_FOR:
            return Claim.FAILED
        if not failed and age < STALE_AFTER:
            return Claim.PENDING
        default_storage.delete(marker)  # a failure to retry, or a job that died
    if pending_count() >= max_pending:
        return Claim.BUSY
    path = _local_path(marker)
    if path is None:
        # Object storage: no atomic create. Two app servers may both enqueue; the job
        # writes the same file twice, which is harmless.
        default_storage.save(marker, File(_Empty()))
        return Claim.CLAIMED
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
    except FileExistsError:
        return Claim.PENDING
    return Claim.CLAIMED


class _Empty:
    size = 0

    def read(self, *args):
        return b""


def release(name: str):
    """The job is done (its file stored): the next request gets the file."""
    try:
        default_storage.delete(_marker(name))
    except OSError:
        logger.warning("Could not remove the claim on %s", name)


def mark_failed(name: str):
    """The job failed: answer "could not be made" for FAILED_FOR seconds, then try again."""
    marker = _marker(name)
    path = _local_path(marker)
    try:
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(FAILED)
        else:
            if default_storage.exists(marker):
                default_storage.delete(marker)
            default_storage.save(marker, File(_Bytes(FAILED)))
    except OSError:
        logger.warning("Could not mark %s as failed", name)


class _Bytes:
    def __init__(self, data):
        self.data = data
        self.size = len(data)

    def read(self, *args):
        data, self.data = self.data, b""
        return data


def write_atomically(name: str, write) -> bool:
    """Store the file `name`, calling `write(fileobj)` to fill it: written to a temporary
    name and renamed, so a reader never sees half a file. Returns whether it was stored."""
    path = _local_path(name)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{uuid.uuid4().hex}.tmp")
        try:
            with open(temporary, "wb") as handle:
                write(handle)
            if settings.FILE_UPLOAD_PERMISSIONS is not None:
                os.chmod(temporary, settings.FILE_UPLOAD_PERMISSIONS)
            os.replace(temporary, path)
        finally:
            temporary.unlink(missing_ok=True)
        return True
    import tempfile

    with tempfile.TemporaryFile() as handle:
        write(handle)
        handle.seek(0)
        if default_storage.exists(name):
            default_storage.delete(name)
        saved = default_storage.save(name, File(handle))
    if saved != name:
        default_storage.delete(saved)
        return False
    return True


def mark_used(name: str):
    """Record that `name` was served, for the least-recently-used eviction: the access time
    is set explicitly (mounts with noatime/relatime would not), the modification time (the
    file's Last-Modified) is kept."""
    path = _local_path(name)
    if path is None:
        return
    try:
        stat = path.stat()
        os.utime(path, ns=(time.time_ns(), stat.st_mtime_ns))
    except OSError:
        pass


def _last_used(name: str) -> float:
    path = _local_path(name)
    try:
        if path is not None:
            stat = path.stat()
            return max(stat.st_atime, stat.st_mtime)
        return default_storage.get_modified_time(name).timestamp()
    except (OSError, NotImplementedError):
        return 0.0


def evict(directory: str, *, keep: int, suffix: str = "") -> int:
    """Delete the least recently used files of `directory` beyond `keep`; returns how many."""
    try:
        names = [
            f"{directory}/{file}"
            for file in default_storage.listdir(directory)[1]
            if file.endswith(suffix) and not file.startswith(".")
        ]
    except (FileNotFoundError, NotADirectoryError):
        return 0
    if len(names) <= keep:
        return 0
    stale = sorted(names, key=_last_used)[: len(names) - keep]
    for name in stale:
        try:
            default_storage.delete(name)
        except OSError:
            logger.warning("Could not evict %s", name)
    return len(stale)


# --- responses -----------------------------------------------------------------------------


def _wants_html(request) -> bool:
    accept = request.headers.get("Accept", "")
    return "text/html" in accept or "application/xhtml+xml" in accept


def preparing_response(request, *, title: str, back_url: str = "") -> HttpResponse:
    """202: the file is being prepared. Browsers get a page that checks again by itself
    (static/js/preparing.js) and a link to do so; other clients JSON and Retry-After."""
    if _wants_html(request):
        body = render_to_string(
            "preparing.html",
            {"title": title, "back_url": back_url, "retry_after": RETRY_AFTER},
            request=request,
        )
        response = HttpResponse(body, status=202)
    else:
        response = JsonResponse(
            {"status": "preparing", "retry_after": RETRY_AFTER, "url": request.get_full_path()},
            status=202,
        )
    response["Retry-After"] = str(RETRY_AFTER)
    patch_cache_control(response, no_store=True)
    return response


def busy_response(request, *, back_url: str = "") -> HttpResponse:
    """503: too many files are being prepared; ask again later."""
    return _unavailable(request, "busy", RETRY_AFTER * 6, back_url)


def failed_response(request, *, back_url: str = "") -> HttpResponse:
    """503: the last attempt to make this file failed; it is tried again after FAILED_FOR."""
    return _unavailable(request, "failed", FAILED_FOR, back_url)


def _unavailable(request, status: str, retry_after: int, back_url: str) -> HttpResponse:
    if _wants_html(request):
        body = render_to_string(
            "preparing.html",
            {"back_url": back_url, status: True, "retry_after": retry_after},
            request=request,
        )
        response = HttpResponse(body, status=503)
    else:
        response = JsonResponse({"status": status, "retry_after": retry_after}, status=503)
    response["Retry-After"] = str(retry_after)
    patch_cache_control(response, no_store=True)
    return response
