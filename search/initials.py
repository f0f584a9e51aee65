"""An abbreviation nobody taught us, read as the initials of names in the data.

Dutch bodies abbreviate their names from the starts of words *and* of compound parts,
now and then with two letters of a word, and with or without the little words:

- ODNZKG: Omgevings·dienst Noord·zee·kanaal·gebied (one letter per compound part);
- OMWB: Omgevingsdienst Midden en West Brabant (one letter for a whole compound, "en" left out);
- MRDH: Metropool·regio Rotterdam Den Haag ("Den" counted);
- SOWECO: SOciaal WErkvoorzieningsschap Centraal Overijssel (two letters of a word).

`Initials` holds the names (titles, names, labels the sources list, search/vocabulary.py)
as words split into compound parts, and reads an abbreviation against them:

- `expand(letters)`: the names (or the opening words of names) whose initials spell all
  of `letters`, cheapest reading first; a reading costs more for each two- or three-letter
  chunk, each compound part passed over and for starting after a name's first word;
- `split(letters)`: when no name spells it all, two pieces that each start some name
  ("OD" + "NZKG": Omgevingsdienst, Noordzeekanaalgebied), so the query can still rank
  entries by the pieces they have (soft AND, search/pipeline.py).

Bounded: only names with a word starting with the abbreviation's first letter are read,
each reading is a small dynamic programme over at most MAX_NAME_WORDS words, and results
are kept per abbreviation for the life of the vocabulary.
"""

import re
from functools import lru_cache

from search.words import fold

MIN_LETTERS = 2
MAX_LETTERS = 8
MAX_NAME_WORDS = 12
MAX_CHUNK = 3  # letters one word or compound part may give ("SOWECO": so, we)
MAX_READINGS = 6  # names an abbreviation is read as, at most

# Little words that an abbreviation may count or leave out ("Den" in MRDH, "en" in OMWB).
LITTLE_WORDS = frozenset(
    "de den der des het een en van voor in op aan te tot met of bij uit om & the of and for".split()
)
# Words that say which kind of body rather than which body: an abbreviation seldom starts
# with them ("Gemeenschappelijke Regeling FUMO"), so a reading may start after them freely.
KIND_WORDS = frozenset("gemeenschappelijke regeling gr wgr openbaar lichaam".split())

# Parts of Dutch compounds in bodies' names that are seldom words of a name on their own, so
# the vocabulary may lack them ("noord·zee·kanaal·gebied", "werkvoorzienings·schap").
COMMON_PARTS = frozenset(
    """
    zee land stad dorp dienst diensten regio gebied kanaal schap huis werk zorg school
    water weg wegen bedrijf bedrijven raad kamer bank veiligheid gezondheid omgeving
    noord zuid oost west midden centrum centraal archief haven vervoer metropool
    uitvoering voorziening voorzieningen organisatie afval belasting belastingen
    samenwerking sociaal dienstverlening recreatie natuur milieu ambulance brandweer
    informatie werkvoorziening streek grond jeugd beheer bureau academie
    """.split()
)
PART_MIN_LENGTH = 3  # a known compound part has at least this many letters
UNKNOWN_PART_MIN_LENGTH = 5  # one unknown part per word, as long as a real word
_LINKS = ("s", "en", "e")

COST_CHUNK = 1.0  # per extra letter taken from one word or part
COST_SKIPPED_PART = 0.5  # per compound part that gives no letter
COST_LATE_START = 1.0  # the reading starts after the name's first word
# A reading is kept when it costs less than this per letter: a real abbreviation takes most
# letters one per word or part ("abc" is no reading of "Abcoude": one word's first letters).
MAX_COST_PER_LETTER = 0.5
# A piece of a split abbreviation reads as little as two letters: only near-perfect readings.
MAX_PIECE_COST = 0.5


