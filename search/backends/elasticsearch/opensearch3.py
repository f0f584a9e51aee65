"""OpenSearch 3 backend with the site's Dutch and English analysis.

The mapping, query compilers and index settings are Wagtail's, plus analysis.py (analyzers)
and mapping.py (language subfields, autocomplete analyzers) beside this module.
"""

from wagtail.search.backends.opensearch3 import (
    OpenSearch3AutocompleteQueryCompiler,
    OpenSearch3Mapping,
    OpenSearch3SearchBackend,
    OpenSearch3SearchQueryCompiler,
)

from search.backends.elasticsearch.analysis import LocalisedIndexSettingsMixin
from search.backends.elasticsearch.mapping import LocalisedMappingMixin, LocalisedQueryCompilerMixin
from search.backends.elasticsearch.plan_dsl import PlanQueryCompilerMixin


class Mapping(LocalisedMappingMixin, OpenSearch3Mapping):
    pass


class SearchQueryCompiler(
    PlanQueryCompilerMixin, LocalisedQueryCompilerMixin, OpenSearch3SearchQueryCompiler
):
    mapping_class = Mapping


class AutocompleteQueryCompiler(OpenSearch3AutocompleteQueryCompiler):
    mapping_class = Mapping


class SearchBackend(LocalisedIndexSettingsMixin, OpenSearch3SearchBackend):
    mapping_class = Mapping
    query_compiler_class = SearchQueryCompiler
    autocomplete_query_compiler_class = AutocompleteQueryCompiler
