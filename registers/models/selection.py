from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.models import PreviewableMixin

from registers.selections import (
    DEFAULT_ENTRIES,
    DISPLAY_CHOICES,
    MAX_ENTRIES,
    QUERY_MAX_LENGTH,
    validate_query,
)

SORT_CHOICES = [
    ("", _("As in the address")),
    ("naam", _("Name")),
    ("geverifieerd", _("Last verified")),
    ("relevantie", _("Relevance")),
]


class RegisterSelection(PreviewableMixin, models.Model):
    """A saved register query that many pages can show (the selection block picks one)."""

    title = models.CharField(_("caption"), max_length=200)
    title_en = models.CharField(_("caption in English"), max_length=200, blank=True)
    query = models.CharField(
        _("selection"),
        max_length=QUERY_MAX_LENGTH,
        blank=True,
        validators=[validate_query],
        help_text=_(
            "Choose the selection in the register (search words, filters, sort) and paste "
            "its address here, or the part after the question mark. Empty: the whole register."
        ),
    )
    sort = models.CharField(_("sort"), max_length=20, blank=True, choices=SORT_CHOICES)
    limit = models.PositiveSmallIntegerField(
        _("maximum number of entries"),
        default=DEFAULT_ENTRIES,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_ENTRIES)],
    )
    display = models.CharField(_("display"), max_length=10, choices=DISPLAY_CHOICES, default="list")

    class Meta:
        verbose_name = _("register selection")
        verbose_name_plural = _("register selections")
        ordering = ["title"]

    def __str__(self):
        return self.title

    @property
    def caption(self) -> str:
        if (get_language() or "nl").startswith("en") and self.title_en:
            return self.title_en
        return self.title

    def resolve(self, request=None, caption=""):
        from registers.selections import resolve

        return resolve(
            self.query,
            sort=self.sort,
            limit=self.limit,
            caption=caption or self.caption,
            display=self.display,
            request=request,
        )

    def get_preview_template(self, request, mode_name):
        return "registers/selection_preview.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context["selection"] = self.resolve(request)
        return context
