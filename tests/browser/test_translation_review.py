"""A translation through the Redactie's review, clicked in wagtail-localize's own editor.

The communicator translates a changed sentence in the translation editor and submits it to
Redactiereview; the English page stays as it was. The redacteur opens the same page, sees
the review bar and approves: the English page is live with the new text. A translation
sent back with a comment is resubmitted from the same bar.
"""

import pytest
from wagtail.models import Page, WorkflowState

from pages.models import ContentPage
from tests.browser.test_editorial_flow import edit_url, workflow_status

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def over_pages():
    dutch = ContentPage.objects.get(locale__language_code="nl", slug="over")
    english = dutch.get_translation(Page.objects.get(depth=2, locale__language_code="en").locale)
    return dutch, english.specific


def translate_segment(browser_page, source_text, new_text):
    """Edit one string in wagtail-localize's editor as a translator does: Edit, type, Save."""
    source = browser_page.get_by_text(source_text, exact=True)
    segment = browser_page.locator(".js-translation-editor li.complete", has=source)
    segment.get_by_role("button", name="Bewerk").click()
    segment.locator("textarea").fill(new_text)
    with browser_page.expect_response(lambda response: response.request.method == "PUT"):
        segment.get_by_role("button", name="Opslaan").click()


def review_bar(browser_page):
    return browser_page.locator("section.translation-review")


def test_communicator_submits_a_translation_and_redacteur_approves_it(
    demo_site, live_server, login
):
    dutch, english = over_pages()
    old_title = english.title

    communicator = login("communicator")
    communicator.goto(edit_url(live_server, english))
    translate_segment(communicator, dutch.title, "About the programme")
    with communicator.expect_navigation():
        review_bar(communicator).get_by_role(
            "button", name="Stuur door naar Redactiereview"
        ).click()
    assert "doorgestuurd" in communicator.content()
    english.refresh_from_db()
    assert workflow_status(english) == WorkflowState.STATUS_IN_PROGRESS
    assert english.get_latest_revision().as_object().title == "About the programme"
    # Nothing goes live before the review (wagtail-localize's draft save wrote the live row).
    assert english.title == old_title
    communicator.goto(live_server.url + english.url)
    assert old_title in communicator.title()

    redacteur = login("redacteur")
    redacteur.goto(edit_url(live_server, english))
    with redacteur.expect_navigation():
        review_bar(redacteur).get_by_role("button", name="Goedkeuren en publiceren").click()
    english.refresh_from_db()
    assert workflow_status(english) == WorkflowState.STATUS_APPROVED
    assert english.live and not english.has_unpublished_changes
    assert english.title == "About the programme"
    redacteur.goto(live_server.url + english.url)
    assert "About the programme" in redacteur.title()


def test_redacteur_sends_a_translation_back_and_the_communicator_resubmits(
    demo_site, live_server, login
):
    dutch, english = over_pages()
    communicator = login("communicator")
    communicator.goto(edit_url(live_server, english))
    translate_segment(communicator, dutch.title, "About ths programme")
    with communicator.expect_navigation():
        review_bar(communicator).get_by_role(
            "button", name="Stuur door naar Redactiereview"
        ).click()

    redacteur = login("redacteur")
    redacteur.goto(edit_url(live_server, english))
    bar = review_bar(redacteur)
    bar.get_by_text("Wijzigingsverzoek").click()
    bar.get_by_label("Opmerking voor de vertaler").fill("Typfout in de titel.")
    with redacteur.expect_navigation():
        bar.get_by_role("button", name="Terugsturen met deze opmerking").click()
    assert workflow_status(english) == WorkflowState.STATUS_NEEDS_CHANGES
    state = WorkflowState.objects.for_instance(english).get(
        status=WorkflowState.STATUS_NEEDS_CHANGES
    )
    assert state.current_task_state.comment == "Typfout in de titel."

    communicator.goto(edit_url(live_server, english))
    assert "Er zijn wijzigingen gevraagd" in review_bar(communicator).inner_text()
    translate_segment(communicator, dutch.title, "About this programme, revised")
    with communicator.expect_navigation():
        review_bar(communicator).get_by_role(
            "button", name="Stuur opnieuw door naar Redactiereview"
        ).click()
    assert workflow_status(english) == WorkflowState.STATUS_IN_PROGRESS
    english.refresh_from_db()
    assert english.get_latest_revision().as_object().title == "About this programme, revised"
