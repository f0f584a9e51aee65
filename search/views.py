from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse

from search.queries import search_pages

RESULTS_PER_PAGE = 10


def search(request):
    """Site search over every page type in the visitor's language."""
    query = request.GET.get("q", "").strip()
    results = search_pages(query) if query else []
    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        page_obj = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page_obj = paginator.page(1)
    except EmptyPage:
        page_obj = paginator.page(paginator.num_pages)
    return TemplateResponse(
        request,
        "search/search.html",
        {"query": query, "page_obj": page_obj, "results": page_obj.object_list},
    )
