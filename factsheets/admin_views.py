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


# Facets with this many values or fewer are checkboxes; longer ones a multiple select.
CHECKBOX_LIMIT = 12


class BundleForm(forms.ModelForm):
    """The selection as the register offers it: its text search and its own facets, each
    with the values and counts of the published register; or the register's web address
    pasted in. Both end up as the register's query string in `filters`."""

    q = forms.CharField(
        label=gettext_lazy("Search text"),
        required=False,
        max_length=200,
        help_text=gettext_lazy("Words as typed in the register's search box (optional)."),
    )

    class Meta:
        model = FactsheetBundle
        fields = ["q", "filters", "language"]
        labels = {"filters": gettext_lazy("Or paste the register's web address")}
        help_texts = {
            "filters": gettext_lazy(
                "For example the address of the register page after choosing filters there; "
                "it is combined with the choices above."
            )
        }
        widgets = {
            "filters": forms.TextInput(
                attrs={"placeholder": "https://…/nl/register/?domein=afval&fase=uitvoering"}
            )
        }

    def __init__(self, *args, **kwargs):
        from registers.search import FACETS, RegisterQuery, search_register

        super().__init__(*args, **kwargs)
        self.fields["filters"].required = False
        self.facet_params = [facet.param for facet in FACETS]
        # The whole published register's counts: kept per register generation by the search
        # (REGISTER_COUNTS_CACHE_SECONDS), so opening the form costs one cached lookup.
        whole = search_register(RegisterQuery(), with_facets=True)
        for result in whole.facets:
            choices = [
                (item.value, f"{item.label} ({item.count})")
                for item in sorted(result.values, key=lambda item: item.label.lower())
            ]
            if not choices:
                continue
            widget = (
                forms.CheckboxSelectMultiple
                if len(choices) <= CHECKBOX_LIMIT
                else forms.SelectMultiple(attrs={"size": 8})
            )
            self.fields[result.facet.param] = forms.MultipleChoiceField(
                label=result.facet.label, choices=choices, required=False, widget=widget
            )
        order = ["q", *[p for p in self.facet_params if p in self.fields], "filters", "language"]
        self.order_fields(order)

    @classmethod
    def initial_from(cls, params) -> dict:
        """The form's initial values from a register address's query string (the register's
        "ZIP of these factsheets" link)."""
        from registers.search import FACETS

        initial = {"q": params.get("q", "")}
        for facet in FACETS:
            if params.getlist(facet.param):
                initial[facet.param] = params.getlist(facet.param)
        return initial

    def clean(self):
        """Accept the register's query string or its whole web address, add the chosen
        values; keep the filters in the register's own order, without paging or format."""
        from registers.search import RegisterQuery

        cleaned = super().clean()
        raw = (cleaned.get("filters") or "").strip()
        if "?" in raw:
            raw = raw.split("?", 1)[1]
        params = QueryDict(raw.split("#", 1)[0], mutable=True)
        if cleaned.get("q"):
            params["q"] = cleaned["q"]
        for param in self.facet_params:
            for value in cleaned.get(param) or []:
                if value not in params.getlist(param):
                    params.appendlist(param, value)
        query = RegisterQuery.from_params(params)
        if query.errors:
            self.add_error(
                "filters",
                ValidationError(
                    gettext_lazy("Unknown filter values: %(values)s"),
                    params={
                        "values": ", ".join(f"{param}={value}" for param, value in query.errors)
                    },
                ),
            )
        cleaned["filters"] = urlencode(query.as_params())
        self.instance.filters = cleaned["filters"]
        return cleaned


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
        form = BundleForm(initial=BundleForm.initial_from(request.GET))
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
