"""The register search: full text plus disjunctive facets, built in our own layer.

Semantics (what a visitor expects from a faceted register):
- within one facet the chosen values are OR-ed, across facets AND-ed;
- each facet's counts are computed with every *other* facet's selection applied, but not
  its own, so the counts say what choosing one more value of that facet would give;
- every value is counted (no top-10 cut-off as Wagtail's `facet()` gives on Elasticsearch).

The database path uses the ORM (SQLite and PostgreSQL alike) over the search layer's
matching (search/matching.py); registers/search_cluster.py builds the same request for a
cluster from the same FACETS definition.
"""

import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property

from django.conf import settings
from django.core.cache import cache
from django.db.models import CharField, Count, Q, QuerySet, Value
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from pyroaring import BitMap
from taggit.models import Tag

from cms.querystring import clean_text
from registers import facet_index
from registers.choices import PartnershipKind, Phase, ProvinceRole, Status
from registers.models import Membership, Organisation, Partnership, PolicyDomain, Region
from registers.models.partnership import PartnershipTag
from registers.peildatum import Peildatum, dated, membership_on
from registers.peildatum import parse as parse_peildatum
from search.backends.database import is_database_backend
from search.matching import id_subquery, plan_ids
from search.pipeline import QueryPlan, plan_query
from search.query import normalise_query

ORDERINGS = {"naam": ("name", "pk"), "geverifieerd": ("-last_verified", "name", "pk")}
logger = logging.getLogger(__name__)

OUTDATED_PARAM = "verouderd"
RESULTS_PER_PAGE = 20  # the register page and its JSON
MAX_VALUES_PER_FACET = 50  # values a visitor may select in one facet; more is not a real use
SORTS = {
    "relevantie": _("Relevance"),
    "naam": _("Name"),
    "geverifieerd": _("Last verified"),
}


def _choice_labels(choices):
    labels = dict(choices)
    return lambda values: {value: str(labels.get(value, value)) for value in values}


def _model_labels(model, key, label_attr, fields=()):
    """Labels from a model property (`fields`: the columns it reads, loaded alone)."""

    def labels(values):
        rows = model.objects.filter(**{f"{key}__in": values}).only(key, *fields)
        return {getattr(row, key): str(getattr(row, label_attr)) for row in rows}

    return labels


def _column_labels(model, key, column):
    """Labels stored in a column: read as plain rows (a facet can have a thousand values)."""

    def labels(values):
        return dict(model.objects.filter(**{f"{key}__in": values}).values_list(key, column))

    return labels


@dataclass(frozen=True)
class Facet:
    param: str  # GET parameter, e.g. "domein"
    lookup: str  # ORM path of the value, e.g. "domains__slug"
    label: str
    labels: Callable[[list], dict]  # values -> display labels
    valid: Callable[[str], bool] = field(default=lambda value: True)
    index_field: str = ""  # field in the cluster's document (registers/search_cluster.py)
    # Where the values are counted for a relation: (model of the link rows, its field naming
    # the partnership, the value's path from there); a column of Partnership needs none.
    links: tuple | None = None
    # A value as visitors may also write it, turned into the value the facet holds (an
    # organisation's CBS code, the code of the exports, into its slug).
    normalise: Callable[[str], str] | None = None
    # Which link rows count (the register on a date: memberships of that day).
    link_filter: Q | None = None

    def _links(self, model):
        rows = model.objects.all()
        if model is Membership:
            # A participant still a draft in the admin is no facet value (review, issue 14).
            rows = rows.filter(organisation__live=True)
        return rows.filter(self.link_filter) if self.link_filter is not None else rows

    def filter_q(self, values) -> Q:
        """Partnerships with any of `values`. A relation is matched in a subquery, so the
        selection is never multiplied by its link rows."""
        if self.links is None:
            return Q(**{f"{self.lookup}__in": values})
        model, partnership_field, value_path = self.links
        linked = self._links(model).filter(**{f"{value_path}__in": values})
        return Q(pk__in=linked.values(partnership_field))

    def counts(self, scope):
        """(facet, value, partnerships) rows for the partnerships of `scope`, grouped in the
        database. A relation is counted on its link rows joined to the scope's ids (an inner
        join: no anti-join for the partnerships without a value)."""
        label = Value(self.param, output_field=CharField())
        if self.links is None:
            rows = scope.values(self.lookup).annotate(facet=label, n=Count("pk"))
            return rows.values_list("facet", self.lookup, "n").order_by()
        model, partnership_field, value_path = self.links
        rows = (
            self._links(model)
            .filter(**{f"{partnership_field}__in": scope.values("pk")})
            .values(value_path)
            .annotate(facet=label, n=Count(partnership_field, distinct=True))
        )
        return rows.values_list("facet", value_path, "n").order_by()


