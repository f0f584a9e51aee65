"""Reports › E-mail subscriptions: how many follow the register, for Registerbeheer (and
superusers), with the permission subscriptions.view_subscription_counts.

Counts only, never addresses: nobody in the admin needs them to run the register (the digest
command mails them, visitors manage their own through their signed links), so no group sees
them and the model is registered as no snippet. A support question about one address is
answered by the address's own manage link, which every mail carries.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from subscriptions.models import Frequency, Kind, Subscription

PERMISSION = "subscriptions.view_subscription_counts"
TOP = 10


def report(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    confirmed = Subscription.objects.filter(confirmed_at__isnull=False)
    counts = confirmed.aggregate(
        total=Count("pk"),
        addresses=Count("address_key", distinct=True),
        **{f"{k}_{f}": Count("pk", filter=Q(kind=k, frequency=f)) for k in Kind for f in Frequency},
    )
    rows = [
        {
            "kind": kind.label,
            "daily": counts[f"{kind}_{Frequency.DAILY}"],
            "weekly": counts[f"{kind}_{Frequency.WEEKLY}"],
        }
        for kind in Kind
    ]
    top = {
        "organisations": confirmed.filter(kind=Kind.ORGANISATION)
        .values("organisation__name")
        .annotate(n=Count("pk"))
        .order_by("-n", "organisation__name")[:TOP],
        "partnerships": confirmed.filter(kind=Kind.PARTNERSHIP)
        .values("partnership__name")
        .annotate(n=Count("pk"))
        .order_by("-n", "partnership__name")[:TOP],
    }
    return TemplateResponse(
        request,
        "subscriptions/admin/report.html",
        {
            "rows": rows,
            "counts": counts,
            "unconfirmed": Subscription.objects.filter(confirmed_at__isnull=True).count(),
            "top": top,
        },
    )


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("reports/subscriptions/", report, name="subscription_report")]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return ReportMenuItem(
        _("E-mail subscriptions"),
        reverse("subscription_report"),
        name="subscriptions",
        icon_name="mail",
    )
