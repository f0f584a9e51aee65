"""The open-data API (Wagtail API v2): pages and the register.

`/api/v2/` answers with its endpoints and `/api/v2/openapi.json` with an OpenAPI 3 document,
both derived from the endpoints registered here (their names, listing fields and the query
parameters Wagtail's API v2 accepts), so the documentation cannot drift from the code.
"""

from django.http import JsonResponse

from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from cms.api_filters import SafeFieldsFilter
from cms.site_url import absolute_url, site_root_url
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

DESCRIPTIONS = {
    "pages": "Published pages of the site, in Dutch and English (Wagtail's pages endpoint).",
    "samenwerkingsverbanden": "Published partnerships of the register.",
    "organisaties": "Organisations that take part in a published partnership.",
}

# The query parameters of Wagtail API v2 listings.
LISTING_PARAMETERS = [
    ("limit", "integer", "Number of items per page (at most 500)."),
    ("offset", "integer", "Index of the first item."),
    ("fields", "string", "Comma-separated fields to add (`*` for all, `-name` to leave out)."),
    ("order", "string", "A field to order by (`-field` for descending, `random`)."),
    ("search", "string", "Full-text search (Dutch and English)."),
]


# Parameters some endpoints add (their viewset's known_query_parameters name them).
EXTRA_PARAMETERS = {
    "lang": ({"type": "string", "enum": ["nl", "en"]}, "The language `search` is read in."),
    "peildatum": (
        {"type": "string", "format": "date"},
        "The register as it was on this day (YYYY-MM-DD): the entries in force then, each "
        "with that day's published state and participants. A date in the future, before the "
        "register's data or not a date is a 400 with a `message`.",
    ),
}


def _endpoints():
    return api_router._endpoints.items()


def api_index(request):
    base = absolute_url("/api/v2/", request)
    return JsonResponse(
        {
            "endpoints": {
                name: {"url": f"{base}{name}/", "description": DESCRIPTIONS.get(name, "")}
                for name, _viewset in _endpoints()
            },
            "openapi": f"{base}openapi.json",
            "licence": "See the open-data page of the register (/nl/register/open-data/).",
        },
        json_dumps_params={"ensure_ascii": False, "indent": 1},
    )


def _extra_parameters(viewset) -> list:
    return [
        {"name": param, "in": "query", "schema": schema, "description": text}
        for param, (schema, text) in EXTRA_PARAMETERS.items()
        if param in viewset.known_query_parameters
    ]


def openapi(request):
    paths = {}
    for name, viewset in _endpoints():
        fields = {
            field: {"type": "integer" if field == "id" else "string"}
            for field in ["id", *viewset.listing_default_fields[1:]]
            if field not in ("type", "detail_url", "html_url")
        }
        item = {"type": "object", "properties": fields}
        paths[f"/api/v2/{name}/"] = {
            "get": {
                "summary": DESCRIPTIONS.get(name, name),
                "parameters": [
                    {"name": param, "in": "query", "schema": {"type": kind}, "description": text}
                    for param, kind, text in LISTING_PARAMETERS
                ]
                + _extra_parameters(viewset),
                "responses": {
                    "200": {
                        "description": "A page of items.",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "meta": {
                                            "type": "object",
                                            "properties": {"total_count": {"type": "integer"}},
                                        },
                                        "items": {"type": "array", "items": item},
                                    },
                                }
                            }
                        },
                    },
                    "400": {"description": "A parameter has a value the API cannot use."},
                },
            }
        }
        paths[f"/api/v2/{name}/{{id}}/"] = {
            "get": {
                "summary": f"One item of {name}.",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
                ]
                + [p for p in _extra_parameters(viewset) if p["name"] == "peildatum"],
                "responses": {
                    "200": {
                        "description": "The item with all its fields.",
                        "content": {"application/json": {"schema": item}},
                    },
                    "404": {"description": "No published item has this id."},
                },
            }
        }
    return JsonResponse(
        {
            "openapi": "3.0.3",
            "info": {
                "title": "Samenwerkingsportaal open-data API",
                "version": "2",
                "description": "Read-only, anonymous, CORS for GET. Licence and sources: the "
                "open-data page of the register.",
            },
            "servers": [{"url": site_root_url(request) + "/"}],
            "paths": paths,
        },
        json_dumps_params={"ensure_ascii": False, "indent": 1},
    )
