"""When the search index changes: on publish, unpublish, move and delete — never for a draft.

Wagtail indexes a model on every save, which for pages and snippets with drafts means
draft content reaches the search cluster. We switch that off (AUTO_UPDATE False on every
backend, and Wagtail's save handlers disconnected) and index here instead:

- pages: published, unpublished, moved (with their live descendants), deleted;
- models with drafts (partnerships): published, unpublished, deleted;
- other indexed models (organisations, images, documents, …): saved, deleted; and the
  published objects whose indexed text shows something of the saved one (an
  organisation's rename re-indexes the partnerships that show its name), as the
  searchable sources say (search/sources.py).

Updates run as a django-tasks task enqueued on transaction commit (the task looks the
object up, and a worker may run before the commit). A backend that fails (the cluster is
down) never loses the edit: the update is recorded as a PendingIndexUpdate, retried by
`manage.py retry_index_updates`, and shown to editors until it succeeds.
"""

import logging

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from django_tasks import task
from modelsearch.backends import get_search_backends_with_name
from modelsearch.index import get_indexed_instance, get_indexed_models
from wagtail.models import DraftStateMixin, Page
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from search.sources import related_to_reindex
from search.vocabulary import forget_fingerprint

logger = logging.getLogger(__name__)


def is_public(instance) -> bool:
    if isinstance(instance, DraftStateMixin):
        return bool(instance.live)
    return True


def _record_failure(backend_name, instance, action, error):
    from search.models import PendingIndexUpdate

    content_type = ContentType.objects.get_for_model(instance, for_concrete_model=False)
    pending, created = PendingIndexUpdate.objects.get_or_create(
        backend=backend_name,
        content_type=content_type,
        object_id=str(instance.pk),
        defaults={"action": action, "last_error": error[:2000]},
    )
    if not created:
        pending.action = action
        pending.attempts += 1
        pending.last_error = error[:2000]
        pending.save(update_fields=["action", "attempts", "last_error", "updated_at"])


def _clear_pending(backend_name, instance):
    from search.models import PendingIndexUpdate

    content_type = ContentType.objects.get_for_model(instance, for_concrete_model=False)
    PendingIndexUpdate.objects.filter(
        backend=backend_name, content_type=content_type, object_id=str(instance.pk)
    ).delete()


def apply_to_backends(instance, action: str, backends=None) -> list[str]:
    """Index or remove `instance` in every backend; returns the names that failed."""
    indexed = get_indexed_instance(instance, check_exists=(action == "index"))
    if indexed is None:
        return []
    # The words the query pipeline knows may have changed: this process looks again now
    # rather than after vocabulary.FINGERPRINT_SECONDS.
    forget_fingerprint()
    failed = []
    for name, backend in get_search_backends_with_name():
        if backends is not None and name not in backends:
            continue
        try:
            if action == "index":
                backend.add(indexed)
            else:
                backend.delete(indexed)
        except Exception as exc:  # noqa: BLE001 - any backend failure is recorded, not raised
            logger.warning("Search backend %r could not %s %r: %s", name, action, indexed, exc)
            _record_failure(name, indexed, action, f"{exc.__class__.__name__}: {exc}")
            failed.append(name)
        else:
            _clear_pending(name, indexed)
    return failed


def index_bulk(model, objects) -> list[str]:
    """Index many objects of one model at once (imports); failures are recorded per object.

    Returns the names of the backends that failed."""
    failed = []
    objects = list(objects)
    if not objects:
        return failed
    for name, backend in get_search_backends_with_name():
        try:
            for start in range(0, len(objects), INDEX_BATCH):
                with transaction.atomic():
                    backend.add_bulk(model, objects[start : start + INDEX_BATCH])
        except Exception as exc:  # noqa: BLE001 - recorded and retried, as in apply_to_backends
            logger.warning("Search backend %r could not index %s objects: %s", name, model, exc)
            for instance in objects:
                _record_failure(name, instance, "index", f"{exc.__class__.__name__}: {exc}")
            failed.append(name)
    return failed


INDEX_BATCH = 500


def batches(queryset, size: int = INDEX_BATCH):
    """The queryset's objects in lists of `size`, by primary key (keyset pagination: each batch
    is one short query, however far along; no transaction is held between batches)."""
    last = None
    queryset = queryset.order_by("pk")
    while True:
        page = queryset if last is None else queryset.filter(pk__gt=last)
        batch = list(page[:size])
        if not batch:
            return
        yield batch
        last = batch[-1].pk


def index_in_batches(index, model, queryset, *, size: int = INDEX_BATCH, tick=None) -> int:
    """Add the queryset's objects to one backend's index, each batch committed on its own
    (a rebuild of 50,000 partnerships never holds a transaction for long, and what is done
    stays done if it stops). `tick(n)` after each batch. Returns the number indexed."""
    count = 0
    for batch in batches(queryset, size):
        with transaction.atomic():
            index.add_items(model, batch)
        count += len(batch)
        if tick:
            tick(len(batch))
    return count


@task()
def update_index_task(app_label: str, model_name: str, pk: str):
    model = apps.get_model(app_label, model_name)
    instance = model._default_manager.filter(pk=pk).first()
    if instance is None:
        return  # deleted in the meantime; the delete handler removed it
    apply_to_backends(instance, "index" if is_public(instance) else "remove")


def index_later(instance):
    """Bring the index in line with `instance` once the transaction commits."""
    label, name, pk = instance._meta.app_label, instance._meta.model_name, str(instance.pk)
    transaction.on_commit(lambda: update_index_task.enqueue(label, name, pk))


def remove_later(instance):
    # The row is gone after the commit; the in-memory instance is enough to remove it.
    transaction.on_commit(lambda: apply_to_backends(instance, "remove"))


# --- signal handlers -------------------------------------------------------------------------


def _on_page_published(sender, instance, **kwargs):
    index_later(instance)


def _on_page_moved(sender, instance, **kwargs):
    for page in instance.get_descendants(inclusive=True).live().specific():
        index_later(page)


def _on_published(sender, instance, **kwargs):
    if not isinstance(instance, Page):
        index_later(instance)
        # An organisation under review is renamed by publishing it: the partnerships whose
        # index documents show its name follow (as _on_save does for plain models).
        for related in related_to_reindex(instance):
            index_later(related)


def _on_save(sender, instance, raw=False, **kwargs):
    if raw or isinstance(instance, Page | DraftStateMixin):
        return  # pages and drafts are indexed on publish only
    index_later(instance)
    for related in related_to_reindex(instance):
        index_later(related)


def _on_delete(sender, instance, **kwargs):
    remove_later(instance)


def connect():
    """Replace Wagtail's index-on-every-save handlers by the ones above."""
    from modelsearch.signal_handlers import post_delete_signal_handler, post_save_signal_handler

    page_published.connect(_on_page_published, dispatch_uid="search.page_published")
    page_unpublished.connect(_on_page_published, dispatch_uid="search.page_unpublished")
    post_page_move.connect(_on_page_moved, dispatch_uid="search.page_moved")
    published.connect(_on_published, dispatch_uid="search.published")
    unpublished.connect(_on_published, dispatch_uid="search.unpublished")
    for model in get_indexed_models():
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_delete.disconnect(post_delete_signal_handler, sender=model)
        post_save.connect(_on_save, sender=model, dispatch_uid=f"search.save.{model._meta.label}")
        post_delete.connect(
            _on_delete, sender=model, dispatch_uid=f"search.delete.{model._meta.label}"
        )
