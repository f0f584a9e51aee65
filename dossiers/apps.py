from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DossiersConfig(AppConfig):
    """The province's dossiers: per municipality (account holders, interbestuurlijk toezicht)
    and for Belangenbehartiging (issue 17)."""

    name = "dossiers"
    verbose_name = _("Dossiers")

    def ready(self):
        from cms import page_cache
        from dossiers import sections
        from dossiers.models import AccountHolder, SupervisionJudgement
        from dossiers.organisation_feed import items as feed_items
        from registers import feeds, organisation_sections

        organisation_sections.register("account_holders", sections.account_holders, order=10)
        organisation_sections.register("supervision", sections.supervision, order=20)
        organisation_sections.register(
            "belangenbehartiging", sections.belangenbehartiging, order=60
        )
        feeds.register_organisation_items("dossier", feed_items)
        # The organisation pages show them (the dossier pages purge through Wagtail's signals).
        page_cache.purge_when_changed(AccountHolder, SupervisionJudgement)
