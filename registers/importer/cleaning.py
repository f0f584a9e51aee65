"""Text repair and name keys: the deterministic half of matching names across sources.

Everything here is pure (no database): repair a value, reduce a name to a key, compare
two keys conservatively. Fuzzy decisions are made where names are matched
(organisation_names.py, partnerships.py), which report them.
"""

import difflib
import re
import unicodedata

# --- mojibake --------------------------------------------------------------------------
# UTF-8 text that was decoded as Windows-1252 and saved again as UTF-8: "Fryslân" became
# "FryslÃ¢n". Every UTF-8 multi-byte sequence then shows as a lead character (Â..ô) plus
# one to three characters that Windows-1252 draws for the bytes 0x80-0xBF. We turn such
# runs back into bytes and decode them; a run that is not valid UTF-8 is left alone, so
# ordinary text ("Ã" followed by a letter) is never touched.
_CP1252_CONTINUATION = {
    (bytes([byte]).decode("cp1252", errors="ignore") or chr(byte)): byte
    for byte in range(0x80, 0xC0)
}
# Bytes that Windows-1252 leaves undefined survive as C1 control characters.
_CP1252_CONTINUATION.update({chr(byte): byte for byte in (0x81, 0x8D, 0x8F, 0x90, 0x9D)})
_CONT = "[" + re.escape("".join(_CP1252_CONTINUATION)) + "]"
_MOJIBAKE = re.compile(
    f"[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|[\u00f0-\u00f4]{_CONT}{{3}}"
)


def _unmojibake_run(match: re.Match) -> str:
    text = match.group(0)
    raw = bytes([ord(text[0])] + [_CP1252_CONTINUATION[char] for char in text[1:]])
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return text


def repair_mojibake(value: str) -> str:
    """Undo (repeated) UTF-8-read-as-Windows-1252 damage; other text comes back unchanged."""
    for _ in range(3):  # double-encoded text needs a second pass
        repaired = _MOJIBAKE.sub(_unmojibake_run, value)
        if repaired == value:
            break
        value = repaired
    return value


# --- whitespace and spelling -------------------------------------------------------------
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_IJ = re.compile(r"\bIj(?=[a-z])")


def clean_text(value) -> str:
    """Whitespace collapsed and stripped, NFC; None becomes ""."""
    if value is None:
        return ""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", str(value))).strip()


def repair_name(value) -> tuple[str, list[str]]:
    """A name repaired for display, with the kinds of repair made (for the report)."""
    raw = "" if value is None else str(value)
    repairs = []
    text = repair_mojibake(raw)
    if text != raw:
        repairs.append("encoding")
    cleaned = clean_text(text)
    if cleaned != unicodedata.normalize("NFC", text):
        repairs.append("whitespace")
    stripped = cleaned.rstrip(",;").strip()
    if stripped != cleaned:
        repairs.append("punctuation")
    # Dutch capitalises the digraph IJ as a whole: "Ijssel" is "IJssel".
    fixed = _IJ.sub("IJ", stripped)
    if fixed != stripped:
        repairs.append("IJ capitalisation")
    return fixed, repairs


# --- keys ----------------------------------------------------------------------------------


def fold(value: str) -> str:
    """Case- and accent-insensitive form: "Súdwest-Fryslân" -> "súdwest-fryslân" folded."""
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


_NON_WORD = re.compile(r"[^0-9a-z]+")
_APOSTROPHES = re.compile(r"['\u2018\u2019`´]")


def name_key(value: str) -> str:
    """Words only, folded: "'s-Hertogenbosch" and "s-Hertogenbosch" -> "s hertogenbosch"."""
    text = fold(_APOSTROPHES.sub("", value)).replace("&", " en ")
    return _NON_WORD.sub(" ", text).strip()


def words(value: str) -> list[str]:
    return name_key(value).split()


_PARENTHESES = re.compile(r"\([^()]*\)")


