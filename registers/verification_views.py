"""The public page behind a verification mail's link (registers/verification.py): no login,
works without JavaScript. Each request does a fixed amount of work: one signed token, one
request row; a link answers once."""

from django import forms
from django.core.exceptions import ValidationError
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from registers import verification
from registers.models import Partnership, VerificationRequest


class ProposalForm(forms.ModelForm):
    note = forms.CharField(
        label=_("What has changed? (explanation)"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=4000,
        required=False,
    )

    class Meta:
        model = Partnership
        fields = verification.PROPOSAL_FIELDS
        widgets = {"description": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs.setdefault("class", "utrecht-textbox")

    def _post_clean(self):
        # The model is checked as a whole by save_revision(clean=True) in propose().
        pass


@never_cache
@require_http_methods(["GET", "POST"])
def verify(request, token):
    try:
        verification_request = verification.read_token(token)
    except verification.LinkInvalid as error:
        return render(
            request,
            "registers/verify_invalid.html",
            {"expired": error.expired},
            status=410 if error.expired else 404,
        )
    partnership = verification_request.partnership
    context = {
        "verification_request": verification_request,
        "partnership": partnership,
        "token": token,
    }
    if verification_request.answer != VerificationRequest.Answer.NONE:
        return render(request, "registers/verify_done.html", context)

    action = request.POST.get("action") if request.method == "POST" else request.GET.get("stap")
    form = None
    if action == "klopt" and request.method == "POST":
        verification.confirm(verification_request)
        return render(request, "registers/verify_done.html", context)
    if action in ("wijziging", "voorstel"):
        draft = partnership.get_latest_revision_as_object()
        if request.method == "POST" and action == "voorstel":
            form = ProposalForm(request.POST, instance=draft)
            if form.is_valid():
                changes = {name: form.cleaned_data[name] for name in verification.PROPOSAL_FIELDS}
                try:
                    verification.propose(verification_request, changes, form.cleaned_data["note"])
                except ValidationError as error:
                    form.add_error(None, error.messages)
                else:
                    return render(request, "registers/verify_done.html", context)
        else:
            form = ProposalForm(instance=draft)
    context["form"] = form
    return render(
        request,
        "registers/verify.html",
        context,
        status=400 if form is not None and form.errors else 200,
    )
