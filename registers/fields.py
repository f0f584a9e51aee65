from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class MultipleChoiceField(models.JSONField):
    """A list of choice values stored as JSON (portable across SQLite and PostgreSQL)."""

    def __init__(self, *args, choices_enum=None, **kwargs):
        self.choices_enum = choices_enum
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["choices_enum"] = self.choices_enum
        return name, path, args, kwargs

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        if value is None:
            return
        if not isinstance(value, list):
            raise ValidationError(_("Expected a list of values."))
        allowed = set(self.choices_enum.values) if self.choices_enum else None
        unknown = [item for item in value if allowed is not None and item not in allowed]
        if unknown:
            raise ValidationError(
                _("Unknown value(s): %(values)s"), params={"values": ", ".join(map(str, unknown))}
            )

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.choices_enum.choices if self.choices_enum else [],
            required=not self.blank,
            widget=forms.CheckboxSelectMultiple,
            label=self.verbose_name,
            help_text=self.help_text,
        )

    def labels(self, value):
        lookup = dict(self.choices_enum.choices) if self.choices_enum else {}
        return [lookup.get(item, item) for item in value or []]


def parse_decimal_text(value):
    """Accept 62,5 as well as 62.5: the national register writes a decimal comma."""
    if isinstance(value, str):
        value = value.strip().replace("\u00a0", "").replace(" ", "")
        if value.count(",") == 1 and "." not in value:
            value = value.replace(",", ".")
    return value


class DecimalCommaFormField(forms.DecimalField):
    def to_python(self, value):
        return super().to_python(parse_decimal_text(value))


class DecimalField(models.DecimalField):
    """A DecimalField whose form also takes a decimal comma."""

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": DecimalCommaFormField, **kwargs})
