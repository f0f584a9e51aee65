from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Pages")

    def ready(self):
        from pages import localize_dates, owner_notifications
        from pages.search import PageSource
        from search import sources

        sources.register(PageSource())
        localize_dates.install()
        owner_notifications.connect()
        self.connect_page_cache()

    def connect_page_cache(self):
        """Anonymous pages are purged when a page, an image or a document changes
        (cms/page_cache.py); the other apps add what their pages show."""
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.models import Locale, Site

        from cms import page_cache

        page_cache.connect()
        page_cache.purge_when_changed(get_image_model(), get_document_model(), Site, Locale)
