"""Public factsheet views, one per kind; factsheets.routing finds the page and calls them.

Thin: find the object (404 for what visitors may not see), decide between the published
factsheet and an editor's preview, and hand over to `serve()`, which answers conditional
requests (304), serves the stored PDF or renders and stores it. Rendering is factsheets.pdf,
storage factsheets.cache.
"""

import logging

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from cms import prepared
from cms.querystring import clean_text
from factsheets import cache, pdf

logger = logging.getLogger(__name__)

CONTENT_TYPE = "application/pdf"


# --- responses -----------------------------------------------------------------------------


def _disposition(filename: str) -> str:
    return f'inline; filename="{filename}.pdf"'


def pdf_response(data: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type=CONTENT_TYPE)
    response["Content-Disposition"] = _disposition(filename)
    return response


def _validators(response, spec: cache.Spec, stored: cache.Stored | None):
    response["ETag"] = spec.etag
    if stored is not None:
        response["Last-Modified"] = http_date(stored.modified.timestamp())
    # Anyone may keep it, but must ask again (cheaply: 304) before reusing it, because
    # publishing changes it.
    patch_cache_control(response, public=True, no_cache=True)
    return response


def error_response(request, *, back_url: str = "") -> HttpResponse:
    """A factsheet that could not be made: 503 in the visitor's language, never cached."""
    body = render_to_string(
        "factsheets/error.html",
        {"LANGUAGE_CODE": get_language(), "back_url": back_url},
        request=request,
    )
    response = HttpResponse(body, status=503)
    response["Retry-After"] = "120"
    patch_cache_control(response, no_store=True)
    return response


def serve(request, spec: cache.Spec, render, *, back_url: str = ""):
    """The factsheet of `spec`: 304 when the client's copy is current, the stored file when
    there is one, otherwise `render()` (stored only when it succeeded). Selections pass no
    `render`: theirs is made in the background; when their file vanished just now (evicted,
    or deleted by a publication) the visitor is asked to come back."""
    stored = cache.lookup(spec)
    not_modified = get_conditional_response(
        request,
        etag=spec.etag,
        last_modified=int(stored.modified.timestamp()) if stored else None,
    )
    if not_modified is not None:
        return _validators(not_modified, spec, stored)
    if stored is not None:
        prepared.mark_used(stored.name)
        try:
            response = FileResponse(
                cache.open_stored(stored),
                content_type=CONTENT_TYPE,
                filename=f"{spec.filename}.pdf",
            )
        except FileNotFoundError:
            stored = None  # removed by a publication in the meantime: render it again
            if render is None:
                return prepared.preparing_response(
                    request, title=_("The factsheet is being prepared"), back_url=back_url
                )
        else:
            response["Content-Disposition"] = _disposition(spec.filename)
            return _validators(response, spec, stored)
    try:
        data = render()
    except Exception:
        logger.exception("Factsheet %s/%s could not be rendered", spec.kind, spec.object_id)
        return error_response(request, back_url=back_url)
    stored = cache.store(spec, data)
    return _validators(pdf_response(data, spec.filename), spec, stored)


def preview(request, render, filename: str, *, back_url: str = ""):
    """An editor's factsheet of the latest revision: rendered every time, never stored."""
    try:
        data = render()
    except Exception:
        logger.exception("Factsheet preview %s could not be rendered", filename)
        return error_response(request, back_url=back_url)
    response = pdf_response(data, filename)
    patch_cache_control(response, private=True, no_store=True)
    return response


def _preparing(request, back_url):
    return prepared.preparing_response(
        request, title=_("The factsheet is being prepared"), back_url=back_url
    )


# --- who sees what ---------------------------------------------------------------------------


def can_edit_partnership(user) -> bool:
    return user.is_active and user.has_perm("registers.change_partnership")


def can_edit_page(user, page) -> bool:
    return user.is_authenticated and page.permissions_for_user(user).can_edit()


def latest_partnership(partnership):
    """The latest revision of a partnership as an object (what an editor is working on)."""
    if partnership.latest_revision_id:
        return partnership.latest_revision.as_object()
    return partnership


# --- the four kinds ---------------------------------------------------------------------------


@require_safe
def partnership_factsheet(request, page, slug):
    from registers.models import Partnership

    partnership = get_object_or_404(Partnership, slug=clean_text(slug, 120))
    back_url = page.partnership_url(partnership, request)
    if (not partnership.live or partnership.has_unpublished_changes) and can_edit_partnership(
        request.user
    ):
        draft = latest_partnership(partnership)
        return preview(
            request,
            lambda: pdf.render_partnership_factsheet(draft, request, page=page, preview=True),
            partnership.slug,
            back_url=back_url,
        )
    if not partnership.live:
        raise Http404
    spec = cache.partnership_spec(partnership, page)

    def render():
        published = pdf.load_partnership(Partnership.objects.public(), pk=partnership.pk)
        return pdf.render_partnership_factsheet(published, request, page=page)

    return serve(request, spec, render, back_url=back_url)


@require_safe
def organisation_factsheet(request, page, slug):
    from registers.models import Organisation

    organisation = get_object_or_404(
        Organisation.objects.public().select_related("province"), slug=clean_text(slug, 90)
    )
    spec = cache.organisation_spec(organisation, page)
    has_dossier = any(spec.material[4])  # account holders or toezicht judgements
    if not spec.material[1] and not has_dossier and not organisation.successors.exists():
        raise Http404  # as the organisation's page: only organisations in the public register
    return serve(
        request,
        spec,
        lambda: pdf.render_organisation_factsheet(organisation, request, page=page),
        back_url=page.organisation_url(organisation, request),
    )


@require_safe
def programme_line_factsheet(request, page):
    # Wagtail routes only live pages here and has checked view restrictions already.
    back_url = page.get_url(request)
    if page.has_unpublished_changes and can_edit_page(request.user, page):
        draft = page.get_latest_revision_as_object()
        return preview(
            request,
            lambda: pdf.render_programme_line_factsheet(draft, request, preview=True),
            page.slug,
            back_url=back_url,
        )
    spec = cache.programme_line_spec(page)
    return serve(
        request,
        spec,
        lambda: pdf.render_programme_line_factsheet(page, request),
        back_url=back_url,
    )


@require_safe
def register_factsheet(request, page):
    """A register selection's factsheet: made in the background (factsheets.tasks), keyed
    by the normalised selection, never rendered in the visitor's request (issue 11)."""
    from factsheets import tasks
    from registers.search import RegisterQuery, search_register

    query = RegisterQuery.from_params(request.GET)
    result = search_register(query, with_facets=False)
    spec = cache.selection_spec(query, result, page)
    back_url = page.get_url(request)
    if cache.lookup(spec) is None:
        state = prepared.claim(spec.name, max_pending=settings.PREPARED_MAX_PENDING)
        if state == prepared.Claim.CLAIMED:
            tasks.prepare_selection_factsheet.enqueue(
                page.pk, pdf.selection_params(query), spec.language, spec.name
            )
        # With the ImmediateBackend the job has run by now; otherwise a worker runs it.
        if cache.lookup(spec) is None:
            if state == prepared.Claim.FAILED:
                return error_response(request, back_url=back_url)
            if state == prepared.Claim.BUSY:
                return prepared.busy_response(request, back_url=back_url)
            return prepared.preparing_response(
                request, title=_("The factsheet is being prepared"), back_url=back_url
            )
    return serve(request, spec, render=None, back_url=back_url)
