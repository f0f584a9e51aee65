"""The applicant's signed link: the application's random UUID plus a signature over it
(django.core.signing), so a link is valid only when this site issued it. Only URL-safe
characters, so the token is one path segment of the page's routes."""

import uuid

from django.core.signing import Signer
from django.utils.crypto import constant_time_compare

SALT = "stimulans.application"


def _signature(value: str) -> str:
    return Signer(salt=SALT).signature(value)


def make_token(application) -> str:
    value = application.uuid.hex
    return f"{value}-{_signature(value)}"


def read_token(token: str) -> uuid.UUID | None:
    """The UUID the token was made for, or None when it is malformed or not ours."""
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
