"""iCalendar (RFC 5545) output: one event, the subscribable feeds and registrants' copies.

- Times are written in Europe/Amsterdam with a VTIMEZONE generated from the zoneinfo
  database (vtimezone() below), so clients show the right local time on both sides of a
  DST change.
- UIDs are "event-<translation_key>@<site host>": the same in Dutch and English and stable
  across edits, so a calendar updates an entry instead of adding a second one.
- SEQUENCE is the page's ical_sequence, raised when a publish changes the time, the place or
  the status (events/signals.py); a cancelled event stays in the feed with STATUS:CANCELLED.
- The online meeting link only appears in a registrant's copy, never in public output.
- A registrant's copy is sent with METHOD:PUBLISH; when the event is cancelled, or the
  registrant cancels, the mail carries METHOD:CANCEL with the same UID and a higher SEQUENCE
  (RFC 5546 3.2.5), so calendar clients remove the entry instead of keeping a stale one.
"""

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard

from agenda.conf import EVENT_TIME_ZONE, EVENT_TIME_ZONE_NAME
from agenda.formatting import format_where

PRODID = "-//Samenwerkingsportaal//Evenementen//NL"
FEED_REFRESH = datetime.timedelta(hours=6)


def site_host(page) -> str:
    site = page.get_site()
    if site is not None:
        return site.hostname
    return urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"


def event_uid(page, host: str | None = None) -> str:
    return f"event-{page.translation_key}@{host or site_host(page)}"


def event_component(
    page,
    *,
    host: str | None = None,
    request=None,
    registration=None,
    force_cancelled: bool = False,
    method: str = "PUBLISH",
) -> Event:
    """The VEVENT of an event page; with `registration`, the registrant's private copy."""
    cancelling = method == "CANCEL"
    force_cancelled = force_cancelled or cancelling
    cancelled = page.cancelled or force_cancelled
    url = page.get_full_url(request)
    summary = page.title
    if cancelled:
        summary = _("Cancelled: %(title)s") % {"title": page.title}
    description = [page.intro] if page.intro else []
    if registration is not None:
        if page.online_url:
            description.append(_("Online meeting link: %(url)s") % {"url": page.online_url})
        description.append(
            _("Your registration: %(url)s")
            % {"url": page.route_url("registration_detail", registration.token, full=True)}
        )
    if url:
        description.append(url)

    event = Event()
    event.add("uid", event_uid(page, host))
    event.add("dtstamp", timezone.now().astimezone(datetime.UTC))
    event.add("dtstart", timezone.localtime(page.start, EVENT_TIME_ZONE))
    event.add("dtend", timezone.localtime(page.end, EVENT_TIME_ZONE))
    event.add("summary", summary)
    if description:
        event.add("description", "\n\n".join(description))
    location = format_where(page, include_online_link=registration is not None)
    if location:
        event.add("location", location)
    if url:
        event.add("url", url)
    # A cancellation that is not yet published on this translation still has to win over
    # the copy the registrant already has.
    # (Also when a registrant withdraws from an event that goes on: their copy had the page's
    # sequence, so the CANCEL must be newer.)
    sequence = page.ical_sequence + (1 if force_cancelled and not page.cancelled else 0)
    event.add("sequence", sequence)
    if cancelling and registration is not None:
        # iTIP needs the organiser on a CANCEL; the attendee names whose copy it removes.
        event.add("organizer", f"mailto:{settings.DEFAULT_FROM_EMAIL}")
        event.add("attendee", f"mailto:{registration.email}")
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("categories", [str(page.get_event_type_display())])
    if page.first_published_at:
        event.add("created", page.first_published_at.astimezone(datetime.UTC))
    if page.last_published_at:
        event.add("last-modified", page.last_published_at.astimezone(datetime.UTC))
    return event


