"""Editors see when the search index is behind (the search cluster was unreachable), and
keep the search synonyms (Snippets › Search synonyms)."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.models import PendingIndexUpdate, Synonym


class PendingIndexUpdatesPanel(Component):
    name = "pending_index_updates"
    order = 50
    template_name = "search/admin/pending_panel.html"

    def get_context_data(self, parent_context=None):
        pending = PendingIndexUpdate.objects.order_by("created_at")
        return {
            "title": _("Search index is behind"),
            "count": pending.count(),
            "oldest": pending.first(),
        }


@hooks.register("construct_homepage_panels")
def add_pending_panel(request, panels):
    if PendingIndexUpdate.objects.exists():
        panels.insert(0, PendingIndexUpdatesPanel())


def _warn_if_pending(request, instance):
    from django.contrib import messages
    from django.contrib.contenttypes.models import ContentType

    content_type = ContentType.objects.get_for_model(instance, for_concrete_model=False)
    if PendingIndexUpdate.objects.filter(
        content_type=content_type, object_id=str(instance.pk)
    ).exists():
        messages.warning(
            request,
            _(
                "Saved. The search service could not be reached, so visitors may not find this "
                "change in search yet; it is retried automatically."
            ),
        )


@hooks.register("after_publish_page")
@hooks.register("after_unpublish_page")
def warn_after_page(request, page):
    _warn_if_pending(request, page)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def warn_after_snippet(request, instance):
    _warn_if_pending(request, instance)


# --- the synonyms editors keep (search.models.Synonym) ------------------------------------


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "list-ul"
    menu_label = _("Search synonyms")
    menu_order = 900
    add_to_admin_menu = False
    list_display = ["terms", "note", "updated_at"]
    search_fields = ["terms", "note"]
    ordering = ["terms"]


register_snippet(SynonymViewSet)
