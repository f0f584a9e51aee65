"""Site search: parse the request, call search/site.py, paginate, render."""

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from cms.pagination import paginate
from cms.querystring import clean_text
from search.site import autocomplete, prepare_for_display, search_site

RESULTS_PER_PAGE = 10


def _promotions(query_text):
    """Editors' picks for this query; the query is also counted for the popular-queries report."""
    query = Query.get(query_text)
    query.add_hit()
    return list(
        SearchPromotion.objects.filter(query=query).select_related("page").order_by("sort_order")
    )


@require_GET
def search(request):
    """Site search over every page type in the visitor's language and the register."""
    raw = clean_text(request.GET.get("q", ""), 200)
    result = search_site(raw, request.GET.get("type", ""))
    page_obj = paginate(request, result.hits, RESULTS_PER_PAGE)
    words = (result.corrected or result.query).split()
    prepare_for_display(page_obj.object_list, words, request)
    first_page = page_obj.number == 1
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "query": raw,
            "result": result,
            "corrected": result.corrected,
            "page_obj": page_obj,
            "results": page_obj.object_list,
            "promotions": _promotions(result.query) if result.query and first_page else [],
        },
    )


@require_GET
def search_suggestions(request):
    """Autocomplete for the search box (JSON): titles and names starting with `q`."""
    # `type`: one kind of result only (the register's search box asks for partnerships).
    suggestions = autocomplete(
        request.GET.get("q", ""), type_key=clean_text(request.GET.get("type", ""), 40)
    )
    prepare_for_display([item["object"] for item in suggestions], [], request)
    return JsonResponse(
        {
            "suggestions": [
                {"label": item["label"], "type": item["type"], "url": item["object"].url}
                for item in suggestions
            ]
        }
    )
