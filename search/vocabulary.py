"""The words the site knows and the synonyms it uses, cached: what the query pipeline
(search/pipeline.py) checks each typed word against.

- The vocabulary: every word of the texts the searchable sources name (search/sources.py:
  titles, names, abbreviations, labels), folded (lower case, no accents), plus the English
  words among them (English titles and labels) for the English site.
- The synonym table: the editors' list (search.models.Synonym) and the pairs the sources
  learn from their data (abbreviation fields, "Gezondheidsdienst (GGD)").

Both are rebuilt when a source or the synonym list changes (the cache key is made of each
source's fingerprint and the list's). Per process a built vocabulary is also kept in memory
under the same key, so a request does no work beyond a cache lookup and a few bisects.
"""

import bisect
import difflib
import hashlib
import re
import time

from django.core.cache import cache

from search.initials import Initials
from search.sources import sources
from search.words import TAIL_MIN_LENGTH, fold

_WORD = re.compile(r"\w+", re.UNICODE)
CACHE_SECONDS = 3600
# A typo is corrected only into a known word at least this similar (difflib's ratio).
CORRECTION_CUTOFF = 0.8
CORRECTION_MIN_LENGTH = 4


def words_of(text: str) -> list[str]:
    return _WORD.findall(fold(text or ""))


class Vocabulary:
    """Known words, with the lookups the pipeline needs, each bounded."""

    def __init__(self, words, english_words=(), names=()):
        self.words = frozenset(w for w in words if w)
        # The texts as written (names, titles, labels): what an unknown abbreviation may be
        # the initials of (search/initials.py, built on first use in each process).
        self.names = tuple(dict.fromkeys(name for name in names if name))
        self._initials = None
        self.english = frozenset(w for w in english_words if w)
        self._sorted = sorted(self.words)
        # Every tail of every word, from TAIL_MIN_LENGTH letters: "inside a compound" is
        # then a bisect too.
        self._tails = sorted(
            {word[i:] for word in self.words for i in range(1, len(word) - TAIL_MIN_LENGTH + 1)}
        )
        self._by_letter = {}
        for word in self.words:
            if len(word) >= CORRECTION_MIN_LENGTH:
                self._by_letter.setdefault(word[0], []).append(word)
        self._english_by_letter = {}
        for word in self.english:
            if len(word) >= CORRECTION_MIN_LENGTH:
                self._english_by_letter.setdefault(word[0], []).append(word)

    def __getstate__(self):
        # Cached without the initials' lookup tables (rebuilt on first use).
        return {**self.__dict__, "_initials": None}

    @property
    def initials(self) -> Initials:
        if self._initials is None:
            self._initials = Initials(self.names, self.words)
        return self._initials

    @staticmethod
    def _has_prefix(sorted_words, prefix) -> bool:
        index = bisect.bisect_left(sorted_words, prefix)
        return index < len(sorted_words) and sorted_words[index].startswith(prefix)

    def knows_word(self, word: str) -> bool:
        return word in self.words

    def starts(self, word: str) -> bool:
        """Some known word starts with `word` (the engines match words as prefixes)."""
        return self._has_prefix(self._sorted, word)

    def knows(self, word: str) -> bool:
        """The engines would find `word`: as the start of a known word, or from
        TAIL_MIN_LENGTH letters inside one (the tail of a compound)."""
        if self.starts(word):
            return True
        return len(word) >= TAIL_MIN_LENGTH and self._has_prefix(self._tails, word)

    def correct(self, word: str, *, english: bool = False) -> str:
        """The closest known word of similar length and the same first letter, or "".
        On the English site only English words: a visitor typing English is never
        "corrected" into Dutch."""
        if len(word) < CORRECTION_MIN_LENGTH:
            return ""
        buckets = self._english_by_letter if english else self._by_letter
        candidates = [w for w in buckets.get(word[0], ()) if abs(len(w) - len(word)) <= 2]
        matches = difflib.get_close_matches(word, candidates, n=1, cutoff=CORRECTION_CUTOFF)
        return matches[0] if matches else ""


