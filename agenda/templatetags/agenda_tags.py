"""Template tags for events: the date line of an event, the way to the events index, and the
events that pages of other apps show (the home page's next events, a programme line's)."""

from django import template
from django.utils import timezone

from agenda.conf import EVENT_TIME_ZONE
from agenda.formatting import format_when

register = template.Library()


@register.inclusion_tag("agenda/includes/event_when.html")
def event_when(event):
    """The event's dates and times in Dutch time, with machine-readable <time> elements."""
    return {
        "text": format_when(event.start, event.end),
        "start": timezone.localtime(event.start, EVENT_TIME_ZONE).isoformat(),
        "end": timezone.localtime(event.end, EVENT_TIME_ZONE).isoformat(),
    }


@register.simple_tag
def events_index_for(page):
    """The live events index in the same language tree as `page` (a home page), or None."""
    from agenda.models import EventIndexPage

    if page is None:
        return None
    return EventIndexPage.objects.live().public().descendant_of(page).first()


@register.simple_tag
def upcoming_events_for(page, limit=3):
    """The next `limit` events in the language of `page` (a home page), soonest first."""
    from agenda import listings

    return listings.upcoming_events(page, limit)


@register.simple_tag
def programme_line_events(page, limit=6):
    """The next `limit` events of a programme line page in its language, soonest first."""
    from agenda import listings

    return listings.programme_line_events(page, limit)


@register.simple_tag
def querystring_with(request, key, value):
    """The current query string with one parameter set (for a second paginator on a page)."""
    params = request.GET.copy()
    params[key] = value
    return f"?{params.urlencode()}"
