"""The applicant's signed link: the application's random UUID plus a signature over it
(cms/signed_links.py), one path segment of the Stimulans page's routes."""

import uuid

from cms.signed_links import SignedUUIDLinks

SALT = "stimulans.application"
_links = SignedUUIDLinks(SALT)


def make_token(application) -> str:
    return _links.make(application.uuid)


def read_token(token: str) -> uuid.UUID | None:
    """The UUID the token was made for, or None when it is malformed or not ours."""
    return _links.read(token)
