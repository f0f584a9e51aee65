from django.db import models
from django.utils.translation import gettext_lazy as _

from pages.choices import AudienceChoices


class Audience(models.Model):
    """A target group (bestuurders, ambtenaren, …) that pages and events are written for.

    The rows are fixed by a data migration; the label comes from AudienceChoices so it
    is translated with the rest of the interface.
    """

    slug = models.CharField(
        _("audience"), max_length=40, choices=AudienceChoices.choices, unique=True
    )
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    class Meta:
        ordering = ["sort_order", "slug"]
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")

    def __str__(self):
        return str(self.label)

    @property
    def label(self):
        return AudienceChoices(self.slug).label
