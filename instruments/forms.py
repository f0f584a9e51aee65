from django import forms
from django.utils.translation import gettext_lazy as _

from instruments.fasescan import QUESTIONS
from registers.models import Partnership


class FasescanForm(forms.Form):
    """One required radio group per question of the Fasescan (instruments/fasescan.py).
    The field names are the questions' keys, so a result is a plain, shareable GET URL."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for question in QUESTIONS:
            self.fields[question.key] = forms.ChoiceField(
                label=question.text,
                help_text=question.help_text,
                choices=[(option.value, option.label) for option in question.options],
                widget=forms.RadioSelect,
                error_messages={"required": _("Choose one of the answers.")},
            )

    @classmethod
    def is_submitted(cls, data) -> bool:
        return any(question.key in data for question in QUESTIONS)

    def answers(self) -> dict:
        return {question.key: self.cleaned_data[question.key] for question in QUESTIONS}

    def visible_fields_with_errors(self):
        return [field for field in self.visible_fields() if field.errors]


class PartnershipChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.name


class SavePhaseForm(FasescanForm):
    """The scan's answers again (hidden), and for a registerbeheerder the partnership."""

    partnership = PartnershipChoiceField(
        queryset=Partnership.objects.none(),
        label=_("Partnership"),
        to_field_name="slug",
        error_messages={"required": _("Choose the partnership.")},
    )

    def __init__(self, *args, with_partnership=True, **kwargs):
        super().__init__(*args, **kwargs)
        for question in QUESTIONS:
            self.fields[question.key].widget = forms.HiddenInput()
        if with_partnership:
            self.fields["partnership"].queryset = Partnership.objects.public().order_by("name")
            self.fields["partnership"].widget.attrs["class"] = "utrecht-select"
        else:
            del self.fields["partnership"]
