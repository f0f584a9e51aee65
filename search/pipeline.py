"""One query pipeline for every search: register search, site search, suggestions and the API.

What a visitor typed becomes a `QueryPlan`: a list of `Term`s. A term is one thing the
visitor asked for, with the ways the index may say it (alternatives, OR-ed); an
alternative is one or more words that must all match (a phrase such as "s gravenhage").
The database engines (search/backends/database/) match every term of a plan; which terms
are required, and what happens when no entry has them all, is decided here.

Per word, in this order (search/words.py holds the Dutch rules):

1. synonyms and abbreviations: editors' list (search.models.Synonym) plus what the data
   teaches (abbreviation fields, "Gemeentelijke Gezondheidsdienst (GGD)"): alternatives;
2. a word the index knows (as a word, the start of one or inside a compound) stays;
3. else plural and diminutive endings come off ("gezondheidsdiensten", "archieven",
   "muziekscholen");
4. else a compound is split into known parts ("ambulancevoorziening" → ambulance voorziening);
5. else a typo is corrected to the closest known word of similar length ("rekenkamr");
   on the English site only into English words, never into Dutch;
6. else the word is unknown: it cannot make the query fail (soft AND).

Boilerplate words of this domain (gemeenschappelijke regeling, GR, samenwerkingsverband, …)
never make a query fail either: they are optional unless they are all the visitor typed.

Everything is bounded: the vocabulary is cached (search/vocabulary.py), a typo is looked up
among known words with the same first letter and a similar length only, and a query has at
most MAX_TERMS terms.
"""

import math
import re
from dataclasses import dataclass, field

from search.query import normalise_query
from search.vocabulary import Vocabulary, current_vocabulary, synonym_table
from search.words import compound_splits, deinflections, fold

MAX_TERMS = 8
# A word of at most this many letters that no name starts with may be an abbreviation even
# when a text has a word starting with it.
SHORT_ABBREVIATION = 6

# Words that name the kind of body rather than which body: nearly every entry has one.
BOILERPLATE = frozenset(
    {
        "gemeenschappelijke",
        "gemeenschappelijk",
        "regeling",
        "regelingen",
        "gr",
        "wgr",
        "samenwerkingsverband",
        "samenwerkingsverbanden",
        "gemeente",
        "gemeenten",
        "openbaar",
        "lichaam",
        "de",
        "het",
        "een",
        "van",
        "voor",
        "in",
        "en",
        "the",
        "of",
        "and",
        "joint",
        "arrangement",
    }
)


@dataclass
class Term:
    typed: str  # the word (or phrase) as typed, normalised
    alternatives: list  # [tuple of words], any of which matches
    optional: bool = False  # boilerplate or unknown: may be missing from a hit
    changed: str = ""  # the word shown instead when corrected ("" when not)
    unknown: bool = False
    own: int = 1  # alternatives[:own] are forms of what was typed, the rest synonyms
    abbreviation: str = ""  # the unknown abbreviation this term reads (search/initials.py)
    read_as: tuple = ()  # the names, as written, it was read as the initials of

    @property
    def shown(self) -> str:
        return self.changed or self.typed


@dataclass
class QueryPlan:
    text: str  # the normalised query
    language: str
    terms: list = field(default_factory=list)

    @property
    def words(self) -> list[str]:
        """The query's words as typed (normalised), for highlighting and autocomplete."""
        return self.text.split()

    @property
    def corrected(self) -> str:
        """The query as searched, when any word was corrected ("" when none was)."""
        if not any(term.changed for term in self.terms):
            return ""
        return " ".join(term.shown for term in self.terms)

    @property
    def required(self) -> list:
        """Terms every hit should match; all of them when every term is optional."""
        required = [term for term in self.terms if not term.optional]
        if required:
            return required
        return [term for term in self.terms if not term.unknown]

    @property
    def read_as_initials(self) -> list[tuple[str, str]]:
        """(abbreviation, what it was read as) per unknown abbreviation, for "ODNZKG read as
        Omgevingsdienst + Noordzeekanaalgebied"; pieces of one abbreviation joined by +."""
        readings = {}
        for term in self.terms:
            if term.abbreviation:
                shown = " / ".join(term.read_as[:3]) + (" …" if len(term.read_as) > 3 else "")
                readings.setdefault(term.abbreviation, []).append(shown)
        return [
            (abbreviation.upper(), " + ".join(parts)) for abbreviation, parts in readings.items()
        ]

    @property
    def unknown_words(self) -> list[str]:
        return [term.typed for term in self.terms if term.unknown]

    def match_terms(self, terms=None) -> list:
        """Terms as the engines take them: [[tuple of words, …] per term]."""
        return [list(term.alternatives) for term in (self.terms if terms is None else terms)]


def _phrases(words):
    """Spans of the query (start, end) of two or three words, longest first (single
    words get their synonyms after they are resolved)."""
    for length in (3, 2):
        for start in range(len(words) - length + 1):
            yield start, start + length


def _word_like(text: str) -> bool:
    """Has vowels and no run of more than four consonants, as Dutch words do."""
    return bool(re.search(r"[aeiou]", text)) and not re.search(r"[^aeiou]{5,}", text)


