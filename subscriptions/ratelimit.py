"""Limits on subscribe requests, so nobody can mail-bomb an address through the confirmation
mail: per client address (cms/client_ip.py) and per e-mail address, counted in the cache
RATE_LIMIT_CACHE names (shared by every process; see agenda/ratelimit.py). Keys are hashes:
the cache holds neither IP nor e-mail addresses."""

import hashlib

from django.conf import settings
from django.core.cache import caches

from cms.client_ip import client_address

HOUR, DAY = 3600, 86400


def _cache():
    return caches[getattr(settings, "RATE_LIMIT_CACHE", "default")]


def _key(scope: str, value: str) -> str:
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{value}".encode()).hexdigest()[:32]
    return f"subscriptions:rate:{scope}:{digest}"


def client_key(request) -> str:
    return _key("client", client_address(request))


def address_key(address_hash: str) -> str:
    return _key("address", address_hash)


def is_limited(key: str, limit: int) -> bool:
    return _cache().get(key, 0) >= limit


def record(key: str, window: int) -> None:
    cache = _cache()
    # add() only sets a missing key, so the window runs from the first request.
    cache.add(key, 0, timeout=window)
    try:
        cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, timeout=window)
