"""Open data: Wagtail API v2 endpoints for partnerships and organisations.

/api/v2/samenwerkingsverbanden/ and /api/v2/organisaties/ list published entries with
the exchange format's identifiers; ?fields=* gives every field, detail views all.
"""

from django.db.models import Case, IntegerField, Value, When

from wagtail.api.v2.filters import FieldsFilter, OrderingFilter, SearchFilter
from wagtail.api.v2.views import BaseAPIViewSet
from wagtail.search.backends import get_search_backend

from cms.querystring import clean_text
from registers.models import Organisation, Partnership
from search.backends.database import is_database_backend
from search.matching import id_subquery, plan_ids
from search.pipeline import plan_query


class PipelineSearchFilter(SearchFilter):
    """`?search=` through the query pipeline the register and site search use
    (search/pipeline.py: Dutch word forms, typos, synonyms, soft AND, names first), on
    the database backend. With a search cluster, or with Wagtail's `search_operator`,
    Wagtail's own filter answers. `?lang=en` reads the query as English."""

    def filter_queryset(self, request, queryset, view):
        if (
            "search" not in request.GET
            or "search_operator" in request.GET
            or getattr(queryset, "_filtered_by_tag", False)
            or not is_database_backend(get_search_backend())
        ):
            return super().filter_queryset(request, queryset, view)
        language = "en" if request.GET.get("lang") == "en" else "nl"
        plan = plan_query(clean_text(request.GET["search"], 200), language)
        ids = plan_ids(queryset, plan, name_fields=view.search_name_fields).ids
        matching = queryset.filter(pk__in=id_subquery(queryset.model, ids))
        if "order" in request.GET or not ids:
            return matching
        # Relevance order: the pipeline's, for the first page's worth and beyond.
        position = Case(
            *(When(pk=pk, then=Value(index)) for index, pk in enumerate(ids[:500])),
            default=Value(len(ids)),
            output_field=IntegerField(),
        )
        return matching.order_by(position, "name", "pk")


class PartnershipAPIViewSet(BaseAPIViewSet):
    model = Partnership
    filter_backends = [FieldsFilter, OrderingFilter, PipelineSearchFilter]
    search_name_fields = ("name", "abbreviation")
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(["lang"])
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
        return (
            Partnership.objects.public()
            .order_by("name", "pk")
            .prefetch_related("domains", "provinces", "memberships__organisation")
        )


class OrganisationAPIViewSet(BaseAPIViewSet):
    model = Organisation
    filter_backends = [FieldsFilter, OrderingFilter, PipelineSearchFilter]
    search_name_fields = ("name",)
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(["lang"])
    listing_default_fields = BaseAPIViewSet.listing_default_fields + [
        "slug",
        "name",
        "kind",
        "cbs_code",
    ]
    name = "organisaties"

    def get_queryset(self):
        return (
            Organisation.objects.filter(memberships__partnership__live=True)
            .distinct()
            .order_by("name", "pk")
            .prefetch_related("successors")
        )
