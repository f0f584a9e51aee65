"""Background work (django-tasks): pre-rendering after a publication, and ZIP bundles.

With the ImmediateBackend (the default in development) a task runs inside the request that
enqueued it; production runs `manage.py db_worker` with the DatabaseBackend, so a
publication or a bundle of 500 factsheets never holds up an editor's request.
"""

import logging
import secrets
import tempfile
import time

from django.conf import settings
from django.core.files import File
from django.db import transaction
from django.utils import timezone, translation

from django_tasks import task

from factsheets import bundles, cache, pdf
from factsheets.choices import BundleStatus

logger = logging.getLogger(__name__)

PROGRESS_INTERVAL = 0.5  # seconds between two progress updates of a bundle


def prerender_enabled() -> bool:
    """FACTSHEETS_PRERENDER when set; otherwise only when tasks really run in the background:
    with the ImmediateBackend, "pre-rendering" would make every publication (and every
    `load_demo`) wait for WeasyPrint."""
    setting = getattr(settings, "FACTSHEETS_PRERENDER", None)
    if setting is not None:
        return bool(setting)
    from django_tasks import task_backends
    from django_tasks.backends.immediate import ImmediateBackend

    return not isinstance(task_backends[prerender_partnership.backend], ImmediateBackend)


def _languages():
    return [code for code, _name in settings.LANGUAGES]


@task()
def prerender_partnership(partnership_id: int):
    """Render and store the published factsheet of a partnership in every language."""
    from registers.models import Partnership, RegisterPage

    partnership = Partnership.objects.public().filter(pk=partnership_id).first()
    if partnership is None:
        return 0
    rendered = 0
    for language in _languages():
        with translation.override(language):
            page = RegisterPage.for_active_language()
            if page is None or page.locale.language_code != language:
                continue
            spec = cache.partnership_spec(partnership, page)
            if cache.lookup(spec) is None:
                bundles.published_partnership_pdf(partnership, page)
                rendered += 1
    return rendered


@task()
def prerender_programme_line(page_id: int):
    from pages.models import ProgrammeLinePage

    page = ProgrammeLinePage.objects.live().filter(pk=page_id).first()
    if page is None:
        return 0
    with translation.override(page.locale.language_code):
        spec = cache.programme_line_spec(page)
        if not spec.cacheable or cache.lookup(spec) is not None:
            return 0
        cache.store(spec, pdf.render_programme_line_factsheet(page))
    return 1


def schedule_prerender(task_, object_id: int):
    """Enqueue once the publication is committed (a worker must see the published row)."""
    if prerender_enabled():
        transaction.on_commit(lambda: task_.enqueue(object_id))


@task()
def build_bundle(bundle_id: int):
    """Make the ZIP of a FactsheetBundle, updating its progress as it goes."""
    from factsheets.models import FactsheetBundle

    bundle = FactsheetBundle.objects.get(pk=bundle_id)
    FactsheetBundle.objects.filter(pk=bundle.pk).update(status=BundleStatus.RUNNING)
    try:
        _query, ids = bundles.selection(bundle.filters)
        FactsheetBundle.objects.filter(pk=bundle.pk).update(total=len(ids), done=0)
        last = [time.monotonic()]

        def progress(done):
            now = time.monotonic()
            if now - last[0] >= PROGRESS_INTERVAL:
                FactsheetBundle.objects.filter(pk=bundle.pk).update(done=done)
                last[0] = now

        with tempfile.TemporaryFile(suffix=".zip") as archive:
            result = bundles.write_bundle(ids, bundle.language, archive, progress)
            archive.seek(0)
            # Media may be served publicly: a random part keeps the name unguessable.
            stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
            name = f"factsheets-{bundle.language}-{stamp}-{secrets.token_hex(6)}.zip"
            bundle.file.save(name, File(archive), save=False)
        bundle.total = len(ids)
        bundle.done = len(ids)
        bundle.failed = len(result.failures)
        bundle.status = BundleStatus.DONE
    except Exception as exc:  # noqa: BLE001 - recorded on the bundle for the editor to see
        logger.exception("Factsheet bundle %s failed", bundle.pk)
        bundle.refresh_from_db(fields=["total", "done"])
        bundle.status = BundleStatus.FAILED
        bundle.error = f"{exc.__class__.__name__}: {exc}"[:2000]
    bundle.finished_at = timezone.now()
    bundle.save(update_fields=["file", "total", "done", "failed", "status", "error", "finished_at"])
    return bundle.status


@task()
def prepare_selection_factsheet(page_id: int, params: list, language: str, name: str):
    """Render and store the factsheet of a register selection for visitors (factsheets.views.
    register_factsheet claimed `name` and answers "being prepared" until the file is there).
    Returns the stored name, or "" when it failed."""
    from cms import prepared
    from registers.models import RegisterPage
    from registers.search import RegisterQuery, search_register

    try:
        with translation.override(language):
            page = RegisterPage.objects.live().filter(pk=page_id).first()
            if page is None:
                prepared.release(name)
                return ""
            query = RegisterQuery.from_pairs(params)
            result = search_register(query, with_facets=False)
            # The register may have changed since the request: store under the current key
            # (the visitor's next request computes that key too).
            spec = cache.selection_spec(query, result, page)
            if cache.lookup(spec) is None:
                data = pdf.render_selection_factsheet(query, page=page, result=result)
                cache.store(spec, data)  # evicts the least recently used beyond the cap
    except Exception:
        logger.exception("Selection factsheet %s failed", name)
        prepared.mark_failed(name)
        return ""
    prepared.release(name)
    return spec.name
