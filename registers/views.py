"""Public views of the register, served by RegisterPage's routes. Views parse the request,
call the search layer or a query helper, and render; no query building here."""

from typing import NamedTuple

from django.conf import settings
from django.core.files.storage import default_storage
from django.db.models import Count, F, Prefetch, Q, prefetch_related_objects
from django.http import (
    FileResponse,
    Http404,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponsePermanentRedirect,
    JsonResponse,
)
from django.shortcuts import get_object_or_404
from django.utils.cache import patch_cache_control
from django.utils.formats import date_format
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from cms import prepared
from cms.pagination import paginate
from cms.querystring import clean_text
from cms.site_url import absolute_url
from registers import (
    exchange,
    exports,
    feeds,
    history,
    organisation_sections,
    tasks,
    vocabulary,
)
from registers import open_data as open_data_module
from registers import peildatum as peildatum_module
from registers.choices import FACETS_WITH_DUTCH_NAMES
from registers.linked_data import organisation_jsonld, partnership_jsonld
from registers.models import (
    Membership,
    Organisation,
    OrganisationMerger,
    Partnership,
    PartnershipMerge,
)
from registers.search import (
    FACETS,
    OUTDATED_PARAM,
    RESULTS_PER_PAGE,
    SORTS,
    KeptPages,
    RegisterQuery,
    cached_per_generation,
    generation_key,
    in_order,
    kept_many,
    search_register,
)
from registers.search_sources import PARTNERSHIP_TYPE
from registers.vocabulary import domain_ref, organisation_ref
from search.site import autocomplete

MEMBERSHIPS_PER_PAGE = 50  # an organisation page's partnerships
# What a row of an organisation's partnerships shows (and the date's states need): loading
# the partnerships' fifty columns for fifty rows cost more than the page's queries.
MEMBERSHIP_ROW_FIELDS = (
    "role",
    "joined",
    "left",
    "organisation_id",
    "partnership_id",
    *(
        f"partnership__{name}"
        for name in ("slug", "name", "abbreviation", "status", "status_start")
    ),
)
FORMATS = {"html", "json", "csv", "xlsx"}


def _format(request):
    value = clean_text(request.GET.get("format", "html"), 10) or "html"
    return value if value in FORMATS else None


def _bad_format():
    return HttpResponseBadRequest(
        _("Unknown format. Use format=json, format=csv or format=xlsx."),
        content_type="text/plain; charset=utf-8",
    )


def _for_listing(queryset, date=None):
    """What a result card and the JSON summary show, and no more: a page of results loaded
    with every relation cost more than the search. `date`: that day's participants."""
    memberships = Membership.objects.only("id", "partnership_id")
    if date is not None:
        memberships = memberships.filter(peildatum_module.membership_on(date))
    return queryset.defer("imported_values").prefetch_related(
        "domains",
        Prefetch(
            "provinces",
            queryset=Organisation.objects.public().only(
                "id", "name", "slug", "cbs_code", "tooi_uri"
            ),
        ),
        Prefetch("memberships", queryset=memberships),
    )


def peildatum_context(request, peildatum):
    """What the banner and the date picker show (templates/registers/includes/peildatum.html)."""
    from django.utils import timezone

    first = peildatum_module.earliest()
    return {
        "peildatum": peildatum,
        "peildatum_max": timezone.localdate().isoformat(),
        "peildatum_min": first.isoformat() if first else "",
        "today_url": _without_peildatum(request),
    }


def _without_peildatum(request) -> str:
    params = request.GET.copy()
    params.pop(peildatum_module.PARAM, None)
    params.pop("page", None)
    return request.path + (f"?{params.urlencode()}" if params else "")


def _bad_peildatum(peildatum, output):
    """A date that cannot be shown, for a download or JSON: 400 with the reason."""
    if output == "json":
        return JsonResponse({"error": peildatum.error}, status=400)
    return HttpResponseBadRequest(peildatum.error, content_type="text/plain; charset=utf-8")


