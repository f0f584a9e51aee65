from django import forms
from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="mail")
class OwnerNotificationSettings(BaseGenericSetting):
    """Which groups' members are told by e-mail about the pages and register entries they own
    (pages/owner_notifications.py); chosen per group by an administrator."""

    published_groups = models.ManyToManyField(
        Group,
        verbose_name=_("told when their item is published"),
        blank=True,
        related_name="+",
        help_text=_("Not when they published it themselves."),
    )
    sent_back_groups = models.ManyToManyField(
        Group,
        verbose_name=_("told when their item is sent back in review"),
        blank=True,
        related_name="+",
        help_text=_(
            "Wagtail already tells whoever submitted the item; the owner hears it here when "
            "someone else submitted it."
        ),
    )
    stale_groups = models.ManyToManyField(
        Group,
        verbose_name=_("told when their item becomes stale"),
        blank=True,
        related_name="+",
        help_text=_("By manage.py notify_stale_owners (daily from cron): one mail per owner."),
    )
    stale_after_days = models.PositiveIntegerField(
        _("stale after (days)"),
        default=365,
        help_text=_(
            "A page or register entry not published again for this many days is stale; its "
            "owner is reminded once per period."
        ),
    )

    panels = [
        FieldPanel("published_groups", widget=forms.CheckboxSelectMultiple),
        FieldPanel("sent_back_groups", widget=forms.CheckboxSelectMultiple),
        FieldPanel("stale_groups", widget=forms.CheckboxSelectMultiple),
        FieldPanel("stale_after_days"),
    ]

    class Meta:
        verbose_name = _("Notifications to owners")


class StaleNotice(models.Model):
    """When an owner was last told that an item is stale, so they hear it once per period."""

    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE)
    object_id = models.CharField(max_length=64)
    sent_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="one_stale_notice_per_item"
            )
        ]

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id} {self.sent_at:%Y-%m-%d}"
