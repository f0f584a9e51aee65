from django.db import models
from django.utils.translation import gettext_lazy as _


class EventType(models.TextChoices):
    """The kinds of meeting the programme organises (values are the `soort` GET parameter).

    IBT: interbestuurlijk toezicht, the province's supervision of municipalities (programme
    line 4 holds regional and provincial kennisdelingsbijeenkomsten about it).
    """

    NETWORK_DAY = "netwerkdag", _("Network day")
    SESSION = "sessie", _("Session")
    IBT_REGIONAL = "ibt-regionaal", _("IBT knowledge session, regional")
    IBT_PROVINCIAL = "ibt-provinciaal", _("IBT knowledge session, provincial")
    WEBINAR = "webinar", _("Webinar")


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Registered")
    WAITLISTED = "waitlisted", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


# Statuses that hold a place (or a place in the queue) and so count as "already registered".
ACTIVE_STATUSES = (RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED)


class RegistrationState(models.TextChoices):
    """Whether a visitor can register for an event right now, and if not, why."""

    OPEN = "open", _("Open")
    WAITING_LIST = "waiting_list", _("Waiting list")
    FULL = "full", _("Full")
    CLOSED = "closed", _("Closed")
    CANCELLED = "cancelled", _("Cancelled")
    STARTED = "started", _("Started or over")
