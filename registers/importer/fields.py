"""The partnership's and participant's fields as the importer treats them, derived from the
register's one field list (registers/models/field_list.py), and the model's own rules that
an imported value must meet."""

from django.core.exceptions import ValidationError

from registers.models import Partnership
from registers.models.field_list import MEMBERSHIP_FIELDS as LISTED_MEMBERSHIP_FIELDS
from registers.models.field_list import PARTNERSHIP_FIELDS, Shape

# Every field the register's own tables may fill.
IMPORTED_FIELDS = [field.name for field in PARTNERSHIP_FIELDS]
# Held in the partnership's own row.
SCALAR_FIELDS = [
    field.name
    for field in PARTNERSHIP_FIELDS
    if field.shape not in (Shape.REFERENCE, Shape.RELATIONS)
]
DATE_FIELDS = {field.name for field in PARTNERSHIP_FIELDS if field.shape == Shape.DATE}
# Another organisation (bronhouder) or partnership (part_of, succeeded_by).
REFERENCE_FIELDS = [field.name for field in PARTNERSHIP_FIELDS if field.shape == Shape.REFERENCE]
# provinces, domains, regions, tags.
LIST_FIELDS = [field.name for field in PARTNERSHIP_FIELDS if field.shape == Shape.RELATIONS]
MEMBERSHIP_FIELDS = [field.name for field in LISTED_MEMBERSHIP_FIELDS]

# What a field holds before anyone set it: the importer may fill it.
PARTNERSHIP_DEFAULTS = {
    name: Partnership._meta.get_field(name).get_default() for name in SCALAR_FIELDS
}


def too_long(model, values: dict) -> str:
    """Which field is longer than the register holds ("" when none is)."""
    for name, value in values.items():
        limit = getattr(model._meta.get_field(name), "max_length", None)
        if limit and isinstance(value, str) and len(value) > limit:
            return f"{name} is longer than {limit} characters"
    return ""


def invalid(model, values: dict) -> str:
    """The model's own validation of the given fields (choices, lengths, URLs, and its
    clean(): date order, GR code format, cost share range): "" or what is wrong."""
    instance = model(**values)
    exclude = [f.name for f in model._meta.concrete_fields if f.name not in values]
    try:
        instance.clean_fields(exclude=exclude)
        instance.clean()
    except ValidationError as error:
        return "; ".join(
            f"{name}: {' '.join(str(m) for m in messages)}"
            for name, messages in error.message_dict.items()
        )
    return ""
