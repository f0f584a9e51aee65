"""The applicant's forms: starting an application, and the application itself.

Organisations and the partnership are picked from the register without JavaScript: the
applicant types a name; an exact or single match is taken, several matches come back as radio
buttons to choose from (at most PICK_LIMIT, one bounded query each).
"""

import re
from decimal import Decimal, InvalidOperation

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from agenda.forms import CHECKBOX, TEXTAREA, TEXTBOX, validate_one_line
from pages.models import ProgrammeLinePage
from registers.models import Organisation, Partnership
from stimulans import conf
from stimulans.choices import AttachmentKind

PICK_LIMIT = 10
MAX_PARTNERS = 30
MAX_AMOUNT_INPUT = Decimal("100000000")
SELECT = "utrecht-select utrecht-select--html-select"
HONEYPOT_FIELD = "leave_empty"


def euro(value) -> str:
    """€ 25.000 / €25,000 in the active language (whole euros when there are no cents)."""
    if value is None:
        return ""
    value = Decimal(value)
    whole = value == value.to_integral_value()
    text = f"{value:,.0f}" if whole else f"{value:,.2f}"
    if (get_language() or "nl").startswith("nl"):
        text = text.replace(",", "§").replace(".", ",").replace("§", ".")
        return f"€ {text}"
    return f"€{text}"


_AMOUNT = re.compile(r"^\d{1,3}([.,]\d{3})*([.,]\d{1,2})?$|^\d+([.,]\d{1,2})?$")


def parse_amount(text: str) -> Decimal:
    """An amount typed as 12500, 12.500, 12.500,50, 12,500.50 or 12500,5 (€ and spaces allowed).
    A separator followed by exactly three digits groups thousands; by one or two, it is the
    decimal separator."""
    cleaned = (text or "").replace("€", "").replace(" ", "").replace("\u00a0", "").strip()
    if len(cleaned) > 20 or not _AMOUNT.match(cleaned):
        raise ValidationError(_("Enter an amount in euros, for example 12500."), code="invalid")
    match = re.search(r"[.,](\d{1,2})$", cleaned)
    if match:
        whole, cents = cleaned[: match.start()], match.group(1)
    else:
        whole, cents = cleaned, "0"
    try:
        value = Decimal(re.sub(r"[.,]", "", whole) + "." + cents)
    except InvalidOperation as error:
        raise ValidationError(_("Enter an amount in euros, for example 12500.")) from error
    if value >= MAX_AMOUNT_INPUT:
        raise ValidationError(_("This amount is too large."), code="too_large")
    return value


class AmountField(forms.CharField):
    def __init__(self, **kwargs):
        # No max_length: its validator would measure the Decimal; parse_amount limits the text.
        kwargs.setdefault(
            "widget",
            forms.TextInput(
                attrs={
                    "class": TEXTBOX,
                    "inputmode": "decimal",
                    "autocomplete": "off",
                    "maxlength": "20",
                }
            ),
        )
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if isinstance(value, Decimal):
            return f"{value:.2f}".removesuffix(".00").replace(".", ",")
        return value

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        return parse_amount(value)


def check_rules(budget, requested, own) -> dict:
    """The scheme's rules (stimulans/conf.py) over the amounts given: {field: message}."""
    rules = conf.rules()
    errors = {}
    if budget is not None and budget <= 0:
        errors["budget"] = _("The total budget must be more than zero.")
    if requested is not None:
        if requested <= 0:
            errors["requested_amount"] = _("The requested amount must be more than zero.")
        elif requested > rules.max_amount:
            errors["requested_amount"] = _("You can request at most %(max)s per application.") % {
                "max": euro(rules.max_amount)
            }
        elif budget is not None and budget > 0:
            limit = (budget * rules.max_share_percent / 100).quantize(Decimal("0.01"))
            if requested > limit:
                errors["requested_amount"] = _(
                    "You can request at most %(percent)s%% of the total budget: %(limit)s."
                ) % {"percent": rules.share_text, "limit": euro(limit)}
    if own is not None and budget is not None and budget > 0 and "budget" not in errors:
        minimum = (budget * rules.own_share_percent / 100).quantize(Decimal("0.01"))
        if own < minimum:
            errors["own_contribution"] = _(
                "The applicant and partners pay at least %(percent)s%% of the budget "
                "themselves: %(minimum)s."
            ) % {"percent": rules.own_share_text, "minimum": euro(minimum)}
        elif requested is not None and "requested_amount" not in errors:
            if own + requested != budget:
                errors["own_contribution"] = _(
                    "The requested amount and your own contribution together must equal the "
                    "total budget (%(budget)s)."
                ) % {"budget": euro(budget)}
    return errors


