"""Registrations in the Wagtail admin: organisers list, filter and export those of their own
events; superusers see all, and may delete one (an erasure request under the GDPR).
Registrations come from visitors only, so nobody adds or edits them here."""

import datetime

from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

import django_filters
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from agenda.choices import RegistrationStatus
from agenda.conf import EVENT_TIME_ZONE
from agenda.models import EventPage, Registration
from agenda.registration import cancel


class RegistrationPermissionPolicy(ModelPermissionPolicy):
    """Viewing, only for the registrations of the user's own events; deleting, superusers."""

    def user_has_permission(self, user, action):
        if action == "delete":
            return user.is_active and user.is_superuser
        if action != "view":
            return False
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return (
            self.user_has_permission(user, action)
            and Registration.objects.visible_to(user).filter(pk=instance.pk).exists()
        )

    def instances_user_has_any_permission_for(self, user, actions):
        if any(self.user_has_permission(user, action) for action in actions):
            return Registration.objects.visible_to(user)
        return Registration.objects.none()


# Registered before the viewset below is, so Wagtail never makes a fallback policy for it.
register_permission_policy(Registration, RegistrationPermissionPolicy(Registration))


def _own_events(request):
    if request is None:
        return EventPage.objects.none()
    if request.user.is_superuser:
        return EventPage.objects.all().order_by("-start")
    visible = Registration.objects.visible_to(request.user).values("event_id")
    return EventPage.objects.filter(pk__in=visible).order_by("-start")


class RegistrationFilterSet(WagtailFilterSet):
    event = django_filters.ModelChoiceFilter(queryset=_own_events, label=_("Event"))
    status = django_filters.ChoiceFilter(choices=RegistrationStatus.choices, label=_("Status"))

    class Meta:
        model = Registration
        fields = ["event", "status", "language"]


class OwnRegistrationsMixin:
    """Every view starts from the registrations the user may see, so another event's
    registration is a 404, whatever its id."""

    def get_base_queryset(self):
        return Registration.objects.visible_to(self.request.user).select_related("event")

    def get_object(self, queryset=None):
        if getattr(self, "object", None):
            return self.object
        visible = Registration.objects.visible_to(self.request.user)
        return get_object_or_404(visible, pk=self.kwargs["pk"])


def _local_time_text(value):
    return timezone.localtime(value, EVENT_TIME_ZONE).strftime("%Y-%m-%d %H:%M")


def _local_time_naive(value):
    return timezone.localtime(value, EVENT_TIME_ZONE).replace(tzinfo=None)


class RegistrationIndexView(OwnRegistrationsMixin, generic.IndexView):
    # Exports show times as the organiser reads them: Dutch time, to the minute.
    custom_value_preprocess = {
        datetime.datetime: {"csv": _local_time_text, "xlsx": _local_time_naive},
        (datetime.date, datetime.time): {"xlsx": None},
    }


class RegistrationInspectView(OwnRegistrationsMixin, generic.InspectView):
    pass


class RegistrationDeleteView(OwnRegistrationsMixin, generic.DeleteView):
    def delete_action(self):
        # Cancel first, so a confirmed place goes to the waiting list (with its emails). Then
        # delete without Wagtail's delete log entry, which would keep the person's name.
        cancel(self.object)
        self.object.delete()


class RegistrationViewSet(ModelViewSet):
    model = Registration
    icon = "group"
    menu_label = _("Registrations")
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = RegistrationIndexView
    inspect_view_class = RegistrationInspectView
    delete_view_class = RegistrationDeleteView
    inspect_view_enabled = True
    copy_view_enabled = False
    add_to_reference_index = False
    list_display = ["name", "email", "organisation", "event_title", "status", "created_at"]
    filterset_class = RegistrationFilterSet
    search_fields = ["name", "email", "organisation"]
    list_export = [
        "event_title",
        "get_status_display",
        "name",
        "email",
        "organisation",
        "role",
        "needs",
        "get_language_display",
        "created_at",
        "promoted_at",
        "cancelled_at",
    ]
    export_headings = {
        "event_title": _("Event"),
        "get_status_display": _("Status"),
        "name": _("Name"),
        "email": _("Email address"),
        "organisation": _("Organisation"),
        "role": _("Job title or role"),
        "needs": _("Accessibility or dietary requirements"),
        "get_language_display": _("Language"),
        "created_at": _("Registered at"),
        "promoted_at": _("Moved up from the waiting list"),
        "cancelled_at": _("Cancelled"),
    }
    export_filename = "aanmeldingen"
    inspect_view_fields = [
        "event",
        "status",
        "name",
        "email",
        "organisation",
        "role",
        "needs",
        "language",
        "consent_at",
        "created_at",
        "promoted_at",
        "cancelled_at",
        "reminded_at",
    ]

    def get_urlpatterns(self):
        # Listing (with export), inspecting and deleting only: no add, edit, copy, history or
        # usage views, which would each need their own per-event check.
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("delete/<int:pk>/", self.delete_view, name="delete"),
        ]

    def get_common_view_kwargs(self, **kwargs):
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        for name in ("add_url_name", "edit_url_name", "history_url_name", "usage_url_name"):
            view_kwargs[name] = None
        return view_kwargs


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return RegistrationViewSet("registrations")
