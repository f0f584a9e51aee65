"""Possible duplicate partnerships, for Registerbeheer to look at (Register › Possible
duplicates in the admin). A pair is shown when the two names are the same after removing
what does not tell partnerships apart — legal-form prefixes, parentheses, abbreviations
written out ("Alg" = "Algemene"), the name's own initials ("… Waterland ISW"), "en
omstreken" / "en omgeving" — or differ only by spelling, and the two do not contradict each
other: no participants on one side, or shared participants, or the same postcode.

Nothing is merged here: the detector only proposes (registers/merging.py merges).
"""

from collections import defaultdict
from dataclasses import dataclass

from registers.importer.cleaning import STOPWORDS, differences_are_spelling, partnership_key

ABBREVIATIONS = {"alg": "algemene", "gem": "gemeentelijke", "reg": "regionale"}
BOILERPLATE = frozenset({"omstreken", "omgeving", "eo"}) | STOPWORDS


def duplicate_key(name: str) -> str:
    words = [ABBREVIATIONS.get(word, word) for word in partnership_key(name).split()]
    words = [word for word in words if word not in BOILERPLATE]
    initials = "".join(word[0] for word in words if len(word) > 1)
    # A trailing abbreviation made of the name's own initials says nothing more.
    words = [w for w in words if not (len(w) >= 3 and w != initials and w in initials)]
    if len(words) > 1 and words[-1] == "".join(word[0] for word in words[:-1]):
        words = words[:-1]
    return " ".join(words)


@dataclass(frozen=True)
class Pair:
    first: object
    second: object
    reason: str


def possible_duplicates(partnerships, distinct=frozenset()) -> list[Pair]:
    """Pairs among the given partnerships (each with memberships prefetched), except those
    in `distinct`: (lower pk, higher pk) pairs judged not to be duplicates."""
    by_key = defaultdict(list)
    for partnership in partnerships:
        by_key[duplicate_key(partnership.name)].append(partnership)
    by_first_word = defaultdict(list)
    for key in by_key:
        if key:
            by_first_word[key.split()[0]].append(key)
    pairs = []
    for group in by_key.values():
        for index, first in enumerate(group):
            for second in group[index + 1 :]:
                reason = _compatible(first, second)
                if reason:
                    pairs.append(Pair(first, second, f"same name without boilerplate; {reason}"))
    for keys in by_first_word.values():
        for index, key in enumerate(keys):
            for other in keys[index + 1 :]:
                if not differences_are_spelling(key, other, word_cutoff=0.8):
                    continue
                for first in by_key[key]:
                    for second in by_key[other]:
                        reason = _compatible(first, second)
                        if reason:
                            pairs.append(Pair(first, second, f"names differ in spelling; {reason}"))
    pairs = [
        pair for pair in pairs if tuple(sorted((pair.first.pk, pair.second.pk))) not in distinct
    ]
    return sorted(pairs, key=lambda pair: (pair.first.name, pair.second.name))


def _participants(partnership) -> set:
    return {membership.organisation_id for membership in partnership.memberships.all()}


def _compatible(first, second) -> str:
    """Why the two could be one ("" when they contradict each other)."""
    mine, theirs = _participants(first), _participants(second)
    if not mine or not theirs:
        return "one has no participants"
    if mine & theirs:
        return f"{len(mine & theirs)} shared participants"
    if first.seat_postcode and first.seat_postcode == second.seat_postcode:
        return "same postcode"
    return ""
