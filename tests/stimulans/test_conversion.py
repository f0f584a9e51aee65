from django.core.management import call_command

import pytest

from demo.factories.pages import InstrumentIndexPageFactory, InstrumentPageFactory
from pages.models import InstrumentPage
from stimulans.models import StimulansPage
from tests.stimulans.conftest import publish, translate

pytestmark = pytest.mark.django_db


def test_an_existing_instrument_page_becomes_the_stimulans_page(
    client, home_page, home_page_en, locale_en
):
    index = publish(InstrumentIndexPageFactory(parent=home_page, slug="instrumenten"))
    page = publish(
        InstrumentPageFactory(
            parent=index,
            title="Stimulans in Samenwerking",
            slug="stimulans",
            for_whom="<p>Overheden</p>",
        )
    )
    translate(index, locale_en, slug="instruments")
    english = translate(page, locale_en, title="Stimulus", slug="stimulus")
    assert client.get(page.url + "aanvragen/").status_code == 404
    call_command("make_stimulans_page", "stimulans")
    converted = StimulansPage.objects.get(pk=page.pk)
    assert converted.url == page.url and converted.for_whom == "<p>Overheden</p>"
    assert StimulansPage.objects.filter(pk=english.pk).exists()
    assert client.get(page.url).status_code == 200
    assert client.get(page.url + "aanvragen/").status_code == 200
    assert client.get(english.url + "apply/").status_code == 200
    # Editing and publishing a new revision keeps the new type.
    converted.intro = "Nieuw"
    converted.save_revision().publish()
    assert InstrumentPage.objects.get(pk=page.pk).specific_class is StimulansPage
    assert client.get(page.url + "toegekend/").status_code == 200
    call_command("make_stimulans_page", "stimulans")  # a second run changes nothing
    assert StimulansPage.objects.count() == 2
