"""The events that pages of other apps show: the next events of a language tree (the home
page) and those of a programme line (its page and its factsheet).

They are the agenda's to decide (live, public, not cancelled, not over yet), so the pages
app asks for them through agenda_tags rather than importing EventPage.
"""

from django.db.models import Count, Min, Q

from agenda.choices import RegistrationState, RegistrationStatus
from agenda.models import EventPage


def upcoming_events(page, limit=None):
    """Upcoming events in the language of `page`, soonest first."""
    events = EventPage.objects.live().public().filter(locale_id=page.locale_id).not_cancelled()
    events = events.upcoming()
    return with_registration_states(events[:limit]) if limit else events


def programme_line_events(line, limit=None):
    """Upcoming events of a programme line in its language, soonest first."""
    events = EventPage.objects.live().public().of_programme_line(line).not_cancelled().upcoming()
    return with_registration_states(events[:limit]) if limit else events


# The states a listing shows beside an event (the event page explains each one).
LISTED_STATES = {
    RegistrationState.FULL,
    RegistrationState.WAITING_LIST,
    RegistrationState.CLOSED,
}


def with_registration_states(events) -> list:
    """The events of one listing page, each with `listing_state` (a RegistrationState the
    listing shows, or "") and `listing_seats_left` (None without a capacity).

    Registrations are held on the original of an event's translations, so this finds the
    originals and their confirmed counts in two queries for the whole page instead of two
    per event."""
    events = list(events)
    if not events:
        return events
    keys = {event.translation_key for event in events}
    original_ids = (
        EventPage.objects.filter(translation_key__in=keys)
        .order_by()  # Wagtail orders pages by path, which would split the groups
        .values("translation_key")
        .annotate(first=Min("pk"))
        .values_list("translation_key", "first")
    )
    original_by_key = dict(original_ids)
    originals = EventPage.objects.filter(pk__in=original_by_key.values()).annotate(
        confirmed=Count(
            "registrations", filter=Q(registrations__status=RegistrationStatus.CONFIRMED)
        )
    )
    originals = {page.pk: page for page in originals}
    for event in events:
        original = originals.get(original_by_key.get(event.translation_key), event)
        event.registration_event = original  # fills the cached_property
        confirmed = getattr(original, "confirmed", None)
        state = event.compute_registration_state(confirmed=confirmed)
        event.listing_state = state if state in LISTED_STATES else ""
        event.listing_seats_left = (
            max(original.capacity - confirmed, 0)
            if original.capacity is not None and confirmed is not None
            else None
        )
    return events


MAX_ORGANISATION_EVENTS = 5


def organisation_events(organisation, locale, limit=MAX_ORGANISATION_EVENTS):
    """Upcoming events meant for a region the organisation belongs to, in `locale`, soonest
    first. Regions are set on the Dutch event; a translation is found by its key."""
    region_ids = list(organisation.regions.values_list("pk", flat=True))
    if not region_ids:
        return EventPage.objects.none()
    keys = EventPage.objects.filter(regions__in=region_ids).values("translation_key")
    return (
        EventPage.objects.live()
        .public()
        .filter(locale=locale, translation_key__in=keys)
        .not_cancelled()
        .upcoming()[:limit]
    )


def organisation_events_section(organisation, request=None, page=None):
    """The organisation page's section of upcoming events for its regions
    (registers/organisation_sections.py)."""
    from wagtail.models import Locale

    from registers.organisation_sections import Section

    events = with_registration_states(organisation_events(organisation, Locale.get_active()))
    if not events:
        return None
    return Section(
        template="agenda/includes/organisation_events.html", context={"region_events": events}
    )
