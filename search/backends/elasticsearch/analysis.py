"""Index settings for Elasticsearch/OpenSearch: Dutch-first text analysis.

The site's content is mostly Dutch, with proper nouns (names of partnerships and
organisations) that visitors type without accents ("Fryslan" for "Fryslân"), and Dutch
writes compounds as one word: a visitor searching "samenwerking" expects
"Belastingsamenwerking West-Brabant". Every analyzer below therefore lowercases and folds
accents; the Dutch ones also split compounds into known parts and stem.

- `default` (index time, every text field without an analyzer of its own): Dutch stop
  words, compound parts (`dutch_compound_parts`: the word plus each part from the word
  list, at the same position), Dutch stemmer. `default_search` is the same without the
  compound split: a query word then matches the whole compound or one of its parts, and a
  query compound ("afvalverwijdering") is not widened to its parts.
- `english_folded`: English pages, through the `.en` subfields (mapping.py beside this).
- `autocomplete` / `autocomplete_search`: edge n-grams (compound parts included, so
  "regio" completes "Veiligheidsregio …") searched with folded whole words; Wagtail's
  own `edgengram_analyzer` is searched with `standard`, which does not fold "â".

The word list travels in the settings (no file on the cluster's disk). Wagtail's own
analyzers, tokenizers and filters (ngram/edgengram) stay as they are.
"""

from copy import deepcopy

from modelsearch.utils import deep_update

# Parts of Dutch compounds common in names of partnerships and public bodies: lowercase,
# without accents (matched after folding), at least four letters (shorter parts split too
# many unrelated words). Extend it when a compound in the register is not found by its
# parts; run update_index afterwards.
DUTCH_COMPOUND_PARTS = sorted(
    {
        # the register itself
        "samenwerking",
        "verband",
        "regeling",
        "gemeente",
        "provincie",
        "regio",
        "stad",
        "bureau",
        "centrum",
        "dienst",
        "bedrijf",
        "bedrijven",
        "beheer",
        "uitvoering",
        "voorziening",
        # policy domains
        "afval",
        "verwijdering",
        "inzameling",
        "verwerking",
        "belasting",
        "heffing",
        "invordering",
        "veiligheid",
        "brandweer",
        "ambulance",
        "meldkamer",
        "gezondheid",
        "zorg",
        "jeugd",
        "onderwijs",
        "leerplicht",
        "sociaal",
        "participatie",
        "werk",
        # Only the longest part starting at a letter is split off: "werking" takes the
        # place of "werk" inside "samenwerking", so "werk" finds Werkvoorzieningsschap,
        # not every samenwerkingsverband.
        "werking",
        "omgeving",
        "milieu",
        "natuur",
        "landschap",
        "recreatie",
        "water",
        "zuivering",
        "riolering",
        "energie",
        "wonen",
        "huisvesting",
        "grond",
        "terrein",
        "haven",
        "economie",
        "ontwikkeling",
        "vervoer",
        "verkeer",
        "mobiliteit",
        "cultuur",
        "sport",
        "archief",
        "informatie",
        "automatisering",
        "inkoop",
        "personeel",
        "administratie",
    }
)

# Languages other than Dutch that get a subfield per text field, and its analyzer.
LANGUAGE_ANALYZERS = {"en": "english_folded"}

_FOLD = ["lowercase", "asciifolding"]

SITE_ANALYSIS = {
    "settings": {
        "analysis": {
            "filter": {
                "dutch_stop": {"type": "stop", "stopwords": "_dutch_"},
                "dutch_stemmer": {"type": "stemmer", "language": "dutch"},
                "dutch_compound_parts": {
                    "type": "dictionary_decompounder",
                    "word_list": DUTCH_COMPOUND_PARTS,
                    "min_subword_size": 4,
                    "max_subword_size": 20,
                    # Only the longest part starting at each letter (see "werking" above).
                    "only_longest_match": True,
                },
                "english_possessive": {"type": "stemmer", "language": "possessive_english"},
                "english_stop": {"type": "stop", "stopwords": "_english_"},
                "english_stemmer": {"type": "stemmer", "language": "english"},
                # Longer than Wagtail's 15, and the whole word kept beyond that, so a fully
                # typed "samenwerkingsverband" (20 letters) still completes.
                "autocomplete_edgengram": {
                    "type": "edge_ngram",
                    "min_gram": 1,
                    "max_gram": 20,
                    "preserve_original": True,
                },
            },
            "analyzer": {
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [*_FOLD, "dutch_stop", "dutch_compound_parts", "dutch_stemmer"],
                },
                # Takes precedence over a field's `analyzer` at query time, so every field
                # with an analyzer of its own also names its search_analyzer.
                "default_search": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [*_FOLD, "dutch_stop", "dutch_stemmer"],
                },
                "english_folded": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [*_FOLD, "english_possessive", "english_stop", "english_stemmer"],
                },
                "autocomplete": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [*_FOLD, "dutch_compound_parts", "autocomplete_edgengram"],
                },
                "autocomplete_search": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": _FOLD,
                },
            },
        }
    }
}


def synonym_lines() -> list[str]:
    """The query pipeline's synonyms (search/vocabulary.py: the editors' list and what the
    data teaches) as lines of a synonym filter, "a, b, c". Empty when the database cannot
    be read (the backend is also built before migrations run)."""
    try:
        from search.vocabulary import synonym_table

        table = synonym_table()
    except Exception:  # noqa: BLE001 - no database yet: no synonyms, not a crash
        return []
    lines = []
    for phrase, aliases in sorted(table.items()):
        line = ", ".join(sorted({phrase, *aliases}))
        if line not in lines:
            lines.append(line)
    return lines


def site_analysis(synonyms=()) -> dict:
    """SITE_ANALYSIS with the synonyms as a `synonym_graph` filter at search time, after
    folding (so "Fryslân" and "fryslan" are one): the same list the database path uses.
    Changed synonyms reach the cluster with the next `manage.py update_index`."""
    analysis = deepcopy(SITE_ANALYSIS)
    if synonyms:
        settings = analysis["settings"]["analysis"]
        settings["filter"]["site_synonyms"] = {
            "type": "synonym_graph",
            "synonyms": list(synonyms),
            "lenient": True,
        }
        # Search time only: a graph filter cannot run at index time (english_folded and
        # default index text fields).
        settings["analyzer"]["default_search"]["filter"].insert(len(_FOLD), "site_synonyms")
    return analysis


class LocalisedIndexSettingsMixin:
    """Merge the site's analysis into the backend's index settings.

    Order: Wagtail's settings, then ours, then the operator's INDEX_SETTINGS, so a
    deployment can still override any of them.
    """

    def __init__(self, params):
        operator_settings = params.pop("INDEX_SETTINGS", {})
        super().__init__({**params, "INDEX_SETTINGS": site_analysis(synonym_lines())})
        self.settings = deep_update(self.settings, deepcopy(operator_settings))
