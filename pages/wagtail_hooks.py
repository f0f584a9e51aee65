from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.permission_policies.pages import PagePermissionPolicy

from pages.translation_rules import source_not_live_message, unpublished_source
from pages.translation_status import stale_translations


def _refuse_if_source_not_live(request, page):
    source = unpublished_source(page)
    if source is None:
        return None
    messages.error(request, source_not_live_message(page, source))
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))


@hooks.register("before_publish_page")
def refuse_publishing_before_the_source(request, page):
    # Runs after the editor saved the revision: the edit stays as a draft.
    return _refuse_if_source_not_live(request, page)


@hooks.register("before_edit_page")
def refuse_approving_before_the_source(request, page):
    # "Goedkeuren" on the last task publishes; refuse it before the form is saved.
    if request.method == "POST" and request.POST.get("workflow-action-name") == "approve":
        return _refuse_if_source_not_live(request, page)
    return None


class StaleTranslationsPanel(Component):
    """Dashboard: translations whose Dutch source changed since they were translated."""

    name = "stale_translations"
    order = 60
    template_name = "pages/admin/stale_translations_panel.html"

    def __init__(self, rows):
        self.rows = rows

    def get_context_data(self, parent_context=None):
        return {"rows": self.rows}


@hooks.register("construct_homepage_panels")
def add_stale_translations_panel(request, panels):
    if not PagePermissionPolicy().user_has_permission(request.user, "change"):
        return
    rows = stale_translations()
    if rows:
        panels.append(StaleTranslationsPanel(rows))
