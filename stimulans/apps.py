from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StimulansConfig(AppConfig):
    """Stimulans in Samenwerking: applications, their assessment and the granted projects
    (issue 17)."""

    name = "stimulans"
    verbose_name = _("Stimulans in Samenwerking")
