"""OpenSearch 2 backend with the site's Dutch and English analysis.

The mapping, query compilers and index settings are Wagtail's, plus analysis.py (analyzers)
and mapping.py (language subfields, autocomplete analyzers) beside this module.
"""

from wagtail.search.backends.opensearch2 import (
    OpenSearch2AutocompleteQueryCompiler,
    OpenSearch2Mapping,
    OpenSearch2SearchBackend,
    OpenSearch2SearchQueryCompiler,
)

from search.backends.elasticsearch.analysis import LocalisedIndexSettingsMixin
from search.backends.elasticsearch.mapping import LocalisedMappingMixin, LocalisedQueryCompilerMixin
from search.backends.elasticsearch.plan_dsl import PlanQueryCompilerMixin


class Mapping(LocalisedMappingMixin, OpenSearch2Mapping):
    pass


class SearchQueryCompiler(
    PlanQueryCompilerMixin, LocalisedQueryCompilerMixin, OpenSearch2SearchQueryCompiler
):
    mapping_class = Mapping


class AutocompleteQueryCompiler(OpenSearch2AutocompleteQueryCompiler):
    mapping_class = Mapping


class SearchBackend(LocalisedIndexSettingsMixin, OpenSearch2SearchBackend):
    mapping_class = Mapping
    query_compiler_class = SearchQueryCompiler
    autocomplete_query_compiler_class = AutocompleteQueryCompiler
