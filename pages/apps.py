from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Pages")

    def ready(self):
        from pages import localize_dates
        from pages.search import PageSource
        from search import sources

        sources.register(PageSource())
        localize_dates.install()
