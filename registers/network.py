"""The network view ("onderlinge verwevenheid"): who works with whom.

A bipartite graph: a node per partnership, a node per organisation, an edge per membership
(with its role). The same data is always in the HTML as two tables, so the page works without
JavaScript and for people who cannot use the drawing; static/js/network.js draws the graph
from the JSON in the page.

Filters are the register's own (registers/search.py: same parameter names and values), plus
`organisatie=<slug>` for one organisation's network: its partnerships and their participants.
"""

import heapq
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.http import QueryDict
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from cms.querystring import clean_text
from registers import peildatum
from registers.choices import FACETS_WITH_DUTCH_NAMES, OrganisationKind, Role
from registers.models import Membership, Organisation, Partnership, PolicyDomain, Region
from registers.search import (
    FACETS_BY_PARAM,
    RegisterQuery,
    cached_per_generation,
    index_for,
    search_register,
)

# A few hundred nodes is what a browser lays out in about a second and a person can still
# read; the real register (≈400 partnerships, 600 organisations, 3,700 memberships) is more.
# A province or a policy domain is usually well under this cap, so it is drawn in full.
MAX_PARTNERSHIPS = 150
STRONGEST_LINKS = 3
# Roles that carry the partnership: drawn as thicker lines.
LEAD_ROLES = {Role.PENVOERDER, Role.CENTRUMGEMEENTE, Role.GASTHEER}


@dataclass
class NetworkOrganisation:
    pk: int
    slug: str
    name: str
    kind: str
    kind_label: str
    url: str
    partnership_count: int = 0
    links: list = field(default_factory=list)  # [(NetworkOrganisation, shared partnerships)]
    is_focus: bool = False


@dataclass
class NetworkPartnership:
    pk: int
    slug: str
    name: str
    abbreviation: str
    url: str
    members: list = field(default_factory=list)  # [(NetworkOrganisation, role label, ended)]

    @property
    def display_name(self) -> str:
        if self.abbreviation and self.abbreviation not in self.name:
            return f"{self.name} ({self.abbreviation})"
        return self.name


@dataclass
class Network:
    partnerships: list  # of NetworkPartnership, by name
    organisations: list  # of NetworkOrganisation, most partnerships first
    edges: list  # cytoscape edge dicts
    total: int  # partnerships in the selection, before the cap

    @property
    def truncated(self) -> bool:
        return self.total > len(self.partnerships)

    def elements(self, labels: dict) -> dict:
        """The graph as cytoscape elements, for json_script (which escapes <, > and &).
        Kept lean (a province's network is ~1,000 edges): flags only when true, labels
        are shortened in the browser."""
        nodes = []
        for p in self.partnerships:
            data = {"id": f"p{p.pk}", "type": "partnership", "slug": p.slug, "name": p.name}
            if p.abbreviation:
                data["abbr"] = p.abbreviation
            nodes.append({"data": {**data, "url": p.url}})
        for o in self.organisations:
            data = {"id": f"o{o.pk}", "type": "organisation", "slug": o.slug, "name": o.name}
            data.update({"kind": o.kind, "url": o.url})
            if o.is_focus:
                data["focus"] = True
            nodes.append({"data": data})
        return {"nodes": nodes, "edges": self.edges, "labels": labels}


def build_network(
    partnerships, *, base_url: str, organisations_url: str, focus=None, limit=None, date=None
) -> Network:
    """The network of a queryset of (public) partnerships: at most `limit` of them, by name,
    with all their participants (linked below `organisations_url`). Two queries, whatever the
    size: the partnerships and the memberships with their organisations; the strongest links
    are counted in Python."""
    limit = MAX_PARTNERSHIPS if limit is None else limit
    selection = Partnership.objects.public().filter(pk__in=partnerships.values("pk"))
    columns = ("pk", "slug", "name", "abbreviation")
    links = Membership.objects.filter(organisation__live=True)  # no draft participants
    suffix = ""
    if date is not None:
        # The register on a date (registers/peildatum.py): that day's names and participants.
        selection = peildatum.dated(selection, date)
        columns = ("pk", "slug", "at_name", "at_abbreviation")
        links = links.filter(peildatum.membership_on(date))
        suffix = "?" + urlencode({peildatum.PARAM: date.isoformat()})
    total = selection.count()
    rows = selection.order_by(columns[2], "pk").values_list(*columns)[:limit]
    by_pk = {
        pk: NetworkPartnership(pk, slug, name, abbreviation, f"{base_url}{slug}/{suffix}")
        for pk, slug, name, abbreviation in rows
    }
    memberships = (
        links.filter(partnership_id__in=list(by_pk))
        .order_by("partnership_id", "sort_order", "pk")
        .values_list(
            "partnership_id",
            "role",
            "left",
            "organisation_id",
            "organisation__slug",
            "organisation__name",
            "organisation__kind",
        )
    )
    roles = dict(Role.choices)
    kinds = dict(OrganisationKind.choices)
    organisations = {}
    members_of = defaultdict(list)  # partnership pk -> organisation pks (unique)
    edges = []
    today = date or timezone.localdate()
    for partnership_id, role, left, org_pk, org_slug, org_name, org_kind in memberships:
        organisation = organisations.get(org_pk)
        if organisation is None:
            organisation = organisations[org_pk] = NetworkOrganisation(
                org_pk,
                org_slug,
                org_name,
                org_kind,
                str(kinds.get(org_kind, org_kind)),
                f"{organisations_url}{org_slug}/{suffix}",
                is_focus=focus is not None and org_pk == focus.pk,
            )
        ended = left is not None and left < today
        role_label = str(roles.get(role, role))
        by_pk[partnership_id].members.append((organisation, role_label, left if ended else None))
        if org_pk not in members_of[partnership_id]:
            members_of[partnership_id].append(org_pk)
        edge = {"source": f"o{org_pk}", "target": f"p{partnership_id}", "role": role}
        if role in LEAD_ROLES:
            edge["lead"] = True
        if ended:
            edge["ended"] = True
        edges.append({"data": edge})

    # shared[a][b]: partnerships a and b both take part in; shared[a][a]: a's own count.
    shared = defaultdict(Counter)
    for members in members_of.values():
        for org_pk in members:
            shared[org_pk].update(members)
    for org_pk, organisation in organisations.items():
        counts = shared[org_pk]
        organisation.partnership_count = counts[org_pk]
        best = heapq.nsmallest(
            STRONGEST_LINKS,
            (
                (-n, organisations[other].name, other)
                for other, n in counts.items()
                if other != org_pk
            ),
        )
        organisation.links = [(organisations[other], -n) for n, _name, other in best]

    ordered = sorted(
        organisations.values(), key=lambda o: (not o.is_focus, -o.partnership_count, o.name)
    )
    return Network(list(by_pk.values()), ordered, edges, total)