def _resolve(word: str, vocabulary: Vocabulary, language: str, index_has) -> list:
    """The Term(s) of one word: itself and its forms; a correction; the names an unknown
    abbreviation is the initials of (two terms when it reads as two names' pieces)."""
    known_name = vocabulary.knows(word)
    if known_name or word.isdigit() or index_has(word):
        alternatives = [(word,)]
        # A plural the index also knows as such ("belastingen"): its singular too.
        for base in deinflections(word):
            if base != word and vocabulary.knows_word(base):
                alternatives.append((base,))
                break
        term = Term(word, alternatives, own=len(alternatives))
        if not known_name and not word.isdigit() and len(word) <= SHORT_ABBREVIATION:
            # Only the start of some word in a text ("vraa": vraag), in no name: it may
            # also be an abbreviation ("VRAA": Veiligheidsregio Amsterdam-Amstelland).
            readings = vocabulary.initials.expand(word)
            if readings:
                term.alternatives += [reading[2] for reading in readings]
                term.own = len(term.alternatives)
                term.abbreviation = word
                term.read_as = tuple(" ".join(reading[1]) for reading in readings)
        return [term]
    for base in deinflections(word):
        if vocabulary.knows(base):
            return [Term(word, [(word,), (base,)], own=2)]
    # Dutch compounds only: an English word is never read as Dutch parts.
    splits = compound_splits(word) if language != "en" else []
    for head, tail in splits:
        if vocabulary.knows_word(head) and vocabulary.knows(tail):
            return [Term(word, [(word,), (head, tail)], own=2)]
    # Letters that cannot be a word ("odnzkg") are initials before they are a typo.
    if not _word_like(word):
        terms = _initials_terms(word, vocabulary)
        if terms:
            return terms
    corrected = vocabulary.correct(word, english=language == "en")
    if corrected:
        return [Term(word, [(corrected,)], changed=corrected)]
    # A compound of a known word and an unknown one ("afvalinzameling"): its known part.
    # (The rest must look like a word: "belastingxyzq" is no compound.)
    for head, tail in splits:
        if vocabulary.knows_word(head) and _word_like(tail):
            return [Term(word, [(word,), (head,)], own=2)]
    terms = _initials_terms(word, vocabulary)
    if terms:
        return terms
    return [Term(word, [(word,)], optional=True, unknown=True)]


def _initials_terms(word: str, vocabulary: Vocabulary) -> list:
    """An unknown abbreviation as the names it is the initials of (search/initials.py):
    one term when names spell it all, two when it reads as two names' pieces ("OD" +
    "NZKG"), so entries with either still rank (soft AND); [] when it reads as nothing."""
    initials = vocabulary.initials
    readings = initials.expand(word)
    if readings:
        pieces = [(word, readings)]
    else:
        split = initials.split(word)
        if not split:
            return []
        cut, head, tail = split
        pieces = [(word[:cut], head), (word[cut:], tail)]
    terms = []
    for piece, piece_readings in pieces:
        alternatives = [(piece,), *(reading[2] for reading in piece_readings)]
        terms.append(
            Term(
                piece,
                alternatives,
                own=len(alternatives),
                abbreviation=word,
                read_as=tuple(" ".join(reading[1]) for reading in piece_readings),
            )
        )
    return terms


def plan_query(
    raw: str, language: str = "nl", vocabulary: Vocabulary | None = None, index_has=None
):
    """The QueryPlan of what a visitor typed on the site in `language`.

    `index_has(word)`: whether the index has a word starting with it, asked (once per
    word) before correcting a word the vocabulary of names does not know; by default the
    database index (search/matching.py)."""
    if index_has is None:
        from search.matching import index_has
    text = normalise_query(raw)
    plan = QueryPlan(text=text, language=language)
    # Folded: the index folds accents too, so "Fryslân" is no word to correct.
    words = [fold(word) for word in text.split()[: MAX_TERMS * 2]]
    if not words:
        return plan
    vocabulary = vocabulary or current_vocabulary()
    synonyms = synonym_table()
    used = [False] * len(words)
    terms_at = {}
    # Phrases with synonyms first ("den haag", "gemeentelijke gezondheidsdienst").
    for start, end in _phrases(words):
        if any(used[start:end]):
            continue
        phrase = " ".join(words[start:end])
        aliases = synonyms.get(phrase)
        if aliases is None:
            continue
        alternatives = [tuple(words[start:end]), *(tuple(alias.split()) for alias in aliases)]
        terms_at[start] = [Term(phrase, list(dict.fromkeys(alternatives)), own=1)]
        for index in range(start, end):
            used[index] = True
    for index, word in enumerate(words):
        if used[index]:
            continue
        if word in BOILERPLATE:
            terms_at[index] = [Term(word, [(word,)], optional=True)]
            continue
        terms = _resolve(word, vocabulary, language, index_has)
        for term in terms:
            # A word resolved to another form may have synonyms of its own
            # ("gezondheidsdiensten" → "gezondheidsdienst" → GGD).
            for alternative in list(term.alternatives):
                for alias in synonyms.get(" ".join(alternative), ()):
                    term.alternatives.append(tuple(alias.split()))
            term.alternatives = list(dict.fromkeys(term.alternatives))
        terms_at[index] = terms
    plan.terms = [term for index in sorted(terms_at) for term in terms_at[index]][:MAX_TERMS]
    return plan


def rarity_weights(counts: dict, total: int) -> dict:
    """Inverse document frequency of each term from how many entries it matches: a rare
    word ("Moerdijk") counts for more than a common one ("regio")."""
    return {key: math.log(1 + (total + 1) / (1 + n)) for key, n in counts.items()}


def fold_words(words) -> list[str]:
    return [fold(word) for word in words]
