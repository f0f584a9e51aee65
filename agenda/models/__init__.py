"""Models of the events app: the event pages and the registrations."""

from agenda.models.pages import EventIndexPage, EventPage
from agenda.models.querysets import EventPageQuerySet
from agenda.models.registration import Registration, RegistrationQuerySet, normalise_email

__all__ = [
    "EventIndexPage",
    "EventPage",
    "EventPageQuerySet",
    "Registration",
    "RegistrationQuerySet",
    "normalise_email",
]
