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