def build_calendar(
    pages,
    *,
    name: str | None = None,
    description: str | None = None,
    feed: bool = False,
    request=None,
    registration=None,
    force_cancelled: bool = False,
    method: str = "PUBLISH",
) -> Calendar:
    if method not in ("PUBLISH", "CANCEL"):
        raise ValueError(f"Unsupported iTIP method {method!r}")
    pages = list(pages)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    calendar.add("x-wr-timezone", EVENT_TIME_ZONE_NAME)
    if name:
        calendar.calendar_name = name
    if description:
        calendar.description = description
    if feed:
        # How often subscribers should fetch the feed again (RFC 7986 and the Outlook/Google
        # equivalent).
        calendar.add("refresh-interval", FEED_REFRESH, parameters={"VALUE": "DURATION"})
        calendar.add("x-published-ttl", FEED_REFRESH)
    host = site_host(pages[0]) if pages else None
    for page in pages:
        calendar.add_component(
            event_component(
                page,
                host=host,
                request=request,
                registration=registration,
                force_cancelled=force_cancelled,
                method=method,
            )
        )
    if pages:
        # Observances for every year the events touch: each year has both DST changes.
        first = min(timezone.localtime(page.start, EVENT_TIME_ZONE) for page in pages)
        last = max(timezone.localtime(page.end, EVENT_TIME_ZONE) for page in pages)
        calendar.subcomponents.insert(0, vtimezone(first.year, last.year))
    return calendar


def _offset_changes(zone, start: datetime.datetime, end: datetime.datetime):
    """(UTC instant, offset before, offset after, name after, is DST after) of each change of
    UTC offset in [start, end), found hour by hour and then to the minute."""
    step = datetime.timedelta(hours=1)
    moment = start
    offset = moment.astimezone(zone).utcoffset()
    while moment < end:
        following = moment + step
        new_offset = following.astimezone(zone).utcoffset()
        if new_offset != offset:
            low, high = moment, following
            while high - low > datetime.timedelta(minutes=1):
                middle = low + (high - low) / 2
                if middle.astimezone(zone).utcoffset() == offset:
                    low = middle
                else:
                    high = middle
            local = high.astimezone(zone)
            yield high, offset, new_offset, local.tzname(), bool(local.dst())
            offset = new_offset
        moment = following


def vtimezone(first_year: int, last_year: int) -> Timezone:
    """The VTIMEZONE of Europe/Amsterdam for the given years, from the zoneinfo database.

    Each observance's DTSTART is the local time *before* the change (so DTSTART minus
    TZOFFSETFROM is the UTC moment of the change, RFC 5545 3.8.3.3): 02:00 for the switch to
    summer time, 03:00 for the switch back. icalendar's own generator (7.3) writes 03:00 for
    both, an hour late for summer time in clients that read the definition.
    """
    zone = EVENT_TIME_ZONE
    start = datetime.datetime(first_year, 1, 1, tzinfo=zone).astimezone(datetime.UTC)
    end = datetime.datetime(last_year + 1, 1, 1, tzinfo=zone).astimezone(datetime.UTC)
    component = Timezone()
    component.add("tzid", EVENT_TIME_ZONE_NAME)
    observances = {}  # (from, to, name, dst) -> [local onset, …]
    initial = start.astimezone(zone)
    key = (initial.utcoffset(), initial.utcoffset(), initial.tzname(), bool(initial.dst()))
    observances[key] = [initial.replace(tzinfo=None)]
    for moment, before, after, name, is_dst in _offset_changes(zone, start, end):
        onset = (moment + before).replace(tzinfo=None)
        observances.setdefault((before, after, name, is_dst), []).append(onset)
    for (before, after, name, is_dst), onsets in observances.items():
        observance = TimezoneDaylight() if is_dst else TimezoneStandard()
        observance.add("dtstart", onsets[0])
        if len(onsets) > 1:
            observance.add("rdate", onsets[1:])
        observance.add("tzoffsetfrom", before)
        observance.add("tzoffsetto", after)
        observance.add("tzname", name)
        component.add_component(observance)
    return component


def calendar_bytes(pages, **kwargs) -> bytes:
    return build_calendar(pages, **kwargs).to_ical()
