from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InstrumentsConfig(AppConfig):
    """The programme's instruments as tools: the Instrumentenkoffer's documents, the Fasescan,
    the Rollenkaart and the Financiële scan's comparisons (issue 17)."""

    name = "instruments"
    verbose_name = _("Instruments")