# The fingerprint costs a few aggregate queries; a process trusts it this long, so a
# request usually costs no query at all. An edit shows in search within these seconds.
FINGERPRINT_SECONDS = 10
_fingerprint_memo = {"at": -1e9, "value": ""}


def _fingerprint() -> str:
    now = time.monotonic()
    if now - _fingerprint_memo["at"] < FINGERPRINT_SECONDS:
        return _fingerprint_memo["value"]
    _fingerprint_memo.update(at=now, value=_compute_fingerprint())
    return _fingerprint_memo["value"]


def forget_fingerprint():
    """Recompute the fingerprint on the next search (tests, and after an editor's change)."""
    _fingerprint_memo["at"] = -1e9
    _word_memo["values"].clear()
    _memory.clear()


# What the database engines look up per query word (the compound tails the index holds, a
# word's stem): the same for every request until the indexed texts change, so a process
# keeps them under the fingerprint, and forgets them with it (an index update here, or
# FINGERPRINT_SECONDS after a change elsewhere, as for the vocabulary) and at the latest
# after WORD_MEMO_SECONDS (a change the fingerprint does not see: a renamed participant in
# a partnership's indexed text, made by another process).
WORD_MEMO_SIZE = 4096
WORD_MEMO_SECONDS = 300
_word_memo = {"fingerprint": None, "since": 0.0, "values": {}}


def remembered(key: tuple, compute):
    """`compute()`, or what it gave for `key` under the current fingerprint."""
    fingerprint = _fingerprint()
    values = _word_memo["values"]
    now = time.monotonic()
    if _word_memo["fingerprint"] != fingerprint or now - _word_memo["since"] > WORD_MEMO_SECONDS:
        values.clear()
        _word_memo.update(fingerprint=fingerprint, since=now)
    if key not in values:
        if len(values) >= WORD_MEMO_SIZE:
            values.clear()
        values[key] = compute()
    return values[key]


def _compute_fingerprint() -> str:
    from search.models import Synonym

    raw = "|".join(str(value) for source in sources() for value in source.vocabulary_fingerprint())
    raw += "|" + str(Synonym.fingerprint())
    return hashlib.sha1(raw.encode()).hexdigest()


_memory: dict = {}


def _cached(name, build):
    key = f"search:{name}:{_fingerprint()}"
    if key in _memory:
        return _memory[key]
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, CACHE_SECONDS)
    _memory.clear() if len(_memory) > 8 else None
    _memory[key] = value
    return value


def _build_vocabulary() -> Vocabulary:
    words, english, names = set(), set(), []
    for source in sources():
        for text in source.vocabulary():
            words.update(words_of(text))
            names.append(text)
        for text in source.english_vocabulary():
            english.update(words_of(text))
    for phrase, aliases in synonym_table().items():
        for text in (phrase, *aliases):
            words.update(text.split())
    return Vocabulary(words | english, english, names)


def current_vocabulary() -> Vocabulary:
    return _cached("vocabulary", _build_vocabulary)


def _build_synonyms() -> dict:
    """{phrase: [equivalent phrases]}, every phrase as folded words joined by one space."""
    from search.models import Synonym

    groups = [group for synonym in Synonym.objects.all() for group in [synonym.phrases()]]
    for source in sources():
        groups += [[abbreviation, full] for abbreviation, full in source.synonyms()]
    table = {}
    for group in groups:
        phrases = [" ".join(words_of(phrase)) for phrase in group]
        phrases = [phrase for phrase in dict.fromkeys(phrases) if phrase]
        for phrase in phrases:
            table.setdefault(phrase, [])
            table[phrase] += [other for other in phrases if other != phrase]
    return {phrase: list(dict.fromkeys(aliases)) for phrase, aliases in table.items() if aliases}


def synonym_table() -> dict:
    return _cached("synonyms", _build_synonyms)
