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
