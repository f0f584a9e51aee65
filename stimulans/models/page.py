"""The Stimulans in Samenwerking page: the instrument page with the application route below it.

    <page>aanvragen/                    start an application (en: apply/)
    <page>aanvraag/<token>/             the draft, through the signed link (en: application/)
    <page>aanvraag/<token>/status/      the applicant's status page
    <page>toegekend/                    the public list of granted projects (en: granted/)

The views live in stimulans/views.py; the page only maps URLs onto them.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from pages.models import InstrumentPage
from pages.models.routes import TranslatedRoutesMixin


class StimulansPage(TranslatedRoutesMixin, RoutablePageMixin, InstrumentPage):
    """The instrument page of Stimulans in Samenwerking, where applications are made."""

    ROUTE_WORDS = {
        "en": {
            "aanvragen/": "apply/",
            "aanvraag/": "application/",
            "toegekend/": "granted/",
        }
    }

    parent_page_types = ["pages.InstrumentIndexPage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "stimulans/stimulans_page.html"

    class Meta:
        verbose_name = _("Stimulans in Samenwerking page")
        verbose_name_plural = _("Stimulans in Samenwerking pages")

    @path("", name="detail")
    def detail(self, request):
        return self.render(request)

    @path("aanvragen/", name="start")
    def start(self, request):
        from stimulans import views

        return views.start(request, self)

    @path("aanvraag/<str:token>/", name="application")
    def application(self, request, token):
        from stimulans import views

        return views.edit(request, self, token)

    @path("aanvraag/<str:token>/status/", name="status")
    def status(self, request, token):
        from stimulans import views

        return views.status(request, self, token)

    @path("toegekend/", name="granted")
    def granted(self, request):
        from stimulans import views

        return views.granted(request, self)

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        urls.append({"location": self.get_full_url(request) + self.subpath("toegekend/")})
        return urls

    def route_url(self, name: str, *args, full: bool = False, request=None) -> str:
        base = self.get_full_url(request) if full else self.get_url(request)
        return base + self.reverse_subpage(name, args=args)

    def for_language(self, language: str):
        """This page in `language`'s tree, or this page when it has no translation there."""
        if self.locale.language_code == language:
            return self
        from wagtail.models import Locale

        locale = Locale.objects.filter(language_code=language).first()
        found = self.get_translation_or_none(locale) if locale else None
        return found.specific if found is not None and found.live else self
