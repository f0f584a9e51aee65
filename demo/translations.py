"""The demo's English pages as real wagtail-localize translations of the Dutch ones."""

from wagtail.fields import StreamField
from wagtail.models import Locale

from demo import content_files


def publish(page):
    _store_streams_as_the_editor_would(page)
    page.save_revision().publish()
    return page


def _store_streams_as_the_editor_would(page):
    """Clean StreamField content from the YAML through its blocks, as the admin form does:
    an empty optional text becomes "" rather than a missing key (None), which
    wagtail-localize cannot extract, and times and dates get the form's spelling."""
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            value = getattr(page, field.name)
            setattr(page, field.name, field.stream_block.clean(value))


def translate(page, data: dict, locale: Locale):
    """Translate a published Dutch page with wagtail-localize, as a translator would with a
    PO file, and publish the translation.

    The English text comes from the page's YAML (`en:`, block for block like `nl:`): the
    page is built in memory with it, its translatable strings are paired with the Dutch ones
    in order, and the Dutch page's PO export gets them as msgstr before it is imported again.
    The English page is then a real wagtail-localize translation: a change in Dutch marks it
    out of date, and the translation editor and PO files work on it.
    """
    from wagtail_localize.models import Translation, TranslationSource

    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    english = _english_strings(page, data)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = english.get((entry.msgctxt, entry.msgid), "")
    translation.import_po(po, translation_type="manual", tool_name="load_demo")
    # A draft first: wagtail-localize would publish only when the outer transaction commits.
    translation.save_target(publish=False)
    return publish(page.get_translation(locale).specific)


def _english_strings(page, data: dict) -> dict:
    """{(segment path, Dutch text): English text} for every translatable string of `page`."""
    from wagtail_localize.segments import StringSegmentValue
    from wagtail_localize.segments.extract import extract_segments

    english_page = type(page).objects.get(pk=page.pk)
    for key, value in content_files.page_fields(data).items():
        setattr(english_page, key, value)
    _store_streams_as_the_editor_would(english_page)
    dutch = [s for s in extract_segments(page) if isinstance(s, StringSegmentValue)]
    translated = [s for s in extract_segments(english_page) if isinstance(s, StringSegmentValue)]
    if len(dutch) != len(translated):
        raise ValueError(
            f"{page.title!r}: the English text has {len(translated)} translatable strings, "
            f"the Dutch {len(dutch)}; give both languages the same blocks and paragraphs."
        )
    pairs = zip(dutch, translated, strict=True)
    return {(nl.path, nl.string.data): en.string.data for nl, en in pairs}
