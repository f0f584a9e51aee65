"""The open-data API (Wagtail API v2): pages and the register."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from registers.api import OrganisationAPIViewSet, PartnershipAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("samenwerkingsverbanden", PartnershipAPIViewSet)
api_router.register_endpoint("organisaties", OrganisationAPIViewSet)
