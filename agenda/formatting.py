"""Dates, times and places of an event as text, in the active language and in Dutch time."""

from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext as _

from agenda.conf import EVENT_TIME_ZONE


def format_when(start, end) -> str:
    """For example "Thursday 12 March 2026, 10:00–16:00", or a range over several days."""
    start = timezone.localtime(start, EVENT_TIME_ZONE)
    end = timezone.localtime(end, EVENT_TIME_ZONE)
    if start.date() == end.date():
        return _("%(date)s, %(start)s–%(end)s") % {
            "date": date_format(start, "l j F Y"),
            "start": time_format(start, "H:i"),
            "end": time_format(end, "H:i"),
        }
    return _("%(start_date)s %(start)s – %(end_date)s %(end)s") % {
        "start_date": date_format(start, "l j F Y"),
        "start": time_format(start, "H:i"),
        "end_date": date_format(end, "l j F Y"),
        "end": time_format(end, "H:i"),
    }


def format_where(page, *, include_online_link: bool = False) -> str:
    """Venue and address on one line; for an online event "Online", with the link only when
    the text is for a registrant."""
    parts = [page.location_name] if page.location_name else []
    if page.address:
        parts.append(", ".join(line.strip() for line in page.address.splitlines() if line.strip()))
    if page.online_url:
        online = _("Online")
        if include_online_link:
            online = f"{online}: {page.online_url}"
        parts.append(online)
    return ", ".join(parts)
