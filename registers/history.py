"""A partnership's public change history, read from its revisions.

Only published revisions count, and only fields that are public; who made a change is
not shown (that stays in the admin's history).
"""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext as _

from wagtail.models import ModelLogEntry

from registers.models import Partnership
from registers.models.field_list import PARTNERSHIP_FIELDS

PUBLIC_FIELDS = [field.name for field in PARTNERSHIP_FIELDS if field.history]
MAX_ENTRIES = 20


def _membership_key(content):
    return sorted(
        (item.get("organisation"), item.get("role"), item.get("left"))
        for item in content.get("memberships", [])
    )


def _label(field_name):
    return str(Partnership._meta.get_field(field_name).verbose_name)


def public_changes(partnership):
    """[{"date": datetime, "changes": [labels]}], newest first."""
    revisions = list(
        partnership.revisions.order_by("created_at", "pk").only("created_at", "content")
    )
    # Drafts are revisions too; only those that were published are public.
    published_ids = set(
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Partnership),
            object_id=str(partnership.pk),
            action="wagtail.publish",
        ).values_list("revision_id", flat=True)
    )
    published_ids.add(partnership.live_revision_id)
    entries, previous = [], None
    for revision in revisions:
        if revision.pk not in published_ids:
            continue
        content = revision.content or {}
        if previous is None:
            entries.append({"date": revision.created_at, "changes": [_("Added to the register")]})
        else:
            changed = [
                _label(name) for name in PUBLIC_FIELDS if content.get(name) != previous.get(name)
            ]
            if _membership_key(content) != _membership_key(previous):
                changed.append(_("participants"))
            if changed:
                entries.append({"date": revision.created_at, "changes": changed})
        previous = content
    return list(reversed(entries))[:MAX_ENTRIES]
