"""The open-data API (Wagtail API v2): pages and the register."""

from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from cms.api_filters import SafeFieldsFilter
from registers.api import OrganisationAPIViewSet, PartnershipAPIViewSet
from search.api_filters import SafeSearchFilter


class SafePagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint with filters and `search=` that answer 400, never 500
    (cms/api_filters.py, search/api_filters.py)."""

    filter_backends = [
        SafeFieldsFilter if backend.__name__ == "FieldsFilter" else backend
        for backend in PagesAPIViewSet.filter_backends
        if backend is not SearchFilter
    ] + [SafeSearchFilter]


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", SafePagesAPIViewSet)
api_router.register_endpoint("samenwerkingsverbanden", PartnershipAPIViewSet)
api_router.register_endpoint("organisaties", OrganisationAPIViewSet)
