"""Where factsheets live: at the URL of what they describe, followed by factsheet.pdf.

    /nl/register/factsheet.pdf?<filters>             the register selection
    /nl/register/<slug>/factsheet.pdf                a partnership
    /nl/register/organisaties/<slug>/factsheet.pdf   an organisation
    <programme line URL>factsheet.pdf                a programme line

and the same in the English tree. The pages know only their own routes; these URLs are the
factsheets app's. factsheets/urls.py (placed before Wagtail's catch-all, which matches no name
with a dot) hands every …/factsheet.pdf to `serve`, which finds what the path in front of it
shows through Wagtail's own routing, so the site, the language tree, aliases and the live
check work as for the page itself, and then runs Wagtail's serve hooks for that page, so its
view restrictions and allowed methods apply too. The page's type and route decide which
factsheet it is; a path that shows something without a factsheet is a 404.
"""

from django.http import Http404, HttpResponse

from wagtail import hooks
from wagtail.models import Page

from factsheets import views
from pages.models import ProgrammeLinePage
from registers.models import RegisterPage

FILENAME = "factsheet.pdf"

# (page type, name of the page's route) → the factsheet of what that route shows.
FACTSHEETS = {
    (RegisterPage, "register"): views.register_factsheet,
    (RegisterPage, "partnership"): views.partnership_factsheet,
    (RegisterPage, "organisation"): views.organisation_factsheet,
    (ProgrammeLinePage, "programme_line"): views.programme_line_factsheet,
}


def factsheet_url(url: str | None, query: str = "") -> str | None:
    """The factsheet of what `url` shows (a page's URL, or one of its routes'); `query` is a
    register selection's query string."""
    if url is None:
        return None
    return f"{url}{FILENAME}?{query}" if query else f"{url}{FILENAME}"


def serve(request, path):
    """The factsheet at `path` + factsheet.pdf, answered as Wagtail answers a page."""
    route = Page.route_for_request(request, path)
    if route is None:
        raise Http404
    page, args, kwargs = route
    # Set by RoutablePageMixin.route() for the routable page it resolved; None for others.
    match = getattr(request, "routable_resolver_match", None)
    view = FACTSHEETS.get((type(page), match.url_name if match else None))
    if view is None:
        raise Http404
    view_args, view_kwargs = (match.args, match.kwargs) if match else ((), {})

    def serve_factsheet(page, request, serve_args, serve_kwargs):
        return view(request, page, *view_args, **view_kwargs)

    # As wagtail.views.serve does for the page; only the last link of the chain differs.
    serve_chain = serve_factsheet
    for wrap in reversed(hooks.get_hooks("on_serve_page")):
        serve_chain = wrap(serve_chain)
    for before_serve in hooks.get_hooks("before_serve_page"):
        result = before_serve(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return serve_chain(page, request, args, kwargs)
