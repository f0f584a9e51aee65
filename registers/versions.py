"""Keeping a partnership's earlier published states (registers/models/version.py) for the
register on a date.

When a publish replaces a published state, that state is written as a PartnershipVersion row
from its revision's content, valid from the end of the row before it (or from always, for the
oldest) until the new publish. Called on Wagtail's `published` signal (one partnership, in
the admin or a merger) and by the importer's bulk publish (registers/importer/publishing.py),
before it writes its own revisions; `manage.py build_register_versions` rebuilds every row
from the published revisions (for data published before this existed).
"""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db.models import Max
from django.utils.dateparse import parse_date

from wagtail.models import ModelLogEntry, Revision

from registers.models import Partnership, PartnershipVersion
from registers.models.field_list import PARTNERSHIP_FIELDS
from registers.peildatum import VERSIONED

KEPT_FIELDS = [field.name for field in PARTNERSHIP_FIELDS if field.history]
DATES = {"entry_into_force", "status_start", "status_end"}


def state(content: dict) -> dict:
    """A revision's content as the columns of a PartnershipVersion row."""
    values = {}
    for name in VERSIONED:
        value = content.get(name)
        if name in DATES:
            values[name] = parse_date(value) if isinstance(value, str) and value else None
        else:
            values[name] = value if value is not None else ""
    values["fields"] = {name: content.get(name) for name in KEPT_FIELDS if name in content}
    return values


def _publishes(partnership_ids):
    """partnership pk -> [(timestamp, revision pk)] of its publishes, oldest first."""
    content_type = ContentType.objects.get_for_model(Partnership)
    rows = (
        ModelLogEntry.objects.filter(
            content_type=content_type,
            object_id__in=[str(pk) for pk in partnership_ids],
            action="wagtail.publish",
            revision_id__isnull=False,
        )
        .order_by("timestamp", "pk")
        .values_list("object_id", "timestamp", "revision_id")
    )
    result = {}
    for object_id, timestamp, revision_id in rows:
        result.setdefault(int(object_id), []).append((timestamp, revision_id))
    return result


def record_superseded(partnership_ids, now: datetime.datetime, exclude_revisions=()):
    """The published states of `partnership_ids` are replaced at `now`: keep each as a row.
    `exclude_revisions`: the revisions being published now (not the state replaced)."""
    partnership_ids = list(partnership_ids)
    if not partnership_ids:
        return 0
    excluded = set(exclude_revisions)
    previous = {}
    for pk, publishes in _publishes(partnership_ids).items():
        earlier = [revision_id for _time, revision_id in publishes if revision_id not in excluded]
        if earlier:
            previous[pk] = earlier[-1]
    if not previous:
        return 0
    contents = dict(Revision.objects.filter(pk__in=previous.values()).values_list("pk", "content"))
    starts = dict(
        PartnershipVersion.objects.filter(partnership_id__in=previous)
        .values("partnership_id")
        .annotate(last=Max("valid_until"))
        .values_list("partnership_id", "last")
    )
    rows = [
        PartnershipVersion(
            partnership_id=pk,
            revision_id=revision_id,
            valid_from=starts.get(pk),
            valid_until=now,
            **state(contents.get(revision_id) or {}),
        )
        for pk, revision_id in previous.items()
        if revision_id in contents and (starts.get(pk) is None or starts[pk] < now)
    ]
    PartnershipVersion.objects.bulk_create(rows, batch_size=500)
    return len(rows)


def on_published(sender, instance, revision=None, **kwargs):
    """Wagtail's `published` signal for a partnership."""
    if revision is None:
        return
    moment = instance.last_published_at or revision.created_at
    record_superseded([instance.pk], moment, exclude_revisions=[revision.pk])


def rebuild(partnership_ids=None) -> int:
    """Every row again from the published revisions (offline work: reads every publish)."""
    queryset = Partnership.objects.all()
    if partnership_ids is not None:
        queryset = queryset.filter(pk__in=partnership_ids)
    ids = list(queryset.values_list("pk", flat=True))
    PartnershipVersion.objects.filter(partnership_id__in=ids).delete()
    written = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        publishes = _publishes(chunk)
        revision_ids = {rev for items in publishes.values() for _time, rev in items}
        contents = dict(Revision.objects.filter(pk__in=revision_ids).values_list("pk", "content"))
        rows = []
        for pk, items in publishes.items():
            valid_from = None
            for (_time, revision_id), (next_time, _next) in zip(items, items[1:], strict=False):
                if revision_id not in contents or next_time == valid_from:
                    continue
                rows.append(
                    PartnershipVersion(
                        partnership_id=pk,
                        revision_id=revision_id,
                        valid_from=valid_from,
                        valid_until=next_time,
                        **state(contents[revision_id]),
                    )
                )
                valid_from = next_time
        PartnershipVersion.objects.bulk_create(rows, batch_size=500)
        written += len(rows)
    return written
