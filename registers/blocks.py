"""The register selection block (issue 18): added to every page body by registers/apps.py
through pages.blocks.add_body_block (pages may not import the register)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from registers.models.selection import SORT_CHOICES
from registers.selections import (
    DEFAULT_ENTRIES,
    DISPLAY_CHOICES,
    MAX_ENTRIES,
    QUERY_MAX_LENGTH,
    resolve,
    validate_query,
)


class RegisterSelectionBlock(blocks.StructBlock):
    selection = SnippetChooserBlock(
        "registers.RegisterSelection",
        required=False,
        label=_("Saved selection"),
        help_text=_(
            "Reuse a selection saved under Register → Register selections, or fill in "
            "the fields below."
        ),
    )
    caption = blocks.CharBlock(
        label=_("Caption"),
        required=False,
        max_length=200,
        help_text=_("Required without a saved selection; with one, it replaces its caption."),
    )
    query = blocks.CharBlock(
        label=_("Selection"),
        required=False,
        max_length=QUERY_MAX_LENGTH,
        help_text=_(
            "Choose the selection in the register (search words, filters, sort) and paste "
            "its address here, or the part after the question mark. Empty: the whole register."
        ),
    )
    sort = blocks.ChoiceBlock(choices=SORT_CHOICES, required=False, label=_("Sort"))
    limit = blocks.IntegerBlock(
        label=_("Maximum number of entries"),
        default=DEFAULT_ENTRIES,
        min_value=1,
        max_value=MAX_ENTRIES,
        required=False,
    )
    display = blocks.ChoiceBlock(
        choices=DISPLAY_CHOICES, default="list", label=_("Display"), required=False
    )

    class Meta:
        icon = "list-ul"
        template = "registers/blocks/register_selection.html"
        label = _("Register selection")
        description = _(
            "Partnerships from the register chosen by a search and filters, always current, "
            "with a link to the same selection in the register."
        )
        preview_value = {
            "caption": "Samenwerkingsverbanden voor openbare orde en veiligheid",
            "query": "domein=veiligheid",
            "limit": 5,
            "display": "list",
        }

    def clean(self, value):
        cleaned = super().clean(value)
        errors = {}
        if not cleaned.get("selection"):
            if not cleaned.get("caption"):
                errors["caption"] = ValidationError(
                    _("Give the selection a caption, or choose a saved selection.")
                )
            try:
                validate_query(cleaned.get("query") or "")
            except ValidationError as exc:
                errors["query"] = exc
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return cleaned

    def selection_of(self, value, request=None):
        saved = value.get("selection")
        caption = value.get("caption") or ""
        if saved:
            return saved.resolve(request, caption=caption)
        return resolve(
            value.get("query") or "",
            sort=value.get("sort") or "",
            limit=value.get("limit"),
            caption=caption,
            display=value.get("display") or "list",
            request=request,
        )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        context["selection"] = self.selection_of(value, request)
        return context
