"""Merging a duplicate partnership into the one that is kept (Register › Possible duplicates
in the admin, and `manage.py apply_merges` for a recorded list of merges).

What the kept entry gets from the other:
- every field the kept one leaves empty (a role of the province other than "no role", the
  later verification date);
- the union of policy domains, provinces, regions and tags;
- the participants, documents, financial years and risks it does not hold yet;
- regions and partnerships that pointed at the other.

The other entry is removed; a PartnershipMerge remembers it, so that its URL answers 301
with the kept one (registers/views.py) and a re-import finds the kept entry under the
other's names, slug and codes (registers/importer/partnerships.py). The importer's memory
of what it imported (imported_values) is merged too, so that a re-import neither brings back
a participant nor overrules the kept entry's values with the other's source values: fields
on which the two disagreed are pinned as the register's own decision (precedence.py ranks
the register above every source).

The kept entry gets a published revision by the person who merged, and a log entry
"registers.merge" in its admin history. In the admin a merge is a proposal that a second
registerbeheerder approves (registers/merge_review.py); the approver is the one who merged.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from registers.choices import ProvinceRole
from registers.importer.fields import SCALAR_FIELDS
from registers.importer.precedence import REGISTER, SOURCE_NAMES, UNION_FIELDS
from registers.importer.provenance import is_blank, serialise
from registers.importer.writers.memberships import membership_key
from registers.models import (
    FinancialFigure,
    Membership,
    NotADuplicate,
    Partnership,
    PartnershipDocument,
    PartnershipMerge,
    PartnershipRisk,
    Region,
)
from registers.models.field_list import PARTNERSHIP_FIELDS, Shape

MERGE_ACTION = "registers.merge"
NOT_A_DUPLICATE_ACTION = "registers.not_a_duplicate"


class MergeRefused(Exception):
    """Why two entries cannot be merged now (shown to the user)."""


def why_not(kept, other) -> str:
    """ "" when the two can be merged now, else why not."""
    if kept.pk == other.pk:
        return _("An entry cannot be merged with itself.")
    for partnership in (kept, other):
        if partnership.locked:
            return _("“%(name)s” is locked.") % {"name": partnership.name}
        if partnership.has_unpublished_changes or not partnership.live:
            return _(
                "“%(name)s” has changes that are not published; publish or discard them first."
            ) % {"name": partnership.name}
        if partnership.workflow_in_progress:
            return _("“%(name)s” is in review; finish the review first.") % {
                "name": partnership.name
            }
    return ""


def preview(kept, other) -> dict:
    """What the merge would bring over, for the confirmation page."""
    have = {membership_key(m.organisation_id, m.joined) for m in kept.memberships.all()}
    urls = {d.url for d in kept.documents.all() if d.url}
    return {
        "fields": [
            (str(Partnership._meta.get_field(name).verbose_name), getattr(other, name))
            for name in _filled_fields(kept, other)
        ],
        "participants": [
            m
            for m in other.memberships.all()
            if membership_key(m.organisation_id, m.joined) not in have
        ],
        "documents": [d for d in other.documents.all() if not d.url or d.url not in urls],
    }


@transaction.atomic
def merge_partnerships(
    kept, other, *, user=None, reason: str = "", log_data=None
) -> PartnershipMerge:
    """`log_data`: more for the log entry (the proposal a second person approved,
    registers/merge_review.py)."""
    kept = Partnership.objects.select_for_update().get(pk=kept.pk)
    other = Partnership.objects.select_for_update().get(pk=other.pk)
    problem = why_not(kept, other)
    if problem:
        raise MergeRefused(problem)
    snapshot = other.serializable_data()
    _move_children(kept, other)
    _repoint(kept, other)

    kept = Partnership.objects.get(pk=kept.pk)  # with the children just moved
    references = {f.name for f in PARTNERSHIP_FIELDS if f.shape == Shape.REFERENCE}
    for name, value in _filled_fields(kept, other).items():
        setattr(kept, f"{name}_id" if name in references else name, value)
    if kept.part_of_id == other.pk:
        kept.part_of = None
    if kept.succeeded_by_id == other.pk:
        kept.succeeded_by = None
    kept.domains.add(*other.domains.all())
    kept.provinces.add(*other.provinces.all())
    kept.regions.add(*other.regions.all())
    kept.tags.add(*[tag.name for tag in other.tags.all()])
    kept.imported_values = _merged_provenance(kept, other)

    merge = PartnershipMerge.objects.create(
        kept=kept,
        merged_slug=other.slug,
        merged_name=other.name,
        merged_names=_names(other),
        merged_cbs_code=other.cbs_code,
        merged_national_register_id=other.national_register_id,
        snapshot=snapshot,
        merged_by=user,
        reason=reason[:255],
    )
    # Entries merged into the other earlier now lead to the kept one directly.
    PartnershipMerge.objects.filter(kept=other).update(kept=kept)

    try:
        revision = kept.save_revision(user=user, log_action=False)
    except ValidationError as error:
        raise MergeRefused("; ".join(error.messages)) from error
    revision.publish(user=user, skip_permission_checks=True)
    log(
        instance=kept,
        action=MERGE_ACTION,
        user=user,
        revision=revision,
        data={"merged": other.name, "slug": other.slug, "reason": reason, **(log_data or {})},
    )
    log(instance=other, action="wagtail.delete", user=user, deleted=True)
    other.delete()
    return merge


def mark_not_a_duplicate(first, second, *, user=None) -> NotADuplicate:
    decision = NotADuplicate.record(first, second, user)
    for partnership, twin in ((first, second), (second, first)):
        log(
            instance=partnership,
            action=NOT_A_DUPLICATE_ACTION,
            user=user,
            data={"other": twin.name},
        )
    return decision


# --- the parts -----------------------------------------------------------------------------


def _is_empty(name, value) -> bool:
    return is_blank(value) or (name == "province_role" and value == ProvinceRole.GEEN)


def _filled_fields(kept, other) -> dict:
    """field -> the other's value, for the fields the kept entry leaves empty."""
    filled = {}
    for listed in PARTNERSHIP_FIELDS:
        name = listed.name
        if listed.shape == Shape.RELATIONS or name in ("import_source",):
            continue
        attribute = f"{name}_id" if listed.shape == Shape.REFERENCE else name
        mine, theirs = getattr(kept, attribute), getattr(other, attribute)
        if listed.shape == Shape.REFERENCE and theirs in (kept.pk, other.pk):
            continue
        if name == "last_verified" and mine and theirs and theirs > mine:
            filled[name] = theirs
            filled["last_verified_by"] = other.last_verified_by
            filled["last_verified_by_organisation"] = other.last_verified_by_organisation
        elif _is_empty(name, mine) and not _is_empty(name, theirs):
            filled.setdefault(name, theirs)
    return filled


