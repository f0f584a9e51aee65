from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component

from registers.currency import unverified_partnerships, verification_cutoff
from registers.models import VerificationRound


class UnverifiedPartnershipsPanel(Component):
    """Dashboard panel "Actueel": what Registerbeheer should check next."""

    name = "unverified_partnerships"
    order = 150
    template_name = "registers/admin/unverified_panel.html"
    title = _("Register entries to verify")
    limit = 10
    rounds = 3  # the progress of the latest rounds

    def get_context_data(self, parent_context=None):
        partnerships = unverified_partnerships()
        rounds = list(VerificationRound.objects.all()[: self.rounds])
        return {
            "title": self.title,
            "partnerships": partnerships[: self.limit],
            "total": partnerships.count(),
            "cutoff": verification_cutoff(),
            "rounds": [(r, r.progress()) for r in rounds],
        }


class DataQualityPanel(Component):
    """Dashboard panel: possible duplicates and entries that need work."""

    name = "register_data_quality"
    order = 160
    template_name = "registers/admin/data_quality_panel.html"
    title = _("Register data quality")

    def get_context_data(self, parent_context=None):
        from registers.quality import counts as quality_counts

        counts = quality_counts()
        return {"title": self.title, **counts, "duplicate_count": len(counts["duplicates"])}


class MergeProposalsPanel(Component):
    """Dashboard panel: merges of duplicates another registerbeheerder proposed, awaiting
    this person's review (registers/merge_review.py); nothing when there are none."""

    name = "merge_proposals"
    order = 140
    template_name = "registers/admin/merge_proposals_panel.html"
    title = _("Merges awaiting your review")
    limit = 10

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        from registers.merge_review import awaiting

        proposals = awaiting(self.user)
        return {
            "title": self.title,
            "proposals": proposals[: self.limit],
            "total": proposals.count(),
        }

    def render_html(self, parent_context=None):
        from registers.merge_review import awaiting

        if not awaiting(self.user).exists():
            return ""
        return super().render_html(parent_context)