def _with_status(response, peildatum):
    """The page answers 400 when the date asked for could not be used (it shows today's)."""
    if peildatum.error:
        response.status_code = 400
    return response


# --- the register: search with facets ---------------------------------------------------


def register(request, page):
    output = _format(request)
    if output is None:
        return _bad_format()
    query = RegisterQuery.from_params(request.GET)
    date = query.peildatum.date
    if query.peildatum.error and output != "html":
        return _bad_peildatum(query.peildatum, output)
    if output in {"csv", "xlsx"}:
        return _export(request, page, query, output)
    result = search_register(query, with_facets=True)

    page_obj = paginate(request, result.pageable(), RESULTS_PER_PAGE)
    if output == "json":
        partnerships = _listed(page_obj.object_list, date)
        return JsonResponse(_register_json(request, page, result, page_obj, partnerships))

    # Built once: the page links to itself a dozen times and once per result.
    register_url = page.get_url(request)
    response = page.render(
        request,
        template="registers/register_page.html",
        context_overrides={
            **peildatum_context(request, query.peildatum),
            "register_url": register_url,
            "query": query,
            "result": result,
            "page_obj": page_obj,
            "cards": _result_cards(query, page_obj.object_list, register_url),
            "sorts": SORTS,
            "facets": result.facets,
            "active_filters": _active_filters(query, result),
            "export_urls": _export_urls(query),
            # The search box's suggestions for what was searched, in the page itself, so
            # they work without JavaScript (static/js/autocomplete.js updates them).
            "name_suggestions": _name_suggestions(query) if query.text else [],
            "coded_organisation": _coded_organisation(request.GET.get("q", "")),
        },
    )
    return _with_status(response, query.peildatum)


def _listed(ids, date=None) -> list:
    """The partnerships `ids` in that order, loaded for a result card or the JSON summary;
    on a date as they were that day."""
    partnerships = in_order(_for_listing(Partnership.objects.all(), date), ids)
    if date is not None:
        peildatum_module.apply_states(partnerships, date)
    return partnerships


def _rendered_per_generation(kind, peildatum, register_url, ids, template, load) -> list:
    """Each of `ids` rendered with `template`, in order, kept per generation of the register
    (and language, date asked for, and the day that decides "outdated"): a result card or
    an organisation's row shows the same wherever it turns up until the register changes.
    A page reads its rows in one cache round trip; `load(missing)` gives the objects of
    rows not kept yet (as `name` in the template), and only those are loaded and rendered.
    Rendering a page of them cost more than the rest of the page's own work."""
    from django.template.loader import render_to_string
    from django.utils.safestring import mark_safe

    from registers.currency import verification_cutoff

    ids = list(ids)
    prefix = generation_key(
        kind, RegisterQuery(peildatum=peildatum), register_url, verification_cutoff().isoformat()
    )

    def render(missing):
        context = {"register_url": register_url, "peildatum": peildatum}
        name, objects = load(missing)
        return {item.pk: render_to_string(template, {**context, name: item}) for item in objects}

    rendered = kept_many({pk: f"{prefix}:{pk}" if prefix else "" for pk in ids}, render)
    # Built by the template, escaped there.
    return [mark_safe(rendered[pk]) for pk in ids if pk in rendered]  # noqa: S308


def _result_cards(query, ids, register_url) -> list:
    """The result cards of one page of the register."""
    return _rendered_per_generation(
        "card",
        query.peildatum,
        register_url,
        ids,
        "registers/includes/partnership_card.html",
        lambda missing: ("partnership", _listed(missing, query.peildatum.date)),
    )


def _membership_rows(ids, date=None) -> list:
    """The memberships `ids` in that order, with what a row of an organisation's page and
    its JSON show; on a date with their partnerships as they were that day."""
    memberships = in_order(
        Membership.objects.select_related("partnership").only(*MEMBERSHIP_ROW_FIELDS), ids
    )
    partnerships = [membership.partnership for membership in memberships]
    prefetch_related_objects(partnerships, "domains")
    if date is not None:
        peildatum_module.apply_states(partnerships, date)
    return memberships


