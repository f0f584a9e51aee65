"""The database is unreachable: answer 503 with Retry-After, not 500 (issue 11).

When PostgreSQL restarts, fails over or drops connections (`pg_terminate_backend`), or
SQLite's file is locked or unreadable, a request gets an OperationalError or InterfaceError.
That is not a bug in the page but a fault of the moment: the visitor gets a 503 page in
their language (from the URL prefix, rendered without the database), the API JSON, and both
a Retry-After. The broken connection is closed so the next request opens a fresh one; with
CONN_HEALTH_CHECKS (cms/settings.py) a persistent connection that died between two requests
is replaced before it is used, so most such faults never reach a visitor at all.

`DatabaseFaultMiddleware` answers for exceptions raised by views; `pages.views.server_error`
(handler500) asks `unavailable_response_for` about those raised elsewhere (middleware).
"""

import logging
import re
import sys

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils import translation

logger = logging.getLogger(__name__)

RETRY_AFTER = 30  # seconds
# SQLite reports programming errors (a missing column, bad FTS syntax) as OperationalError
# too; only these mean the database itself is unavailable.
SQLITE_UNAVAILABLE = re.compile(
    r"database is locked|unable to open database|disk I/O error|database disk image is malformed"
)


def is_unavailable(exc: BaseException | None) -> bool:
    if isinstance(exc, InterfaceError):
        return True
    if not isinstance(exc, OperationalError):
        return False
    if connections["default"].vendor == "sqlite":
        return bool(SQLITE_UNAVAILABLE.search(str(exc)))
    return True


def _language_from_path(path: str) -> str:
    prefix = path.lstrip("/").split("/", 1)[0]
    codes = {code for code, _name in settings.LANGUAGES}
    return prefix if prefix in codes else settings.LANGUAGE_CODE


def _close_broken_connections():
    for connection in connections.all(initialized_only=True):
        try:
            if connection.connection is not None and not connection.is_usable():
                connection.close()
        except DatabaseError:
            pass


def unavailable_response(request) -> HttpResponse:
    _close_broken_connections()
    if request.path.startswith("/api/"):
        response = JsonResponse(
            {
                "detail": "The database is temporarily unavailable. Please try again shortly.",
                "retry_after": RETRY_AFTER,
            },
            status=503,
        )
    else:
        language = _language_from_path(request.path)
        with translation.override(language):
            body = loader.get_template("503.html").render({"LANGUAGE_CODE": language})
        response = HttpResponse(body, status=503)
    response["Retry-After"] = str(RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response


def unavailable_response_for(request) -> HttpResponse | None:
    """For handler500: a 503 when the exception being handled is a database fault."""
    if is_unavailable(sys.exc_info()[1]):
        return unavailable_response(request)
    return None


class DatabaseFaultMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_unavailable(exception):
            return None
        logger.error("Database unavailable on %s %s: %s", request.method, request.path, exception)
        return unavailable_response(request)