def without_parentheses(value: str) -> str:
    return _SPACES.sub(" ", _PARENTHESES.sub(" ", value)).strip()


def parenthesised(value: str) -> list[str]:
    return [match[1:-1].strip() for match in _PARENTHESES.findall(value)]


# Type words written in several ways; one spelling each, so the keys of one body agree.
_SYNONYMS = [
    (r"\bnatuur en recreatieschap\b", "recreatieschap"),
    (r"\brecreactieschap\b", "recreatieschap"),
    (r"\bwerkvoorzieningsschap\b|\bwerkvoorzienschap\b", "werkvoorzieningschap"),
    (r"\bgemeentelijke gezondheidsdienst\b", "ggd"),
    (r"\bgemeenschappelijke gezondheidsdienst\b", "ggd"),
    (r"\bregionale uitvoeringsdienst\b", "rud"),
    (r"\bintergemeentelijke sociale dienst\b", "isd"),
    (r"\bwetterskip\b", "waterschap"),
    (r"\bfriesland\b", "fryslan"),
    (r"\bintergem\b", "intergemeentelijk"),
]
_SYNONYM_PATTERNS = [(re.compile(pattern), replacement) for pattern, replacement in _SYNONYMS]
# Legal-form prefixes that some lists put before the name and others leave out.
_LEGAL_PREFIX = re.compile(
    r"^(?:(?:gemeenschappelijke regeling|gemeenschappelijk regeling|gr|openbaar lichaam|"
    r"regeling|de|het)\s+)+"
)


def canonical(key: str) -> str:
    for pattern, replacement in _SYNONYM_PATTERNS:
        key = pattern.sub(replacement, key)
    return key


def partnership_key(name: str) -> str:
    """The identity key of a partnership name: parentheses, legal prefixes and spelling
    variants of type words removed. "GR Veiligheidsregio Zeeland " and "Veiligheidsregio
    Zeeland" share a key; so do "Streekraad Oost-Groningen (in liquidatie)" and
    "Streekraad Oost-Groningen"."""
    key = canonical(name_key(without_parentheses(name)))
    stripped = _LEGAL_PREFIX.sub("", key)
    return stripped or key


def compact(key: str) -> str:
    """Spaces removed: "servicepunt 71" and "servicepunt71" are one name."""
    return key.replace(" ", "")


def token_set_key(key: str) -> str:
    return " ".join(sorted(set(key.split()) - STOPWORDS))


# Generic words that carry no identity of their own.
STOPWORDS = frozenset("de het van en voor in e o eo te op aan den der".split())
# Words that tell two similar names apart: they must never be "fixed" by fuzzy matching.
_DISTINGUISHING = re.compile(
    r"^(noord|oost|zuid|west|midden|noordoost|noordwest|zuidoost|zuidwest|boven|beneden|"
    r"centraal|groot|klein|nieuw|oud|\d.*)$"
)
# Words that say what kind of body a partnership is; without them the name's core remains.
TYPE_WORDS = frozenset(
    """
    gemeenschappelijke gemeenschappelijk regeling gr openbaar lichaam recreatieschap
    natuur parkschap nationaal park werkvoorzieningschap sociaal sociale werkvoorziening
    samenwerkingsverband stichting
    """.split()
)


def core_key(key: str) -> str:
    """A key without type words and stopwords: "recreatieschap rottemeren" -> "rottemeren"."""
    return " ".join(w for w in key.split() if w not in TYPE_WORDS and w not in STOPWORDS)


def type_words(key: str) -> frozenset:
    return frozenset(w for w in key.split() if w in TYPE_WORDS)


