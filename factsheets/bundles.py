"""All factsheets of a register selection in one ZIP: shared by the background task
(factsheets.tasks.build_bundle, for editors in the admin) and `manage.py export_factsheets`.

Each factsheet comes from the store when it is there and is rendered (and stored) when it
is not, so a second bundle of the same selection is mostly file copying.
"""

import logging
import zipfile
from dataclasses import dataclass, field

from django.http import QueryDict
from django.utils import translation

from factsheets import cache, pdf

logger = logging.getLogger(__name__)


def selection(filters: str):
    """The register's selection for a query string such as "domein=afval&fase=uitvoering":
    (RegisterQuery, ids in the register's order). Published partnerships only."""
    from registers.search import RegisterQuery, search_register

    query = RegisterQuery.from_params(QueryDict(filters or ""))
    return query, search_register(query, with_facets=False).ids


def published_partnership_pdf(partnership, page) -> bytes:
    """The published factsheet of `partnership` in the active language, stored or rendered."""
    from registers.models import Partnership

    spec = cache.partnership_spec(partnership, page)
    stored = cache.lookup(spec)
    if stored is not None:
        try:
            with cache.open_stored(stored) as handle:
                return handle.read()
        except FileNotFoundError:
            pass
    published = pdf.load_partnership(Partnership.objects.public(), pk=partnership.pk)
    data = pdf.render_partnership_factsheet(published, page=page)
    cache.store(spec, data)
    return data


@dataclass
class BundleResult:
    written: list = field(default_factory=list)  # file names in the ZIP
    failures: list = field(default_factory=list)  # "slug: error" lines


def write_bundle(ids, language: str, fileobj, progress=None) -> BundleResult:
    """Write the factsheets of the partnerships `ids` (in that order) as <slug>.pdf into a
    ZIP on `fileobj`. `progress(done)` is called after each one. A factsheet that fails is
    logged, listed in errors.txt in the ZIP and in the result; the others still go in."""
    from registers.models import Partnership, RegisterPage

    result = BundleResult()
    with translation.override(language):
        page = RegisterPage.for_active_language()
        partnerships = Partnership.objects.public().in_bulk(list(ids))
        # PDFs are compressed inside already; deflating them again costs time, gains ~5%.
        with zipfile.ZipFile(fileobj, "w", compression=zipfile.ZIP_STORED) as archive:
            for done, pk in enumerate(ids, start=1):
                partnership = partnerships.get(pk)
                if partnership is None:  # unpublished or deleted since the selection was made
                    continue
                try:
                    data = published_partnership_pdf(partnership, page)
                except Exception as exc:  # noqa: BLE001 - one bad factsheet must not stop 499
                    logger.exception("Factsheet of %s failed in a bundle", partnership.slug)
                    result.failures.append(f"{partnership.slug}: {exc.__class__.__name__}: {exc}")
                else:
                    archive.writestr(f"{partnership.slug}.pdf", data)
                    result.written.append(f"{partnership.slug}.pdf")
                if progress is not None:
                    progress(done)
            if result.failures:
                archive.writestr("errors.txt", "\n".join(result.failures) + "\n")
    return result