def _name_suggestions(query):
    """Names that complete the text searched, kept per generation like its matches (a
    full-text lookup of its own on every request otherwise)."""
    return cached_per_generation(
        "suggestions",
        RegisterQuery(text=query.text),
        lambda: [item["label"] for item in autocomplete(query.text, type_key=PARTNERSHIP_TYPE.key)],
    )


def _coded_organisation(typed: str):
    """The organisation whose CBS code or TOOI URI the search text is (GM0363): the register
    lists partnerships, so it points to that organisation and its partnerships. Read from
    what was typed (the query's normalised text has the URI in words)."""
    from registers.identifiers import code_in_query

    code = code_in_query(typed[:200])
    if not code:
        return None
    return (
        Organisation.objects.public()
        .filter(Q(cbs_code__iexact=code) | Q(tooi_uri__iendswith="/" + code.lower()))
        .only("pk", "name", "slug", "cbs_code")
        .first()
    )


def _export_urls(query):
    params = query.as_params()
    if query.sort:
        params.append(("sort", query.sort))
    return {
        "json": "?" + urlencode([*params, ("format", "json")]),
        "csv": "?" + urlencode([*params, ("format", "csv")]),
        "csv_members": "?" + urlencode([*params, ("format", "csv"), ("tabel", "deelnemers")]),
        "xlsx": "?" + urlencode([*params, ("format", "xlsx")]),
        # The selection itself, for the links that take it to the factsheets app: the
        # selection's factsheet and the ZIP of its partnerships' factsheets.
        "selection": urlencode(params),
    }


def _active_filters(query, result):
    """Chosen facet values with a link that removes each."""
    labels = {
        (facet_result.facet.param, value.value): value.label
        for facet_result in result.facets
        for value in facet_result.values
    }
    filters = []
    for param, values in query.selected.items():
        facet = next(f for f in FACETS if f.param == param)
        for value in values:
            filters.append(
                {
                    "facet": facet.label,
                    "label": labels.get((param, value), value),
                    "dutch": param in FACETS_WITH_DUTCH_NAMES,
                    "remove_url": "?" + urlencode(query.as_params(without=(param, value))),
                }
            )
    if query.outdated:
        filters.append(
            {
                "facet": _("Currency"),
                "label": _("Outdated"),
                "remove_url": "?" + urlencode(query.as_params(without=(OUTDATED_PARAM, "1"))),
            }
        )
    if query.peildatum:
        today = [pair for pair in query.as_params() if pair[0] != peildatum_module.PARAM]
        filters.append(
            {
                "facet": _("Reference date"),
                "label": date_format(query.peildatum.date, "j F Y"),
                "remove_url": "?" + urlencode(today),
            }
        )
    return filters


def _partnership_summary(request, page, partnership, suffix=""):
    return {
        "id": partnership.slug,
        "name": partnership.name,
        "abbreviation": partnership.abbreviation,
        "url": absolute_url(page.partnership_url(partnership, request), request) + suffix,
        "legal_form": partnership.kind,
        "legal_form_label": partnership.get_kind_display(),
        # The same codes as the CSV and the API (registers/vocabulary.py).
        "domains": [domain_ref(domain) for domain in partnership.domains.all()],
        "provinces": [organisation_ref(province) for province in partnership.provinces.all()],
        "phase": partnership.phase,
        "status": partnership.status,
        "participant_count": len(partnership.memberships.all()),
        "last_verified": partnership.last_verified.isoformat()
        if partnership.last_verified
        else None,
    }


