from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FactsheetsConfig(AppConfig):
    name = "factsheets"
    verbose_name = _("Factsheets")

    def ready(self):
        from factsheets import checks, signals  # noqa: F401 - checks registers itself
        from factsheets.pdf_structure import install_language_of_parts

        signals.connect()
        install_language_of_parts()
