"""Page routes named like files: …/event.ics and …/feed.ics|rss|atom of the agenda's and the
register's pages, and the register's …/open-data/dcat.ttl.

Wagtail's catch-all URL only matches paths made of [\\w-]+/ segments, so a route named like a
file never reaches its page. This pattern, placed before the catch-all, hands such a path to
Wagtail's serve view as a sub-path with a trailing slash — which is how routable pages
declare these routes (e.g. `@path("event.ics/")`); links are made without the slash.
(Factsheets, …/factsheet.pdf, are not page routes: factsheets/urls.py has its own pattern.)
"""

from django.urls import re_path

from wagtail.views import serve

FILE_ROUTES = r"(?:event\.ics|feed\.(?:ics|rss|atom)|dcat\.ttl)"


def serve_file_route(request, path, filename):
    return serve(request, f"{path}{filename}/")


urlpattern = re_path(
    rf"^(?P<path>(?:[\w\-]+/)+)(?P<filename>{FILE_ROUTES})$", serve_file_route, name="file_route"
)