def _register_json(request, page, result, page_obj, partnerships):
    def page_link(number):
        params = request.GET.copy()
        params["page"] = number
        return absolute_url(f"{request.path}?{params.urlencode()}", request)

    return {
        # Licence, sources and the page that explains every field, inside the answer.
        **open_data_module.about(_open_data_url(request, page)),
        # The register as it was on this day (registers/peildatum.py), or null: today's.
        "peildatum": result.query.peildatum.iso or None,
        "count": result.count,
        # How the text was read (search/pipeline.py), as the HTML page says it.
        "corrected": result.corrected,
        "partial": result.partial,
        "unknown_words": result.unknown_words,
        "read_as_initials": [
            {"abbreviation": abbreviation, "names": names}
            for abbreviation, names in (result.plan.read_as_initials if result.plan else [])
        ],
        "page": page_obj.number,
        "pages": page_obj.paginator.num_pages,
        "next": page_link(page_obj.next_page_number()) if page_obj.has_next() else None,
        "previous": page_link(page_obj.previous_page_number()) if page_obj.has_previous() else None,
        "results": [
            _partnership_summary(request, page, p, result.query.peildatum.qs) for p in partnerships
        ],
        "facets": {
            facet_result.facet.param: [
                {"value": v.value, "label": v.label, "count": v.count, "selected": v.selected}
                for v in facet_result.values
            ]
            for facet_result in result.facets
        },
    }


def _export(request, page, query, output):
    """A CSV or XLSX download: streamed from its stored file, or made in the background
    while the visitor waits on a "being prepared" answer (cms/prepared.py, issue 11)."""
    table = clean_text(request.GET.get("tabel", ""), 20)
    export = exports.Export(
        query.as_params(),
        exports.MEMBERSHIPS if table == exports.MEMBERSHIPS else "",
        output,
        page.locale.language_code,
        page.pk,
    )
    name = export.name()
    if not default_storage.exists(name):
        state = prepared.claim(name, max_pending=settings.PREPARED_MAX_PENDING)
        if state == prepared.Claim.CLAIMED:
            tasks.prepare_export.enqueue(*export.as_args(), claimed=name)
        # With the ImmediateBackend the job has run by now; otherwise a worker runs it.
        if not default_storage.exists(name):
            back_url = page.get_url(request)
            if state == prepared.Claim.BUSY:
                return prepared.busy_response(request, back_url=back_url)
            if state == prepared.Claim.FAILED:
                return prepared.failed_response(request, back_url=back_url)
            return prepared.preparing_response(
                request, title=_("The download is being prepared"), back_url=back_url
            )
    try:
        handle = default_storage.open(name, "rb")
    except FileNotFoundError:  # a new generation deleted it just now
        return prepared.preparing_response(
            request, title=_("The download is being prepared"), back_url=page.get_url(request)
        )
    prepared.mark_used(name)
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=export.filename,
        content_type=exports.CONTENT_TYPES[output],
    )
    # The file changes with the register: anyone may keep it, but must ask again.
    patch_cache_control(response, public=True, no_cache=True)
    # Licence and documentation with the file (a CSV has no place for them inside).
    response["Link"] = open_data_module.link_header(_open_data_url(request, page))
    return response


def _open_data_url(request, page) -> str:
    return absolute_url(page.get_url(request) + "open-data/", request)


# --- one partnership --------------------------------------------------------------------


