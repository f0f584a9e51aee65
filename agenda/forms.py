import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from agenda.models import normalise_email

TEXTBOX = "utrecht-textbox utrecht-textbox--html-input"
TEXTAREA = "utrecht-textarea utrecht-textarea--html-textarea"
CHECKBOX = "utrecht-checkbox utrecht-checkbox--html-input"

# The honeypot's name: nothing a browser would autofill, nothing a person sees.
HONEYPOT_FIELD = "leave_empty"


# Line breaks of every kind (also Unicode's and the vertical tab), and other control
# characters (NUL has its own error from Django): a name goes into the e-mails the province
# sends to the address given, and line breaks would let anyone write their own lines there.
_NOT_ONE_LINE = re.compile(r"[\x01-\x1f\x7f\x85\u2028\u2029]")


def validate_one_line(value: str):
    if _NOT_ONE_LINE.search(value or ""):
        raise ValidationError(
            _("Enter this on one line, without line breaks or tabs."), code="one_line"
        )


class RegistrationForm(forms.Form):
    """What a visitor fills in to register; the privacy statement lists the same fields."""

    name = forms.CharField(
        validators=[validate_one_line],
        label=_("Name"),
        max_length=200,
        widget=forms.TextInput(attrs={"class": TEXTBOX, "autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        help_text=_("We send the confirmation and your personal cancellation link here."),
        widget=forms.EmailInput(attrs={"class": TEXTBOX, "autocomplete": "email"}),
    )
    organisation = forms.CharField(
        validators=[validate_one_line],
        label=_("Organisation"),
        max_length=200,
        widget=forms.TextInput(attrs={"class": TEXTBOX, "autocomplete": "organization"}),
    )
    role = forms.CharField(
        validators=[validate_one_line],
        label=_("Job title or role"),
        max_length=200,
        required=False,
        help_text=_("For example councillor, alderman or policy adviser."),
        widget=forms.TextInput(attrs={"class": TEXTBOX, "autocomplete": "organization-title"}),
    )
    needs = forms.CharField(
        label=_("Accessibility or dietary requirements"),
        max_length=1000,
        required=False,
        help_text=_(
            "Optional. For example wheelchair access, a sign language interpreter or a vegan lunch."
        ),
        widget=forms.Textarea(attrs={"class": TEXTAREA, "rows": 3}),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the province uses these data to organise this event, as described in "
            "the privacy statement. If I state accessibility or dietary requirements, I give "
            "explicit consent to use them for this purpose."
        ),
        error_messages={"required": _("Tick the box to agree, or we cannot register you.")},
        widget=forms.CheckboxInput(attrs={"class": CHECKBOX}),
    )
    leave_empty = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_email(self):
        return normalise_email(self.cleaned_data["email"])

    def is_spam(self) -> bool:
        """True when the honeypot field was filled in: a bot, not a person."""
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())

    def visible_fields_with_errors(self):
        """The fields to list in the error summary at the top of the form."""
        return [field for field in self.visible_fields() if field.errors]
