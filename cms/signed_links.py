"""Personal links without an account: a record's random UUID plus a signature over it.

Only characters Wagtail's page URLs accept ([A-Za-z0-9_-]) are used, so the token can be a
path segment of a page route. The signature means a token is only valid if this site issued it
(and stops working when SECRET_KEY is rotated); the random UUID means it cannot be derived from
anything public. Each use has its own salt, so a registrant's link never opens an application.
Used by the agenda (registrations) and Stimulans (applications).
"""

import uuid

from django.core.signing import Signer
from django.utils.crypto import constant_time_compare


class SignedUUIDLinks:
    def __init__(self, salt: str):
        self.salt = salt

    def _signature(self, value: str) -> str:
        return Signer(salt=self.salt).signature(value)

    def make(self, value: uuid.UUID) -> str:
        return f"{value.hex}-{self._signature(value.hex)}"

    def read(self, token: str) -> uuid.UUID | None:
        """The UUID a token was made for, or None when it is malformed or not signed by us."""
        if not isinstance(token, str) or len(token) > 200:
            return None
        value, _sep, signature = token.partition("-")
        if len(value) != 32 or not signature:
            return None
        if not constant_time_compare(signature, self._signature(value)):
            return None
        try:
            return uuid.UUID(hex=value)
        except ValueError:
            return None
