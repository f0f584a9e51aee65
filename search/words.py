"""How a typed word matches a written one: accents, compounds and the linking s.

Shared by the database engines (search/backends/database/), which match words in the
index, and by search/ranking.py, which looks for them in names, so both agree on what
"matches" means.
"""

import unicodedata

# A word this long also matches inside longer indexed words, the tail of a compound
# ("samenwerking" in "belastingsamenwerking"); shorter ones would match inside too many
# ("raad", "regi"). At most MAX_TAILS such words per query word, the commonest first.
TAIL_MIN_LENGTH = 5
MAX_TAILS = 64

# Dutch writes the joint of a compound with or without a linking s, and people disagree
# ("belastingsamenwerking", "Belastingssamenwerking Gouwe-Rijnland"). A word this long also
# matches with one s added or dropped inside it; shorter words would gain false matches.
LINKING_S_MIN_LENGTH = 10


def fold(text: str) -> str:
    """Lower case without accents: "Fryslân" → "fryslan"."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()


def linking_s_variants(word: str) -> list[str]:
    """`word` with one linking s added or dropped, at least four letters from either end."""
    if len(word) < LINKING_S_MIN_LENGTH:
        return []
    variants = set()
    for i in range(4, len(word) - 3):
        if word[i] == "s" and word[i - 1] != "s":
            variants.add(word[:i] + word[i + 1 :])
        added = word[:i] + "s" + word[i:]
        if "sss" not in added:
            variants.add(added)
    return sorted(variants)


# --- Dutch word forms: what a plural or diminutive is the form of ------------------------------

_DIMINUTIVES = ("etjes", "etje", "pjes", "pje", "tjes", "tje", "jes", "je")
_DOUBLE = set("bdfgklmnprst")
_VOWELS = set("aeiou")


def _undo_en_stem(stem: str) -> list[str]:
    """The singulars a stem left by "-en" may come from: "archiev" → archief, "schol" →
    school, "bussen" → bus, "diensten" → dienst."""
    forms = [stem]
    if stem.endswith("v"):
        forms.insert(0, stem[:-1] + "f")
    elif stem.endswith("z"):
        forms.insert(0, stem[:-1] + "s")
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] in _DOUBLE:
        forms.insert(0, stem[:-1])
    # An open syllable lost its doubled vowel: "scholen" → school, "kantoren" → kantoor.
    if (
        len(stem) >= 3
        and stem[-1] not in _VOWELS
        and stem[-2] in _VOWELS
        and stem[-3] not in _VOWELS
    ):
        final = "f" if stem[-1] == "v" else "s" if stem[-1] == "z" else stem[-1]
        forms.append(stem[:-1] + stem[-2] + final)
    return forms


def deinflections(word: str) -> list[str]:
    """Singular, non-diminutive forms `word` may be a plural or diminutive of, likeliest
    first ("gezondheidsdiensten" → gezondheidsdienst, "muziekscholen" → muziekschool,
    "rekenkamers" → rekenkamer, "huisjes" → huis). The caller keeps those the index knows."""
    if len(word) < 5:
        return []
    forms = []
    for ending in _DIMINUTIVES:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            forms.append(word[: -len(ending)])
    if word.endswith("eren") and len(word) > 6:
        forms.append(word[:-4])  # kinderen → kind
    if word.endswith("en") and len(word) > 5:
        forms += _undo_en_stem(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        forms.append(word[:-1])
    return [form for form in dict.fromkeys(forms) if len(form) >= 3 and form != word]


COMPOUND_PART_MIN_LENGTH = 4


def compound_splits(word: str) -> list[tuple[str, str]]:
    """Ways to read `word` as two words joined, with or without a linking s or e(n), the
    longest head first ("ambulancevoorziening" → ambulance, voorziening)."""
    splits = []
    n = COMPOUND_PART_MIN_LENGTH
    for i in range(len(word) - n, n - 1, -1):
        head, tail = word[:i], word[i:]
        splits.append((head, tail))
        for link in ("s", "en", "e"):
            if tail.startswith(link) and len(tail) - len(link) >= n:
                splits.append((head, tail[len(link) :]))
    return splits


def as_terms(words) -> list[list[tuple]]:
    """A query as terms: [[alternative, …] per term], each alternative a tuple of words that
    must all match (search/pipeline.py). Plain words are one-word terms."""
    terms = []
    for item in words:
        if isinstance(item, str):
            terms.append([(item,)])
        else:
            terms.append([(a,) if isinstance(a, str) else tuple(a) for a in item])
    return terms


def plain_words(terms) -> list[str]:
    """The first way of saying each term, as words: for backends that take a string."""
    return [word for term in as_terms(terms) for word in term[0]]