def _organisation_slug(value: str) -> str:
    """The slug of the organisation a CBS code names (`provincie=PV27`, `deelnemer=GM0479`:
    the codes of the exports, registers/vocabulary.py); any other value unchanged."""
    from registers.vocabulary import is_cbs_code

    if not is_cbs_code(value):
        return value
    slug = Organisation.objects.filter(cbs_code__iexact=value).values_list("slug", flat=True)
    return slug.first() or value


def _choice_facet(param, lookup, label, choices, index_field):
    allowed = {value for value, _label in choices}
    return Facet(param, lookup, label, _choice_labels(choices), lambda v: v in allowed, index_field)


FACETS = [
    _choice_facet("rechtsvorm", "kind", _("Legal form"), PartnershipKind.choices, "kind"),
    Facet(
        "domein",
        "domains__slug",
        _("Policy domain"),
        _model_labels(PolicyDomain, "slug", "label", fields=("name", "name_en")),
        index_field="domain_slugs",
        links=(Partnership.domains.through, "partnership_id", "policydomain__slug"),
    ),
    Facet(
        "provincie",
        "provinces__slug",
        _("Province"),
        _column_labels(Organisation, "slug", "name"),
        index_field="province_slugs",
        links=(Partnership.provinces.through, "partnership_id", "organisation__slug"),
        normalise=_organisation_slug,
    ),
    Facet(
        "deelnemer",
        "memberships__organisation__slug",
        _("Participant"),
        _column_labels(Organisation, "slug", "name"),
        index_field="participant_slugs",
        links=(Membership, "partnership_id", "organisation__slug"),
        normalise=_organisation_slug,
    ),
    Facet(
        "regio",
        "regions__slug",
        _("Region"),
        # Region names repeat across divisions ("Utrecht" is a COROP region and a labour
        # market region): the division tells them apart.
        lambda values: {
            slug: f"{name} ({division})"
            for slug, name, division in Region.objects.filter(slug__in=values).values_list(
                "slug", "name", "division__name"
            )
        },
        index_field="region_slugs",
        links=(Partnership.regions.through, "partnership_id", "region__slug"),
    ),
    _choice_facet(
        "rol", "province_role", _("Role of the province"), ProvinceRole.choices, "province_role"
    ),
    _choice_facet("fase", "phase", _("Phase"), Phase.choices, "phase"),
    _choice_facet("status", "status", _("Status"), Status.choices, "status"),
    Facet(
        "tag",
        "tags__slug",
        _("Tag"),
        _column_labels(Tag, "slug", "name"),
        index_field="tag_slugs",
        links=(PartnershipTag, "content_object_id", "tag__slug"),
    ),
]
FACETS_BY_PARAM = {facet.param: facet for facet in FACETS}


def facets_for(query) -> list:
    """The facets as the query counts them: on a date (registers/peildatum.py) a column is
    read as it was that day (at_<field>) and participants are those taking part that day."""
    if not query.peildatum:
        return FACETS
    date = query.peildatum.date
    facets = []
    for facet in FACETS:
        if facet.links is None:
            facet = replace(facet, lookup=f"at_{facet.lookup}")
        elif facet.param == "deelnemer":
            facet = replace(facet, link_filter=membership_on(date))
        facets.append(facet)
    return facets


