"""Index settings for Elasticsearch/OpenSearch: Dutch-first text analysis.

The site's content is mostly Dutch, with proper nouns (names of partnerships and
organisations) that visitors type without accents ("Fryslan" for "Fryslân").
Wagtail's defaults use the `standard` analyzer, which neither stems Dutch nor folds
accents; we replace the default analyzer so every text field gets both.
"""

from modelsearch.utils import deep_update

DUTCH_ANALYSIS = {
    "settings": {
        "analysis": {
            "filter": {
                "dutch_stop": {"type": "stop", "stopwords": "_dutch_"},
                "dutch_stemmer": {"type": "stemmer", "language": "dutch"},
                "english_stop": {"type": "stop", "stopwords": "_english_"},
                "english_stemmer": {"type": "stemmer", "language": "english"},
            },
            "analyzer": {
                # Used for every text field that names no analyzer of its own.
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding", "dutch_stop", "dutch_stemmer"],
                },
                "english_folded": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding", "english_stop", "english_stemmer"],
                },
            },
        }
    }
}


class LocalisedIndexSettingsMixin:
    """Merge the site's analysis settings into the backend's index settings."""

    def __init__(self, params):
        super().__init__(params)
        self.settings = deep_update(self.settings, DUTCH_ANALYSIS)
