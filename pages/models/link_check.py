from django.db import models
from django.utils.translation import gettext_lazy as _


class LinkOutcome(models.TextChoices):
    OK = "ok", _("Works")
    BROKEN = "broken", _("Broken")
    UNREACHABLE = "unreachable", _("Unreachable")
    REFUSED = "refused", _("Refused the check")


class CheckedLink(models.Model):
    """One external address found in the pages or the register, with the outcome of its last
    check by `manage.py check_links` (pages/link_check.py) and the places it occurs."""

    url = models.URLField(_("address"), max_length=2000, unique=True)
    outcome = models.CharField(
        _("outcome"), max_length=20, choices=LinkOutcome.choices, db_index=True
    )
    status_code = models.PositiveSmallIntegerField(_("HTTP status"), null=True, blank=True)
    error = models.CharField(_("error"), max_length=300, blank=True)
    checked_at = models.DateTimeField(_("checked at"))
    failing_since = models.DateTimeField(_("failing since"), null=True, blank=True)
    # [{"kind": "page"|"register", "label": …, "edit_url": …, "view_url": …}], rewritten by
    # every run: where an editor fixes the link.
    places = models.JSONField(_("places"), default=list)

    class Meta:
        verbose_name = _("checked link")
        verbose_name_plural = _("checked links")
        ordering = ["-failing_since", "url"]

    def __str__(self):
        return self.url

    @property
    def places_text(self) -> str:
        """The places in one line, for the report's CSV and XLSX."""
        return "; ".join(place.get("label", "") for place in self.places)