@dataclass
class RegisterQuery:
    """What the visitor asked for, parsed from the query string and cleaned."""

    text: str = ""
    selected: dict = field(default_factory=dict)  # param -> list of values
    sort: str = "relevantie"
    errors: list = field(default_factory=list)
    # ?verouderd=1: only entries not verified within REGISTER_VERIFY_AFTER_DAYS (issue 14).
    outdated: bool = False
    # ?peildatum=YYYY-MM-DD: the register as it was on that day (registers/peildatum.py).
    peildatum: Peildatum = field(default_factory=Peildatum)

    @classmethod
    def from_params(cls, params) -> "RegisterQuery":
        query = cls(text=normalise_query(clean_text(params.get("q", ""), 200)))
        for facet in FACETS:
            values = []
            for raw in params.getlist(facet.param)[:MAX_VALUES_PER_FACET]:
                value = clean_text(raw, 120)
                if value and facet.normalise:
                    value = facet.normalise(value)
                if value and facet.valid(value) and value not in values:
                    values.append(value)
                elif value:
                    query.errors.append((facet.param, value))
            if values:
                query.selected[facet.param] = values
        outdated = clean_text(params.get(OUTDATED_PARAM, ""), 5)
        if outdated == "1":
            query.outdated = True
        elif outdated:
            query.errors.append((OUTDATED_PARAM, outdated))
        query.peildatum = parse_peildatum(params)
        sort = clean_text(params.get("sort", ""), 20)
        if sort in SORTS:
            query.sort = sort
        elif not query.text:
            query.sort = "naam"
        if query.sort == "relevantie" and not query.text:
            query.sort = "naam"
        return query

    @property
    def default_sort(self) -> str:
        """The order when none is chosen: by relevance for a text, else by name. The order
        select submits this one as no choice, so that a text typed into the landing page's
        form (listed by name) is not sorted by name too."""
        return "relevantie" if self.text else "naam"

    @classmethod
    def from_pairs(cls, pairs) -> "RegisterQuery":
        """The query that as_params() wrote as (param, value) pairs, e.g. in a background
        task's arguments."""
        from django.http import QueryDict

        params = QueryDict(mutable=True)
        for key, value in pairs:
            params.appendlist(key, value)
        return cls.from_params(params)

    def as_params(self, without=None) -> list[tuple[str, str]]:
        params = [("q", self.text)] if self.text else []
        for param, values in self.selected.items():
            params += [(param, value) for value in values if (param, value) != without]
        if self.outdated and without != (OUTDATED_PARAM, "1"):
            params.append((OUTDATED_PARAM, "1"))
        return params + self.peildatum.as_params()


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class FacetResult:
    facet: Facet
    values: list  # of FacetValue, selected first, then by count
    # Where the rendered facets of its query may be kept, one piece for all facets
    # (registers/templatetags/register_tags.py facet_fieldsets): set when the values
    # themselves are kept per register generation, else "".
    cache_key: str = ""


@dataclass
class RegisterResult:
    query: RegisterQuery
    partnerships: object  # queryset of the selection (ordered by name; for exports)
    # Primary keys of the selection in display order (relevance, name, …): a list when
    # ranked by relevance (as long as the matches), else a lazy queryset that the database
    # orders and slices, so a page of 20 never loads the register's ids.
    ids: object
    facets: list  # of FacetResult
    plan: QueryPlan | None = None  # how the text was read (search/pipeline.py)
    partial: bool = False  # no entry matched every word: ranked by how many they match
    # The selection's size when the facet bitmaps gave it (no SQL count needed).
    known_count: int | None = None

    @property
    def corrected(self) -> str:
        """The query as searched when a word was corrected ("showing results for …")."""
        return self.plan.corrected if self.plan else ""

    @property
    def unknown_words(self) -> list:
        return self.plan.unknown_words if self.plan else []

    @cached_property
    def count(self) -> int:
        if not isinstance(self.ids, QuerySet):
            return len(self.ids)
        if self.known_count is not None:
            return self.known_count
        # Counting every public entry is most of a landing page's SQL at 50,000: kept per
        # generation, as the facet counts (the sort does not change it).
        return cached_per_generation("count", self.query, self.ids.count)

    def pageable(self):
        """The ids for a paginator: sliced in the database, counted once (self.count)."""
        if not isinstance(self.ids, QuerySet):
            return self.ids
        # A page of an ordering over the whole register (by name on a date, by last
        # verification) sorts every entry: kept with the query and its sort.
        return KeptPages(self.ids, self.query, self.query.sort, count=lambda: self.count)


class KeptPages:
    """Ids ordered in the database, for Django's paginator, which asks count() and then one
    slice: both kept per generation of the register with `query` and `extra` (the work of
    an ordering or a count over thousands of rows is done once until the register
    changes), and neither loads every id. `count`: how to count instead (a result that
    knows its size)."""

    def __init__(self, ids: QuerySet, query: RegisterQuery, *extra, count: Callable | None = None):
        self._ids, self._query, self._extra = ids, query, extra
        self._count = count or (lambda: cached_per_generation("count", query, ids.count, *extra))

    def count(self) -> int:
        return self._count()

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self._ids[index]
        return cached_per_generation(
            "page",
            self._query,
            lambda: list(self._ids[index]),
            *self._extra,
            index.start,
            index.stop,
        )


