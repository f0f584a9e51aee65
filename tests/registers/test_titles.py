"""Page titles (WCAG 2.4.2): each state of the register its own, the site name once, and
"Fout:" first when a form comes back with errors."""

from django.test import override_settings

import pytest
from bs4 import BeautifulSoup

from demo.factories.agenda import EventIndexPageFactory, EventPageFactory
from registers import views as register_views

pytestmark = pytest.mark.django_db


def title(response):
    return BeautifulSoup(response.content, "html.parser").title.get_text()


def test_every_register_state_has_its_own_title(client, register_page, register_data):
    site = register_page.get_parent().title
    landing = title(client.get(register_page.url))
    assert landing == f"{register_page.title} | {site}"
    searched = title(client.get(register_page.url, {"q": "afval"}))
    assert searched == f"Zoekresultaten voor “afval” – {register_page.title} | {site}"
    filtered = title(client.get(register_page.url, {"q": "afval", "domein": "afval"}))
    assert filtered.startswith("Zoekresultaten voor “afval”, 1 filter – ")
    two_filters = {"domein": "afval", "provincie": "provincie-utrecht"}
    two = title(client.get(register_page.url, two_filters))
    assert two.startswith("2 filters – ")
    assert len({landing, searched, filtered, two}) == 4


def test_a_later_page_of_results_says_which(client, register_page, register_data, monkeypatch):
    monkeypatch.setattr(register_views, "RESULTS_PER_PAGE", 1)
    second = title(client.get(register_page.url, {"page": 2}))
    assert second.startswith(f"pagina 2 – {register_page.title}")


def test_english_register_titles(client, register_page_en, register_data):
    searched = title(client.get(register_page_en.url, {"q": "waste"}))
    assert searched.startswith("Search results for “waste” – ")


def test_home_page_names_the_site_once(client, home_page):
    assert title(client.get(home_page.url)) == home_page.title


@override_settings(EVENTS_RATE_LIMIT=100)
def test_a_form_with_errors_puts_error_first_in_the_title(client, home_page):
    index = EventIndexPageFactory(parent=home_page)
    index.save_revision().publish()
    event = EventPageFactory(parent=index, title="Netwerkdag")
    event.save_revision().publish()
    assert not title(client.get(event.url)).startswith("Fout:")
    response = client.post(event.url + "aanmelden/", {"name": "", "email": "geen-adres"})
    assert response.status_code in (200, 400)
    assert title(response).startswith("Fout: Netwerkdag")
