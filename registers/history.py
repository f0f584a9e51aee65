"""A partnership's public change history, read from its revisions.

Only published revisions count, and only fields that are public; who made a change is
not shown (that stays in the admin's history), except that a change by an import names
its source files ("via import opengr_provincies.csv").
"""

from django.contrib.contenttypes.models import ContentType

from wagtail.models import ModelLogEntry

from registers.models import Organisation, Partnership
from registers.models.field_list import PARTNERSHIP_FIELDS

PUBLIC_FIELDS = [field.name for field in PARTNERSHIP_FIELDS if field.history]
MAX_ENTRIES = 20


def _members(content) -> dict:
    """organisation pk -> (role, left) of the participants in a revision."""
    return {
        item.get("organisation"): (item.get("role"), item.get("left"))
        for item in content.get("memberships", [])
        if item.get("organisation") is not None
    }


def _label(field_name):
    return str(Partnership._meta.get_field(field_name).verbose_name)


def _shown(field_name, value) -> str:
    """A stored value as a visitor reads it: choices by their label, lists joined."""
    if value in (None, "", []):
        return "—"
    field = Partnership._meta.get_field(field_name)
    labels = dict(field.choices or [])
    if isinstance(value, list):
        return ", ".join(str(labels.get(item, item)) for item in value)
    return str(labels.get(value, value))


def _publications(instance, limit=None) -> dict:
    """{revision id: (import files or "", when published)} from the publish log of a
    partnership or an organisation, newest first (the newest `limit` publications).

    An entry is dated when it was published (became public), not when its draft was saved:
    under review the two are days apart, and a digest or feed reader who saw the register in
    between must still be told (subscriptions/digests.py keeps a watermark). A revision
    published twice counts from its first publication. Imports name their files in the
    publish log entry (importer/publishing.py).
    """
    rows = (
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(type(instance)),
            object_id=str(instance.pk),
            action="wagtail.publish",
        )
        .exclude(revision=None)
        .order_by("-timestamp", "-pk")
        .values_list("revision_id", "data__import_source", "timestamp")
    )
    if limit is not None:
        rows = rows[:limit]
    publications = {}
    for revision_id, source, timestamp in rows:  # newest first: the first time wins
        publications[revision_id] = (source or "", timestamp)
    return publications


def public_changes(partnership):
    """[{"date": datetime, "added": bool, "fields": [{"label", "old", "new"}],
    "joined": [names], "left": [names], "via_import": the files of an import or ""}],
    newest first."""
    revisions = list(
        partnership.revisions.order_by("created_at", "pk").only("created_at", "content")
    )
    # Drafts are revisions too; only those that were published are public (_publications).
    publications = _publications(partnership)
    import_sources = {pk: source for pk, (source, _when) in publications.items()}
    published_at = {pk: when for pk, (_source, when) in publications.items()}
    published_ids = set(import_sources)
    published_ids.add(partnership.live_revision_id)
    published = [revision for revision in revisions if revision.pk in published_ids]
    # Only the newest MAX_ENTRIES can show, each compared with the revision before it.
    start = max(0, len(published) - MAX_ENTRIES - 1)
    window = published[start:]
    organisation_ids = {pk for r in window for pk in _members(r.content or {})}
    names = dict(Organisation.objects.filter(pk__in=organisation_ids).values_list("pk", "name"))
    entries, previous = [], None
    if start:
        previous, window = window[0].content or {}, window[1:]
    for revision in window:
        content = revision.content or {}
        if previous is None:
            entries.append(
                {
                    "date": published_at.get(revision.pk, revision.created_at),
                    "added": True,
                    "fields": [],
                    "joined": [],
                    "left": [],
                    "via_import": import_sources.get(revision.pk) or "",
                }
            )
        else:
            fields = [
                {
                    "label": _label(name),
                    "old": _shown(name, previous.get(name)),
                    "new": _shown(name, content.get(name)),
                }
                for name in PUBLIC_FIELDS
                if content.get(name) != previous.get(name)
            ]
            before, after = _members(previous), _members(content)
            joined = sorted(names.get(pk, "?") for pk in after.keys() - before.keys())
            left = sorted(names.get(pk, "?") for pk in before.keys() - after.keys())
            left += sorted(
                names.get(pk, "?")
                for pk in after.keys() & before.keys()
                if after[pk][1] and not before[pk][1]
            )
            if fields or joined or left:
                entries.append(
                    {
                        "date": published_at.get(revision.pk, revision.created_at),
                        "added": False,
                        "fields": fields,
                        "joined": joined,
                        "left": left,
                        "via_import": import_sources.get(revision.pk) or "",
                    }
                )
        previous = content
    return list(reversed(entries))[:MAX_ENTRIES]


ORGANISATION_PUBLIC_FIELDS = [
    "name",
    "kind",
    "cbs_code",
    "tooi_uri",
    "active_from",
    "active_until",
    "successors",
]


def organisation_changes(organisation) -> list[dict]:
    """The published changes of an organisation itself (its revisions since it came under
    Registerreview, issue 14), as [{"date", "fields": [{"label", "old", "new"}], "via_import"}],
    newest first. Only public fields (not the website or the verification address), only
    published revisions, at most MAX_ENTRIES; the first known revision is the baseline."""
    publications = _publications(organisation, limit=MAX_ENTRIES + 1)
    published = {pk: source for pk, (source, _when) in publications.items()}
    published_at = {pk: when for pk, (_source, when) in publications.items()}
    revisions = list(
        organisation.revisions.filter(pk__in=list(published))
        .order_by("created_at", "pk")
        .only("created_at", "content")
    )
    successor_ids = {
        pk for r in revisions for pk in (r.content or {}).get("successors") or [] if pk
    }
    names = dict(
        Organisation.objects.public().filter(pk__in=successor_ids).values_list("pk", "name")
    )
    field = Organisation._meta.get_field

    def shown(name, value):
        if name == "successors":
            value = sorted(names.get(pk, "?") for pk in value or [])
            return ", ".join(value) or "—"
        if value in (None, ""):
            return "—"
        return str(dict(field(name).choices or []).get(value, value))

    entries, previous = [], None
    for revision in revisions:
        content = revision.content or {}
        if previous is not None:
            fields = [
                {
                    "label": str(field(name).verbose_name),
                    "old": shown(name, previous.get(name)),
                    "new": shown(name, content.get(name)),
                }
                for name in ORGANISATION_PUBLIC_FIELDS
                if shown(name, content.get(name)) != shown(name, previous.get(name))
            ]
            if fields:
                entries.append(
                    {
                        "date": published_at.get(revision.pk, revision.created_at),
                        "fields": fields,
                        "via_import": published.get(revision.pk) or "",
                    }
                )
        previous = content
    return list(reversed(entries))
