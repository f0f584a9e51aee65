"""The editorial workflow as the demo users click it in the page editor's own footer.

Communicator submits, Redactie asks for changes, communicator resubmits, Redactie approves
from the editor ("Meer acties" → "Goedkeuren") and the page is live. The organisator's event
page goes through the same review.
"""

import pytest
from wagtail.models import WorkflowState

from agenda.models import EventPage
from pages.models import KnowledgeArticlePage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def edit_url(live_server, page):
    return f"{live_server.url}/admin/pages/{page.pk}/edit/"


def open_more_actions(browser_page):
    footer = browser_page.locator("footer .w-dropdown-button")
    footer.get_by_role("button", name="Meer acties").click()
    return footer


def click_footer_action(browser_page, label):
    """Click an action in the footer's dropdown and wait for the page the admin sends us to."""
    footer = open_more_actions(browser_page)
    with browser_page.expect_navigation():
        footer.get_by_role("button", name=label, exact=True).click()


def click_footer_action_with_comment(browser_page, label, comment):
    """Actions that ask for a comment open a modal first; its own submit button posts."""
    footer = open_more_actions(browser_page)
    footer.get_by_role("button", name=label, exact=True).click()
    modal = browser_page.locator(".modal-content")
    modal.locator("textarea").fill(comment)
    with browser_page.expect_navigation():
        modal.locator("button[type=submit], input[type=submit]").first.click()


def workflow_status(page):
    state = WorkflowState.objects.for_instance(page).order_by("-created_at", "-id").first()
    return state.status if state else None


def test_communicator_submits_redacteur_sends_back_and_approves_from_the_editor(
    demo_site, live_server, login
):
    # A knowledge article: its publication date (a field with a callable default) made every
    # untouched form look changed, so "Goedkeuren" saved a revision and reopened the review.
    page = KnowledgeArticlePage.objects.filter(locale__language_code="nl").first()
    old_title = page.title
    new_title = old_title + " (bijgewerkt)"

    communicator = login("communicator")
    communicator.goto(edit_url(live_server, page))
    communicator.fill("#id_title", new_title)
    click_footer_action(communicator, "Stuur door naar Redactiereview")
    page.refresh_from_db()
    assert workflow_status(page) == WorkflowState.STATUS_IN_PROGRESS
    assert page.live_revision.as_object().title == old_title

    redacteur = login("redacteur")
    redacteur.goto(edit_url(live_server, page))
    click_footer_action_with_comment(redacteur, "Wijzigingsverzoek", "Graag een kortere titel.")
    assert workflow_status(page) == WorkflowState.STATUS_NEEDS_CHANGES

    communicator.goto(edit_url(live_server, page))
    communicator.fill("#id_title", old_title + " in het kort")
    click_footer_action(communicator, "Stuur opnieuw door naar Review door Redactie")
    assert workflow_status(page) == WorkflowState.STATUS_IN_PROGRESS

    redacteur.goto(edit_url(live_server, page))
    click_footer_action(redacteur, "Goedkeuren en publiceren")
    page.refresh_from_db()
    assert workflow_status(page) == WorkflowState.STATUS_APPROVED
    assert page.live and not page.has_unpublished_changes
    assert page.title == old_title + " in het kort"
    assert page.get_latest_revision().id == page.live_revision_id


def test_organiser_submits_an_event_and_redacteur_approves_it_from_the_editor(
    demo_site, live_server, login
):
    event = EventPage.objects.filter(
        locale__language_code="nl", organiser_users__username="organisator"
    ).first()
    organiser = login("organisator")
    organiser.goto(edit_url(live_server, event))
    organiser.fill("#id_title", event.title + " (nieuwe datum)")
    click_footer_action(organiser, "Stuur door naar Redactiereview")
    assert workflow_status(event) == WorkflowState.STATUS_IN_PROGRESS

    # The event's programme is a stream of times: Wagtail compared the posted "10:00" with
    # the stored time and saw a change, so approving reopened the review.
    redacteur = login("redacteur")
    redacteur.goto(edit_url(live_server, event))
    click_footer_action(redacteur, "Goedkeuren en publiceren")
    event.refresh_from_db()
    assert workflow_status(event) == WorkflowState.STATUS_APPROVED
    assert event.live and not event.has_unpublished_changes
    assert event.title.endswith("(nieuwe datum)")


def test_redacteur_corrects_a_page_in_review_and_approving_publishes_the_correction(
    demo_site, live_server, login
):
    # With reapproval on edit, Wagtail approved the submitted revision, saved the
    # correction as a new one and reopened the review: the page stayed "ter goedkeuring".
    page = KnowledgeArticlePage.objects.filter(locale__language_code="nl").first()
    communicator = login("communicator")
    communicator.goto(edit_url(live_server, page))
    communicator.fill("#id_title", page.title + " (nieuw)")
    click_footer_action(communicator, "Stuur door naar Redactiereview")

    redacteur = login("redacteur")
    redacteur.goto(edit_url(live_server, page))
    redacteur.fill("#id_title", page.title + " (nieuw, gecorrigeerd)")
    click_footer_action(redacteur, "Goedkeuren en publiceren")
    page.refresh_from_db()
    assert workflow_status(page) == WorkflowState.STATUS_APPROVED
    assert page.live and not page.has_unpublished_changes
    assert page.title.endswith("(nieuw, gecorrigeerd)")
    redacteur.goto(live_server.url + page.url)
    assert "(nieuw, gecorrigeerd)" in redacteur.title()
