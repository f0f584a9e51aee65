import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale

from demo.factories.agenda import EventIndexPageFactory, EventPageFactory


@pytest.fixture(autouse=True)
def clear_cache():
    # The rate limit counts in the cache, and local-memory caches outlive a test.
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translate(page, locale, **fields):
    translation = page.copy_for_translation(locale).specific
    for key, value in fields.items():
        setattr(translation, key, value)
    translation.save()
    return publish(translation)


def shown_events(response):
    """Titles of the event cards in the page's events section (home page, programme line),
    in the order shown."""
    soup = BeautifulSoup(response.content, "html.parser")
    section = soup.find("section", attrs={"aria-labelledby": "events-heading"})
    if section is None:
        return []
    return [link.get_text() for link in section.select(".event-card .card__title a")]


@pytest.fixture
def event_index(home_page):
    return publish(EventIndexPageFactory(parent=home_page))


@pytest.fixture
def event_index_en(event_index, home_page_en, locale_en):
    return translate(event_index, locale_en, title="Events", slug="events")


@pytest.fixture
def make_event(event_index):
    """A published Dutch event under the index (keyword arguments go to the factory)."""

    def make(**fields):
        return publish(EventPageFactory(parent=event_index, **fields))

    return make


@pytest.fixture
def event(make_event):
    return make_event(title="Netwerkdag Noord-Holland", capacity=2)


@pytest.fixture
def event_en(event, event_index_en, locale_en):
    return translate(event, locale_en, title="Network day Noord-Holland", slug="network-day")


def registration_data(**fields):
    data = {
        "name": "Anne de Vries",
        "email": "Anne.de.Vries@Alkmaar.example",
        "organisation": "Gemeente Alkmaar",
        "role": "Beleidsadviseur",
        "needs": "",
        "consent": "on",
        "leave_empty": "",
    }
    data.update(fields)
    return data


@pytest.fixture
def locale_nl_obj(db):
    return Locale.objects.get(language_code="nl")


def nl(msgid, plural=None, count=None, **params):
    """A UI string as a Dutch page shows it: translated once locale/nl has it, the English
    msgid until then, so these tests hold before and after the translations land."""
    from django.utils import translation
    from django.utils.html import escape

    with translation.override("nl"):
        text = translation.ngettext(msgid, plural, count) if plural else translation.gettext(msgid)
    return escape(text % params if params else text)
