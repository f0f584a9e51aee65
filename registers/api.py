"""Open data: Wagtail API v2 endpoints for partnerships and organisations.

/api/v2/samenwerkingsverbanden/ and /api/v2/organisaties/ list published entries with
the exchange format's identifiers; ?fields=* gives every field, detail views all.

Filters: every listed field, relations by the slug the API shows (`?domains=afval`,
`?provinces=provincie-utrecht`, `?successors=<slug>`); a value that cannot be a value of
the field is a 400 with a JSON message. `search=` matches like the register search
(search/api_filters.py): operators and control characters are reduced to words, and a search
cluster that cannot be reached falls back to the database.

`?peildatum=YYYY-MM-DD` answers with the register as it was on that day (registers/peildatum.py):
the entries in force then, each with that day's state and participants; organisations that
took part that day. A date that cannot be used is a 400 with the reason.
"""

from django.db.models import Prefetch, Q
from django.utils import translation

from wagtail.api.v2.filters import OrderingFilter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet

from cms.api_filters import SafeFieldsFilter
from registers import peildatum
from registers.models import Membership, Organisation, Partnership
from registers.search import RegisterQuery, search_register
from search.api_filters import SafeSearchFilter
from search.matching import plan_ids
from search.pipeline import plan_query


def _partnership_ids(queryset, words: list[str], language: str = "nl") -> list:
    """Matching partnerships best first: the register's own search (the query pipeline on
    the database, or the cluster with its fallback to the database), in `language`."""
    with translation.override(language):
        result = search_register(RegisterQuery(text=" ".join(words)), with_facets=False)
    return result.ids


def _organisation_ids(queryset, words: list[str], language: str = "nl") -> list:
    """Matching organisations best first, through the query pipeline on the database."""
    return plan_ids(queryset, plan_query(" ".join(words), language), name_fields=("name",)).ids


class PartnershipSearchFilter(SafeSearchFilter):
    ranked_ids = staticmethod(_partnership_ids)


class OrganisationSearchFilter(SafeSearchFilter):
    ranked_ids = staticmethod(_organisation_ids)


class PartnershipAPIViewSet(BaseAPIViewSet):
    model = Partnership
    filter_backends = [SafeFieldsFilter, OrderingFilter, PartnershipSearchFilter]
    # ?lang=en reads ?search= as English (search/pipeline.py).
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(["lang", peildatum.PARAM])
    listing_default_fields = BaseAPIViewSet.listing_default_fields + [
        "slug",
        "name",
        "kind",
        "phase",
        "status",
        "last_verified",
    ]
    name = "samenwerkingsverbanden"

    def get_queryset(self):
        date = _date(self.request)
        queryset = Partnership.objects.public()
        memberships = Membership.objects.filter(organisation__live=True).select_related(
            "organisation"
        )
        if date is not None:
            queryset = peildatum.dated(queryset, date)
            memberships = memberships.filter(peildatum.membership_on(date))
        return queryset.order_by("name", "pk").prefetch_related(
            "domains", "provinces", Prefetch("memberships", queryset=memberships)
        )

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        date = _date(self.request)
        if date is not None:
            page = peildatum.apply_states(list(page), date)
        return page

    def get_object(self):
        instance = super().get_object()
        date = _date(self.request)
        if date is not None and not getattr(instance, "_dated", False):
            peildatum.apply_states([instance], date)
            instance._dated = True
        return instance


def _date(request):
    """The API's ?peildatum=: a date, None, or a 400 with the reason."""
    value = peildatum.parse(request.GET)
    if value.error:
        raise BadRequestError(value.error)
    return value.date


class OrganisationAPIViewSet(BaseAPIViewSet):
    model = Organisation
    filter_backends = [SafeFieldsFilter, OrderingFilter, OrganisationSearchFilter]
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(["lang", peildatum.PARAM])
    listing_default_fields = BaseAPIViewSet.listing_default_fields + [
        "slug",
        "name",
        "kind",
        "cbs_code",
    ]
    name = "organisaties"

    def get_queryset(self):
        date = _date(self.request)
        # One filter() call: the same membership is live and taken part in on the date.
        condition = Q(memberships__partnership__live=True)
        if date is not None:
            condition &= peildatum.membership_on(date, "memberships__")
        queryset = Organisation.objects.public().filter(condition)
        return (
            queryset.distinct()
            .order_by("name", "pk")
            .prefetch_related(Prefetch("successors", queryset=Organisation.objects.public()))
        )
