"""The admin in Dutch for a Dutch communicator: the main screens walked in the browser
carry none of the English that Wagtail and wagtail-localize used to show (their untranslated
strings, wagtail-localize's English dates and hard-coded labels), and no broken image."""

import re

from django.contrib.auth import get_user_model

import pytest
from wagtail.models import Page

from pages.models import ContentPage

User = get_user_model()

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# English (and wrong Dutch) that was seen in the Dutch admin, and must not come back.
KNOWN_ENGLISH = [
    "Nederlandspagina",
    "More actions",
    "Editor Guide",
    "Bold",
    "Italic",
    "Monospace (code)",
    "Superscript",
    "Subscript",
    "Server Error",
    "Default",
]
ENGLISH_HEADING = re.compile(r"\b\w+ to \w+ translation\b")
ENGLISH_DATE = re.compile(
    r"\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|"
    r"November|December) \d{4}\b"
)

# Everything a user reads or hears: text (also of closed menus and dialogs), and the
# labels and titles screen readers announce.
READABLE_TEXT = """() => {
    const copy = document.body.cloneNode(true);
    copy.querySelectorAll("script, style, template, noscript").forEach((node) => node.remove());
    const labels = [...document.querySelectorAll("[aria-label], [title], img[alt]")].map(
        (node) => [node.getAttribute("aria-label"), node.getAttribute("title"),
                   node.getAttribute("alt")].filter(Boolean).join(" ")
    );
    return copy.textContent.replace(/\\s+/g, " ") + " " + labels.join(" ");
}"""

BROKEN_IMAGES = """() => [...document.images]
    .filter((image) => image.complete && image.naturalWidth === 0)
    .map((image) => image.currentSrc || image.src)"""


def english_in(text):
    found = [phrase for phrase in KNOWN_ENGLISH if re.search(rf"\b{re.escape(phrase)}\b", text)]
    found += [match.group(0) for match in ENGLISH_HEADING.finditer(text)]
    found += [match.group(0) for match in ENGLISH_DATE.finditer(text)]
    return found


def test_communicator_sees_the_main_admin_screens_in_dutch(demo_site, live_server, login):
    dutch = ContentPage.objects.get(locale__language_code="nl", slug="over")
    english = dutch.get_translation(Page.objects.get(depth=2, locale__language_code="en").locale)
    home = Page.objects.get(depth=2, locale__language_code="nl")
    screens = [
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{home.pk}/",
        f"/admin/pages/{dutch.pk}/edit/",
        f"/admin/pages/{english.pk}/edit/",  # wagtail-localize's translation editor
        "/admin/documents/",
        "/admin/images/",
        "/admin/account/",
    ]
    communicator = login("communicator")
    assert walk(communicator, live_server, screens) == {}


def test_redacteur_sees_the_review_screens_in_dutch_with_avatars(demo_site, live_server, login):
    # Pages in review list their submitter with an avatar; without gravatar (which would
    # tell gravatar.com who edits) Wagtail's own default avatar is shown, not a broken image.
    page = ContentPage.objects.get(locale__language_code="nl", slug="over")
    communicator = User.objects.get(username="communicator")
    page.save_revision(user=communicator)
    page.get_workflow().start(page, communicator)
    redacteur = login("redacteur")
    screens = ["/admin/", f"/admin/pages/{page.pk}/edit/", f"/admin/pages/{page.pk}/history/"]
    assert walk(redacteur, live_server, screens) == {}
    avatars = redacteur.locator("img.avatar, .avatar img")
    assert avatars.count() > 0


@pytest.mark.parametrize(
    "username,screens",
    [
        (
            "registerbeheerder",
            [
                "/admin/snippets/registers/partnership/",
                "/admin/factsheets/bundles/",
                "/admin/reports/broken-links/",
                "/admin/snippets/dossiers/accountholder/",
            ],
        ),
        ("redacteur", ["/admin/reports/broken-links/", "/admin/reports/workflow/"]),
        ("toezicht", ["/admin/", "/admin/snippets/dossiers/supervisionjudgement/"]),
        ("stimulans", ["/admin/", "/admin/stimulans/"]),
        ("organisator", ["/admin/", "/admin/pages/"]),
    ],
)
def test_every_demo_user_sees_their_admin_screens_in_dutch(
    demo_site, live_server, login, username, screens
):
    assert walk(login(username), live_server, screens) == {}


def walk(browser_page, live_server, screens) -> dict:
    problems = {}
    for screen in screens:
        response = browser_page.goto(live_server.url + screen)
        assert response.ok, screen
        browser_page.wait_for_load_state("networkidle")
        english_found = english_in(browser_page.evaluate(READABLE_TEXT))
        broken = browser_page.evaluate(BROKEN_IMAGES)
        if english_found or broken:
            problems[screen] = {"english": english_found, "broken images": broken}
    return problems


def test_the_translation_editor_dates_its_strings_in_dutch(demo_site, live_server, login):
    dutch = ContentPage.objects.get(locale__language_code="nl", slug="over")
    english = dutch.get_translation(Page.objects.get(depth=2, locale__language_code="en").locale)
    communicator = login("communicator")
    communicator.goto(f"{live_server.url}/admin/pages/{english.pk}/edit/")
    comment = communicator.get_by_text(re.compile(r"^Vertaald met load_demo op")).first
    assert re.search(
        r"op \d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
        r"november|december) \d{4}$",
        comment.inner_text(),
    )
