"""Personal links for registrants: the registration's UUID plus a signature over it.

Only characters Wagtail's page URLs accept ([A-Za-z0-9_-]) are used, so the token can be a
path segment of an event page route. The signature means a token is only valid if this site
issued it (and stops working when SECRET_KEY is rotated); the random UUID means it cannot be
derived from anything public.
"""

import uuid

from django.core.signing import Signer
from django.utils.crypto import constant_time_compare

SALT = "events.registration"


def _signature(value: str) -> str:
    return Signer(salt=SALT).signature(value)


def make_token(registration_uuid: uuid.UUID) -> str:
    value = registration_uuid.hex
    return f"{value}-{_signature(value)}"


def read_token(token: str) -> uuid.UUID | None:
    """The UUID a token was made for, or None when it is malformed or not signed by us."""
    if not isinstance(token, str) or len(token) > 200:
        return None
    value, _sep, signature = token.partition("-")
    if len(value) != 32 or not signature:
        return None
    if not constant_time_compare(signature, _signature(value)):
        return None
    try:
        return uuid.UUID(hex=value)
    except ValueError:
        return None
