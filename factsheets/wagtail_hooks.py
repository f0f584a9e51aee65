"""Admin URLs of the factsheets, a menu item under Register, preview buttons."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.ui.menus import MenuItem as ActionMenuItem
from wagtail.admin.widgets import Button

from factsheets import admin_views

REGISTER_MENU = "register"  # menu_name of registers.wagtail_hooks.RegisterViewSetGroup

urlpatterns = [
    path("bundles/", admin_views.bundle_index, name="bundles"),
    path("bundles/<int:pk>/", admin_views.bundle_detail, name="bundle"),
    path("bundles/<int:pk>/download/", admin_views.bundle_download, name="bundle_download"),
    path(
        "preview/partnership/<int:pk>/",
        admin_views.preview_partnership,
        name="preview_partnership",
    ),
    path(
        "preview/programme-line/<int:pk>/",
        admin_views.preview_programme_line,
        name="preview_programme_line",
    ),
]


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("factsheets/", include((urlpatterns, "factsheets_admin")))]


class BundleMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_bundle(request.user)


def bundle_menu_item():
    return BundleMenuItem(
        _("Factsheets as ZIP"),
        reverse("factsheets_admin:bundles"),
        name="factsheet-bundles",
        icon_name="doc-full",
        order=900,
    )


@hooks.register("construct_main_menu")
def add_to_register_menu(request, menu_items):
    """Put "Factsheets as ZIP" in the Register submenu. The group registers no submenu hook,
    so the submenu is rebuilt for this request with our item appended (the registered menu
    itself is not changed). Without a Register menu the item goes in the main menu."""
    item = bundle_menu_item()
    if not item.is_shown(request):
        return
    for index, menu_item in enumerate(menu_items):
        if isinstance(menu_item, SubmenuMenuItem) and menu_item.name == REGISTER_MENU:
            items = [*menu_item.menu.registered_menu_items, item]
            menu_items[index] = SubmenuMenuItem(
                menu_item.label,
                Menu(items=items),
                name=menu_item.name,
                icon_name=menu_item.icon_name,
                order=menu_item.order,
                classname=menu_item.classname,
            )
            return
    menu_items.append(item)


@hooks.register("register_snippet_listing_buttons")
def partnership_factsheet_button(snippet, user, next_url=None):
    from registers.models import Partnership

    if isinstance(snippet, Partnership) and admin_views.can_bundle(user):
        yield ActionMenuItem(
            _("Factsheet (PDF)"),
            reverse("factsheets_admin:preview_partnership", args=[snippet.pk]),
            icon_name="doc-full",
            priority=90,
        )


@hooks.register("register_page_header_buttons")
def programme_line_factsheet_button(page, user, view_name, next_url=None):
    from pages.models import ProgrammeLinePage

    specific = page.specific_deferred
    if isinstance(specific, ProgrammeLinePage) and page.permissions_for_user(user).can_edit():
        yield Button(
            _("Factsheet (PDF)"),
            reverse("factsheets_admin:preview_programme_line", args=[page.pk]),
            icon_name="doc-full",
            priority=90,
        )
