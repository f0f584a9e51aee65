"""The events that pages of other apps show: the next events of a language tree (the home
page) and those of a programme line (its page and its factsheet).

They are the agenda's to decide (live, public, not cancelled, not over yet), so the pages
app asks for them through agenda_tags rather than importing EventPage.
"""

from agenda.models import EventPage


def upcoming_events(page, limit=None):
    """Upcoming events in the language of `page`, soonest first."""
    events = EventPage.objects.live().public().filter(locale_id=page.locale_id).not_cancelled()
    events = events.upcoming()
    return events[:limit] if limit else events


def programme_line_events(line, limit=None):
    """Upcoming events of a programme line in its language, soonest first."""
    events = EventPage.objects.live().public().of_programme_line(line).not_cancelled().upcoming()
    return events[:limit] if limit else events


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

    events = list(organisation_events(organisation, Locale.get_active()))
    if not events:
        return None
    return Section(
        template="agenda/includes/organisation_events.html", context={"region_events": events}
    )