# --- filters shared with the insights page -------------------------------------------------


def _filter_options() -> tuple[list, list, list]:
    """(domains, provinces, region groups) as (slug, label, published partnerships) rows:
    only values that have any. The same for every query."""
    index = index_for(RegisterQuery())
    if index is not None:
        return _indexed_filter_options(index)
    live = Q(partnerships__live=True)
    domains = sorted(
        PolicyDomain.objects.annotate(n=Count("partnerships", filter=live)).filter(n__gt=0),
        key=lambda d: d.label.lower(),
    )
    provinces = (
        Organisation.objects.public()
        .provinces()
        .annotate(
            n=Count("partnerships_in_province", filter=Q(partnerships_in_province__live=True))
        )
        .filter(n__gt=0)
        .order_by("name")
    )
    regions = (
        Region.objects.select_related("division")
        .annotate(n=Count("partnerships", filter=live))
        .filter(n__gt=0)
        .order_by("division__name", "name")
    )
    region_groups = defaultdict(list)
    for region in regions:
        region_groups[region.division.name].append((region.slug, region.name, region.n))
    return (
        [(d.slug, d.label, d.n) for d in domains],
        [(p.slug, p.name, p.n) for p in provinces],
        list(region_groups.items()),
    )


def _indexed_filter_options(index) -> tuple[list, list, list]:
    """_filter_options() from the facet bitmaps (registers/facet_index.py): the number of
    published partnerships per value is the size of its bitmap; only the labels are read."""

    def sizes(param):
        return {value: len(bitmap) for value, bitmap in index.values.get(param, {}).items()}

    domain_counts, province_counts, region_counts = (
        sizes("domein"),
        sizes("provincie"),
        sizes("regio"),
    )
    domains = sorted(
        PolicyDomain.objects.filter(slug__in=list(domain_counts)), key=lambda d: d.label.lower()
    )
    provinces = (
        Organisation.objects.public()
        .provinces()
        .filter(slug__in=list(province_counts))
        .order_by("name")
        .values_list("slug", "name")
    )
    region_groups = defaultdict(list)
    regions = (
        Region.objects.filter(slug__in=list(region_counts))
        .order_by("division__name", "name")
        .values_list("division__name", "slug", "name")
    )
    for division, slug, name in regions:
        region_groups[division].append((slug, name, region_counts[slug]))
    return (
        [(d.slug, d.label, domain_counts[d.slug]) for d in domains],
        [(slug, name, province_counts[slug]) for slug, name in provinces],
        list(region_groups.items()),
    )


def filter_fields(query: RegisterQuery) -> list[dict]:
    """The three selects of the filter form (policy domain, province, region), with the
    number of published partnerships per value. Only values that have any are offered.
    The counts cover the whole register (two of them took 150 ms each at 50,000 entries)
    and do not depend on the query: kept per generation of the register."""
    domains, provinces, region_groups = cached_per_generation(
        "filter-options", RegisterQuery.from_params(QueryDict()), _filter_options
    )

    def field_for(param, label, groups):
        chosen = query.selected.get(param, [])
        current = chosen[0] if chosen else ""
        return {
            "param": param,
            "id": f"filter-{param}",
            "label": label,
            "dutch": param in FACETS_WITH_DUTCH_NAMES,
            "current": current,
            "groups": [
                (group, [(value, text, n, value == current) for value, text, n in options])
                for group, options in groups
            ],
        }

    return [
        field_for("domein", _("Policy domain"), [(None, domains)]),
        field_for("provincie", _("Province"), [(None, provinces)]),
        field_for("regio", _("Region"), region_groups),
    ]


