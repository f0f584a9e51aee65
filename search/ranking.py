"""Put first what is called what the visitor typed, whatever engine found the hits.

Full-text scores reward repetition: a partnership that lists Zaanstad among its
participants, or a policy domain 'Bedrijfsvoering en belastingen', can outscore the
organisation or the body that is called so.
"""

import functools
import re

from search.words import TAIL_MIN_LENGTH, fold


def name_match(obj, words) -> tuple[bool, float]:
    """(the words are the object's whole name or abbreviation, the share of the words found
    in its name: as a word, the start of one or, from TAIL_MIN_LENGTH letters, inside one).

    The name is the object's `title` or `name`, and its `abbreviation` if it has one.
    """
    names = [
        getattr(obj, "title", None) or getattr(obj, "name", ""),
        getattr(obj, "abbreviation", ""),
    ]
    names = [re.findall(r"\w+", fold(name)) for name in names if name]
    words = [fold(word) for word in words]
    tokens = [token for name in names for token in name]
    found = sum(
        1
        for word in words
        if any(
            token.startswith(word) or (len(word) >= TAIL_MIN_LENGTH and word in token)
            for token in tokens
        )
    )
    return any(name == words for name in names), found / len(words) if words else 0.0


def rerank_by_name(hits, *queries):
    """Hits called exactly what was typed first ("Zaanstad", "AVU"), then those with more of
    the words in their name; the backend's order among equals (a stable sort).

    `queries`: the query's words, and those of equivalent queries (synonyms), each as a list.
    """

    def key(hit):
        exact, share = max(name_match(hit[0], words) for words in queries)
        return (not exact, -share)

    return sorted(hits, key=key)


def _word_in(word: str, tokens) -> bool:
    return any(
        token.startswith(word) or (len(word) >= TAIL_MIN_LENGTH and word in token)
        for token in tokens
    )


@functools.lru_cache(maxsize=100_000)
def _name_tokens(name: str) -> tuple[str, ...]:
    """The words of a name, folded. Names are few and asked for by every query: kept per
    process (folding them was most of a broad query's time at 50,000 partnerships)."""
    return tuple(re.findall(r"\w+", fold(name)))


@functools.lru_cache(maxsize=100_000)
def _folded(name: str) -> str:
    """A name's folded words as one string, to test for a word anywhere in it at once."""
    return " ".join(_name_tokens(name))


def name_sorter(plan):
    """The sort key of an entry by its names (name, abbreviation) for a QueryPlan
    (search/pipeline.py): called exactly what was typed first, then by the share of the
    query's terms found in a name (each term as any of its alternatives, boilerplate
    left out), lower is better. The plan's words are folded once, not once per entry."""
    typed = [fold(word) for word in plan.words]
    shown = [fold(word) for term in plan.terms for word in term.shown.split()]
    counted = [term for term in plan.terms if not term.optional] or plan.terms
    # What was typed counts fully, its other forms (singular, parts) nearly so, a synonym
    # less: "omgevingsdienst" puts Omgevingsdiensten above Uitvoeringsdiensten,
    # "belastingen" puts Gemeentebelastingen above Belastingsamenwerking.
    weighted = [
        [
            (
                [fold(word) for word in alternative],
                1.0 if index == 0 else 0.9 if index < term.own else 0.6,
            )
            for index, alternative in enumerate(term.alternatives)
        ]
        for term in counted
    ]

    # Most hits of a common word match it in their text, not their names: a name holding
    # none of the words (any form) as a substring can neither be called what was typed nor
    # share a term, and gets the last key without the token-by-token comparison (every
    # word test below — start of a token, or inside one — is a substring of the name).
    alternative_words = [words for alternatives in weighted for words, _weight in alternatives]
    needles = {word for words in alternative_words for word in words} | set(typed) | set(shown)
    can_skip = bool(typed and shown and all(alternative_words))
    anywhere = re.compile("|".join(map(re.escape, sorted(needles)))).search

    def key(names) -> tuple:
        if can_skip and not any(anywhere(_folded(name)) for name in names if name):
            return (True, -0.0)
        names = [list(_name_tokens(name)) for name in names if name]
        tokens = [token for name in names for token in name]
        exact = any(name in (typed, shown) for name in names)
        total = 0.0
        for alternatives in weighted:
            best = 0.0
            for words, weight in alternatives:
                if weight > best and all(_word_in(word, tokens) for word in words):
                    best = weight
            total += best
        share = total / len(weighted) if weighted else 0.0
        return (not exact, -share)

    return key


def rank_by_name(hits, plan, names_of):
    """Hits (object, score) in name order for `plan` (name_sorter), the engine's order among
    equals. `names_of(object)`: its names."""
    key = name_sorter(plan)
    return sorted(hits, key=lambda hit: key(names_of(hit[0])))


def object_names(obj) -> list[str]:
    """A hit's names: its `title` or `name`, and its `abbreviation` if it has one."""
    return [
        getattr(obj, "title", None) or getattr(obj, "name", ""),
        getattr(obj, "abbreviation", ""),
    ]