def pick_from(queryset, text: str, picked: str | None):
    """(object, candidates, error) for a name typed and perhaps a candidate chosen."""
    text = " ".join((text or "").split())
    if not text:
        return None, [], None
    if picked and str(picked).isdigit():
        found = queryset.filter(pk=int(picked)).first()
        if found is not None:
            return found, [], None
    exact = list(queryset.filter(name__iexact=text)[:2])
    if len(exact) == 1:
        return exact[0], [], None
    candidates = list(queryset.filter(name__icontains=text).order_by("name")[: PICK_LIMIT + 1])
    if len(candidates) == 1:
        return candidates[0], [], None
    if not candidates:
        return (
            None,
            [],
            _("Nothing in the register matches “%(text)s”. Check the spelling.") % {"text": text},
        )
    if len(candidates) > PICK_LIMIT:
        return (
            None,
            candidates[:PICK_LIMIT],
            _("Many entries match “%(text)s”. Choose one below or type more of the name.")
            % {"text": text},
        )
    return (
        None,
        candidates,
        _("Several entries match “%(text)s”. Choose one below.") % {"text": text},
    )


def applicant_organisations():
    # Published organisations only: a draft in the register's review is not public yet.
    return Organisation.objects.public().filter(kind__in=conf.applicant_kinds())


class StartForm(forms.Form):
    """Who starts the application: the contact person, who receives the signed link."""

    contact_name = forms.CharField(
        label=_("Your name"),
        max_length=200,
        validators=[validate_one_line],
        widget=forms.TextInput(attrs={"class": TEXTBOX, "autocomplete": "name"}),
    )
    contact_email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        help_text=_("We send the link to your application here."),
        widget=forms.EmailInput(attrs={"class": TEXTBOX, "autocomplete": "email"}),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the province uses these data to handle this application, as described "
            "in the privacy statement."
        ),
        error_messages={
            "required": _("Tick the box to agree, or we cannot handle your application.")
        },
        widget=forms.CheckboxInput(attrs={"class": CHECKBOX}),
    )
    leave_empty = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_spam(self) -> bool:
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())

    def visible_fields_with_errors(self):
        return [field for field in self.visible_fields() if field.errors]


