"""The broken-link report in the admin (Reports → Broken links): the failing addresses of the
last `manage.py check_links` run, where they occur, with CSV/XLSX export (Wagtail's
ReportView). Shown to whoever may view checked links: the Redactie and Registerbeheer
(pages/migrations/0005)."""

from django.utils.translation import gettext_lazy as _

import django_filters
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from pages.models import CheckedLink, LinkOutcome

FAILING = [LinkOutcome.BROKEN, LinkOutcome.UNREACHABLE, LinkOutcome.REFUSED]


class BrokenLinkFilterSet(WagtailFilterSet):
    outcome = django_filters.ChoiceFilter(
        label=_("Outcome"),
        choices=[(value, label) for value, label in LinkOutcome.choices if value in FAILING],
        empty_label=_("Every failing link"),
    )

    class Meta:
        model = CheckedLink
        fields = ["outcome"]


class PlacesColumn(Column):
    cell_template_name = "pages/admin/link_places_cell.html"


class OutcomeColumn(Column):
    cell_template_name = "pages/admin/link_outcome_cell.html"


class BrokenLinksView(ReportView):
    page_title = _("Broken links")
    header_icon = "warning"
    index_url_name = "broken_links"
    index_results_url_name = "broken_links_results"
    filterset_class = BrokenLinkFilterSet
    permission_policy = ModelPermissionPolicy(CheckedLink)
    permission_required = "view"
    model = CheckedLink
    columns = [
        Column("url", label=_("Address")),
        OutcomeColumn("outcome", label=_("Outcome")),
        PlacesColumn("places", label=_("Where")),
        DateColumn("failing_since", label=_("Failing since")),
        DateColumn("checked_at", label=_("Checked")),
    ]
    list_export = ["url", "outcome", "status_code", "error", "places_text", "failing_since"]
    export_headings = {
        "url": _("Address"),
        "outcome": _("Outcome"),
        "status_code": _("HTTP status"),
        "error": _("Error"),
        "places_text": _("Where"),
        "failing_since": _("Failing since"),
    }
    custom_field_preprocess = {
        "outcome": {
            "csv": lambda value: str(LinkOutcome(value).label),
            "xlsx": lambda value: str(LinkOutcome(value).label),
        }
    }

    def get_queryset(self):
        return CheckedLink.objects.filter(outcome__in=FAILING).order_by("-failing_since", "url")

    def get_filename(self):
        return "kapotte-links"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        last = CheckedLink.objects.order_by("-checked_at").values_list("checked_at", flat=True)
        context["last_checked_at"] = last.first()
        return context
