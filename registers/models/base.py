from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _


class Owned(models.Model):
    """Who looks after an entry in the admin, as a page's owner does: told when it is
    published, sent back or stale (pages/owner_notifications.py). A partnership made in the
    admin is owned by its author (PartnershipForm.clean)."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who looks after this entry; told when it is published, sent back or stale."),
    )

    class Meta:
        abstract = True


class ImportProvenance(models.Model):
    """Where imported facts came from, and their values at the last import.

    The importer compares a field's current value with `imported_values`: if they differ,
    an editor changed it after the import and a re-import leaves it alone.
    """

    import_source = models.CharField(
        _("source"),
        max_length=255,
        blank=True,
        help_text=_("Where the imported facts come from, e.g. a file name."),
    )
    imported_at = models.DateTimeField(_("imported at"), null=True, blank=True, editable=False)
    imported_values = models.JSONField(default=dict, blank=True, editable=False)

    class Meta:
        abstract = True


class BilingualLabelMixin(models.Model):
    """A taxonomy term with a Dutch name and an English one, shown by the active language."""

    name = models.CharField(_("name (Dutch)"), max_length=150)
    name_en = models.CharField(_("name (English)"), max_length=150, blank=True)
    description = models.TextField(_("description (Dutch)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)

    class Meta:
        abstract = True

    def __str__(self):
        return self.label

    @property
    def label(self) -> str:
        if translation.get_language() == "en" and self.name_en:
            return self.name_en
        return self.name

    @property
    def localized_description(self) -> str:
        if translation.get_language() == "en" and self.description_en:
            return self.description_en
        return self.description


def unique_slug(model, value: str, *, instance=None, max_length=80, field="slug") -> str:
    """A slug for `value` that no other row of `model` uses."""
    base = slugify(value)[:max_length].strip("-") or "item"
    candidate, counter = base, 2
    others = model._default_manager.all()
    if instance is not None and instance.pk:
        others = others.exclude(pk=instance.pk)
    while others.filter(**{field: candidate}).exists():
        suffix = f"-{counter}"
        candidate = f"{base[: max_length - len(suffix)]}{suffix}"
        counter += 1
    return candidate
