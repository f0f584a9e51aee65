"""The subscribe form: on the partnership page, the organisation page and the register's
results, beside the feed links (registers/follow_options.py). No login, no JavaScript."""

from django import forms
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from subscriptions import targets
from subscriptions.models import Frequency, Kind


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "class": "utrecht-textbox"}),
    )
    frequency = forms.ChoiceField(
        label=_("How often"),
        choices=Frequency.choices,
        initial=Frequency.WEEKLY,
        widget=forms.RadioSelect,
    )
    kind = forms.ChoiceField(choices=Kind.choices, widget=forms.HiddenInput)
    # The partnership's or organisation's id, or the selection's query string.
    target = forms.CharField(required=False, max_length=4000, widget=forms.HiddenInput)

    def clean(self):
        cleaned = super().clean()
        if "kind" in cleaned:
            try:
                cleaned["subject"] = targets.resolve(cleaned["kind"], cleaned.get("target", ""))
            except ValidationError as error:
                # Hidden fields: the visitor sees the message at the top of the form.
                raise ValidationError(error.messages) from None
        return cleaned


def render_subscribe_form(kind, subject, context) -> str:
    """The form for registers.follow_options: `subject` is a Partnership, an Organisation or
    the selection's query string."""
    target = subject if kind == Kind.SELECTION else subject.pk
    form = SubscribeForm(initial={"kind": kind, "target": target})
    return render_to_string(
        "subscriptions/includes/subscribe_form.html",
        {"form": form, "kind": kind},
        request=context.get("request"),
    )
