"""The public page behind a verification mail's link (registers/verification.py): no login,
works without JavaScript. Each request does a bounded amount of work: one signed token, one
invitation and the partnerships of that one organisation in that one round; each
partnership answers once per round.

An organisation's link (issue 14) lists all its partnerships in the round: "Klopt" per
partnership, or "Correctie voorstellen" (?wijzig=<request>) for a form with the entry's
facts, its participants (role, dates, one or two new ones), contact and a document link.
A link of an older round mailed per partnership shows that one partnership."""

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Prefetch, Q
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from registers import verification
from registers.choices import Role
from registers.models import (
    Membership,
    Organisation,
    Partnership,
    VerificationInvitation,
    VerificationRequest,
)

NEW_PARTICIPANT_ROWS = 2


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


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self):
        super().__init__(format="%Y-%m-%d", attrs={"class": "utrecht-textbox"})


class ParticipantForm(forms.Form):
    """One participant as proposed: an existing one (its organisation fixed) or a new one,
    named by its name in the register or its CBS code."""

    membership = forms.IntegerField(widget=forms.HiddenInput, required=False)
    organisation = forms.CharField(
        label=_("Organisation"),
        max_length=200,
        required=False,
        help_text=_("Its name as in the register, or its CBS code (e.g. GM0479)."),
    )
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices, required=False)
    joined = forms.DateField(label=_("Joined"), required=False, widget=DateInput())
    left = forms.DateField(
        label=_("Left"),
        required=False,
        widget=DateInput(),
        help_text=_("Fill in when the organisation no longer takes part."),
    )

    def __init__(self, *args, existing=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.existing = existing
        for field in self.fields.values():
            field.widget.attrs.setdefault("class", "utrecht-textbox")
        if existing is not None:
            del self.fields["organisation"]
            self.fields["membership"].initial = existing.pk
            self.initial.update(role=existing.role, joined=existing.joined, left=existing.left)
            self.fields["role"].required = True

    @property
    def legend(self):
        return self.existing.organisation.name if self.existing else None

    def clean_organisation(self):
        name = self.cleaned_data.get("organisation", "").strip()
        if not name:
            return None
        matches = list(
            Organisation.objects.filter(Q(name__iexact=name) | Q(cbs_code__iexact=name))[:2]
        )
        if len(matches) != 1:
            raise ValidationError(
                _(
                    "No single organisation in the register is called “%(name)s”. Write its "
                    "name as in the register or its CBS code, or explain it in the note."
                )
                % {"name": name}
            )
        return matches[0]

    def clean(self):
        data = super().clean()
        if self.existing is None and data.get("organisation") and not data.get("role"):
            self.add_error("role", _("Choose the role of the new participant."))
        if data.get("joined") and data.get("left") and data["left"] < data["joined"]:
            self.add_error("left", _("The date of leaving lies before the date of joining."))
        return data

    def proposal(self):
        """None for an empty new row, else what verification.propose() takes."""
        data = self.cleaned_data
        if self.existing is None and not data.get("organisation"):
            return None
        return {
            "membership": self.existing.pk if self.existing else None,
            "organisation": self.existing.organisation if self.existing else data["organisation"],
            "role": data.get("role") or Role.DEELNEMER,
            "joined": data.get("joined"),
            "left": data.get("left"),
        }


class DocumentForm(forms.Form):
    title = forms.CharField(label=_("Document title"), max_length=255, required=False)
    url = forms.URLField(label=_("Link to the document"), max_length=500, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs.setdefault("class", "utrecht-textbox")

    def clean(self):
        data = super().clean()
        if bool(data.get("title")) != bool(data.get("url")):
            self.add_error(None, _("A new document needs both a title and a link."))
        return data


class Correction:
    """The whole correction form of one partnership: facts, participants, a document."""

    def __init__(self, draft, data=None):
        self.facts = ProposalForm(data, instance=draft)
        memberships = [m for m in draft.memberships.all() if m.left is None]
        self.participants = [
            ParticipantForm(data, prefix=f"p{m.pk}", existing=m) for m in memberships
        ]
        for number in range(1, NEW_PARTICIPANT_ROWS + 1):
            form = ParticipantForm(data, prefix=f"new{number - 1}")
            form.number = number
            self.participants.append(form)
        self.document = DocumentForm(data, prefix="doc")

    @property
    def forms(self):
        return [self.facts, *self.participants, self.document]

    def is_valid(self):
        return all([form.is_valid() for form in self.forms])

    @property
    def errors(self):
        return any(form.errors for form in self.forms)

    def submit(self, request, organisation):
        changes = {name: self.facts.cleaned_data[name] for name in verification.PROPOSAL_FIELDS}
        participants = [p for p in (form.proposal() for form in self.participants) if p]
        return verification.propose(
            request,
            changes,
            self.facts.cleaned_data["note"],
            organisation=organisation,
            participants=participants,
            document=self.document.cleaned_data,
        )


def _invalid(request, error):
    return render(
        request,
        "registers/verify_invalid.html",
        {"expired": error.expired},
        status=410 if error.expired else 404,
    )


@never_cache
@require_http_methods(["GET", "POST"])
def verify(request, token):
    try:
        target = verification.read_token(token)
    except verification.LinkInvalid as error:
        return _invalid(request, error)
    if isinstance(target, VerificationInvitation):
        return _verify_invitation(request, target)
    return _verify_request(request, target, token)


def _request_pk(value) -> int | None:
    value = (value or "")[:12]
    return int(value) if value.isdigit() else None


def _verify_invitation(request, invitation: VerificationInvitation):
    organisation = invitation.organisation
    requests = list(
        invitation.requests.filter(partnership__live=True)
        .select_related("partnership", "answered_by")
        .prefetch_related(
            Prefetch(
                "partnership__memberships",
                queryset=Membership.objects.select_related("organisation"),
            )
        )
        .order_by("partnership__name", "pk")
    )
    for verification_request in requests:
        # Other apps act on one partnership of the round (the Fasescan saves its phase): each
        # gets a token for its own request (registers/partnership_sections.py).
        verification_request.partnership_token = verification.make_partnership_token(
            invitation, verification_request
        )
    by_pk = {r.pk: r for r in requests}
    context = {
        "invitation": invitation,
        "organisation": organisation,
        "requests": requests,
        "open_count": sum(1 for r in requests if r.answer == VerificationRequest.Answer.NONE),
    }
    if request.method == "POST":
        chosen = by_pk.get(_request_pk(request.POST.get("verzoek")))
        action = request.POST.get("action")
        if chosen is None or action not in ("klopt", "voorstel"):
            context["error"] = _("Choose an entry from the list.")
            return render(request, "registers/verify_organisation.html", context, status=400)
        if chosen.answer != VerificationRequest.Answer.NONE:
            return redirect(f"{request.path}?gedaan={chosen.pk}")
        if action == "klopt":
            verification.confirm(chosen, organisation)
            return redirect(f"{request.path}?gedaan={chosen.pk}")
        correction = Correction(chosen.partnership.get_latest_revision_as_object(), request.POST)
        if correction.is_valid():
            try:
                correction.submit(chosen, organisation)
            except ValidationError as error:
                correction.facts.add_error(None, error.messages)
            else:
                return redirect(f"{request.path}?gedaan={chosen.pk}")
        context.update(chosen=chosen, correction=correction)
        return render(request, "registers/verify_correction.html", context, status=400)

    editing = by_pk.get(_request_pk(request.GET.get("wijzig")))
    if editing is not None and editing.answer == VerificationRequest.Answer.NONE:
        context.update(
            chosen=editing,
            correction=Correction(editing.partnership.get_latest_revision_as_object()),
        )
        return render(request, "registers/verify_correction.html", context)
    context["done"] = by_pk.get(_request_pk(request.GET.get("gedaan")))
    return render(request, "registers/verify_organisation.html", context)


def _verify_request(request, verification_request: VerificationRequest, token: str):
    """A link of a round mailed per partnership (before invitations): one partnership."""
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
        verification_request.refresh_from_db()
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
                    verification_request.refresh_from_db()
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