def _move_children(kept, other):
    have = {membership_key(m.organisation_id, m.joined) for m in kept.memberships.all()}
    moving = [
        m.pk
        for m in other.memberships.all()
        if membership_key(m.organisation_id, m.joined) not in have
    ]
    order = max((m.sort_order or 0 for m in kept.memberships.all()), default=-1) + 1
    for offset, pk in enumerate(moving):
        Membership.objects.filter(pk=pk).update(partnership=kept, sort_order=order + offset)

    urls = {d.url for d in kept.documents.all() if d.url}
    files = {d.document_id for d in kept.documents.all() if d.document_id}
    PartnershipDocument.objects.filter(
        pk__in=[
            d.pk
            for d in other.documents.all()
            if not (d.url and d.url in urls) and not (d.document_id and d.document_id in files)
        ]
    ).update(partnership=kept)
    years = {figure.year for figure in kept.financial_figures.all()}
    FinancialFigure.objects.filter(partnership=other).exclude(year__in=years).update(
        partnership=kept
    )
    risks = {risk.description for risk in kept.risks.all()}
    PartnershipRisk.objects.filter(partnership=other).exclude(description__in=risks).update(
        partnership=kept
    )


def _repoint(kept, other):
    Region.objects.filter(partnership=other).update(partnership=kept)
    Partnership.objects.filter(part_of=other).exclude(pk=kept.pk).update(part_of=kept)
    Partnership.objects.filter(succeeded_by=other).exclude(pk=kept.pk).update(succeeded_by=kept)
    NotADuplicate.objects.filter(first=other).delete()
    NotADuplicate.objects.filter(second=other).delete()


def _names(partnership) -> list:
    imported = partnership.imported_values or {}
    names = {partnership.name, imported.get("name") or "", *imported.get("_names", [])}
    for merge in partnership.merges.all():
        names.update([merge.merged_name, *merge.merged_names])
    return sorted(name for name in names if name)


def _merged_provenance(kept, other) -> dict:
    """The importer's memory of both entries as one (see the module's docstring)."""
    mine = dict(kept.imported_values or {})
    theirs = other.imported_values or {}
    mine["_names"] = sorted(set(mine.get("_names", [])) | set(_names(other)) - {kept.name})
    for key in ("_documents", "_places"):
        union = set(mine.get(key, [])) | set(theirs.get(key, []))
        if union:
            mine[key] = sorted(union)
    if theirs.get("_regions_computed"):
        mine["_regions_computed"] = True
    if isinstance(theirs.get("_memberships"), dict):
        baseline = dict(mine.get("_memberships") or {})
        for key, values in theirs["_memberships"].items():
            baseline.setdefault(key, values)
        mine["_memberships"] = baseline
    for name, value in theirs.items():
        if not name.startswith("_"):
            mine.setdefault(name, value)

    sources = {k: dict(v) for k, v in (mine.get("_sources") or {}).items()}
    for name, given in (theirs.get("_sources") or {}).items():
        ours = sources.setdefault(name, {})
        for source, value in given.items():
            if name in UNION_FIELDS and isinstance(value, list):
                ours[source] = sorted(set(ours.get(source, [])) | set(value))
            else:
                ours.setdefault(source, value)
        if name not in SCALAR_FIELDS:
            continue
        now = serialise(getattr(kept, name))
        disagrees = any(value != now for value in given.values() if not is_blank(value))
        if disagrees and not is_blank(now):
            # The merge decided this field: the register's own value ranks above the sources.
            ours[SOURCE_NAMES[REGISTER]] = now
    mine["_sources"] = sources
    return mine
