"""StreamField blocks that only events use: the programme (schedule) and the speakers.

The shared body vocabulary stays in pages/blocks.py; these keys are stored in JSON, so rename
them only with a data migration.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class ScheduleItemBlock(blocks.StructBlock):
    """One item of the day's programme."""

    time = blocks.TimeBlock(label=_("Start time"), format="%H:%M")
    end_time = blocks.TimeBlock(label=_("End time"), required=False, format="%H:%M")
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    speaker = blocks.CharBlock(
        label=_("Speaker"),
        required=False,
        max_length=200,
        help_text=_("Name and organisation, for example 'Anne de Vries, gemeente Alkmaar'."),
    )
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "time"
        template = "agenda/blocks/schedule_item.html"
        label = _("Programme item")
        description = _("A time slot of the programme with its title and speaker.")
        preview_value = {
            "time": "10:00",
            "end_time": "10:30",
            "title": "Welkom en opening",
            "speaker": "Gedeputeerde Bestuur",
        }


class ScheduleBlock(blocks.StreamBlock):
    item = ScheduleItemBlock()


class SpeakerBlock(blocks.StructBlock):
    """A speaker or panel member, shown with the event."""

    name = blocks.CharBlock(label=_("Name"), max_length=120)
    role = blocks.CharBlock(
        label=_("Role and organisation"),
        required=False,
        max_length=200,
        help_text=_("For example 'Burgemeester, gemeente Hoorn'."),
    )
    bio = blocks.TextBlock(label=_("About the speaker"), required=False)

    class Meta:
        icon = "user"
        template = "agenda/blocks/speaker.html"
        label = _("Speaker")
        description = _("A speaker with role, organisation and a short introduction.")
        preview_value = {
            "name": "Anne de Vries",
            "role": "Concerncontroller, gemeente Alkmaar",
            "bio": "Werkt al tien jaar aan samenwerking in de regio.",
        }


class SpeakersBlock(blocks.StreamBlock):
    speaker = SpeakerBlock()
