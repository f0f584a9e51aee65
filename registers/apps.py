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
        self.connect_link_check()
        self.connect_owner_notifications()
        self.connect_exports()
        self.connect_page_cache()
        self.connect_versions()
        self.connect_body_blocks()

    def connect_versions(self):
        """A publish that replaces a published state keeps that state for the register on a
        date (registers/versions.py)."""
        from wagtail.signals import published

        from registers.models import Partnership
        from registers.versions import on_published

        published.connect(on_published, sender=Partnership, dispatch_uid="registers_versions")

    def connect_link_check(self):
        """The register's links in the broken-link report (pages/link_check.py)."""
        from pages import link_check
        from registers.link_sources import register_links

        link_check.register_source(register_links)

    def connect_owner_notifications(self):
        """Stale register entries reach their owners too (pages/owner_notifications.py)."""
        from pages import owner_notifications
        from registers.models import Partnership

        def stale_partnerships(cutoff):
            return Partnership.objects.filter(
                live=True, last_published_at__lt=cutoff, owner__isnull=False
            ).select_related("owner")

        owner_notifications.register_stale_source(stale_partnerships)

    def connect_page_cache(self):
        """What the register's public pages show besides published partnerships (those purge
        through Wagtail's publish signals, cms/page_cache.py)."""
        from cms import page_cache
        from registers.models import (
            Organisation,
            PolicyDomain,
            PortalSettings,
            Region,
            RegionalDivision,
            RegisterSelection,
        )

        page_cache.purge_when_changed(
            Organisation, PolicyDomain, PortalSettings, Region, RegionalDivision, RegisterSelection
        )

    def connect_body_blocks(self):
        """The register selection block in every page body (pages/blocks.py's hook)."""
        from pages.blocks import add_body_block
        from registers.blocks import RegisterSelectionBlock

        add_body_block("register_selection", RegisterSelectionBlock())

    def connect_exports(self):
        """A change to the register starts a new generation of its downloads (exports.py)
        and of what is kept per generation (registers/search.py): the facets' labels and
        result cards name domains and regions, so renaming one is a change too."""
        from django.db.models.signals import post_delete, post_save

        from wagtail.signals import published, unpublished

        from registers.exports import on_register_changed
        from registers.models import (
            Organisation,
            Partnership,
            PolicyDomain,
            Region,
            RegionalDivision,
        )

        for signal in (published, unpublished, post_delete):
            signal.connect(
                on_register_changed, sender=Partnership, dispatch_uid=f"exports_{id(signal)}"
            )
        for model in (Organisation, PolicyDomain, Region, RegionalDivision):
            for signal in (post_save, post_delete):
                signal.connect(
                    on_register_changed,
                    sender=model,
                    dispatch_uid=f"exports_{model._meta.label}_{id(signal)}",
                )
