"""Personal links for registrants: the registration's UUID plus a signature over it
(cms/signed_links.py says why that is safe)."""

import uuid

from cms.signed_links import SignedUUIDLinks

SALT = "events.registration"
_links = SignedUUIDLinks(SALT)


def make_token(registration_uuid: uuid.UUID) -> str:
    return _links.make(registration_uuid)


def read_token(token: str) -> uuid.UUID | None:
    """The UUID a token was made for, or None when it is malformed or not signed by us."""
    return _links.read(token)
