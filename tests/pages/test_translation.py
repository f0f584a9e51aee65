"""Translating a page with wagtail-localize: submit, translate through a PO file, publish."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import polib
import pytest
from wagtail_localize.models import Translation

from demo.factories.pages import ContentPageFactory
from demo.factories.streams import stream
from demo.factories.users import UserFactory
from pages.models import ContentPage

pytestmark = pytest.mark.django_db

ENGLISH = {
    "Over dit programma": "About this programme",
    "over": "about",
    "Waarom wij samenwerken.": "Why we collaborate.",
    "De provincie werkt samen met gemeenten en waterschappen.": (
        "The province works with municipalities and water authorities."
    ),
}


@pytest.fixture
def dutch_page(home_page, home_page_en):
    page = ContentPageFactory(
        parent=home_page,
        title="Over dit programma",
        slug="over",
        intro="Waarom wij samenwerken.",
        body=stream(
            [("paragraph", "<p>De provincie werkt samen met gemeenten en waterschappen.</p>")]
        ),
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def translator(client):
    user = UserFactory(groups=["Communicatoren"])
    client.force_login(user)
    return user


def test_page_is_translated_through_a_po_file_and_published(
    client, dutch_page, locale_en, translator, django_capture_on_commit_callbacks
):
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[dutch_page.pk]),
        {"locales": [locale_en.pk]},
    )
    assert response.status_code == 302
    translation = Translation.objects.get(
        source__object_id=dutch_page.translation_key, target_locale=locale_en
    )

    download = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    po = polib.pofile(download.content.decode())
    for entry in po:
        entry.msgstr = ENGLISH.get(entry.msgid, "")
    assert {entry.msgid for entry in po} >= set(ENGLISH)

    upload = SimpleUploadedFile("en.po", str(po).encode(), content_type="text/x-gettext")
    client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": upload, "next": "/admin/"},
    )
    translation.refresh_from_db()
    assert translation.get_progress() == (len(po), len(po))

    # wagtail-localize publishes on commit.
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=translator, publish=True)
    english = ContentPage.objects.get(translation_key=dutch_page.translation_key, locale=locale_en)
    assert english.live
    html = client.get(english.url).content.decode()
    assert english.url == "/en/about/"
    assert "About this programme" in html
    assert "The province works with municipalities and water authorities." in html
    assert 'lang="en"' in html


def test_new_dutch_page_gets_an_english_alias_until_translated(client, home_page, home_page_en):
    user = UserFactory(groups=["Redactie"])
    client.force_login(user)
    data = {
        "title": "Nieuw",
        "slug": "nieuw",
        "intro": "",
        "body-count": "0",
        "action-publish": "Publish",
    }
    client.post(
        reverse("wagtailadmin_pages:add", args=("pages", "contentpage", home_page.pk)), data
    )
    alias = ContentPage.objects.get(slug="nieuw", locale=home_page_en.locale)
    assert alias.alias_of_id is not None
    assert "This page has not been translated yet" in client.get(alias.url).content.decode()
