from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "sitesearch"
    verbose_name = _("Site search")

    def ready(self):
        from search import indexing

        indexing.connect()
        self.connect_page_cache()

    def connect_page_cache(self):
        """Synonyms change the register's and site search's results (cms/page_cache.py)."""
        from cms import page_cache
        from search.models import Synonym

        page_cache.purge_when_changed(Synonym)
