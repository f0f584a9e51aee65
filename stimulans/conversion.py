"""Turn an existing InstrumentPage (the Stimulans page of a site that predates this app) into a
StimulansPage, in every language, keeping its id, URL, content, revisions and translations
(manage.py make_stimulans_page). Multi-table inheritance: the page's rows stay, a row is added in
stimulans_stimulanspage and the page's content type changes."""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from pages.models import InstrumentPage
from stimulans.models import StimulansPage


@transaction.atomic
def convert(page: InstrumentPage) -> list[StimulansPage]:
    """Convert `page` and its translations; pages that already are StimulansPages stay."""
    content_type = ContentType.objects.get_for_model(StimulansPage)
    converted = []
    for instrument in InstrumentPage.objects.filter(translation_key=page.translation_key):
        if StimulansPage.objects.filter(pk=instrument.pk).exists():
            continue
        child = StimulansPage(instrumentpage_ptr_id=instrument.pk)
        for field in InstrumentPage._meta.concrete_fields:
            setattr(child, field.attname, getattr(instrument, field.attname))
        child.content_type_id = content_type.pk
        # Only the new table's row: the parents' rows exist already.
        child.save_base(raw=True)
        InstrumentPage.objects.filter(pk=instrument.pk).update(content_type=content_type)
        converted.append(StimulansPage.objects.get(pk=instrument.pk))
    return converted
