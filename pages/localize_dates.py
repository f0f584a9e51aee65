"""Dates in wagtail-localize's translation editor in the admin's language.

wagtail-localize writes "Vertaald met … op 6 December 2026" with Python's strftime, whose
month names are always English. Its comment is rebuilt here with Django's date formatting
(month names from the active language, the site's time zone), with the same messages so
their Dutch translations still apply. Installed once from PagesConfig.ready().
"""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _


def _day(moment) -> str:
    return date_format(timezone.localtime(moment), "j F Y")


def string_translation_comment(string_translation) -> str:
    date = _day(string_translation.updated_at)
    if string_translation.tool_name:
        return _("Translated with {tool_name} on {date}").format(
            tool_name=string_translation.tool_name, date=date
        )
    if string_translation.translation_type == string_translation.TRANSLATION_TYPE_MANUAL:
        return _("Translated manually on {date}").format(date=date)
    if string_translation.translation_type == string_translation.TRANSLATION_TYPE_MACHINE:
        return _("Machine translated on {date}").format(date=date)
    return ""


def install():
    from wagtail_localize.models import StringTranslation

    StringTranslation.get_comment = string_translation_comment
