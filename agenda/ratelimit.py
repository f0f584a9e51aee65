"""A per-address limit on registrations, counted in the cache RATE_LIMIT_CACHE names: Redis
when configured, else a table in the database — shared by every process either way (a
per-process memory cache would let N workers allow N times the limit).

Addresses are hashed before they become cache keys, so the cache holds no IP addresses.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches

from agenda.conf import rate_limit, trusted_proxies
from cms.client_ip import client_address as shared_client_address


def client_address(request) -> str:
    """The visitor's address behind EVENTS_TRUSTED_PROXIES reverse proxies (cms/client_ip.py)."""
    return shared_client_address(request, trusted_proxies())


def _key(request, scope: str) -> str:
    digest = hashlib.sha256(
        f"{settings.SECRET_KEY}:{client_address(request)}".encode()
    ).hexdigest()[:32]
    return f"events:rate:{scope}:{digest}"


def _cache():
    return caches[getattr(settings, "RATE_LIMIT_CACHE", "default")]


def is_limited(request, scope: str = "register") -> bool:
    limit, _window = rate_limit()
    return _cache().get(_key(request, scope), 0) >= limit


def record(request, scope: str = "register") -> None:
    _limit, window = rate_limit()
    key = _key(request, scope)
    cache = _cache()
    # add() only sets a missing key, so the window runs from the first registration.
    cache.add(key, 0, timeout=window)
    try:
        cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, timeout=window)
