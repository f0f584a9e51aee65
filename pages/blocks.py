"""The shared StreamField vocabulary of every page type.

Stream keys are stored in the database: rename one only with a data migration.
"""

import weakref

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

from pages.choices import ActionStatus, HeadingLevel

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=HeadingLevel.choices,
        default=HeadingLevel.H2,
        label=_("Level"),
        help_text=_("The page title is the only level 1 heading; start sections at level 2."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        label = _("Heading")
        description = _("A section heading that also appears in the outline screen readers use.")
        preview_value = {"text": "Wat gaan we doen?", "level": "h2"}


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        label = _("Quote")
        description = _("A quotation with the name of the person or source it comes from.")
        preview_value = {
            "text": "Samenwerken begint met weten wie welke rol heeft.",
            "attribution": "Gedeputeerde Bestuur",
        }


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or an external link"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action.html"
        label = _("Call to action")
        description = _("A highlighted invitation with one button to a page or link.")
        preview_value = {
            "title": "Vraag een Financiële scan aan",
            "text": "Krijg inzicht in de financiële risico's van een samenwerkingsverband.",
            "url": "https://example.org/",
            "button_label": "Aanvragen",
        }

    def clean(self, value):
        cleaned = super().clean(value)
        if not cleaned.get("page") and not cleaned.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": blocks.BlockValidationError(_("Choose a page or a link."))}
            )
        return cleaned


class DocumentListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    documents = blocks.ListBlock(DocumentChooserBlock(label=_("Document")), label=_("Documents"))

    class Meta:
        icon = "doc-full"
        template = "blocks/document_list.html"
        label = _("Document list")
        description = _("Downloadable documents with their file type and size.")
        preview_value = {"title": "Documenten", "documents": []}


class TableFigureBlock(blocks.StructBlock):
    table = TableBlock(
        label=_("Table"),
        table_options={"startRows": 3, "startCols": 3},
        help_text=_("Mark the first row or column as headers so screen readers can read it."),
    )

    class Meta:
        icon = "table"
        template = "blocks/table.html"
        label = _("Table")
        description = _("A data table with a caption and header cells.")
        preview_value = {
            "table": {
                "data": [["Instrument", "Voor wie"], ["Financiële scan", "Gemeenten"]],
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": "Instrumenten",
            }
        }


class ImageFigureBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        label = _("Image")
        description = _("An image with a text alternative (or marked decorative) and a caption.")


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(
        label=_("Figure"), max_length=30, help_text=_("For example 42 or €1,2 mln.")
    )
    label = blocks.CharBlock(label=_("What it counts"), max_length=120)
    source = blocks.CharBlock(label=_("Source"), required=False, max_length=200)

    class Meta:
        icon = "order"
        template = "blocks/key_figure.html"
        label = _("Key figure")
        description = _("One striking number with what it means and where it comes from.")
        preview_value = {
            "value": "393",
            "label": "financiële documenten van gemeenschappelijke regelingen",
            "source": "OpenGR",
        }


# Blocks that apps above `pages` add to every body (e.g. the register's selection block,
# registers/blocks.py): pages may not import them, so they register themselves in their
# AppConfig.ready() with add_body_block(). Every BodyBlock, made before or after, gets them.
_extra_body_blocks: dict = {}
_body_blocks: list = []  # weak references (blocks compare by value, so no WeakSet)


def add_body_block(name: str, block) -> None:
    """Offer `block` under `name` in every body StreamField (a stored key: never rename)."""
    _extra_body_blocks[name] = block
    _body_blocks[:] = [ref for ref in _body_blocks if ref() is not None]
    for ref in _body_blocks:
        _add_child(ref(), name, block)


def _add_child(body, name, block) -> None:
    if name not in body.child_blocks:
        block.set_name(name)
        body.child_blocks[name] = block


class BodyBlock(blocks.StreamBlock):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, block in _extra_body_blocks.items():
            _add_child(self, name, block)
        if len(_body_blocks) > 100:
            _body_blocks[:] = [ref for ref in _body_blocks if ref() is not None]
        _body_blocks.append(weakref.ref(self))

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Paragraph"),
        icon="pilcrow",
        template="blocks/paragraph.html",
        description=_("Running text with links, lists and subheadings."),
        preview_value="<p>De provincie deelt kennis en data met haar partners.</p>",
    )
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    document_list = DocumentListBlock()
    table = TableFigureBlock()
    image = ImageFigureBlock()
    key_figure = KeyFigureBlock()

    class Meta:
        block_counts = {}


class ActionBlock(blocks.StructBlock):
    """One action under "Wat gaan we doen?" on a programme line."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    description = blocks.TextBlock(label=_("Description"))
    status = blocks.ChoiceBlock(choices=ActionStatus.choices, label=_("Status"))
    team = blocks.CharBlock(label=_("Responsible team"), max_length=120)
    timeframe = blocks.CharBlock(
        label=_("Timeframe"), max_length=60, help_text=_("For example 2026 or Q1–Q3 2027.")
    )

    class Meta:
        icon = "tasks"
        template = "blocks/action.html"
        label = _("Action")
        description = _("An action with its status, the team responsible and when it happens.")
        preview_value = {
            "title": "Netwerkdagen organiseren",
            "description": "Twee keer per jaar ontmoeten bestuurders en ambtenaren elkaar.",
            "status": "lopend",
            "team": "Team Bestuurlijke Relaties",
            "timeframe": "2026–2027",
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        status = value.get("status")
        context["status_label"] = (
            ActionStatus(status).label if status in ActionStatus.values else ""
        )
        return context


class ActionsBlock(blocks.StreamBlock):
    action = ActionBlock()


class AttachmentsBlock(blocks.StreamBlock):
    document = DocumentChooserBlock(label=_("Document"), template="blocks/document.html")
