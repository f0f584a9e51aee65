from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Locale

from pages.models import SitePage
from pages.models.routes import TranslatedRoutesMixin


class RegisterPage(TranslatedRoutesMixin, RoutablePageMixin, SitePage):
    """The public register: one per language tree. It serves the search with facets, every
    partnership's page, the organisation pages, the network view and the insights, so they
    have stable URLs under /nl/register/ and /en/register/."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "registers/register_page.html"

    class Meta:
        verbose_name = _("register page")
        verbose_name_plural = _("register pages")

    # The routes below are declared in Dutch; the English register answers in English words
    # and redirects the Dutch ones (pages/models/routes.py).
    ROUTE_WORDS = {
        "en": {
            "organisaties/": "organisations/",
            "netwerk/": "network/",
            "inzichten/": "insights/",
            "financiele-scan/": "financial-scan/",
        }
    }

    @classmethod
    def for_active_language(cls):
        """The live register page of the visitor's language (or any live one)."""
        pages = cls.objects.live()
        return (
            pages.filter(locale=Locale.get_active()).first()
            or pages.filter(locale=Locale.get_default()).first()
            or pages.first()
        )

    # Routes: the views live in registers/views.py; the page only maps URLs onto them. The
    # factsheet of what a route shows (<route>factsheet.pdf) is the factsheets app's: see
    # factsheets/routing.py.

    @path("")
    def register(self, request):
        from registers import views

        return views.register(request, self)

    @path("feed.<kind>/")
    def register_feed(self, request, kind):
        from registers import views

        if kind not in ("atom", "rss"):
            raise Http404
        return views.register_feed(request, self, kind)

    @path("organisaties/")
    def organisations(self, request):
        from registers import views

        return views.organisation_index(request, self)

    @path("organisaties/<slug:slug>/")
    def organisation(self, request, slug):
        from registers import views

        return views.organisation_detail(request, self, slug)

    @path("organisaties/<slug:slug>/feed.<kind>/")
    def organisation_feed(self, request, slug, kind):
        from registers import views

        if kind not in ("atom", "rss"):
            raise Http404
        return views.organisation_feed(request, self, slug, kind)

    @path("netwerk/")
    def network(self, request):
        from registers import views

        return views.network(request, self)

    @path("inzichten/")
    def insights(self, request):
        from registers import views

        return views.insights(request, self)

    @path("financiele-scan/")
    def financial_scan(self, request):
        from registers import scan_views

        return scan_views.scan_index(request, self)

    @path("financiele-scan/<slug:slug>/")
    def financial_scan_domain(self, request, slug):
        from registers import scan_views

        return scan_views.scan_domain(request, self, slug)

    @path("open-data/")
    def open_data(self, request):
        from registers import views

        return views.open_data(request, self)

    @path("open-data/dcat/")
    def open_data_dcat(self, request):
        from registers import views

        return views.open_data_dcat(request, self)

    @path("open-data/dcat.ttl/")
    def open_data_dcat_turtle(self, request):
        from registers import views

        return views.open_data_dcat_turtle(request, self)

    @path("<slug:slug>/")
    def partnership(self, request, slug):
        from registers import views

        return views.partnership_detail(request, self, slug)

    @path("<slug:slug>/feed.<kind>/")
    def partnership_feed(self, request, slug, kind):
        from registers import views

        if kind not in ("atom", "rss"):
            raise Http404
        return views.partnership_feed(request, self, slug, kind)

    def get_sitemap_urls(self, request=None):
        from registers.models import Organisation, Partnership

        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        for slug, lastmod in Partnership.objects.public().values_list("slug", "last_published_at"):
            urls.append({"location": f"{base}{slug}/", "lastmod": lastmod})
        for slug in (
            Organisation.objects.public()
            .filter(memberships__partnership__live=True)
            .distinct()
            .values_list("slug", flat=True)
        ):
            urls.append({"location": f"{base}{self.subpath(f'organisaties/{slug}/')}"})
        return urls

    @property
    def financial_scan_subpath(self) -> str:
        """For templates (the route's hyphen rules out `route_words`)."""
        return self.subpath("financiele-scan/")

    def partnership_url(self, partnership, request=None):
        return f"{self.get_url(request)}{partnership.slug}/"

    def organisation_url(self, organisation, request=None):
        return f"{self.get_url(request)}{self.subpath(f'organisaties/{organisation.slug}/')}"