class Initials:
    def __init__(self, names, lexicon):
        """`names`: texts (as written, for showing); `lexicon`: known words, the parts a
        compound may be split into."""
        self.lexicon = frozenset(w for w in lexicon if len(w) >= 4) | COMMON_PARTS
        self.names = []  # [(written words, folded words)]
        seen = set()
        for text in names:
            written = _words(text)[:MAX_NAME_WORDS]
            folded = tuple(fold(word) for word in written)
            if folded and folded not in seen:
                seen.add(folded)
                self.names.append((tuple(written), folded))
        self._joined = ["".join(folded) for _written, folded in self.names]
        self._by_letter = {}
        for index, (_written, folded) in enumerate(self.names):
            for letter in {word[0] for word in folded}:
                self._by_letter.setdefault(letter, []).append(index)
        self._parts = lru_cache(maxsize=20_000)(self._split_parts)
        self.expand = lru_cache(maxsize=512)(self._expand)
        self.split = lru_cache(maxsize=512)(self._split)

    # --- compound parts -------------------------------------------------------------------

    def _split_parts(self, word: str) -> tuple[str, ...]:
        """`word` as its compound parts ("noordzeekanaalgebied" → noord, zee, kanaal, gebied):
        known parts (with a linking s or e(n) after them), at most one unknown part of a
        word's length; the word whole when no such reading exists."""
        n = len(word)
        if n < 2 * PART_MIN_LENGTH or word in LITTLE_WORDS:
            return (word,)
        # best[i]: (unknown parts, parts) of the best reading of word[:i], and its parts.
        best = {0: ((0, 0), ())}
        for end in range(PART_MIN_LENGTH, n + 1):
            options = []
            for start in best:
                if end - start < PART_MIN_LENGTH or (start, end) == (0, n):
                    continue
                (unknown, count), parts = best[start]
                for part in _part_and_link(word[start:end]):
                    if part in self.lexicon:
                        options.append(((unknown, count + 1), (*parts, part)))
                    elif (
                        unknown == 0
                        and len(part) >= UNKNOWN_PART_MIN_LENGTH
                        and any(vowel in part for vowel in "aeiouy")
                    ):
                        options.append(((1, count + 1), (*parts, part)))
            if options:
                best[end] = min(options, key=lambda option: option[0])
        if n in best and len(best[n][1]) > 1 and best[n][0][0] < len(best[n][1]):
            return best[n][1]
        return (word,)

    # --- reading an abbreviation against one name ------------------------------------------

    def _reading(self, letters: str, folded: tuple) -> tuple[float, int, int] | None:
        """(cost, first word, last word) of the cheapest reading of `letters` as initials
        of consecutive words of the name `folded`, or None."""
        words = [(word, word in LITTLE_WORDS, self._parts(word)) for word in folded]
        first_content = next(
            (i for i, word in enumerate(folded) if word not in LITTLE_WORDS | KIND_WORDS), 0
        )
        best, memo = None, {}
        for start, (word, little, _parts) in enumerate(words):
            if little or word[0] != letters[0]:
                continue
            found = _read(letters, 0, words, start, 0, memo)
            if found is None:
                continue
            cost, last = found
            cost += COST_LATE_START if start > first_content else 0.0
            if best is None or cost < best[0]:
                best = (cost, start, last)
        return best

    def _candidates(self, letters: str):
        for index in self._by_letter.get(letters[0], ()):
            written, folded = self.names[index]
            # Cheap test first: the letters must occur in this order in the name at all.
            remaining = iter(self._joined[index])
            if not all(letter in remaining for letter in letters):
                continue
            reading = self._reading(letters, folded)
            if reading is not None:
                yield reading, written, folded

    def _expand(self, letters: str) -> tuple:
        """((cost, written words, folded words), …): the cheapest readings of `letters`,
        each the words of one name from the first to the last that gave a letter, little
        words left out of the folded ones (the engines need not match them)."""
        if not (MIN_LETTERS <= len(letters) <= MAX_LETTERS) or not letters.isalpha():
            return ()
        readings = {}
        for (cost, start, last), written, folded in self._candidates(letters):
            span = folded[start : last + 1]
            key = tuple(word for word in span if word not in LITTLE_WORDS)
            if key and (key not in readings or cost < readings[key][0]):
                readings[key] = (cost, written[start : last + 1], key)
        if not readings:
            return ()
        cheapest = min(reading[0] for reading in readings.values())
        if cheapest >= MAX_COST_PER_LETTER * len(letters):
            return ()
        # Only readings as cheap as the best: a costlier one is a different abbreviation.
        kept = [reading for reading in readings.values() if reading[0] <= cheapest]
        kept.sort(key=lambda reading: (len(reading[2]), reading[2]))
        return tuple(kept[:MAX_READINGS])

    def _split(self, letters: str) -> tuple:
        """(where to cut, readings of the first piece, readings of the second) for the
        cheapest way to cut `letters` in two pieces of at least two letters that each have
        a good reading; () when there is none."""
        best = None
        for cut in range(MIN_LETTERS, len(letters) - MIN_LETTERS + 1):
            head, tail = self.expand(letters[:cut]), self.expand(letters[cut:])
            if not head or not tail or max(head[0][0], tail[0][0]) > MAX_PIECE_COST:
                continue
            cost = head[0][0] + tail[0][0]
            # Equal cost: the pieces read as fewer alternatives are the more telling cut.
            key = (cost, len(head) + len(tail))
            if best is None or key < best[0]:
                best = (key, cut, head, tail)
        return best[1:] if best else ()


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text or "")


def _part_and_link(piece: str):
    """`piece` as a compound part, or as a part followed by a linking s or e(n)."""
    yield piece
    for link in _LINKS:
        if piece.endswith(link) and len(piece) - len(link) >= PART_MIN_LENGTH:
            yield piece[: -len(link)]


def _read(letters, position, words, index, part, memo):
    """(cost, last word used) of the cheapest reading of letters[position:] from word
    `index`, compound part `part` on (part 0: the word has given no letter yet)."""
    if position == len(letters):
        return (0.0, index - 1 if part == 0 else index)
    if index >= len(words):
        return None
    key = (position, index, part)
    if key in memo:
        return memo[key]
    word, little, parts = words[index]
    options = []
    if part == 0:
        if little:
            # A little word may give its letter or none ("MRDH": Den; "OMWB": not en).
            found = _read(letters, position, words, index + 1, 0, memo)
            if found:
                options.append(found)
        options += _chunks(letters, position, words, index, 0, parts[0], memo, 0.0)
    else:
        # On inside the word: a later part gives letters (passing over parts costs) …
        for later in range(part, len(parts)):
            skipped = (later - part) * COST_SKIPPED_PART
            options += _chunks(letters, position, words, index, later, parts[later], memo, skipped)
        # … or the next word does, the rest of this word's parts unused.
        found = _read(letters, position, words, index + 1, 0, memo)
        if found:
            cost, last = found
            options.append((cost + (len(parts) - part) * COST_SKIPPED_PART, last))
    result = min(options, key=lambda option: option[0]) if options else None
    memo[key] = result
    return result


def _chunks(letters, position, words, index, part, text, memo, cost_so_far):
    """Readings where part `part` of word `index` (`text`) gives 1 to MAX_CHUNK letters."""
    options = []
    for size in range(1, MAX_CHUNK + 1):
        if position + size > len(letters) or text[:size] != letters[position : position + size]:
            break
        found = _read(letters, position + size, words, index, part + 1, memo)
        if found:
            cost, last = found
            options.append((cost + cost_so_far + (size - 1) * COST_CHUNK, last))
    return options
