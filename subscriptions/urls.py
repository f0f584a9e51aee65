"""The subscription pages, inside the language prefix (cms/urls.py: /nl/volgen/…,
/en/follow/…)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from subscriptions import views

app_name = "subscriptions"

urlpatterns = [
    path("", views.subscribe, name="subscribe"),
    path(_("confirm/<str:token>/"), views.confirm, name="confirm"),
    path(_("unsubscribe/<str:token>/"), views.unsubscribe, name="unsubscribe"),
    path(_("manage/<str:token>/"), views.manage, name="manage"),
]
