from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from factsheets.choices import BundleStatus


class FactsheetBundle(models.Model):
    """A ZIP with the factsheets of every partnership in a register selection, made in the
    background for an editor (admin: Register › Factsheets as ZIP)."""

    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    filters = models.CharField(
        _("filters"),
        max_length=2000,
        blank=True,
        help_text=_(
            "The register's filters as in its web address, e.g. domein=afval&fase=uitvoering. "
            "Empty: the whole register."
        ),
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language of the factsheets."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=BundleStatus.choices, default=BundleStatus.PENDING
    )
    total = models.PositiveIntegerField(_("factsheets in the selection"), default=0)
    done = models.PositiveIntegerField(_("factsheets done"), default=0)
    failed = models.PositiveIntegerField(_("factsheets that failed"), default=0)
    file = models.FileField(_("ZIP file"), upload_to="factsheets/bundles/", blank=True)
    error = models.TextField(_("error"), blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("factsheet bundle")
        verbose_name_plural = _("factsheet bundles")

    def __str__(self):
        return f"{self.filters or '*'} ({self.language}, {self.get_status_display()})"

    @property
    def is_finished(self) -> bool:
        return self.status in (BundleStatus.DONE, BundleStatus.FAILED)

    @property
    def percent(self) -> int:
        if self.status == BundleStatus.DONE:
            return 100
        return int(self.done * 100 / self.total) if self.total else 0
