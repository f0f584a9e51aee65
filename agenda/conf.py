"""Settings of the events app, each with its default, read when used so tests can override them.

EVENTS_RETENTION_DAYS   days after an event before registrant data is anonymised (90)
EVENTS_REMINDER_DAYS    days before an event that the reminder goes out (2)
EVENTS_RATE_LIMIT       registrations per client address per window (5)
EVENTS_RATE_WINDOW      the window in seconds (3600)
EVENTS_TRUSTED_PROXIES  reverse proxies in front of the app that append to X-Forwarded-For (0)
"""

from zoneinfo import ZoneInfo

from django.conf import settings

# Events take place in the province: times are entered, shown and exported in this zone and
# stored in UTC. It is not settings.TIME_ZONE on purpose: the event's zone is a fact about the
# event, not about the server.
EVENT_TIME_ZONE_NAME = "Europe/Amsterdam"
EVENT_TIME_ZONE = ZoneInfo(EVENT_TIME_ZONE_NAME)


def retention_days() -> int:
    return int(getattr(settings, "EVENTS_RETENTION_DAYS", 90))


def reminder_days() -> int:
    return int(getattr(settings, "EVENTS_REMINDER_DAYS", 2))


def rate_limit() -> tuple[int, int]:
    return (
        int(getattr(settings, "EVENTS_RATE_LIMIT", 5)),
        int(getattr(settings, "EVENTS_RATE_WINDOW", 3600)),
    )


def trusted_proxies() -> int:
    return int(getattr(settings, "EVENTS_TRUSTED_PROXIES", 0))
