"""Settings of the subscriptions app, each with its default, read when used so tests can
override them (cms/settings.py reads them from the environment).

SUBSCRIPTIONS_UNCONFIRMED_DAYS  days a confirmation link works; unconfirmed requests are
                                deleted after them (7)
SUBSCRIPTIONS_RATE_LIMIT        subscribe requests per client address per hour (10)
SUBSCRIPTIONS_ADDRESS_LIMIT     confirmation mails to one e-mail address per day (3)
SUBSCRIPTIONS_MAX_PER_ADDRESS   things one address may follow (50): bounds one digest mail
SUBSCRIPTIONS_MAX_ITEMS         changes per subscription in one digest (10), then a link
"""

from django.conf import settings


def unconfirmed_days() -> int:
    return int(getattr(settings, "SUBSCRIPTIONS_UNCONFIRMED_DAYS", 7))


def rate_limit() -> int:
    return int(getattr(settings, "SUBSCRIPTIONS_RATE_LIMIT", 10))


def address_limit() -> int:
    return int(getattr(settings, "SUBSCRIPTIONS_ADDRESS_LIMIT", 3))


def max_per_address() -> int:
    return int(getattr(settings, "SUBSCRIPTIONS_MAX_PER_ADDRESS", 50))


def max_items() -> int:
    return max(1, int(getattr(settings, "SUBSCRIPTIONS_MAX_ITEMS", 10)))
