from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DossiersConfig(AppConfig):
    """The province's dossiers: per municipality (account holders, interbestuurlijk toezicht)
    and for Belangenbehartiging (issue 17)."""

    name = "dossiers"
    verbose_name = _("Dossiers")
