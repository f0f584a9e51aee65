"""What a visitor typed, as words a search engine can take: shared by every search.

Words are plain \\w+ tokens, lowercase: the database engines quote them into FTS5 and
tsquery syntax (search/backends/database/), which is safe only because of this.
"""

import re

from cms.querystring import clean_text

MAX_QUERY_LENGTH = 200
_WORD = re.compile(r"\w+", re.UNICODE)


def normalise_query(raw: str) -> str:
    """Reduce what a visitor typed to plain lowercase words.

    Full-text engines give operators meaning (FTS5: AND, OR, NOT, NEAR(, *, ^, quotes);
    visitors do not mean them, and a stray quote must not become a syntax error.
    """
    words = _WORD.findall(clean_text(raw, MAX_QUERY_LENGTH).lower())
    return " ".join(word for word in words if word.strip("_"))
