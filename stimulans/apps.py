from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StimulansConfig(AppConfig):
    """Stimulans in Samenwerking: applications, their assessment and the granted projects
    (issue 17)."""

    name = "stimulans"
    verbose_name = _("Stimulans in Samenwerking")

    def ready(self):
        from cms import page_cache
        from pages.models.instrument import allow_below_instrument_index
        from registers import organisation_sections
        from registers.province import register_role_source
        from stimulans.grants import grant_provider_role, organisation_grants_section
        from stimulans.models import Application

        # The public list, the partnership pages and the organisation pages show granted
        # applications.
        page_cache.purge_when_changed(Application)
        register_role_source(grant_provider_role)
        organisation_sections.register("stimulans", organisation_grants_section, order=60)
        # Editors add the Stimulans page beside the instruments (pages names no higher app).
        allow_below_instrument_index("stimulans.StimulansPage")
