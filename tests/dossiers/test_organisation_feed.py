"""An organisation's feed (registers/feeds.py) carries its dossier's changes too: account
holders and toezicht judgements added or changed (dossiers/organisation_feed.py)."""

import xml.etree.ElementTree as ET

import pytest

from dossiers.choices import Judgement

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def test_the_organisation_feed_lists_dossier_changes(client, register_page, alkmaar):
    judgement = alkmaar.supervision_judgements.get(year=2024)
    judgement.judgement = Judgement.ADEQUAAT
    judgement.save()  # the newest change
    response = client.get("/nl/register/organisaties/alkmaar/feed.atom")
    assert response.status_code == 200
    entries = ET.fromstring(response.content).findall(f"{ATOM}entry")
    titles = [entry.findtext(f"{ATOM}title") for entry in entries]
    assert titles[0] == "Alkmaar: toezicht Financieel toezicht 2024: Adequaat"
    assert "Alkmaar: accounthouder Marieke Jansen (voorbeeld)" in titles
    link = entries[0].find(f"{ATOM}link").get("href")
    assert link == "http://testserver/nl/register/organisaties/alkmaar/"


def test_the_rss_feed_in_english_uses_the_english_explanation(client, register_page_en, alkmaar):
    response = client.get("/en/register/organisations/alkmaar/feed.rss")
    assert response.status_code == 200
    descriptions = [
        item.findtext("description")
        for item in ET.fromstring(response.content).findall("./channel/item")
    ]
    assert "Example: the budget relies on one-off funds." in descriptions
