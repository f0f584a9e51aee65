from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from registers.choices import RegionDomain


class RegionalDivision(models.Model):
    """A way the country is divided into regions (Regioatlas), e.g. the veiligheidsregio's."""

    name = models.CharField(_("name"), max_length=150, unique=True)
    slug = models.SlugField(_("slug"), max_length=90, unique=True)
    domain = models.CharField(_("domain"), max_length=20, choices=RegionDomain.choices)
    is_collaboration = models.BooleanField(
        _("regions are collaborations"),
        default=False,
        help_text=_(
            "Each region is itself a partnership (GGD, veiligheidsregio, omgevingsdienst)."
        ),
    )
    source = models.CharField(_("source"), max_length=255, blank=True)

    panels = [FieldPanel("name"), FieldPanel("domain"), FieldPanel("is_collaboration")]

    class Meta:
        ordering = ["domain", "name"]
        verbose_name = _("regional division")
        verbose_name_plural = _("regional divisions")

    def __str__(self):
        return self.name


class Region(index.Indexed, models.Model):
    """One region of a division, with the municipalities in it."""

    division = models.ForeignKey(
        RegionalDivision,
        verbose_name=_("division"),
        on_delete=models.CASCADE,
        related_name="regions",
    )
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    municipalities = models.ManyToManyField(
        "registers.Organisation",
        verbose_name=_("municipalities"),
        blank=True,
        related_name="regions",
    )
    partnership = models.ForeignKey(
        "registers.Partnership",
        verbose_name=_("partnership"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The partnership that is this region, e.g. the GGD."),
    )
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    panels = [FieldPanel("division"), FieldPanel("name"), FieldPanel("partnership")]

    class Meta:
        ordering = ["division__name", "name"]
        constraints = [
            models.UniqueConstraint(fields=["division", "name"], name="unique_region_per_division")
        ]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return f"{self.name} ({self.division.name})"
