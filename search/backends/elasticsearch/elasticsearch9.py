"""Elasticsearch 9 backend with the site's Dutch and English analysis.

The mapping, query compilers and index settings are Wagtail's, plus analysis.py (analyzers)
and mapping.py (language subfields, autocomplete analyzers) beside this module.
"""

from wagtail.search.backends.elasticsearch9 import (
    Elasticsearch9AutocompleteQueryCompiler,
    Elasticsearch9Mapping,
    Elasticsearch9SearchBackend,
    Elasticsearch9SearchQueryCompiler,
)

from search.backends.elasticsearch.analysis import LocalisedIndexSettingsMixin
from search.backends.elasticsearch.mapping import LocalisedMappingMixin, LocalisedQueryCompilerMixin
from search.backends.elasticsearch.plan_dsl import PlanQueryCompilerMixin


class Mapping(LocalisedMappingMixin, Elasticsearch9Mapping):
    pass


class SearchQueryCompiler(
    PlanQueryCompilerMixin, LocalisedQueryCompilerMixin, Elasticsearch9SearchQueryCompiler
):
    mapping_class = Mapping


class AutocompleteQueryCompiler(Elasticsearch9AutocompleteQueryCompiler):
    mapping_class = Mapping


class SearchBackend(LocalisedIndexSettingsMixin, Elasticsearch9SearchBackend):
    mapping_class = Mapping
    query_compiler_class = SearchQueryCompiler
    autocomplete_query_compiler_class = AutocompleteQueryCompiler
