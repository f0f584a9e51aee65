"""Decisions about possible duplicates, kept for good: a merge (one entry went into another)
and "not a duplicate" (two entries that only look alike).

A merge is remembered so that the removed entry's URL answers 301 with the kept one, and so
that a re-import finds the kept entry under the removed one's names, slug and codes instead
of creating the duplicate again (registers/importer/partnerships.py).
"""

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext_lazy as _


class PartnershipMerge(models.Model):
    kept = models.ForeignKey(
        "registers.Partnership",
        verbose_name=_("kept partnership"),
        on_delete=models.CASCADE,
        related_name="merges",
    )
    merged_slug = models.SlugField(_("slug of the merged entry"), max_length=120, unique=True)
    merged_name = models.CharField(_("name of the merged entry"), max_length=255)
    # Every name the sources used for the merged entry: the importer finds the kept one by them.
    merged_names = models.JSONField(default=list, blank=True)
    merged_cbs_code = models.CharField(max_length=6, blank=True)
    merged_national_register_id = models.CharField(max_length=60, blank=True)
    # The merged entry as it was (its own fields and children), for the record.
    snapshot = models.JSONField(default=dict, blank=True, encoder=DjangoJSONEncoder)
    merged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("merged by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    merged_at = models.DateTimeField(_("merged at"), auto_now_add=True)
    reason = models.CharField(_("reason"), max_length=255, blank=True)

    class Meta:
        ordering = ["-merged_at"]
        verbose_name = _("merge of partnerships")
        verbose_name_plural = _("merges of partnerships")

    def __str__(self):
        return f"{self.merged_name} → {self.kept}"


class NotADuplicate(models.Model):
    """Two partnerships Registerbeheer judged distinct: the detector no longer lists them.
    Stored with the lower pk first, so each pair has one row."""

    first = models.ForeignKey("registers.Partnership", on_delete=models.CASCADE, related_name="+")
    second = models.ForeignKey("registers.Partnership", on_delete=models.CASCADE, related_name="+")
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["first", "second"], name="unique_not_a_duplicate_pair")
        ]
        verbose_name = _("pair that is not a duplicate")
        verbose_name_plural = _("pairs that are not duplicates")

    def __str__(self):
        return f"{self.first} ≠ {self.second}"

    @classmethod
    def record(cls, a, b, user=None):
        first, second = sorted([a.pk, b.pk])
        return cls.objects.get_or_create(
            first_id=first, second_id=second, defaults={"decided_by": user}
        )[0]

    @classmethod
    def pairs(cls) -> set:
        return set(cls.objects.values_list("first_id", "second_id"))


class OrganisationMerger(models.Model):
    """A municipal merger (gemeentelijke herindeling) or any other merger of organisations:
    the predecessors end the day before `date`, the successor continues their participations
    from `date` (registers/mergers.py). History is not rewritten: the predecessors'
    memberships stay, ended on the day before."""

    date = models.DateField(
        _("date of the merger"), help_text=_("The first day on which the successor exists.")
    )
    successor = models.ForeignKey(
        "registers.Organisation",
        verbose_name=_("successor"),
        on_delete=models.CASCADE,
        related_name="mergers_formed",
    )
    predecessors = models.ManyToManyField(
        "registers.Organisation", verbose_name=_("predecessors"), related_name="mergers_ended"
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-date"]
        verbose_name = _("merger of organisations")
        verbose_name_plural = _("mergers of organisations")

    def __str__(self):
        return f"{self.date}: → {self.successor}"


class MergeProposal(models.Model):
    """A registerbeheerder's proposal to merge `other` into `kept` (Register › Possible
    duplicates), carried out only when another member of Registerbeheer approves it: a merge
    removes an entry, and register edits are seen by two people (issue 14, the same rule as
    the Registerreview workflow; registers/merge_review.py says when it applies)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("awaiting review")
        APPROVED = "approved", _("approved and merged")
        REJECTED = "rejected", _("rejected")

    # SET_NULL with the names kept: the other entry is gone after the merge, and the record
    # of who proposed and who decided stays.
    kept = models.ForeignKey(
        "registers.Partnership",
        verbose_name=_("partnership to keep"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    other = models.ForeignKey(
        "registers.Partnership",
        verbose_name=_("partnership to merge into it"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kept_name = models.CharField(_("name of the entry to keep"), max_length=255)
    other_name = models.CharField(_("name of the entry to merge"), max_length=255)
    reason = models.CharField(_("reason"), max_length=255, blank=True)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    proposed_at = models.DateTimeField(_("proposed at"), auto_now_add=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    comment = models.CharField(_("comment"), max_length=500, blank=True)
    merge = models.ForeignKey(
        PartnershipMerge,
        verbose_name=_("merge"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposals",
    )

    class Meta:
        ordering = ["-proposed_at"]
        verbose_name = _("merge proposal")
        verbose_name_plural = _("merge proposals")

    def __str__(self):
        return f"{self.other_name} → {self.kept_name}"

    @property
    def is_pending(self) -> bool:
        return self.status == self.Status.PENDING