def partnership_detail(request, page, slug):
    slug = clean_text(slug, 120)
    peildatum = peildatum_module.parse(request.GET)
    date = peildatum.date
    partnership = exports.with_relations(Partnership.objects.public()).filter(slug=slug).first()
    if partnership is None:
        return _merged_into(request, page, slug)
    # A participant that is still a draft in the admin is not shown until it is published.
    memberships = [m for m in partnership.memberships.all() if m.organisation.live]
    not_yet = False
    if date is not None:
        peildatum_module.apply_states([partnership], date)
        not_yet = bool(partnership.entry_into_force and partnership.entry_into_force > date)
        # That day's participants; an organisation that ended before it while its
        # participation did not shows as continued by its successor(s).
        memberships = [
            m
            for m in memberships
            if (m.joined is None or m.joined <= date)
            and (m.left is None or m.left >= date)
            and (m.organisation.active_from is None or m.organisation.active_from <= date)
        ]
        peildatum_module.mark_organisations([m.organisation for m in memberships], date)
    changes = history.public_changes(partnership)
    if date is not None:
        # The changes the register had seen by the end of that day.
        moment = peildatum_module.end_of_day(date)
        changes = [entry for entry in changes if entry["date"] < moment]
    memberships.sort(key=lambda m: (m.left is not None, m.organisation.name))
    # A merged municipality's participation is shown as continued by its successor(s).
    prefetch_related_objects([m.organisation for m in memberships], "successors")
    response = page.render(
        request,
        template="registers/partnership_detail.html",
        context_overrides={
            **peildatum_context(request, peildatum),
            "partnership": partnership,
            "memberships": memberships,
            "not_yet": not_yet,
            "history": changes,
            "jsonld_data": partnership_jsonld(request, page, partnership, memberships),
            "breadcrumb_trail": [(partnership.name, None, "nl")],
        },
    )
    return _with_status(response, peildatum)


def partnership_feed(request, page, slug, kind):
    """Atom/RSS of one partnership's published changes."""
    partnership = get_object_or_404(Partnership.objects.public(), slug=clean_text(slug, 120))
    return feeds.FEEDS["partnership"][kind]()(request, page, partnership)


def register_feed(request, page, kind):
    """Atom/RSS of the published changes of the partnerships of any register selection."""
    query = RegisterQuery.from_params(request.GET)
    return feeds.FEEDS["selection"][kind]()(request, page, query)


def organisation_feed(request, page, slug, kind):
    """Atom/RSS of the published changes of an organisation's partnerships."""
    organisation = get_object_or_404(Organisation.objects.public(), slug=clean_text(slug, 90))
    return feeds.FEEDS["organisation"][kind]()(request, page, organisation)


def _merged_into(request, page, slug):
    """A merged duplicate's address leads, permanently, to the entry it went into
    (registers/merging.py), with the same query (?format=json)."""
    merge = (
        PartnershipMerge.objects.filter(merged_slug=slug, kept__live=True)
        .select_related("kept")
        .first()
    )
    if merge is None:
        raise Http404
    target = page.partnership_url(merge.kept, request)
    if request.META.get("QUERY_STRING"):
        target = f"{target}?{request.META['QUERY_STRING']}"
    return HttpResponsePermanentRedirect(target)


# --- open data ----------------------------------------------------------------------------


def open_data(request, page):
    licence_name, licence_url = open_data_module.own_licence()
    return page.render(
        request,
        template="registers/open_data.html",
        context_overrides={
            "sources": open_data_module.SOURCES,
            "own_licence": (licence_name, licence_url),
            "publisher": settings.OPEN_DATA_PUBLISHER,
            "last_changed": open_data_module.last_changed(),
            "distributions": open_data_module.distributions(request, page),
            "partnership_columns": open_data_module.partnership_columns(),
            "membership_columns": open_data_module.membership_columns(),
            "list_separator": exchange.LIST_SEPARATOR,
            "codes": vocabulary.CODES,
            "breadcrumb_trail": [(_("Open data"), None)],
        },
    )


def open_data_dcat(request, page):
    response = JsonResponse(
        open_data_module.dcat(request, page), json_dumps_params={"ensure_ascii": False, "indent": 1}
    )
    response["Content-Type"] = "application/ld+json; charset=utf-8"
    response["Access-Control-Allow-Origin"] = "*"  # harvesters and other sites may read it
    return response


