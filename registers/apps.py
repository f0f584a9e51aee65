from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistersConfig(AppConfig):
    name = "registers"
    verbose_name = _("Partnership register")

    def ready(self):
        from registers.search_sources import OrganisationSource, PartnershipSource
        from search import sources

        sources.register(PartnershipSource())
        sources.register(OrganisationSource())
