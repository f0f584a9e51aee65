"""A partnership's earlier published states, for the register on a date (registers/peildatum.py).

One row per *superseded* published state, with its validity range [valid_from, valid_until):
valid_from is when that state was published (None for the oldest known state: it stands for
everything before), valid_until when the next state replaced it. The current state is the
partnership's own row, so a partnership that was never changed after its first publish has
no row here. The columns are the fields a dated listing filters, counts and shows; the
public fields of the detail page are kept beside them in `fields` (the revision's values).

Rows are written when a publish replaces a state (registers/peildatum.py, on Wagtail's
`published` signal and from the importer's bulk publish) and can be rebuilt from the
revisions with `manage.py build_register_versions`. A dated request joins at most one row
per partnership through the index on (partnership, valid_until): it never reads revisions.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PartnershipVersion(models.Model):
    partnership = models.ForeignKey(
        "registers.Partnership", on_delete=models.CASCADE, related_name="versions"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    valid_from = models.DateTimeField(null=True, blank=True)
    valid_until = models.DateTimeField()
    name = models.CharField(max_length=255)
    abbreviation = models.CharField(max_length=40, blank=True)
    kind = models.CharField(max_length=30)
    phase = models.CharField(max_length=20)
    status = models.CharField(max_length=20)
    province_role = models.CharField(max_length=30)
    entry_into_force = models.DateField(null=True, blank=True)
    status_start = models.DateField(null=True, blank=True)
    status_end = models.DateField(null=True, blank=True)
    seat_place = models.CharField(max_length=100, blank=True)
    fields = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = _("earlier state of a partnership")
        verbose_name_plural = _("earlier states of partnerships")
        ordering = ["partnership", "valid_until"]
        indexes = [
            models.Index(fields=["partnership", "valid_until"], name="partnership_version_until")
        ]

    def __str__(self):
        return f"{self.name} (until {self.valid_until:%Y-%m-%d})"
