"""Open data: Wagtail API v2 endpoints for partnerships and organisations.

/api/v2/samenwerkingsverbanden/ and /api/v2/organisaties/ list published entries with
the exchange format's identifiers; ?fields=* gives every field, detail views all.
"""

from wagtail.api.v2.filters import FieldsFilter, OrderingFilter, SearchFilter
from wagtail.api.v2.views import BaseAPIViewSet

from registers.models import Organisation, Partnership


class PartnershipAPIViewSet(BaseAPIViewSet):
    model = Partnership
    filter_backends = [FieldsFilter, OrderingFilter, SearchFilter]
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
    filter_backends = [FieldsFilter, OrderingFilter, SearchFilter]
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
