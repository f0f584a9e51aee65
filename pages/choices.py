from django.db import models
from django.utils.translation import gettext_lazy as _


class AudienceChoices(models.TextChoices):
    """The one audience taxonomy of the site: pages, events and filters all use it."""

    BESTUURDERS = "bestuurders", _("Administrators")
    AMBTENAREN = "ambtenaren", _("Civil servants")
    VOLKSVERTEGENWOORDIGERS = "volksvertegenwoordigers", _("Elected representatives")
    PARTNERS = "partners", _("Partners")


class ActionStatus(models.TextChoices):
    PLANNED = "gepland", _("Planned")
    IN_PROGRESS = "lopend", _("In progress")
    CONTINUOUS = "doorlopend", _("Ongoing")
    COMPLETED = "afgerond", _("Completed")


class HeadingLevel(models.TextChoices):
    H2 = "h2", _("Level 2 heading")
    H3 = "h3", _("Level 3 heading")
    H4 = "h4", _("Level 4 heading")
