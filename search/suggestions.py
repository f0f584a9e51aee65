"""'Did you mean …?' for queries that find nothing: typos such as "belastingsamenwerkign".

The vocabulary is every word of at least four letters in the texts the searchable sources
name as such (search/sources.py: titles of live pages, names of published partnerships and
organisations): the words visitors are looking for. It is cached and rebuilt when a
source changes (the key is made of each source's fingerprint: counts and the latest
publication time).
"""

import difflib
import hashlib
import re

from django.core.cache import cache

from search.sources import sources

_WORD = re.compile(r"\w{4,}", re.UNICODE)
CACHE_SECONDS = 3600


def _fingerprint():
    raw = "|".join(str(value) for source in sources() for value in source.vocabulary_fingerprint())
    return hashlib.sha1(raw.encode()).hexdigest()


def vocabulary() -> frozenset:
    key = f"search:vocabulary:{_fingerprint()}"
    words = cache.get(key)
    if words is None:
        texts = [text for source in sources() for text in source.vocabulary()]
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
