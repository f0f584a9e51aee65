"""Cleaning values that visitors put in query strings."""

import re

# Control characters (NUL included: PostgreSQL refuses it in text) and lone surrogates.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")


def clean_text(value, max_length: int = 200) -> str:
    """A query-string value as safe text: no control characters, trimmed and capped."""
    if not isinstance(value, str):
        return ""
    return _UNSAFE.sub("", value)[:max_length].strip()
