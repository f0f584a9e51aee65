"""The data-quality queue of the register (dashboard panel "Register data quality" and
Admin › /admin/register/quality/): possible duplicates, entries without participants or
policy domain, legal forms the name contradicts, historical organisations without a
successor.

The duplicate detector compares every published entry with the others (0.9 s per dashboard
load at 606 entries); its result is cached per version of the public register
(`register_version`), which every publication, unpublication, deletion, import, merge and
"not a duplicate" changes, so a stale list is never shown.
"""

import hashlib
import re

from django.core.cache import cache
from django.db.models import Count, Max, Sum

from registers.choices import PartnershipKind
from registers.duplicates import Pair, possible_duplicates
from registers.models import NotADuplicate, Organisation, Partnership, PartnershipMerge

CACHE_SECONDS = 24 * 60 * 60
# How many entries per check the queue page lists (the counts are complete).
LISTED = 200

# A word in the name that fixes the legal form: "Stichting …", "Vereniging …",
# "Coöperatie …", "… B.V." / "… N.V.".
NAME_FORMS = [
    (re.compile(r"^\s*stichting\b", re.IGNORECASE), PartnershipKind.STICHTING),
    (re.compile(r"^\s*vereniging\b", re.IGNORECASE), PartnershipKind.VERENIGING),
    (re.compile(r"^\s*co[öo]peratie(ve)?\b", re.IGNORECASE), PartnershipKind.COOPERATIE),
    (re.compile(r"\b[BN]\.?\s?V\.?\s*$", re.IGNORECASE), PartnershipKind.BV_NV),
]


def register_version() -> str:
    """Changes whenever what the checks read changes."""
    public = Partnership.objects.public().aggregate(
        count=Count("pk"),
        ids=Sum("pk"),
        published=Max("last_published_at"),
        imported=Max("imported_at"),
        revision=Max("latest_revision_id"),
    )
    decisions = NotADuplicate.objects.aggregate(count=Count("pk"), last=Max("pk"))
    merges = PartnershipMerge.objects.aggregate(count=Count("pk"), last=Max("pk"))
    fingerprint = repr((sorted(public.items()), sorted(decisions.items()), sorted(merges.items())))
    return hashlib.sha256(fingerprint.encode()).hexdigest()[:16]


def duplicate_pairs() -> list[Pair]:
    """The detector's pairs among published entries, less those judged distinct (cached)."""
    key = f"register-duplicates:{register_version()}"
    found = cache.get(key)
    if found is None:
        pairs = possible_duplicates(
            Partnership.objects.public().prefetch_related("memberships"), NotADuplicate.pairs()
        )
        found = [(pair.first.pk, pair.second.pk, pair.reason) for pair in pairs]
        cache.set(key, found, CACHE_SECONDS)
    wanted = {pk for first, second, _reason in found for pk in (first, second)}
    by_pk = Partnership.objects.filter(pk__in=wanted).prefetch_related("memberships").in_bulk()
    return [
        Pair(by_pk[first], by_pk[second], reason)
        for first, second, reason in found
        if first in by_pk and second in by_pk
    ]


def implied_kind(name: str):
    """The legal form the name states, or None."""
    for pattern, kind in NAME_FORMS:
        if pattern.search(name or ""):
            return kind
    return None


def legal_form_contradictions(partnerships) -> list[tuple]:
    """(partnership, the legal form its name states) where the register files another."""
    found = []
    for partnership in partnerships:
        kind = implied_kind(partnership.name)
        if kind is not None and partnership.kind != kind:
            found.append((partnership, PartnershipKind(kind).label))
    return found


def queue() -> dict:
    """Every check: its entries (at most LISTED) and its full count."""
    public = Partnership.objects.public().order_by("name")
    without_participants = public.filter(memberships=None)
    without_domain = public.filter(domains=None)
    contradictions = legal_form_contradictions(public.only("pk", "name", "kind", "slug"))
    historical = Organisation.objects.filter(active_until__isnull=False, successors=None)
    return {
        "duplicates": duplicate_pairs(),
        "without_participants": without_participants[:LISTED],
        "without_participants_count": without_participants.count(),
        "without_domain": without_domain[:LISTED],
        "without_domain_count": without_domain.count(),
        "legal_form_contradictions": contradictions[:LISTED],
        "legal_form_contradictions_count": len(contradictions),
        "historical_without_successor": historical.order_by("name")[:LISTED],
        "historical_without_successor_count": historical.count(),
    }


def counts() -> dict:
    """What the dashboard panel shows."""
    public = Partnership.objects.public()
    return {
        "duplicates": duplicate_pairs(),
        "without_participants": public.filter(memberships=None).count(),
        "without_domain": public.filter(domains=None).count(),
        "legal_form_contradictions": len(
            legal_form_contradictions(public.only("pk", "name", "kind"))
        ),
        "historical_without_successor": Organisation.objects.filter(
            active_until__isnull=False, successors=None
        ).count(),
    }
