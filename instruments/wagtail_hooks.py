"""The saved Fasescan phases in the admin (Snippets › Fasescan phases): Registerbeheer sees,
filters, inspects and may delete them (instruments/migrations/0002_registerbeheer_permissions).
New ones come from the Fasescan itself, where the answers are scored again."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from instruments.models import PartnershipPhase


class PartnershipPhaseViewSet(SnippetViewSet):
    model = PartnershipPhase
    icon = "list-ol"
    menu_label = _("Fasescan phases")
    menu_order = 260
    add_to_admin_menu = True
    search_backend_name = None
    search_fields = ["partnership__name"]
    list_display = ["partnership", "phase", "saved_at", "source"]
    list_filter = ["phase", "source"]
    list_export = ["partnership", "phase", "saved_at", "source", "answers", "scores"]
    inspect_view_enabled = True
    inspect_view_fields = ["partnership", "phase", "saved_at", "source", "answers", "scores"]
    panels = [FieldPanel("phase", read_only=True), FieldPanel("saved_at", read_only=True)]


register_snippet(PartnershipPhaseViewSet)
