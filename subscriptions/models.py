"""An e-mail subscription to the published changes of one thing in the register (issue 18).

A row is one address following one partnership, one organisation or one register selection
(the register's query string, normalised). Nothing is sent to a row until it is confirmed
(double opt-in); unconfirmed rows are deleted after SUBSCRIPTIONS_UNCONFIRMED_DAYS and
unsubscribing deletes the row, so an address is kept only as long as it is subscribed.
"""

import hashlib
import uuid

from django.db import models
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    PARTNERSHIP = "partnership", _("partnership")
    ORGANISATION = "organisation", _("organisation")
    SELECTION = "selection", _("selection of the register")


class Frequency(models.TextChoices):
    DAILY = "daily", _("daily")
    WEEKLY = "weekly", _("weekly")


def normalise_email(email: str) -> str:
    return (email or "").strip().lower()


def address_key(email: str) -> str:
    """A keyed hash of the address: the manage link names it instead of the address, and the
    rate limit counts by it. 32 hex digits, so the signed links of cms/signed_links.py carry
    it as a UUID."""
    return salted_hmac("subscriptions.address", normalise_email(email)).hexdigest()[:32]


def target_key(kind: str, *, partnership=None, organisation=None, selection: str = "") -> str:
    """What is followed, in one short value: one address follows each thing once."""
    if kind == Kind.PARTNERSHIP:
        return f"partnership:{partnership.pk}"
    if kind == Kind.ORGANISATION:
        return f"organisation:{organisation.pk}"
    return "selection:" + hashlib.sha256(selection.encode()).hexdigest()[:40]


class Subscription(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    email = models.EmailField(_("e-mail address"))
    address_key = models.CharField(max_length=32, db_index=True, editable=False)
    kind = models.CharField(_("follows"), max_length=20, choices=Kind.choices)
    partnership = models.ForeignKey(
        "registers.Partnership",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="subscriptions",
    )
    organisation = models.ForeignKey(
        "registers.Organisation",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="subscriptions",
    )
    # The register's query string as registers.search.RegisterQuery.as_params() writes it.
    selection = models.CharField(_("selection"), max_length=2000, blank=True)
    target_key = models.CharField(max_length=60, editable=False)
    frequency = models.CharField(_("frequency"), max_length=10, choices=Frequency.choices)
    language = models.CharField(_("language"), max_length=5)
    created_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    # Changes dated after the watermark are still to be sent; confirming sets it, a digest
    # moves it on only after it was sent.
    watermark = models.DateTimeField(null=True, blank=True)
    last_sent_at = models.DateTimeField(_("last digest sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("e-mail subscription")
        verbose_name_plural = _("e-mail subscriptions")
        constraints = [
            models.UniqueConstraint(
                fields=["address_key", "target_key"], name="subscription_once_per_address"
            )
        ]
        indexes = [models.Index(fields=["frequency", "confirmed_at"])]
        # The admin report shows counts, never addresses (subscriptions/wagtail_hooks.py).
        permissions = [("view_subscription_counts", _("Can see how many follow the register"))]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.get_frequency_display()})"

    def save(self, *args, **kwargs):
        self.email = normalise_email(self.email)
        self.address_key = address_key(self.email)
        self.target_key = target_key(
            self.kind,
            partnership=self.partnership,
            organisation=self.organisation,
            selection=self.selection,
        )
        super().save(*args, **kwargs)

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None