def is_distinguishing(word: str) -> bool:
    return bool(_DISTINGUISHING.match(word))


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def differences_are_spelling(a: str, b: str, *, word_cutoff: float = 0.75) -> bool:
    """True when two keys differ only by misspelt words, not by words that tell them apart.

    "projectbureau herstructurering tuinbouw" vs "... herstucturering ..." passes;
    "belastingsamenwerking oost brabant" vs "... west brabant" and "regionaal historisch
    centrum drents archief" vs "... gelders archief" do not.
    """
    left = [w for w in a.split() if w not in STOPWORDS]
    right = [w for w in b.split() if w not in STOPWORDS]
    only_left = [w for w in left if w not in right]
    only_right = [w for w in right if w not in left]
    if "".join(only_left) == "".join(only_right):  # "werk leerbedrijf" vs "werkleerbedrijf"
        return True
    if len(only_left) != len(only_right):
        return False
    for word in only_left + only_right:
        if _DISTINGUISHING.match(word):
            return False
    for word in only_left:
        best = max(only_right, key=lambda other: similarity(word, other))
        if similarity(word, best) < word_cutoff:
            return False
        only_right.remove(best)
    return True


def close_matches(key: str, candidates, *, cutoff: float) -> list[tuple[float, str]]:
    """(ratio, candidate) pairs at or above the cutoff that differ only in spelling."""
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(key)
    found = []
    for candidate in candidates:
        matcher.set_seq1(candidate)
        if (
            matcher.real_quick_ratio() >= cutoff
            and matcher.quick_ratio() >= cutoff
            and matcher.ratio() >= cutoff
            and differences_are_spelling(key, candidate)
        ):
            found.append((matcher.ratio(), candidate))
    found.sort(key=lambda item: (-item[0], item[1]))
    return found


# --- abbreviations, postcodes, years --------------------------------------------------------
_ABBREVIATION = re.compile(r"^[A-Za-z0-9&./\- ]{2,15}$")


def looks_like_abbreviation(value: str) -> bool:
    letters = [char for char in value if char.isalpha()]
    uppercase = [char for char in letters if char.isupper()]
    return bool(
        _ABBREVIATION.match(value) and len(uppercase) >= 2 and len(uppercase) * 2 >= len(letters)
    )


_TRAILING_PARENTHESES = re.compile(r"(\s*\([^()]*\))+\s*$")


def abbreviation_from_name(name: str) -> str:
    """The abbreviation a name ends with in parentheses: "Regionale ICT-dienst Utrecht (RID)"
    -> "RID". Other parenthesised remarks ("(in liquidatie)") are not abbreviations."""
    trailing = _TRAILING_PARENTHESES.search(name)
    if not trailing:
        return ""
    for part in parenthesised(trailing.group(0)):
        if looks_like_abbreviation(part):
            return part
    return ""


_REMARK_WORDS = re.compile(r"liquidatie|opgeheven|voorheen|opgegaan|fusie|onstaan|ontstaan|\d")


def name_aliases(name: str) -> list[str]:
    """Other names a partnership goes by, from its parentheses: "GR Gebiedsontwikkeling
    Luchthaven Twente e.o. (Area Development Twente)" -> ["Area Development Twente"]."""
    return [
        part
        for part in parenthesised(name)
        if part and not _REMARK_WORDS.search(part.lower()) and len(name_key(part)) > 2
    ]


_DUTCH_POSTCODE = re.compile(r"^(\d{4})\s*([A-Za-z]{2})$")


def clean_postcode(value: str) -> str:
    """ "9700as" -> "9700 AS"; a foreign postcode loses its "(Duitsland)" note."""
    value = clean_text(value)
    match = _DUTCH_POSTCODE.match(value)
    if match:
        return f"{match[1]} {match[2].upper()}"
    return clean_text(_PARENTHESES.sub(" ", value))


def unique_slug(base: str, taken: set, limit: int) -> str:
    """base, or base-2, base-3 …: the first not in taken (which it joins)."""
    base = base.strip("-") or "item"
    candidate, counter = base, 2
    while candidate in taken:
        suffix = f"-{counter}"
        candidate = f"{base[: limit - len(suffix)]}{suffix}"
        counter += 1
    taken.add(candidate)
    return candidate
