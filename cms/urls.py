from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms import file_routes
from cms.api import api_index, api_router, openapi
from cms.spreadsheets import protect_wagtail_exports
from pages.sitemaps import LocalisedSitemap
from pages.views import robots_txt, sitemap_page
from search import views as search_views

# The admin's CSV/XLSX listing exports neutralise spreadsheet formulas (issue 11).
protect_wagtail_exports()

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": LocalisedSitemap}}),
    path("robots.txt", robots_txt),
    path("api/v2/", api_index, name="api_index"),
    path("api/v2/openapi.json", openapi, name="api_openapi"),
    path("api/v2/", api_router.urls),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Everything a visitor reads lives under /nl/ or /en/; "/" redirects by the browser's
# language preference (LocaleMiddleware).
urlpatterns += i18n_patterns(
    path(_("search/"), search_views.search, name="search"),
    path(_("search/suggestions/"), search_views.search_suggestions, name="search_suggestions"),
    path(_("sitemap/"), sitemap_page, name="sitemap_page"),
    path("", include("factsheets.urls")),
    path("", include("registers.urls")),
    path(_("follow/"), include("subscriptions.urls")),
    file_routes.urlpattern,
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler500 = "pages.views.server_error"
