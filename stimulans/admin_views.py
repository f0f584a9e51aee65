"""The assessment in the Wagtail admin, for the Stimulans group: the submitted applications with
their decision term, one application with its attachments and history, and the change of state.

Permissions: stimulans.view_application to see, stimulans.assess_application to change the
state (the group "Stimulans" has both: stimulans/migrations/0002_stimulans_group.py).
"""

from decimal import Decimal

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin import messages

from stimulans import conf
from stimulans.choices import OPEN, Status
from stimulans.forms import AmountField, euro
from stimulans.models import Application
from stimulans.workflow import allowed_next, change_status

VIEW = "stimulans.view_application"
ASSESS = "stimulans.assess_application"


def _require(request, permission):
    if not request.user.has_perm(permission):
        raise PermissionDenied


class AssessmentForm(forms.Form):
    status = forms.ChoiceField(label=gettext_lazy("New status"))
    granted_amount = AmountField(
        label=gettext_lazy("Granted amount (€)"),
        required=False,
        help_text=gettext_lazy("Only when granting; the requested amount when left empty."),
    )
    note = forms.CharField(
        label=gettext_lazy("Message to the applicant"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("Sent with the e-mail and shown on the status page."),
    )

    def __init__(self, *args, application, **kwargs):
        super().__init__(*args, **kwargs)
        self.application = application
        self.fields["status"].choices = [(s.value, s.label) for s in allowed_next(application)]

    def clean(self):
        cleaned = super().clean()
        amount = cleaned.get("granted_amount")
        if cleaned.get("status") == Status.TOEGEKEND:
            amount = amount if amount is not None else self.application.requested_amount
            rules = conf.rules()
            if amount is None or amount <= 0:
                self.add_error("granted_amount", _("Enter the amount granted."))
            elif amount > rules.max_amount:
                self.add_error(
                    "granted_amount",
                    _("At most %(max)s can be granted.") % {"max": euro(rules.max_amount)},
                )
            elif self.application.budget and amount > (
                self.application.budget * rules.max_share_percent / 100
            ).quantize(Decimal("0.01")):
                self.add_error(
                    "granted_amount",
                    _("At most %(percent)s%% of the budget can be granted.")
                    % {"percent": rules.share_text},
                )
            cleaned["granted_amount"] = amount
        if cleaned.get("status") == Status.AANVULLENDE_INFORMATIE and not cleaned.get("note"):
            self.add_error("note", _("Say which information is needed."))
        return cleaned


def index(request):
    _require(request, VIEW)
    applications = Application.objects.submitted().select_related("applicant")
    chosen = request.GET.get("status", "open")
    if chosen == "open":
        applications = applications.filter(status__in=OPEN)
    elif chosen in Status.values and chosen != Status.CONCEPT:
        applications = applications.filter(status=chosen)
    else:
        chosen = "all"
    applications = list(applications.order_by("submitted_at")[:500])
    filters = [("open", _("Open")), ("all", _("All"))] + [
        (s.value, s.label) for s in Status if s != Status.CONCEPT
    ]
    return TemplateResponse(
        request,
        "stimulans/admin/index.html",
        {
            "applications": applications,
            "filters": filters,
            "chosen": chosen,
            "drafts": Application.objects.filter(status=Status.CONCEPT).count(),
            "header_title": _("Stimulans applications"),
        },
    )


def detail(request, pk):
    _require(request, VIEW)
    application = get_object_or_404(Application.objects.submitted(), pk=pk)
    can_assess = request.user.has_perm(ASSESS)
    form = None
    if can_assess and allowed_next(application):
        if request.method == "POST":
            form = AssessmentForm(request.POST, application=application)
            if form.is_valid():
                try:
                    change_status(
                        application,
                        form.cleaned_data["status"],
                        user=request.user,
                        note=form.cleaned_data["note"],
                        granted_amount=form.cleaned_data.get("granted_amount"),
                    )
                except ValidationError as error:
                    messages.error(request, " ".join(error.messages))
                else:
                    messages.success(
                        request, _("The status was changed and the applicant was emailed.")
                    )
                return redirect("stimulans_admin:detail", pk=application.pk)
        else:
            form = AssessmentForm(application=application)
    elif request.method == "POST":
        raise PermissionDenied
    return TemplateResponse(
        request,
        "stimulans/admin/detail.html",
        {
            "application": application,
            "form": form,
            "can_assess": can_assess,
            "changes": application.status_changes.select_related("changed_by"),
            "attachments": application.attachments.all(),
            "partners": application.partners.order_by("name"),
            "header_title": str(application),
        },
    )


def attachment(request, pk, attachment_pk):
    """An attachment, to the Stimulans group only: streamed from private storage."""
    _require(request, VIEW)
    application = get_object_or_404(Application.objects.submitted(), pk=pk)
    found = application.attachments.filter(pk=attachment_pk).first()
    if found is None:
        raise Http404
    try:
        handle = found.file.open("rb")
    except (FileNotFoundError, ValueError) as error:
        raise Http404 from error
    response = FileResponse(handle, as_attachment=True, filename=found.original_name)
    response["Content-Type"] = "application/octet-stream"
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
