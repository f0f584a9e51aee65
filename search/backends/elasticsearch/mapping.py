"""Per-language analysis in Wagtail's Elasticsearch/OpenSearch mapping and queries.

Pages exist in Dutch and English (wagtail-localize); both live in one index, as Wagtail
puts every page type there. Every text field of a translatable model is indexed twice:
the field itself with the index's default analyzer (Dutch, analysis.py beside this)
and a subfield per other language (`title.en`, `_all_text.en`, `_all_text_boost_2_0.en`)
with that language's analyzer. Wagtail's catch-all fields are `copy_to` targets, and a
copy is indexed with the target's subfields too.

A query picks the fields of the active language: the site search only looks at pages in
the visitor's locale, so an English visitor's words are stemmed as English and matched
against the English analysis of English pages, a Dutch visitor's as Dutch. (In the admin,
where pages of both languages are searched together, the editor's interface language
decides.)

The register (partnerships, organisations) is not translatable: Dutch text and Dutch
proper nouns, no subfields, always Dutch.
"""

from django.utils import translation

from modelsearch.backends.elasticsearchbase import Field
from wagtail.models import TranslatableMixin

from search.backends.elasticsearch.analysis import LANGUAGE_ANALYZERS


def has_language_subfields(model) -> bool:
    return issubclass(model, TranslatableMixin)


def query_language(model) -> str | None:
    """The language subfield to search for the active language; None: the Dutch fields."""
    if not has_language_subfields(model):
        return None
    language = (translation.get_language() or "").split("-")[0]
    return language if language in LANGUAGE_ANALYZERS else None


def _add_language_subfields(properties: dict) -> None:
    for field in properties.values():
        if field["type"] == "nested":
            _add_language_subfields(field["properties"])
        elif field["type"] == "text" and "analyzer" not in field:
            field["fields"] = {
                # search_analyzer too: the index's default_search would win over `analyzer`.
                language: {"type": "text", "analyzer": analyzer, "search_analyzer": analyzer}
                for language, analyzer in LANGUAGE_ANALYZERS.items()
            }


class LocalisedMappingMixin:
    # Autocomplete fields: folded edge n-grams with compound parts (analysis.py), searched
    # with folded words; Wagtail's default searches them with `standard`, which keeps "â".
    edgengram_analyzer_config = {
        "analyzer": "autocomplete",
        "search_analyzer": "autocomplete_search",
    }

    def get_mapping(self):
        mapping = super().get_mapping()
        if has_language_subfields(self.model):
            _add_language_subfields(mapping["properties"])
        return mapping


class LocalisedQueryCompilerMixin:
    """Search the active language's subfields of a translatable model.

    Every SearchField of a translatable model is text (strings, rich text, StreamField),
    so each remapped field has the subfield.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        language = query_language(self.queryset.model)
        if language:
            self.remapped_fields = [
                Field(f"{field.field_name}.{language}", field.boost)
                for field in self.remapped_fields
            ]
