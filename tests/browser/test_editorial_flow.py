"""The editorial workflow as the demo users click it in the page editor's own footer.

Communicator submits, Redactie asks for changes, communicator resubmits, Redactie approves
from the editor ("Meer acties" → "Goedkeuren") and the page is live. The organisator's event
page goes through the same review.
"""

import pytest
from wagtail.models import Site, WorkflowState

from agenda.models import EventPage
from demo.builder import DemoBuilder
from pages.models import KnowledgeArticlePage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo_site(baseline_data, live_server):
    DemoBuilder(hostname="localhost", port=80).build()
    site = Site.objects.get(is_default_site=True)
    host, port = live_server.url.split("//")[1].split(":")
    site.hostname, site.port = host, int(port)
    site.save()
    return site


@pytest.fixture
def login(browser, live_server):
    """A fresh browser context per user, logged in through the admin's own login form."""
    contexts = []

    def login_as(username):
        context = browser.new_context(locale="nl-NL")
        contexts.append(context)
        page = context.new_page()
        page.goto(live_server.url + "/admin/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", "demo")
        page.click("button[type=submit]")
        page.wait_for_url(live_server.url + "/admin/")
        return page

    yield login_as
    for context in contexts:
        context.close()


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
    click_footer_action(redacteur, "Goedkeuren")
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
    click_footer_action(redacteur, "Goedkeuren")
    event.refresh_from_db()
    assert workflow_status(event) == WorkflowState.STATUS_APPROVED
    assert event.live and not event.has_unpublished_changes
    assert event.title.endswith("(nieuwe datum)")
