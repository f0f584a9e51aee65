"""The registry of searchable sources: what each kind of object brings to site search.

The search layer knows no app's models. An app describes each kind of object it wants
found in a SearchSource and registers it from its AppConfig.ready(); site search
(search/site.py), autocomplete, the query pipeline's vocabulary (search/vocabulary.py) and indexing
(search/indexing.py) read the registry. Sources are listed in the order they are
registered, i.e. the order of INSTALLED_APPS: that order decides ties between kinds of
objects with equal scores on a cluster, and the vocabulary's cache key.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class ResultType:
    """A kind of result, as visitors see it: the facet by type and the result's template."""

    key: str  # the `type` GET parameter's value
    label: str
    template: str


class SearchSource:
    """One kind of searchable object. Subclass it, set `model`, and register an instance."""

    # A hit belongs to the first source whose model it is an instance of.
    model = None
    # The ResultType of every hit, when it does not depend on the object: search boxes
    # can then ask for this type only (the register's box: partnerships).
    fixed_type = None

    def visible(self, locale):
        """The queryset of what a visitor may see in `locale`."""
        raise NotImplementedError

    def querysets(self, locale) -> tuple:
        """(the queryset the backend searches, the queryset of what a visitor may see).

        Backends filter on indexed filter fields only: where what visitors may see depends
        on more (a relation), the backend searches wider and the hits are narrowed to the
        second afterwards. By default both are visible(), built once (building it may query).
        """
        visible = self.visible(locale)
        return visible, visible

    def result_type(self, obj) -> ResultType:
        raise NotImplementedError

    def title(self, obj) -> str:
        raise NotImplementedError

    def describe(self, hits, request) -> None:
        """Set `url` and `text` (what the snippet is cut from) of this source's hits on one
        page of results; all hits at once, so what they need is loaded once for the page."""
        raise NotImplementedError

    def vocabulary(self) -> list[str]:
        """Texts whose words visitors look for (titles, names, labels): the query pipeline knows
        these words and corrects typos into them (search/vocabulary.py)."""
        return []

    def english_vocabulary(self) -> list[str]:
        """Texts in English (English titles, labels): the only words an English query is
        corrected into."""
        return []

    def synonyms(self) -> list[tuple[str, str]]:
        """(abbreviation, what it stands for) pairs this source's data teaches."""
        return []

    def vocabulary_fingerprint(self) -> list:
        """Values that change whenever vocabulary() does (counts, latest changes): the
        vocabulary's cache key is made of them."""
        return []

    def related_to_reindex(self, instance):
        """This source's published objects whose indexed text shows something of
        `instance`, an object of another model that was saved (a renamed organisation)."""
        return []


_sources: dict[str, SearchSource] = {}


def register(source: SearchSource) -> SearchSource:
    """Add `source`, or replace the one registered for the same model."""
    _sources[source.model._meta.label] = source
    return source


def sources() -> list[SearchSource]:
    return list(_sources.values())


def source_for(obj) -> SearchSource:
    for source in _sources.values():
        if isinstance(obj, source.model):
            return source
    raise LookupError(f"No search source is registered for {type(obj).__name__}.")


def searchables(locale) -> list[tuple]:
    """[(what the backend searches, what a visitor may see)] per source (search/hits.py)."""
    return [source.querysets(locale) for source in _sources.values()]


def related_to_reindex(instance) -> list:
    """Published objects, of every source, whose indexed text shows something of `instance`."""
    related = []
    for source in _sources.values():
        related += list(source.related_to_reindex(instance))
    return related