def open_data_dcat_turtle(request, page):
    """The same DCAT description as Turtle, converted from the JSON-LD (its context is
    inline, so rdflib needs nothing from another host)."""
    response = HttpResponse(
        open_data_module.dcat_turtle(request, page), content_type="text/turtle; charset=utf-8"
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


# --- organisations ------------------------------------------------------------------------


def organisation_index(request, page):
    query = clean_text(request.GET.get("q", ""), 100)
    peildatum = peildatum_module.parse(request.GET)
    # One filter(): the membership counted is the one that is live (and of that day).
    condition = Q(memberships__partnership__live=True)
    if peildatum:
        condition &= peildatum_module.membership_on(peildatum.date, "memberships__")
    organisations = (
        Organisation.objects.public()
        .filter(condition)
        .annotate(partnership_count=Count("memberships__partnership", distinct=True))
        .order_by("name")
    )
    if query:
        organisations = organisations.filter(name__icontains=query)
    page_obj = paginate(request, organisations, 60)
    response = page.render(
        request,
        template="registers/organisation_index.html",
        context_overrides={
            **peildatum_context(request, peildatum),
            "query": query,
            "page_obj": page_obj,
            "organisations": page_obj.object_list,
            "breadcrumb_trail": [(_("Organisations"), None)],
        },
    )
    return _with_status(response, peildatum)


def organisation_detail(request, page, slug):
    output = _format(request)
    if output not in {"html", "json"}:
        return _bad_format()
    peildatum = peildatum_module.parse(request.GET)
    if peildatum.error and output == "json":
        return _bad_peildatum(peildatum, output)
    date = peildatum.date
    # Published organisations only, and only their published relatives (a draft made in
    # the admin waits for a second registerbeheerder, registers/models/review.py).
    public = Organisation.objects.public()
    organisation = get_object_or_404(
        public.select_related("province").prefetch_related(
            Prefetch("successors", queryset=public),
            Prefetch("predecessors", queryset=public),
            "regions__division",
        ),
        slug=clean_text(slug, 90),
    )
    # Paginated: the busiest organisation of a national register takes part in thousands.
    in_register = Membership.objects.filter(organisation=organisation, partnership__live=True)
    partner_memberships = Q()
    if date is not None:
        in_register = in_register.filter(peildatum_module.membership_on(date))
        partner_memberships = peildatum_module.membership_on(date, "memberships__")
    # Counted and ordered once per generation of the register (thousands of memberships
    # for the busiest organisation); a page is its ids read back.
    page_obj = paginate(
        request,
        KeptPages(
            in_register.order_by("partnership__name", "pk").values_list("pk", flat=True),
            RegisterQuery(peildatum=peildatum),
            "memberships",
            organisation.pk,
        ),
        MEMBERSHIPS_PER_PAGE,
    )
    if date is not None:
        peildatum_module.mark_organisations(
            [organisation, *organisation.successors.all(), *organisation.predecessors.all()], date
        )
    membership_count = page_obj.paginator.count
    # A successor of merged municipalities has a page even before it takes part in anything:
    # "Continued as …" on its predecessors' pages links to it; so has an organisation that a
    # higher app's section shows something for (a dossier of a waterschap, say).
    sections = None
    if not (
        membership_count
        or organisation.successors.all()
        or organisation.predecessors.all()
        or (date is not None and organisation.memberships.exists())
    ):
        sections = organisation_sections.sections_for(organisation, request, page)
        if not sections:
            raise Http404
    # Counted over every partnership of the organisation (thousands for the busiest one of
    # a national register): kept per generation, as the register's facet counts.
    partners = cached_per_generation(
        "partners",
        RegisterQuery(peildatum=peildatum),
        lambda: [
            Partner(*row)
            for row in public.filter(
                partner_memberships,
                memberships__partnership__in=in_register.values("partnership_id"),
                memberships__partnership__live=True,
            )
            .exclude(pk=organisation.pk)
            .annotate(shared=Count("memberships__partnership", distinct=True))
            .order_by("-shared", "name")
            .values_list("slug", "name", "shared")[:10]
        ],
        organisation.pk,
    )
    if output == "json":
        memberships = _membership_rows(page_obj.object_list, date)
        data = _organisation_json(request, page, organisation, page_obj, memberships, partners)
        data["peildatum"] = peildatum.iso or None
        return JsonResponse(data)
    continued = Membership.objects.filter(
        organisation__in=organisation.predecessors.all(), partnership__live=True
    )
    if date is not None:
        # Before the merger the predecessors took part themselves: nothing continued yet.
        continued = continued.filter(organisation__active_until__lt=date)
    continued = list(
        continued.exclude(partnership__in=in_register.values("partnership_id"))
        .select_related("partnership", "organisation")
        .order_by("partnership__name")
    )
    mergers = (
        OrganisationMerger.objects.filter(Q(successor=organisation) | Q(predecessors=organisation))
        # Shown once published: a predecessor's live row names the successor (the merger is
        # a revision of each predecessor that a second registerbeheerder approves).
        .filter(predecessors__successors=F("successor"), successor__live=True)
        .distinct()
        .select_related("successor")
        .prefetch_related("predecessors")
    )
    if sections is None:
        sections = organisation_sections.sections_for(organisation, request, page)
    register_url = page.get_url(request)
    response = page.render(
        request,
        template="registers/organisation_detail.html",
        context_overrides={
            **peildatum_context(request, peildatum),
            "organisation": organisation,
            "sections": sections,
            "mergers": mergers,
            "continued_memberships": continued,
            "jsonld_data": organisation_jsonld(request, request.build_absolute_uri(), organisation),
            "membership_rows": _rendered_per_generation(
                "membership-row",
                peildatum,
                register_url,
                page_obj.object_list,
                "registers/includes/membership_row.html",
                lambda missing: ("membership", _membership_rows(missing, date)),
            ),
            "membership_count": membership_count,
            "page_obj": page_obj,
            "partners": partners,
            # The register page's URL, built once for the page's hundred links to it.
            "register_url": register_url,
            "breadcrumb_trail": [
                (_("Organisations"), register_url + page.subpath("organisaties/")),
                (organisation.name, None, "nl"),
            ],
        },
    )
    return _with_status(response, peildatum)


class Partner(NamedTuple):
    """An organisation sharing partnerships with the one whose page this is."""

    slug: str
    name: str
    shared: int


def _organisation_json(request, page, organisation, page_obj, memberships, partners):
    def page_link(number):
        params = request.GET.copy()
        params["page"] = number
        return absolute_url(f"{request.path}?{params.urlencode()}", request)

    return {
        "id": organisation.slug,
        "name": organisation.name,
        "kind": organisation.kind,
        "cbs_code": organisation.cbs_code,
        "tooi_uri": organisation.tooi_uri,
        "active_until": organisation.active_until.isoformat()
        if organisation.active_until
        else None,
        "successors": [o.slug for o in organisation.successors.all()],
        "count": page_obj.paginator.count,
        "page": page_obj.number,
        "pages": page_obj.paginator.num_pages,
        "next": page_link(page_obj.next_page_number()) if page_obj.has_next() else None,
        "previous": page_link(page_obj.previous_page_number()) if page_obj.has_previous() else None,
        "results": [
            {
                "id": m.partnership.slug,
                "name": m.partnership.name,
                "url": absolute_url(page.partnership_url(m.partnership, request), request)
                + peildatum_module.parse(request.GET).qs,
                "role": m.role,
                "role_label": m.get_role_display(),
                "joined": m.joined.isoformat() if m.joined else None,
                "left": m.left.isoformat() if m.left else None,
            }
            for m in memberships
        ],
        "shares_most_with": [
            {"id": o.slug, "name": o.name, "shared_partnerships": o.shared} for o in partners
        ],
        "regions": [
            {"division": r.division.name, "name": r.name} for r in organisation.regions.all()
        ],
    }


# --- network and insights (registers/network.py, registers/insights.py) ------------------


def network(request, page):
    from registers.network import network_view

    return network_view(request, page)


def insights(request, page):
    from registers.insights import insights_view

    return insights_view(request, page)
