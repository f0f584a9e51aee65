"""Register › Financial scan import: download the template, upload it filled in, see every
row's errors or a preview of what changes, and confirm (registers/scan_import.py)."""

import io

from django import forms
from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from registers import scan_import
from registers.exports import write_csv
from registers.models import PolicyDomain

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class TemplateForm(forms.Form):
    domain = forms.ModelChoiceField(
        queryset=PolicyDomain.objects.all(),
        required=False,
        label=gettext_lazy("Policy domain"),
        help_text=gettext_lazy(
            "With a domain, the template lists its published partnerships and the figures "
            "the register already has for the year."
        ),
        to_field_name="slug",
    )
    year = forms.IntegerField(
        min_value=1900, max_value=2200, required=False, label=gettext_lazy("Year")
    )
    format = forms.ChoiceField(
        choices=[
            ("xlsx", gettext_lazy("Excel workbook (figures and risks)")),
            ("csv-cijfers", gettext_lazy("CSV, figures")),
            ("csv-risicos", gettext_lazy("CSV, risks")),
        ],
        label=gettext_lazy("Format"),
    )


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Filled-in template"),
        help_text=gettext_lazy(".xlsx or .csv, at most 2 MB."),
    )


def _check_permission(request):
    if not request.user.has_perm("registers.change_partnership"):
        raise PermissionDenied


def scan_import_view(request):
    _check_permission(request)
    template_form = TemplateForm(
        request.GET if "format" in request.GET else None,
        initial={"year": timezone.localdate().year - 1, "format": "xlsx"},
    )
    if template_form.is_bound:
        if template_form.is_valid():
            return _template_download(template_form.cleaned_data)
    plan = None
    refused = ""
    token = ""
    upload_form = UploadForm()
    if request.method == "POST":
        if "confirm" in request.POST:
            return _confirm(request)
        upload_form = UploadForm(request.POST, request.FILES)
        if upload_form.is_valid():
            try:
                tables = scan_import.read_upload(upload_form.cleaned_data["file"])
                plan = scan_import.build_plan(tables)
            except scan_import.ImportRefused as refusal:
                refused = str(refusal)
            if plan is not None and plan.ok:
                token = scan_import.sign_plan(plan)
    return render(
        request,
        "registers/admin/scan_import.html",
        {
            "page_title": _("Import the financial scan"),
            "header_title": _("Import the financial scan"),
            "template_form": template_form,
            "upload_form": upload_form,
            "plan": plan,
            "refused": refused,
            "token": token,
            "to_apply": plan.count("new") + plan.count("changed") if plan else 0,
        },
    )


def _template_download(data):
    output = data["format"]
    domain = data.get("domain")
    year = data.get("year") or timezone.localdate().year - 1
    name = "financiele-scan" + (f"-{domain.slug}-{year}" if domain else "")
    handle = io.BytesIO()
    if output == "xlsx":
        scan_import.write_template_xlsx(handle, domain, year)
        response = HttpResponse(handle.getvalue(), content_type=XLSX)
        filename = f"{name}.xlsx"
    else:
        table = scan_import.FIGURES if output == "csv-cijfers" else scan_import.RISKS
        columns, rows = scan_import.template_csv_rows(table, domain, year)
        write_csv(handle, rows, columns)
        response = HttpResponse(handle.getvalue(), content_type="text/csv; charset=utf-8")
        filename = f"{name}-{table}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _confirm(request):
    try:
        changes = scan_import.unsign_plan(request.POST.get("plan", ""))
    except signing.BadSignature:
        return HttpResponseBadRequest(
            _("The preview has expired or was changed. Upload the file again."),
            content_type="text/plain; charset=utf-8",
        )
    try:
        counts = scan_import.apply(changes, user=request.user)
    except scan_import.ImportRefused as refusal:
        messages.error(request, str(refusal))
        return redirect("register_scan_import")
    messages.success(
        request,
        _(
            "Financial scan imported: %(figures)s years of figures and %(risks)s risks in "
            "%(partnerships)s partnerships; %(published)s published, %(submitted)s submitted "
            "for review."
        )
        % counts,
    )
    return redirect("register_scan_import")
