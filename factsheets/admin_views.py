"""Factsheets in the Wagtail admin: ZIP bundles of a register selection with their progress,
and previews of the latest revision (also of what was never published)."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import FileResponse, Http404, JsonResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin import messages
from wagtail.admin.auth import permission_denied, user_passes_test

from factsheets import pdf, views
from factsheets.models import FactsheetBundle

PERMISSION = "registers.change_partnership"
RECENT = 20


def can_bundle(user) -> bool:
    """Editors of the register (and superusers, who have every permission)."""
    return user.is_active and user.has_perm(PERMISSION)


register_editor_required = user_passes_test(can_bundle)


class BundleForm(forms.ModelForm):
    class Meta:
        model = FactsheetBundle
        fields = ["filters", "language"]
        widgets = {
            "filters": forms.TextInput(attrs={"placeholder": "domein=afval&fase=uitvoering"})
        }

    def clean_filters(self):
        """Accept the register's query string or its whole web address; keep the filters
        in the register's own order, without paging or output format."""
        from registers.search import RegisterQuery

        raw = self.cleaned_data["filters"].strip()
        if "?" in raw:
            raw = raw.split("?", 1)[1]
        query = RegisterQuery.from_params(QueryDict(raw.split("#", 1)[0]))
        if query.errors:
            raise ValidationError(
                gettext_lazy("Unknown filter values: %(values)s"),
                params={"values": ", ".join(f"{param}={value}" for param, value in query.errors)},
            )
        return urlencode(query.as_params())


@register_editor_required
def bundle_index(request):
    from factsheets.tasks import build_bundle

    if request.method == "POST":
        form = BundleForm(request.POST)
        if form.is_valid():
            bundle = form.save(commit=False)
            bundle.created_by = request.user
            bundle.save()
            transaction.on_commit(lambda: build_bundle.enqueue(bundle.pk))
            messages.success(request, _("The ZIP is being made."))
            return redirect("factsheets_admin:bundle", bundle.pk)
    else:
        initial_filters = urlencode([(k, v) for k, vs in request.GET.lists() for v in vs])
        form = BundleForm(initial={"filters": initial_filters})
    return TemplateResponse(
        request,
        "factsheets/admin/bundle_index.html",
        {"form": form, "bundles": FactsheetBundle.objects.select_related("created_by")[:RECENT]},
    )


@register_editor_required
def bundle_detail(request, pk):
    bundle = get_object_or_404(FactsheetBundle, pk=pk)
    if request.GET.get("format") == "json":
        return JsonResponse(
            {
                "status": bundle.status,
                "status_label": bundle.get_status_display(),
                "total": bundle.total,
                "done": bundle.done,
                "percent": bundle.percent,
                "finished": bundle.is_finished,
            }
        )
    return TemplateResponse(request, "factsheets/admin/bundle_detail.html", {"bundle": bundle})


@register_editor_required
def bundle_download(request, pk):
    bundle = get_object_or_404(FactsheetBundle, pk=pk)
    if not bundle.file:
        raise Http404
    return FileResponse(
        bundle.file.open("rb"), as_attachment=True, filename=bundle.file.name.rsplit("/", 1)[-1]
    )


@register_editor_required
def preview_partnership(request, pk):
    from registers.models import Partnership, RegisterPage

    partnership = get_object_or_404(Partnership, pk=pk)
    draft = views.latest_partnership(partnership)
    page = RegisterPage.for_active_language()
    return views.preview(
        request,
        lambda: pdf.render_partnership_factsheet(draft, request, page=page, preview=True),
        partnership.slug,
    )


def preview_programme_line(request, pk):
    from pages.models import ProgrammeLinePage

    page = get_object_or_404(ProgrammeLinePage, pk=pk)
    if not views.can_edit_page(request.user, page):
        return permission_denied(request)
    draft = page.get_latest_revision_as_object()
    return views.preview(
        request,
        lambda: pdf.render_programme_line_factsheet(draft, request, preview=True),
        page.slug,
    )
