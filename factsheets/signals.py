"""Publishing makes stored factsheets stale: delete them once the publication is committed,
and (when tasks run in the background) render the new ones right away."""

from django.db import transaction
from django.db.models.signals import post_delete

from wagtail.signals import page_published, page_unpublished, published, unpublished

from factsheets import cache


def _partnership_changed(instance, *, prerender: bool):
    from factsheets import tasks

    def after_commit():
        cache.invalidate_partnership(instance)

    transaction.on_commit(after_commit)
    if prerender:
        tasks.schedule_prerender(tasks.prerender_partnership, instance.pk)


def _programme_lines_of(page):
    """The programme-line pages whose factsheet shows `page`: itself, or for an instrument
    the lines it belongs to (in every language)."""
    from pages.models import InstrumentPage, ProgrammeLinePage

    if isinstance(page, ProgrammeLinePage):
        return [page]
    if isinstance(page, InstrumentPage):
        keys = page.programme_lines.values_list("translation_key", flat=True)
        return list(ProgrammeLinePage.objects.filter(translation_key__in=list(keys)))
    return []


def on_published(sender, instance, **kwargs):
    from registers.models import Partnership

    if isinstance(instance, Partnership):
        _partnership_changed(instance, prerender=True)


def on_unpublished(sender, instance, **kwargs):
    from registers.models import Partnership

    if isinstance(instance, Partnership):
        _partnership_changed(instance, prerender=False)


def on_partnership_deleted(sender, instance, **kwargs):
    transaction.on_commit(lambda: cache.invalidate("partnership", instance.pk))


def on_page_published(sender, instance, **kwargs):
    from factsheets import tasks
    from pages.models import ProgrammeLinePage

    lines = _programme_lines_of(instance)
    transaction.on_commit(lambda: [cache.invalidate_page(line) for line in lines])
    if isinstance(instance, ProgrammeLinePage):
        tasks.schedule_prerender(tasks.prerender_programme_line, instance.pk)


def on_page_unpublished(sender, instance, **kwargs):
    lines = _programme_lines_of(instance)
    transaction.on_commit(lambda: [cache.invalidate_page(line) for line in lines])


def connect():
    from registers.models import Partnership

    published.connect(on_published, dispatch_uid="factsheets_published")
    unpublished.connect(on_unpublished, dispatch_uid="factsheets_unpublished")
    page_published.connect(on_page_published, dispatch_uid="factsheets_page_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="factsheets_page_unpublished")
    post_delete.connect(
        on_partnership_deleted, sender=Partnership, dispatch_uid="factsheets_partnership_deleted"
    )
