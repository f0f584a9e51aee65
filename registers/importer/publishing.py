"""Publishing imported partnerships and organisations: one revision per changed entry,
published, with the log entries Wagtail's history views read, and the search index updated
afterwards. Both go through Registerreview when edited in the admin (issue 14); an import is
the province's own source and is published as the import, attributed to it.

Wagtail's `save_revision()` + `publish()` do the same one partnership at a time (a dozen
queries each, and they re-save the cluster); here it is done in bulk.
"""

from django.contrib.contenttypes.models import ContentType

from wagtail.models import ModelLogEntry, Revision

from registers.importer.identity import import_user
from registers.models import Organisation, Partnership
from search.indexing import batches, index_bulk

BATCH = 500
RELATIONS = {
    Partnership: [
        "memberships",
        "documents",
        "financial_figures",
        "risks",
        "tagged_items",
        "domains",
        "provinces",
        "regions",
    ],
    Organisation: ["successors"],
}


def publish_revisions(changed, now, sources=None, model=Partnership):
    """changed: [(partnership or organisation, is_new)] after their rows were written;
    sources: pk -> the files that spoke of it. The revisions and log entries are the
    import's (identity.py), and the log entries name the files."""
    if not changed:
        return
    user = import_user()
    sources = sources or {}
    if model is Partnership:
        # The states these publishes replace, kept for the register on a date
        # (registers/versions.py).
        from registers.versions import record_superseded

        record_superseded([partnership.pk for partnership, is_new in changed if not is_new], now)
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
    base_content_type = changed[0][0].get_base_content_type()
    fresh = {
        partnership.pk: partnership
        for partnership in model.objects.filter(
            pk__in=[partnership.pk for partnership, _new in changed]
        ).prefetch_related(*RELATIONS[model])
    }
    revisions = []
    for partnership, _new in changed:
        current = fresh[partnership.pk]
        revisions.append(
            Revision(
                content_type=content_type,
                base_content_type=base_content_type,
                object_id=str(partnership.pk),
                created_at=now,
                user=user,
                object_str=str(current),
                content=current.serializable_data(),
            )
        )
    Revision.objects.bulk_create(revisions, batch_size=BATCH)
    entries = []
    for (partnership, is_new), revision in zip(changed, revisions, strict=True):
        partnership.latest_revision_id = revision.pk
        partnership.live_revision_id = revision.pk
        partnership.live = True
        partnership.has_unpublished_changes = False
        partnership.first_published_at = partnership.first_published_at or now
        partnership.last_published_at = now
        for action in ("wagtail.create" if is_new else "wagtail.edit", "wagtail.publish"):
            entries.append(
                ModelLogEntry(
                    content_type=content_type,
                    label=str(partnership),
                    action=action,
                    timestamp=now,
                    user=user,
                    object_id=str(partnership.pk),
                    revision_id=revision.pk,
                    content_changed=True,
                    data={"import_source": sources.get(partnership.pk, "")},
                )
            )
    model.objects.bulk_update(
        [partnership for partnership, _new in changed],
        [
            "latest_revision",
            "live_revision",
            "live",
            "has_unpublished_changes",
            "first_published_at",
            "last_published_at",
        ],
        batch_size=BATCH,
    )
    ModelLogEntry.objects.bulk_create(entries, batch_size=BATCH)


def update_search_index(pks_by_model):
    """Index what the import created or changed (bulk writes send no signals), loaded and
    committed in batches (search/indexing.py)."""
    for model, pks in pks_by_model.items():
        if not pks:
            continue
        for batch in batches(model.get_indexed_objects().filter(pk__in=pks)):
            index_bulk(model, batch)
