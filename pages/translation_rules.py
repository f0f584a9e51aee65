"""When a translated page may go live: not before its source in the default language.

With TRANSLATIONS_REQUIRE_LIVE_SOURCE (default on) an English page cannot be published while
its Dutch source is not live, whichever way the publish comes: the editor's Publish button,
a review approved by the Redactie, wagtail-localize's "Publish in English", scheduled
publishing. SitePage.publish() enforces it; the admin hooks in pages/wagtail_hooks.py turn it
into a message instead of an error page.
"""

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext as _

from wagtail.models import Page


class SourceNotLive(ValidationError):
    pass


def unpublished_source(page):
    """The page's source in the default language when that is not live, else None."""
    if not getattr(settings, "TRANSLATIONS_REQUIRE_LIVE_SOURCE", True):
        return None
    default = settings.LANGUAGE_CODE
    if page.locale.language_code == default:
        return None
    source = (
        Page.objects.filter(translation_key=page.translation_key, locale__language_code=default)
        .only("id", "title", "live")
        .first()
    )
    if source is None or source.live:
        return None
    return source


def source_not_live_message(page, source) -> str:
    return _(
        "“%(title)s” cannot go live before its Dutch source “%(source)s” is published. "
        "The changes are kept as a draft."
    ) % {"title": page.title, "source": source.title}


def check_may_go_live(page):
    source = unpublished_source(page)
    if source is not None:
        # A dict, so wagtail-localize's publish (which reads error_dict) reports it as well.
        raise SourceNotLive({NON_FIELD_ERRORS: [source_not_live_message(page, source)]})
