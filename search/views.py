from django.template.response import TemplateResponse

from cms.pagination import paginate
from cms.querystring import clean_text
from search.queries import search_pages

RESULTS_PER_PAGE = 10


def search(request):
    """Site search over every page type in the visitor's language."""
    query = clean_text(request.GET.get("q", ""), 200)
    page_obj = paginate(request, search_pages(query) if query else [], RESULTS_PER_PAGE)
    return TemplateResponse(
        request,
        "search/search.html",
        {"query": query, "page_obj": page_obj, "results": page_obj.object_list},
    )
