from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from stimulans import admin_views

app_name = "stimulans_admin"
urlpatterns = [
    path("", admin_views.index, name="index"),
    path("<int:pk>/", admin_views.detail, name="detail"),
    path("<int:pk>/bijlage/<int:attachment_pk>/", admin_views.attachment, name="attachment"),
]


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("stimulans/", include((urlpatterns, app_name), namespace=app_name))]


class StimulansMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.VIEW)


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return StimulansMenuItem(
        _("Stimulans applications"),
        reverse("stimulans_admin:index"),
        icon_name="form",
        order=450,
    )
