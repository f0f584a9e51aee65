"""Translations on the demo site: real wagtail-localize translations, the PO round trip,
no English page live before its Dutch source, and out-of-date translations listed."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import polib
import pytest
from wagtail.models import Page
from wagtail_localize.models import Translation

from demo.builder import DemoBuilder
from demo.factories.users import UserFactory
from pages.models import ContentPage
from pages.translation_rules import SourceNotLive
from pages.translation_status import stale_translations

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(baseline_data):
    DemoBuilder(hostname="testserver", port=80).build()


def over_pages():
    dutch = ContentPage.objects.get(locale__language_code="nl", slug="over")
    english_locale = Page.objects.get(depth=2, locale__language_code="en").locale
    return dutch, dutch.get_translation(english_locale)


def test_every_english_demo_page_is_a_wagtail_localize_translation(demo):
    english = Page.objects.filter(locale__language_code="en")
    sources = set(
        Translation.objects.filter(target_locale__language_code="en").values_list(
            "source__object_id", flat=True
        )
    )
    assert english.count() > 30
    assert {page.translation_key for page in english} <= sources
    assert not english.filter(alias_of__isnull=False).exists()
    for translation in Translation.objects.all():
        done, total = translation.get_progress()
        assert done == total, translation


def test_po_export_and_import_round_trip_on_a_demo_page(demo, client):
    dutch, english = over_pages()
    translation = Translation.objects.get(
        source__object_id=dutch.translation_key, target_locale=english.locale
    )
    communicator = UserFactory(groups=["Communicatoren"])
    client.force_login(communicator)

    download = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    po = polib.pofile(download.content.decode())
    by_source = {entry.msgid: entry for entry in po}
    assert by_source["Over dit programma"].msgstr == "About this programme"
    assert all(entry.msgstr for entry in po), "the demo translation is complete"

    by_source["Over dit programma"].msgstr = "About the programme"
    upload = SimpleUploadedFile("en.po", str(po).encode(), content_type="text/x-gettext")
    client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": upload, "next": "/admin/"},
    )
    done, total = translation.get_progress()
    assert done == total

    # The Redactie publishes the uploaded translation; visitors see the new text.
    translation.save_target(user=UserFactory(groups=["Redactie"]), publish=False)
    english.refresh_from_db()
    english.get_latest_revision().publish()
    assert "About the programme" in client.get(english.url).content.decode()


def test_english_cannot_go_live_before_its_dutch_source(demo, client, settings):
    dutch, english = over_pages()
    dutch.unpublish()
    translation = Translation.objects.get(
        source__object_id=dutch.translation_key, target_locale=english.locale
    )
    english.unpublish()
    redacteur = UserFactory(groups=["Redactie"])
    client.force_login(redacteur)

    # wagtail-localize's "Publiceer in English" in its editor.
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[english.pk]), {"action": "publish"}, follow=True
    )
    assert response.status_code == 200
    english.refresh_from_db()
    assert not english.live

    # The page editor's own Publish button (a page that is not a synced translation).
    with pytest.raises(SourceNotLive):
        english.save_revision().publish()
    english.refresh_from_db()
    assert not english.live

    settings.TRANSLATIONS_REQUIRE_LIVE_SOURCE = False
    translation.save_target(user=redacteur, publish=False)
    english.get_latest_revision().publish()
    english.refresh_from_db()
    assert english.live


def test_a_changed_dutch_page_marks_its_translation_out_of_date(demo, client):
    dutch, english = over_pages()
    assert stale_translations() == []

    dutch.title = "Over dit programma (herzien)"
    dutch.save_revision().publish()
    stale = stale_translations()
    assert [(row["source"].pk, row["translation"].pk) for row in stale] == [(dutch.pk, english.pk)]
    client.force_login(UserFactory(groups=["Redactie"]))
    dashboard = client.get("/admin/").content.decode()
    assert "stale-translation" in dashboard and english.title in dashboard

    # wagtail-localize's "Sync translated pages" takes the new source text.
    translation = Translation.objects.get(
        source__object_id=dutch.translation_key, target_locale=english.locale
    )
    translation.source.update_from_db()
    assert stale_translations() == []


def test_approving_an_english_page_on_the_dashboard_before_its_source_is_a_message(demo, client):
    dutch, english = over_pages()
    dutch.unpublish()
    english.unpublish()
    communicator = UserFactory(groups=["Communicatoren"])
    english.save_revision(user=communicator)
    english.get_workflow().start(english, communicator)
    task_state = english.current_workflow_task_state

    client.force_login(UserFactory(groups=["Redactie"]))
    url = reverse("wagtailadmin_pages:workflow_action", args=(english.pk, "approve", task_state.pk))
    # The modal's request (XMLHttpRequest) and a plain form post: neither is a server error.
    modal = client.post(url, {"comment": ""}, headers={"x-requested-with": "XMLHttpRequest"})
    assert modal.status_code == 200
    assert modal.json()["redirect"] == reverse("wagtailadmin_pages:edit", args=[english.pk])
    plain = client.post(url, {"comment": ""}, follow=True)
    assert plain.status_code == 200
    assert "Nederlandse bron" in plain.content.decode() or dutch.title in plain.content.decode()
    english.refresh_from_db()
    task_state.refresh_from_db()
    assert not english.live
    assert task_state.status == task_state.STATUS_IN_PROGRESS


def test_translation_review_actions_refuse_what_the_user_may_not_do(demo, client):
    dutch, english = over_pages()
    translation = Translation.objects.get(
        source__object_id=dutch.translation_key, target_locale=english.locale
    )

    def review_url(action, pk=translation.pk):
        return reverse("pages_translation_review", args=[pk, action])

    def refused(response):
        # Wagtail's admin turns PermissionDenied into a redirect to the dashboard.
        return response.status_code == 302 and response.url == reverse("wagtailadmin_home")

    client.force_login(UserFactory(groups=["Communicatoren"]))
    assert client.get(review_url("submit")).status_code == 405
    assert refused(client.post(review_url("publish")))
    assert client.post(review_url("submit", pk=999999)).status_code == 404
    # Nothing is in review, so approving is not offered: a message, no change.
    response = client.post(review_url("approve"), follow=True)
    assert "niet meer beschikbaar" in response.content.decode()
    assert not english.workflow_in_progress

    client.force_login(UserFactory(groups=["Organisatoren"]))
    assert refused(client.post(review_url("submit")))
    assert not english.workflow_in_progress
