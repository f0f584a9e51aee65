"""Is the register current? Entries whose facts nobody verified for too long."""

import datetime

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from registers.models import Partnership


def verification_cutoff(days: int | None = None) -> datetime.date:
    days = settings.REGISTER_VERIFY_AFTER_DAYS if days is None else days
    return timezone.localdate() - datetime.timedelta(days=days)


def unverified_partnerships(days: int | None = None):
    """Published partnerships not verified since the cutoff (or never), oldest first."""
    cutoff = verification_cutoff(days)
    return (
        Partnership.objects.public()
        .filter(Q(last_verified__lt=cutoff) | Q(last_verified__isnull=True))
        .order_by("last_verified", "name")
    )
