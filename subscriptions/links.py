"""The personal links of a subscription, signed by cms/signed_links.py (each use its own salt),
and their absolute URLs in the subscription's language (cms/site_url.py).

- confirm: the subscription's UUID; works SUBSCRIPTIONS_UNCONFIRMED_DAYS after the request
  (the unconfirmed row is deleted after that anyway);
- unsubscribe: the subscription's UUID; never expires (every mail must keep working);
- manage: the address's keyed hash (models.address_key) — all subscriptions of the address
  on one page, and the one-click List-Unsubscribe target of a digest (RFC 8058).
"""

import uuid

from django.urls import reverse
from django.utils import translation

from cms.signed_links import SignedUUIDLinks
from cms.site_url import absolute_url

CONFIRM = SignedUUIDLinks("subscriptions.confirm")
UNSUBSCRIBE = SignedUUIDLinks("subscriptions.unsubscribe")
MANAGE = SignedUUIDLinks("subscriptions.manage")


def manage_token(key: str) -> str:
    return MANAGE.make(uuid.UUID(hex=key))


def read_manage_token(token: str) -> str | None:
    value = MANAGE.read(token)
    return value.hex if value else None


def _url(name: str, token: str, language: str, root: str | None) -> str:
    """`root`: the site's root URL when the caller has it already (cms.site_url
    .site_root_url()), so a digest run does not look up the Site for every link."""
    with translation.override(language):
        path = reverse(f"subscriptions:{name}", args=[token])
    return root.rstrip("/") + path if root else absolute_url(path)


def confirm_url(subscription, root=None) -> str:
    return _url("confirm", CONFIRM.make(subscription.uuid), subscription.language, root)


def unsubscribe_url(subscription, root=None) -> str:
    return _url("unsubscribe", UNSUBSCRIBE.make(subscription.uuid), subscription.language, root)


def manage_url(subscription, root=None) -> str:
    return _url("manage", manage_token(subscription.address_key), subscription.language, root)
