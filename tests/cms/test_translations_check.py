"""scripts/check_translations.py: what counts as a missing Dutch string."""

import polib

from scripts.check_translations import missing_translations


def _catalogue(*entries):
    catalogue = polib.POFile()
    for entry in entries:
        catalogue.append(entry)
    return catalogue


def test_a_string_the_code_uses_but_the_catalogue_lacks_is_missing():
    committed = _catalogue(polib.POEntry(msgid="Register", msgstr="Register"))
    current = _catalogue(
        polib.POEntry(msgid="Register", msgstr=""),
        polib.POEntry(msgid="Network", msgstr="", occurrences=[("registers/views.py", "9")]),
    )
    assert missing_translations(committed, current) == [
        "not in the catalogue: 'Network' (registers/views.py)"
    ]


def test_empty_and_fuzzy_translations_are_missing():
    committed = _catalogue(
        polib.POEntry(msgid="Phase", msgstr=""),
        polib.POEntry(msgid="Status", msgstr="Status", flags=["fuzzy"]),
    )
    current = _catalogue(polib.POEntry(msgid="Phase"), polib.POEntry(msgid="Status"))
    assert missing_translations(committed, current) == [
        "not translated: 'Phase'",
        "marked fuzzy: 'Status'",
    ]


def test_the_context_tells_two_strings_apart():
    committed = _catalogue(polib.POEntry(msgid="May", msgstr="mei", msgctxt="month"))
    current = _catalogue(polib.POEntry(msgid="May", msgctxt="verb"))
    assert missing_translations(committed, current) == ["not in the catalogue: verb | 'May'"]
