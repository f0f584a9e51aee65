"""Factories for events and registrations (tests and the demo site, events/demo.py)."""

import datetime

from django.utils import timezone

import factory

from agenda.choices import EventType, RegistrationStatus
from agenda.conf import EVENT_TIME_ZONE
from agenda.models import EventIndexPage, EventPage, Registration
from demo.factories.pages import SitePageFactory
from pages.models import Audience


def amsterdam(year, month, day, hour=0, minute=0) -> datetime.datetime:
    """An aware datetime in Dutch time (what an editor types in the admin)."""
    return datetime.datetime(year, month, day, hour, minute, tzinfo=EVENT_TIME_ZONE)


def days_from_now(days: int, hour: int = 10, minute: int = 0) -> datetime.datetime:
    """A whole time in Dutch time, `days` days from today (negative for the past)."""
    day = timezone.localdate(timezone=EVENT_TIME_ZONE) + datetime.timedelta(days=days)
    return amsterdam(day.year, day.month, day.day, hour, minute)


class EventIndexPageFactory(SitePageFactory):
    title = "Evenementen"
    slug = "evenementen"

    class Meta:
        model = EventIndexPage


class EventPageFactory(SitePageFactory):
    title = factory.Sequence(lambda n: f"Netwerkdag {n}")
    event_type = EventType.NETWORK_DAY
    start = factory.LazyFunction(lambda: days_from_now(21, 10))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=6))
    location_name = "Provinciehuis, Statenzaal"
    address = "Dreef 3\n2012 HR Haarlem"
    organiser_name = "Team Bestuurlijke Relaties"
    capacity = 50

    class Meta:
        model = EventPage
        skip_postgeneration_save = True

    @factory.post_generation
    def audiences(self, create, extracted, **kwargs):
        if create and extracted:
            self.audiences.set(Audience.objects.filter(slug__in=extracted))
            self.save()

    @factory.post_generation
    def organiser_users(self, create, extracted, **kwargs):
        if create and extracted:
            self.organiser_users.set(extracted)
            self.save()


class RegistrationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Deelnemer {n}")
    email = factory.Sequence(lambda n: f"deelnemer{n}@gemeente.example")
    organisation = "Gemeente Haarlem"
    role = "Beleidsadviseur"
    status = RegistrationStatus.CONFIRMED
    language = "nl"
    consent_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Registration
