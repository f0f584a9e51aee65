from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

# Paths outside the language trees: a 404 there is an answer, not a missing language prefix.
UNPREFIXED = (
    "/api/",
    "/admin/",
    "/documents/",
    "/static/",
    "/media/",
    "/sitemap.xml",
    "/robots.txt",
)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware redirects any 404 to /<language>/<path> when that path
    resolves, and Wagtail's catch-all resolves everything; API clients must get their 404."""

    def process_response(self, request, response):
        if request.path.startswith(UNPREFIXED):
            return response
        return super().process_response(request, response)
