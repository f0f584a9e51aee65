"""Blocks of the Belangenbehartiging dossier: its timeline."""

import datetime

from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class TimelineEntryBlock(blocks.StructBlock):
    """One step of a dossier: a letter sent, a meeting with the ministry, a decision."""

    date = blocks.DateBlock(label=_("Date"))
    event = blocks.CharBlock(label=_("What happened"), max_length=300)
    detail = blocks.TextBlock(label=_("Detail"), required=False)

    class Meta:
        icon = "date"
        label = _("Timeline entry")
        template = "blocks/timeline_entry.html"
        description = _("A date and what happened in the dossier on that day.")
        preview_value = {
            "date": datetime.date(2026, 3, 12),
            "event": "Position paper sent to the ministry",
            "detail": "",
        }


class TimelineBlock(blocks.StreamBlock):
    entry = TimelineEntryBlock()
