"""Background work of the register (django-tasks): the CSV/XLSX downloads for visitors, and
the whole-register counts of a new generation computed ahead."""

import logging

from django.conf import settings
from django.core.files.storage import default_storage
from django.utils import translation

from django_tasks import task

from cms import prepared

logger = logging.getLogger(__name__)


@task()
def prepare_export(
    params: list, table: str, output: str, language: str, page_id: int, claimed: str = ""
):
    """Write and store one download (registers/exports.py); registers.views claimed its name
    (`claimed`) and answers "being prepared" until the file is there. The register may have
    started a new generation since: the file is written under the current name, and both
    claims are let go. Returns the stored name, or ""."""
    from registers import exports
    from registers.models import RegisterPage
    from registers.search import RegisterQuery, search_register

    export = exports.Export(params, table, output, language, page_id)
    name = export.name()
    if claimed and claimed != name:
        prepared.release(claimed)
    try:
        with translation.override(language):
            page = RegisterPage.objects.live().filter(pk=page_id).first()
            if page is None:
                prepared.release(name)
                return ""
            if not default_storage.exists(name):
                query = RegisterQuery.from_pairs(params)
                partnerships = search_register(query, with_facets=False).partnerships
                register_url = page.get_full_url()
                prepared.write_atomically(
                    name,
                    lambda handle: exports.write_export(handle, export, partnerships, register_url),
                )
                exports.evict()
    except Exception:
        logger.exception("Register export %s failed", name)
        prepared.mark_failed(name)
        return ""
    prepared.release(name)
    return name


def full_exports():
    """The downloads of the whole register, in every language: what most visitors take."""
    from registers import exports
    from registers.models import RegisterPage

    for page in RegisterPage.objects.live().select_related("locale"):
        language = page.locale.language_code
        for table, output in (("", "csv"), (exports.MEMBERSHIPS, "csv"), ("", "xlsx")):
            yield exports.Export([], table, output, language, page.pk)


def rebuild_full_exports():
    """Enqueue the full register's downloads (after a change, when a worker runs tasks)."""
    for export in full_exports():
        if prepared.claim(export.name(), max_pending=settings.PREPARED_MAX_PENDING) == (
            prepared.Claim.CLAIMED
        ):
            prepare_export.enqueue(*export.as_args(), claimed=export.name())


@task()
def warm_register(generation: str):
    """After a change, in the worker: what the register's unfiltered pages count over the
    whole register — the landing page's count, facets and first page (HTML and JSON), the
    insights' figures, the filters of network and insights — computed once for the new
    generation in every language, so that the first visitor after a publish does not wait
    for it (at 50,000 entries: 0.4 s for the landing page, 1.2 s for insights on SQLite).
    A job whose generation has passed does nothing: a newer job follows it."""
    from django.http import QueryDict

    from registers import exports
    from registers.insights import whole_register_counts
    from registers.models import RegisterPage
    from registers.network import filter_fields
    from registers.search import RESULTS_PER_PAGE, RegisterQuery, search_register

    languages = set(RegisterPage.objects.live().values_list("locale__language_code", flat=True))
    for language in sorted(languages):
        if exports.generation() != generation:
            return False
        with translation.override(language):
            query = RegisterQuery.from_params(QueryDict())
            result = search_register(query, with_facets=True)
            list(result.pageable()[0:RESULTS_PER_PAGE])  # as the paginator slices page 1
            whole_register_counts(query)
            filter_fields(query)
    return True


def warm_after_change():
    """Enqueue the warming of the current generation (when a worker runs tasks)."""
    from registers import exports

    if prepared.runs_in_background(warm_register):
        warm_register.enqueue(exports.generation())
