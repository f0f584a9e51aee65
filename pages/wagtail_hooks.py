from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.action_menu import WorkflowMenuItem
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.permission_policies.pages import PagePermissionPolicy

from pages.translation_review import translation_review_action
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


@hooks.register("register_admin_urls")
def register_translation_review_urls():
    return [
        path(
            "translations/<int:translation_id>/review/<slug:action>/",
            translation_review_action,
            name="pages_translation_review",
        )
    ]


@hooks.register("construct_page_action_menu")
def say_that_the_last_approval_publishes(menu_items, request, context):
    # With reapproval on edit Wagtail labels the last task's approval plain "Goedkeuren",
    # though it publishes the page (a reviewer's own edits included: pages/workflow.py).
    page = context.get("page")
    state = page.current_workflow_state if page else None
    if not (state and state.is_at_final_task):
        return
    for item in menu_items:
        if isinstance(item, WorkflowMenuItem) and item.name == "approve":
            item.label = (
                _("Approve with comment and publish")
                if item.launch_modal
                else _("Approve and publish")
            )


@hooks.register("register_admin_urls")
def register_broken_links_report():
    from pages.link_report import BrokenLinksView

    return [
        path("reports/broken-links/", BrokenLinksView.as_view(), name="broken_links"),
        path(
            "reports/broken-links/results/",
            BrokenLinksView.as_view(results_only=True),
            name="broken_links_results",
        ),
    ]


class BrokenLinksMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("pages.view_checkedlink")


@hooks.register("register_reports_menu_item")
def register_broken_links_menu_item():
    return BrokenLinksMenuItem(
        _("Broken links"), reverse("broken_links"), name="broken-links", icon_name="warning"
    )