def _narrowed(scope, query: RegisterQuery, skip: str | None = None):
    """`scope` narrowed by every chosen facet but `skip` (and by ?verouderd=1), in SQL."""
    if query.outdated:
        from registers.currency import verification_cutoff

        scope = scope.filter(
            Q(last_verified__lt=verification_cutoff()) | Q(last_verified__isnull=True)
        )
    facets = {facet.param: facet for facet in facets_for(query)}
    for param, values in query.selected.items():
        if param != skip:
            scope = scope.filter(facets[param].filter_q(values))
    return scope


def facet_result(facet, counts: dict, query: RegisterQuery) -> FacetResult:
    """Values of one facet with their counts; chosen values stay listed (with 0).

    Shared by the database path and the cluster path (registers/search_cluster.py), so both
    order values the same way: chosen first, then by count, then by label.
    """
    counts = dict(counts)
    chosen = query.selected.get(facet.param, [])
    for value in chosen:
        counts.setdefault(value, 0)
    labels = facet.labels(list(counts))
    values = [
        FacetValue(value, labels.get(value, value), count, value in chosen)
        for value, count in counts.items()
    ]
    values.sort(key=lambda item: (not item.selected, -item.count, item.label.lower()))
    return FacetResult(facet, values)


def _counted(matching, query: RegisterQuery) -> dict:
    """Every facet's counts in one statement (a UNION ALL of one grouped count per facet),
    each over `matching` narrowed by the other facets' choices. The work grows with the
    partnerships counted, and nothing is sent back and forth as lists of ids."""
    facets = facets_for(query)
    parts = [facet.counts(_narrowed(matching, query, skip=facet.param)) for facet in facets]
    counts = {facet.param: {} for facet in FACETS}
    for param, value, n in parts[0].union(*parts[1:], all=True):
        if value is not None:
            counts[param][value] = n
    return counts


def _query_key(kind: str, query: RegisterQuery, *extra) -> str:
    """The cache key of something computed from a query over the published register: its
    generation (a new one with every publish, unpublish, import or organisation saved), the
    text as read in the active language, the chosen values in a fixed order, and `extra`."""
    from registers.currency import verification_cutoff
    from registers.exports import generation

    chosen = sorted((param, sorted(values)) for param, values in query.selected.items())
    # The cutoff moves with the calendar, not with a publish: part of the key when it counts.
    outdated = verification_cutoff().isoformat() if query.outdated else ""
    payload = [
        generation(),
        query.text,
        (get_language() or "nl")[:2],
        chosen,
        outdated,
        query.peildatum.iso,
        *extra,
    ]
    return f"register-{kind}:" + hashlib.sha256(json.dumps(payload).encode()).hexdigest()


def generation_key(kind: str, query: RegisterQuery, *extra) -> str:
    """Where something computed from `query` is kept for this generation of the register;
    "" when keeping is switched off (REGISTER_COUNTS_CACHE_SECONDS=0)."""
    if not settings.REGISTER_COUNTS_CACHE_SECONDS:
        return ""
    return _query_key(kind, query, *extra)


def in_order(queryset, ids) -> list:
    """The objects of `queryset` with the primary keys `ids`, in that order (one query; an id
    without a row in the queryset is left out)."""
    order = {pk: index for index, pk in enumerate(ids)}
    return sorted(queryset.filter(pk__in=order), key=lambda obj: order[obj.pk])


def kept(key: str, compute: Callable):
    """`compute()`, kept under `key` for REGISTER_COUNTS_CACHE_SECONDS (computed each time
    without a key)."""
    if not key:
        return compute()
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, settings.REGISTER_COUNTS_CACHE_SECONDS)
    return value


def kept_many(keys: dict, compute: Callable[[list], dict]) -> dict:
    """Many values kept as `kept` keeps one, read in one cache round trip: `keys` maps each
    name to its cache key ("" keeps nothing), `compute(names)` gives the missing ones by name
    (a name it leaves out is left out of the answer, and not kept)."""
    wanted = {key: name for name, key in keys.items() if key}
    found = cache.get_many(list(wanted)) if wanted else {}
    values = {wanted[key]: value for key, value in found.items()}
    missing = [name for name in keys if name not in values]
    if missing:
        computed = compute(missing)
        values.update(computed)
        fresh = {keys[name]: value for name, value in computed.items() if keys.get(name)}
        if fresh:
            cache.set_many(fresh, settings.REGISTER_COUNTS_CACHE_SECONDS)
    return values


def cached_per_generation(kind: str, query: RegisterQuery, compute: Callable, *extra):
    """`compute()`, kept under the query and the register's generation: counts over the whole
    register (facets, the insights' charts) depend on the published register and the query
    only, and on the landing page they are most of the work — kept, a request costs the same
    at 5,000 and at 50,000 partnerships."""
    return kept(generation_key(kind, query, *extra), compute)


