from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InstrumentsConfig(AppConfig):
    """The programme's instruments as tools: the Instrumentenkoffer's documents, the Fasescan,
    the Rollenkaart and the Financiële scan's comparisons (issue 17)."""

    name = "instruments"
    verbose_name = _("Instruments")

    def ready(self):
        from cms import page_cache
        from instruments.models import GeneratedDocument, PartnershipPhase
        from instruments.sections import SECTIONS
        from pages.models.instrument import allow_below_instruments
        from registers.partnership_sections import register_partnership_section

        # The tools are pages below the Instrumentenkoffer (an InstrumentPage of `pages`).
        allow_below_instruments(
            "instruments.ToolPage", "instruments.FasescanPage", "instruments.RollenkaartPage"
        )
        for section in SECTIONS:
            register_partnership_section(section)
        # A saved phase shows on the (cached) partnership page; new files on the tool pages.
        page_cache.purge_when_changed(PartnershipPhase, GeneratedDocument)
