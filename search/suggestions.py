"""'Did you mean …?' for queries that find nothing: typos such as "belastingsamenwerkign".

The vocabulary is every word of at least four letters in the titles of live pages and the
names of published partnerships and organisations: the words visitors are looking for.
It is cached and rebuilt when the register or the site changes (the key includes counts
and the latest publication time).
"""

import difflib
import hashlib
import re

from django.core.cache import cache
from django.db.models import Count, Max

from wagtail.models import Page

_WORD = re.compile(r"\w{4,}", re.UNICODE)
CACHE_SECONDS = 3600


def _fingerprint():
    from registers.models import Organisation, Partnership

    pages = Page.objects.live().aggregate(n=Count("pk"), last=Max("last_published_at"))
    partnerships = Partnership.objects.public().aggregate(
        n=Count("pk"), last=Max("last_published_at")
    )
    organisations = Organisation.objects.aggregate(n=Count("pk"), last=Max("pk"))
    raw = "|".join(
        str(value) for group in (pages, partnerships, organisations) for value in group.values()
    )
    return hashlib.sha1(raw.encode()).hexdigest()


def vocabulary() -> frozenset:
    from registers.models import Organisation, Partnership

    key = f"search:vocabulary:{_fingerprint()}"
    words = cache.get(key)
    if words is None:
        texts = list(Page.objects.live().values_list("title", flat=True))
        texts += list(Partnership.objects.public().values_list("name", flat=True))
        texts += list(Partnership.objects.public().values_list("abbreviation", flat=True))
        texts += list(Organisation.objects.values_list("name", flat=True))
        words = frozenset(word.lower() for text in texts for word in _WORD.findall(text or ""))
        cache.set(key, words, CACHE_SECONDS)
    return words


def correct_word(word: str, words) -> str:
    if word in words or len(word) < 4:
        return word
    # Compare only with words of similar length: fast enough for tens of thousands.
    candidates = [w for w in words if abs(len(w) - len(word)) <= 2 and w[0] == word[0]]
    matches = difflib.get_close_matches(word, candidates, n=1, cutoff=0.8)
    return matches[0] if matches else word


def suggest(query: str) -> str:
    """A corrected query, or "" when no word could be improved."""
    words = vocabulary()
    corrected = " ".join(correct_word(word, words) for word in query.split())
    return corrected if corrected != query else ""
