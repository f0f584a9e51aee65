"""Language of parts (WCAG 3.1.2): the register's facts are Dutch only, so on English pages
every Dutch name and Dutch legal term sits in an element with lang="nl", and the English
text around it does not."""

import pytest
from bs4 import BeautifulSoup, NavigableString

from registers.choices import PartnershipKind

pytestmark = pytest.mark.django_db


def language_of(node) -> str:
    """The language a screen reader uses for `node`: the nearest lang attribute."""
    element = node.parent if isinstance(node, NavigableString) else node
    while element is not None and not element.get("lang"):
        element = element.parent
    return element.get("lang") if element is not None else ""


def languages_of(html, text) -> set[str]:
    """The languages of every visible text node in the page body that contains `text`."""
    soup = BeautifulSoup(html, "html.parser")
    for invisible in soup(["script", "style", "title", "head"]):
        invisible.decompose()
    nodes = [node for node in soup.body.find_all(string=True) if text in node]
    assert nodes, f"{text!r} not on the page"
    return {language_of(node) for node in nodes}


def unmarked(html, text) -> list[str]:
    """Where `text` appears outside Dutch: the elements, for a readable failure."""
    soup = BeautifulSoup(html, "html.parser")
    for invisible in soup(["script", "style"]):
        invisible.decompose()
    return [
        str(node.parent)[:200]
        for node in soup.body.find_all(string=True)
        if text in node and language_of(node) != "nl"
    ]


def test_english_partnership_page_marks_dutch_names_and_terms(
    client, register_page_en, register_data
):
    afvalschap = register_data["afvalschap"]
    afvalschap.kind = PartnershipKind.STICHTING
    afvalschap.save()
    html = client.get(f"{register_page_en.url}{afvalschap.slug}/").content.decode()
    assert not unmarked(html, "Afvalschap IJmond-Zaanstreek")
    assert not unmarked(html, "Zaanstad")  # a participant
    assert not unmarked(html, "Zaandam")  # the seat
    assert not unmarked(html, "Provincie Noord-Holland")
    assert not unmarked(html, "Zaanstreek-Waterland")  # the region
    # "Foundation (stichting)": the English word English, the Dutch legal term Dutch.
    assert not unmarked(html, "stichting")
    assert languages_of(html, "Foundation") == {"en"}
    # A policy domain with an English name is English; the page's own words stay English.
    assert languages_of(html, "Waste") == {"en"}
    assert languages_of(html, "Participants with their role") == {"en"}


def test_english_organisation_pages_mark_dutch_names(client, register_page_en, register_data):
    zaanstad = register_data["zaanstad"]
    html = client.get(f"{register_page_en.url}organisations/{zaanstad.slug}/").content.decode()
    assert not unmarked(html, "Zaanstad")
    assert not unmarked(html, "Veiligheidsregio Zaanstreek-Waterland")
    assert languages_of(html, "Lead party") == {"en"}
    assert not unmarked(html, "penvoerder/trekker")
    listing = client.get(f"{register_page_en.url}organisations/").content.decode()
    assert not unmarked(listing, "Wormerland")


def test_english_register_marks_names_in_results_facets_and_filters(
    client, register_page_en, register_data
):
    afvalschap = register_data["afvalschap"]
    afvalschap.kind = PartnershipKind.STICHTING
    afvalschap.save()
    html = client.get(register_page_en.url, {"provincie": "provincie-noord-holland"})
    html = html.content.decode()
    assert not unmarked(html, "Veiligheidsregio Zaanstreek-Waterland")  # a result
    assert not unmarked(html, "Wormerland")  # the participant facet
    # The active filter: "Province: Provincie Noord-Holland", the name Dutch.
    soup = BeautifulSoup(html, "html.parser")
    active = soup.select_one(".active-filters a")
    assert active.find(lang="nl").get_text() == "Provincie Noord-Holland"
    assert language_of(active) == "en"
    # The legal-form facet: "Foundation (stichting)".
    assert languages_of(html, "Foundation") == {"en"}
    assert not unmarked(html, "stichting")


def test_english_network_tables_mark_names(client, register_page_en, register_data):
    html = client.get(f"{register_page_en.url}network/", {"provincie": "provincie-noord-holland"})
    html = html.content.decode()
    assert not unmarked(html, "Afvalschap IJmond-Zaanstreek")
    assert not unmarked(html, "Purmerend")


def test_dutch_pages_need_no_marks(client, register_page, register_data):
    afvalschap = register_data["afvalschap"]
    html = client.get(f"{register_page.url}{afvalschap.slug}/").content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert soup.html["lang"] == "nl"
    marked = [element for element in soup.body.find_all(lang=True) if element["lang"] == "nl"]
    # Only the language switcher names its own language.
    assert all(element.find_parent(class_="language-switcher") for element in marked)