def hidden_params(query: RegisterQuery, fields: list[dict]) -> list[tuple[str, str]]:
    """Filters in the URL that the form's selects do not show (other register filters, a
    second value of one of them): kept as hidden inputs so submitting the form keeps them."""
    shown = {(f["param"], f["current"]) for f in fields}
    # The date has an input of its own in the form (templates/registers/includes/peildatum.html).
    return [pair for pair in query.as_params() if pair not in shown and pair[0] != peildatum.PARAM]


def active_filters(query: RegisterQuery, extra=()) -> list[dict]:
    """The chosen filters, each with a link that removes it (and keeps the rest)."""
    filters = []
    base = query.as_params()
    if query.text:
        filters.append(
            {
                "facet": _("Search"),
                "label": query.text,
                "remove_url": "?" + urlencode([p for p in base if p[0] != "q"] + list(extra)),
            }
        )
    for param, values in query.selected.items():
        facet = FACETS_BY_PARAM[param]
        labels = facet.labels(values)
        for value in values:
            remaining = [pair for pair in base if pair != (param, value)]
            filters.append(
                {
                    "facet": facet.label,
                    "label": labels.get(value, value),
                    "dutch": param in FACETS_WITH_DUTCH_NAMES,
                    "remove_url": "?" + urlencode(remaining + list(extra)),
                }
            )
    return filters


def _partnership_status(n):
    return ngettext(
        "Partnership %(name)s: %(count)s participant. Press Enter to open its page.",
        "Partnership %(name)s: %(count)s participants. Press Enter to open its page.",
        n,
    )


def _org_status(n):
    return ngettext(
        "Organisation %(name)s: %(count)s partnership in this view. Press Enter to open its page.",
        "Organisation %(name)s: %(count)s partnerships in this view. Press Enter to open its page.",
        n,
    )


def _focus_organisation(request):
    """The organisation of `organisatie=`, or None; and whether the parameter was bad."""
    slug = clean_text(request.GET.get("organisatie", ""), 90)
    if not slug:
        return None, False
    organisation = Organisation.objects.public().filter(slug=slug).first()
    return organisation, organisation is None


# --- the view ---------------------------------------------------------------------------------


def network_view(request, page):
    query = RegisterQuery.from_params(request.GET)
    date = query.peildatum.date
    focus, unknown_organisation = _focus_organisation(request)
    result = search_register(query, with_facets=False)
    partnerships = result.partnerships
    if focus is not None:
        focused = Membership.objects.filter(organisation=focus)
        if date is not None:
            focused = focused.filter(peildatum.membership_on(date))
        partnerships = partnerships.filter(pk__in=focused.values("partnership_id"))
    base_url = page.get_url(request)
    fields = filter_fields(query)
    focus_param = [("organisatie", focus.slug)] if focus else []
    filtered = bool(query.selected or query.text or focus)

    network = None
    if filtered or result.count <= MAX_PARTNERSHIPS:
        network = build_network(
            partnerships,
            base_url=base_url,
            organisations_url=base_url + page.subpath("organisaties/"),
            focus=focus,
            date=date,
        )

    filters = active_filters(query, extra=focus_param)
    if focus is not None:
        filters.insert(
            0,
            {
                "facet": _("Network of"),
                "label": focus.name,
                "remove_url": "?" + urlencode(query.as_params()),
            },
        )
    if focus is not None:
        heading = _("Network of %(name)s") % {"name": focus.name}
    else:
        heading = _("Network of partnerships")

    # Status lines for network.js, which fills in %(name)s and %(count)s. Both plural forms
    # are sent because the browser has no Django plural rules (nl and en: one and other).
    labels = {
        f"{kind}_{form}": status(n)
        for kind, status in (("partnership", _partnership_status), ("organisation", _org_status))
        for form, n in (("one", 1), ("other", 2))
    }
    labels["help"] = _(
        "Use the arrow keys to move between the nodes and Enter or Space to open one."
    )
    from registers.views import peildatum_context

    response = page.render(
        request,
        template="registers/network.html",
        context_overrides={
            **peildatum_context(request, query.peildatum),
            "heading": heading,
            "focus": focus,
            "unknown_organisation": unknown_organisation,
            "network": network,
            "total_count": network.total if network else result.count,
            "graph_data": network.elements(labels) if network else None,
            "filter_fields": fields,
            "hidden_params": hidden_params(query, fields) + focus_param,
            "active_filters": filters,
            "register_url": f"{base_url}?{urlencode(query.as_params())}"
            if not focus
            else f"{base_url}?{urlencode([*query.as_params(), ('deelnemer', focus.slug)])}",
            "max_partnerships": MAX_PARTNERSHIPS,
            "breadcrumb_trail": [(_("Network"), None)],
        },
    )
    if query.peildatum.error:
        response.status_code = 400
    return response
