"""Field filters for the API (Wagtail API v2) that never answer 500.

Wagtail's FieldsFilter passes a relation's value to the database as an id (`?domains=afval`
raises ValueError) and lets a value the field cannot hold (`?last_verified=gisteren`) fail
inside the query. Here a many-valued relation is filtered by the slug the API shows for it, or
by a code the related model lists in `api_lookup_fields` (an organisation's CBS code, the
code the exports use), or by id when the value is a number; any value the field cannot take
is a 400 with a JSON message.
"""

from types import SimpleNamespace

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import QueryDict

from wagtail.api.v2.filters import FieldsFilter
from wagtail.api.v2.utils import BadRequestError

MAX_FILTER_VALUE_LENGTH = 200


def _many_valued_relations(model, field_names) -> dict:
    """{parameter: related model} for the filterable fields that hold several objects."""
    relations = {}
    for name in field_names:
        try:
            field = model._meta.get_field(name)
        except LookupError:
            continue
        if field.is_relation and (field.many_to_many or field.one_to_many):
            relations[name] = field.related_model
    return relations


def _related_lookup(name, related_model, value):
    """The filter for one value: by the slug the API shows, or by any other stable code the
    related model names in `api_lookup_fields` (e.g. an organisation's CBS code), or by id."""
    has_slug = any(f.name == "slug" for f in related_model._meta.get_fields())
    codes = [f for f in getattr(related_model, "api_lookup_fields", ()) if f != "slug"]
    if has_slug and not value.isdigit():
        lookup = Q(**{f"{name}__slug": value})
        for code in codes:
            lookup |= Q(**{f"{name}__{code}__iexact": value})
        return lookup
    if value.isdigit():
        return Q(**{f"{name}__pk": int(value)})
    raise BadRequestError(
        f"field filter error. '{value}' is not a valid value for {name} "
        f"(give the {'slug or ' if has_slug else ''}id of one item)"
    )


class SafeFieldsFilter(FieldsFilter):
    def filter_queryset(self, request, queryset, view):
        fields = set(view.get_available_fields(queryset.model, db_fields_only=True))
        relations = _many_valued_relations(queryset.model, fields)
        rest = QueryDict(mutable=True)
        for name, value in request.GET.items():
            if name in fields and len(value) > MAX_FILTER_VALUE_LENGTH:
                raise BadRequestError(f"field filter error. the value for {name} is too long")
            if name in fields and "\x00" in value:
                raise BadRequestError(
                    f"field filter error. null characters are not allowed for {name}"
                )
            if name in relations:
                lookup = _related_lookup(name, relations[name], value)
                queryset = queryset.filter(lookup).distinct()
            else:
                rest[name] = value
        try:
            # Wagtail's filter for the other fields; it reads only request.GET.
            return super().filter_queryset(SimpleNamespace(GET=rest), queryset, view)
        except (ValueError, TypeError, ValidationError) as exc:
            message = "; ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
            raise BadRequestError(f"field filter error. {message}") from exc