def index_for(query: RegisterQuery):
    """The facet bitmaps of today's register (registers/facet_index.py) when they answer the
    query: not on a date (its participants are that day's) nor for "not verified lately"."""
    if query.peildatum or query.outdated:
        return None
    return facet_index.current()


def _facet_counts(matching, query: RegisterQuery, index=None, matched=None) -> list:
    """The facets with their values, counts and labels, kept per generation (values only:
    a Facet holds functions). Each result names where its rendered checkboxes may be kept.
    Counted from `index` (the facet bitmaps, with `matched`: the text's matches, None
    without a text) when given, else in SQL."""
    facets = facets_for(query)

    def compute():
        if index is not None:
            counts = index.counts(matched, query)
        else:
            counts = _counted(matching, query)
        return [facet_result(facet, counts[facet.param], query).values for facet in facets]

    values = cached_per_generation("facets", query, compute)
    key = generation_key("facet-html", query)
    return [
        FacetResult(facet, facet_values, key)
        for facet, facet_values in zip(facets, values, strict=True)
    ]


def search_register(query: RegisterQuery, *, with_facets: bool = True) -> RegisterResult:
    """The register search on the configured backend: the cluster when there is one
    (falling back to the database when it cannot be reached), else the database."""
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend("default")
    # "Verouderd" is a date comparison the cluster request does not build: the database
    # answers it (the same ORM filter as the dashboard's list).
    # So is the register on a date (registers/peildatum.py).
    if not is_database_backend(backend) and not query.outdated and not query.peildatum:
        from registers.search_cluster import search_register_es

        try:
            return search_register_es(query, backend, with_facets=with_facets)
        except Exception as exc:  # noqa: BLE001 - any cluster failure: answer from the database
            logger.warning("Register search on the cluster failed (%s); using the database", exc)
    return search_register_database(query, with_facets=with_facets)


def search_register_database(query: RegisterQuery, *, with_facets: bool = True) -> RegisterResult:
    """The text is matched once (ranked ids, as many as match); the selection, its order,
    its page and the facet counts are then SQL over those ids (or over every public
    partnership when there is no text), so no statement repeats the text match and no
    request loads the ids of the whole register."""
    words = query.text.split()
    public = Partnership.objects.public()
    if query.peildatum:
        public = dated(public, query.peildatum.date)
    plan = plan_query(query.text, (get_language() or "nl")[:2]) if words else None
    matches = None
    if words:
        # The ranked matches of a text depend on the published register, the language and
        # the date only (not on facets or sort): kept per generation like the counts, so a
        # repeated query does not rank thousands of matches again at 50,000 entries.
        matches = cached_per_generation(
            "matches",
            RegisterQuery(text=query.text, peildatum=query.peildatum),
            lambda: plan_ids(public, plan, name_fields=("name", "abbreviation")),
        )
    if words:
        matching = public.filter(pk__in=id_subquery(Partnership, matches.ids))
    else:
        matching = public
    selection = _narrowed(matching, query)
    # Today's counts and selection from the facet bitmaps (registers/facet_index.py).
    index = index_for(query)
    matched = BitMap(matches.ids) if words and index is not None else None
    known_count = None
    if words and query.sort == "relevantie":
        # The backend's own ranking (bm25 on SQLite, ts_rank on PostgreSQL).
        if query.selected:

            def ranked_selection():
                if index is not None:
                    selected = index.selection(matched, query)
                else:
                    selected = set(selection.values_list("pk", flat=True))
                return [pk for pk in matches.ids if pk in selected]

            # The matches narrowed by the facets, in their ranked order: kept as the matches
            # are (the sort does not change it: this is the relevance order).
            ids = cached_per_generation("ranked", query, ranked_selection)
        else:
            ids = matches.ids
    else:
        ordering = ORDERINGS.get(query.sort, ORDERINGS["naam"])
        if query.peildatum:
            ordering = ["at_name" if column == "name" else column for column in ordering]
        ids = selection.order_by(*ordering).values_list("pk", flat=True)
        if index is not None:
            known_count = len(index.selection(matched, query))
    facets = _facet_counts(matching, query, index, matched) if with_facets else []
    return RegisterResult(
        query,
        selection.order_by("at_name" if query.peildatum else "name", "pk"),
        ids,
        facets,
        plan=plan,
        partial=bool(matches and matches.partial),
        known_count=known_count,
    )