class ApplicationForm(forms.Form):
    """The application. Saving a draft checks what was filled in; submitting also requires every
    field the scheme needs (`complete=True`). Fields the scheme does not need say "(optional)";
    no HTML `required` attribute, since a draft may leave any of them empty."""

    use_required_attribute = False

    contact_name = forms.CharField(
        label=_("Name"),
        max_length=200,
        validators=[validate_one_line],
        widget=forms.TextInput(attrs={"class": TEXTBOX, "autocomplete": "name"}),
    )
    contact_email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"class": TEXTBOX, "autocomplete": "email"}),
    )
    contact_phone = forms.CharField(
        label=_("Phone number"),
        max_length=40,
        required=False,
        validators=[validate_one_line],
        widget=forms.TextInput(attrs={"class": TEXTBOX, "autocomplete": "tel", "type": "tel"}),
    )
    applicant_name = forms.CharField(
        label=_("Applicant organisation"),
        max_length=200,
        validators=[validate_one_line],
        help_text=_(
            "A government in the register (municipality, province, water authority or "
            "joint organisation). Type its name; we look it up when you save."
        ),
        widget=forms.TextInput(attrs={"class": TEXTBOX, "autocomplete": "organization"}),
    )
    applicant_pick = forms.TypedChoiceField(
        label=_("Choose the applicant organisation"),
        required=False,
        coerce=str,
        widget=forms.RadioSelect(attrs={"class": "utrecht-radio-button"}),
    )
    partner_name = forms.CharField(
        label=_("Add a partner"),
        max_length=200,
        required=False,
        validators=[validate_one_line],
        help_text=_("An organisation in the register that takes part. Add one at a time."),
        widget=forms.TextInput(attrs={"class": TEXTBOX}),
    )
    partner_pick = forms.TypedChoiceField(
        label=_("Choose the partner"),
        required=False,
        coerce=str,
        widget=forms.RadioSelect(attrs={"class": "utrecht-radio-button"}),
    )
    remove_partners = forms.MultipleChoiceField(
        label=_("Remove partners"),
        required=False,
        widget=forms.CheckboxSelectMultiple(attrs={"class": CHECKBOX}),
    )
    title = forms.CharField(
        label=_("Project title"),
        max_length=200,
        validators=[validate_one_line],
        widget=forms.TextInput(attrs={"class": TEXTBOX}),
    )
    description = forms.CharField(
        label=_("Project description"),
        max_length=5000,
        help_text=_("What is the shared challenge, who takes part, what is the plan?"),
        widget=forms.Textarea(attrs={"class": TEXTAREA, "rows": 6}),
    )
    programme_line = forms.ModelChoiceField(
        label=_("Programme line"),
        queryset=ProgrammeLinePage.objects.none(),
        widget=forms.Select(attrs={"class": SELECT}),
    )
    partnership_name = forms.CharField(
        label=_("Partnership in the register"),
        max_length=200,
        required=False,
        validators=[validate_one_line],
        help_text=_("If the project belongs to a partnership in the register, type its name."),
        widget=forms.TextInput(attrs={"class": TEXTBOX}),
    )
    partnership_pick = forms.TypedChoiceField(
        label=_("Choose the partnership"),
        required=False,
        coerce=str,
        widget=forms.RadioSelect(attrs={"class": "utrecht-radio-button"}),
    )
    budget = AmountField(label=_("Total budget (€)"))
    requested_amount = AmountField(label=_("Requested amount (€)"))
    own_contribution = AmountField(
        label=_("Own contribution (€)"),
        help_text=_("What the applicant and the partners pay themselves."),
    )
    attachment_kind = forms.ChoiceField(
        label=_("Kind of attachment"),
        choices=AttachmentKind.choices,
        required=False,
        widget=forms.Select(attrs={"class": SELECT}),
    )
    attachment = forms.FileField(
        label=_("Add an attachment"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"class": "utrecht-textbox"}),
    )
    remove_attachments = forms.MultipleChoiceField(
        label=_("Remove attachments"),
        required=False,
        widget=forms.CheckboxSelectMultiple(attrs={"class": CHECKBOX}),
    )
    declaration = forms.BooleanField(
        label=_(
            "I declare that this application is complete and correct, and that the applicant "
            "organisation supports it."
        ),
        required=False,
        widget=forms.CheckboxInput(attrs={"class": CHECKBOX}),
    )

    def __init__(self, *args, application, language="nl", complete=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.application = application
        self.complete = complete
        rules = conf.rules()
        self.fields["requested_amount"].help_text = _(
            "At most %(max)s and at most %(percent)s%% of the total budget."
        ) % {"max": euro(rules.max_amount), "percent": rules.share_text}
        self.fields["attachment"].help_text = _(
            "%(types)s; at most %(size)s MB per file and %(count)s files."
        ) % {
            "types": ", ".join(t.upper() for t in conf.attachment_types()),
            "size": conf.attachment_max_bytes() // (1024 * 1024),
            "count": conf.attachment_max_count(),
        }
        self.fields["attachment"].widget.attrs["accept"] = ",".join(
            f".{t}" for t in conf.attachment_types()
        )
        self.fields["programme_line"].queryset = (
            ProgrammeLinePage.objects.live()
            .filter(locale__language_code=language)
            .order_by("number")
        )
        self.fields["remove_partners"].choices = [
            (str(o.pk), o.name) for o in application.partners.order_by("name")
        ]
        self.fields["remove_attachments"].choices = [
            (str(a.pk), a.original_name) for a in application.attachments.all()
        ]
        self.fields["declaration"].required = complete
        if complete:
            self.fields["declaration"].error_messages["required"] = _(
                "Tick the box to confirm the declaration before you submit."
            )
        self.picked = {}
        # Candidates from the data posted, so a chosen radio button validates.
        if self.is_bound:
            for prefix, queryset in self._pickers().items():
                _obj, candidates, _error = pick_from(
                    queryset, self.data.get(f"{prefix}_name", ""), None
                )
                self._set_candidates(prefix, candidates)

    def _pickers(self):
        return {
            "applicant": applicant_organisations(),
            "partner": Organisation.objects.public(),
            "partnership": Partnership.objects.public(),
        }

    def _set_candidates(self, prefix, candidates):
        self.fields[f"{prefix}_pick"].choices = [(str(c.pk), c.name) for c in candidates]

    @staticmethod
    def initial_for(application, language="nl") -> dict:
        line = application.programme_line
        if line is not None:
            line = (
                ProgrammeLinePage.objects.filter(
                    translation_key=line.translation_key, locale__language_code=language
                ).first()
                or line
            )
        return {
            "contact_name": application.contact_name,
            "contact_email": application.contact_email,
            "contact_phone": application.contact_phone,
            "applicant_name": application.applicant.name if application.applicant else "",
            "title": application.title,
            "description": application.description,
            "programme_line": line,
            "partnership_name": application.partnership.name if application.partnership else "",
            "budget": application.budget,
            "requested_amount": application.requested_amount,
            "own_contribution": application.own_contribution,
        }

    def clean(self):
        cleaned = super().clean()
        for prefix, queryset in self._pickers().items():
            text = cleaned.get(f"{prefix}_name") or ""
            obj, candidates, error = pick_from(queryset, text, cleaned.get(f"{prefix}_pick"))
            self.picked[prefix] = obj
            if obj is not None and text != obj.name:
                # Show what was found, so the applicant sees which entry "Haarl" became.
                self.data = self.data.copy()
                self.data[f"{prefix}_name"] = obj.name
                self.data.pop(f"{prefix}_pick", None)
            if candidates:
                self._set_candidates(prefix, candidates)
            if error and f"{prefix}_name" not in self.errors:
                self.add_error(f"{prefix}_name", error)
        partner = self.picked.get("partner")
        applicant = self.picked.get("applicant")
        if partner is not None and self.application.partners.count() >= MAX_PARTNERS:
            self.add_error(
                "partner_name",
                _("An application can name at most %(count)s partners.") % {"count": MAX_PARTNERS},
            )
        if partner is not None and applicant is not None and partner.pk == applicant.pk:
            self.add_error("partner_name", _("The applicant cannot also be a partner."))
        for field, message in check_rules(
            cleaned.get("budget"), cleaned.get("requested_amount"), cleaned.get("own_contribution")
        ).items():
            if field not in self.errors:
                self.add_error(field, message)
        return cleaned

    def full_clean(self):
        """A draft may leave fields empty: "required" only counts when submitting."""
        super().full_clean()
        if self.complete or not self._errors:
            return
        for name in list(self._errors):
            always = name in ("contact_name", "contact_email")
            kept = [e for e in self._errors[name].as_data() if always or e.code != "required"]
            if kept:
                self._errors[name] = self.error_class(kept, renderer=self.renderer)
            else:
                del self._errors[name]

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if not upload:
            return None
        return validate_attachment(upload, self.application)

    def visible_fields_with_errors(self):
        return [field for field in self.visible_fields() if field.errors]


# The first bytes of the allowed formats: PDF, and the zip container of Office/ODF files.
SIGNATURES = {
    "pdf": [b"%PDF-"],
    "docx": [b"PK\x03\x04"],
    "xlsx": [b"PK\x03\x04"],
    "odt": [b"PK\x03\x04"],
    "ods": [b"PK\x03\x04"],
}


def validate_attachment(upload, application):
    """Type (extension and first bytes), size, count and the virus scan; raises ValidationError."""
    from stimulans.scanning import scan

    name = (upload.name or "").rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    allowed = conf.attachment_types()
    if extension not in allowed:
        raise ValidationError(
            _("This kind of file is not accepted. Use %(types)s.")
            % {"types": ", ".join(t.upper() for t in allowed)},
            code="type",
        )
    if upload.size > conf.attachment_max_bytes():
        raise ValidationError(
            _("The file is too large: at most %(size)s MB.")
            % {"size": conf.attachment_max_bytes() // (1024 * 1024)},
            code="size",
        )
    if upload.size == 0:
        raise ValidationError(_("The file is empty."), code="empty")
    if application.attachments.count() >= conf.attachment_max_count():
        raise ValidationError(
            _("You can add at most %(count)s attachments. Remove one first.")
            % {"count": conf.attachment_max_count()},
            code="count",
        )
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    signatures = SIGNATURES.get(extension)
    if signatures and not any(head.startswith(signature) for signature in signatures):
        raise ValidationError(
            _("The file's content does not match its extension .%(extension)s.")
            % {"extension": extension},
            code="content",
        )
    if not scan(upload):
        raise ValidationError(
            _("The virus scan refused this file. Check it, or send another file."), code="virus"
        )
    upload.clean_name = name[-200:]
    upload.clean_extension = extension
    return upload
