from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    """Whose portal this is: the province (an organisation of the register) that runs it.
    Its memberships give every partnership's "role of the province"."""

    province = models.ForeignKey(
        "registers.Organisation",
        verbose_name=_("province running this portal"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"kind": "provincie"},
        help_text=_(
            "Named on the home page, the register and the factsheets; its own memberships "
            "give the role of the province. Empty: the province with the CBS code in "
            "REGISTER_PROVINCE_CBS."
        ),
    )

    panels = [FieldPanel("province")]

    class Meta:
        verbose_name = _("portal")
