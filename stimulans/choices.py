from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    """Where an application stands. The Dutch terms are the scheme's own."""

    CONCEPT = "concept", _("Draft")
    ONTVANGEN = "ontvangen", _("Received")
    IN_BEHANDELING = "in_behandeling", _("Being assessed")
    AANVULLENDE_INFORMATIE = "aanvullende_informatie", _("Additional information requested")
    TOEGEKEND = "toegekend", _("Granted")
    AFGEWEZEN = "afgewezen", _("Rejected")


# Which state may follow which. The applicant makes the first two moves (submitting, and
# answering a request for information); the Stimulans group makes the rest in the admin.
TRANSITIONS = {
    Status.CONCEPT: {Status.ONTVANGEN},
    Status.ONTVANGEN: {
        Status.IN_BEHANDELING,
        Status.AANVULLENDE_INFORMATIE,
        Status.TOEGEKEND,
        Status.AFGEWEZEN,
    },
    Status.IN_BEHANDELING: {Status.AANVULLENDE_INFORMATIE, Status.TOEGEKEND, Status.AFGEWEZEN},
    Status.AANVULLENDE_INFORMATIE: {Status.IN_BEHANDELING, Status.AFGEWEZEN},
    Status.TOEGEKEND: set(),
    Status.AFGEWEZEN: set(),
}
# States in which the decision term runs (it is suspended while information is awaited).
TERM_RUNNING = {Status.ONTVANGEN, Status.IN_BEHANDELING}
OPEN = {Status.ONTVANGEN, Status.IN_BEHANDELING, Status.AANVULLENDE_INFORMATIE}
DECIDED = {Status.TOEGEKEND, Status.AFGEWEZEN}
# States in which the applicant may change the application through the signed link.
EDITABLE = {Status.CONCEPT, Status.AANVULLENDE_INFORMATIE}


class AttachmentKind(models.TextChoices):
    PLAN = "plan", _("Project plan")
    BEGROTING = "begroting", _("Budget")
    STEUN = "steun", _("Letter of support")
    OVERIG = "overig", _("Other")


class ReminderStage(models.TextChoices):
    NONE = "", _("None")
    NEAR = "near", _("Term ends soon")
    OVER = "over", _("Term has passed")
