"""The municipality dossier on an organisation's page in the register, in both languages
(dossiers/sections.py through registers/organisation_sections.py)."""

from django.utils import timezone

import pytest

from demo.factories.agenda import EventIndexPageFactory, EventPageFactory, days_from_now
from demo.factories.registers import OrganisationFactory, RegionFactory
from registers import organisation_sections

pytestmark = pytest.mark.django_db


def test_organisation_page_shows_account_holders_and_toezicht_in_dutch(
    client, register_page, alkmaar
):
    response = client.get("/nl/register/organisaties/alkmaar/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Accounthouders bij de provincie" in html
    assert "Marieke Jansen (voorbeeld)" in html and "Ahmed El Amrani (voorbeeld)" in html
    assert 'href="mailto:m.jansen@provincie.example"' in html
    assert 'href="tel:0880001211"' in html
    assert "Interbestuurlijk toezicht" in html
    assert "Voorbeeld: de begroting leunt op incidentele middelen." in html
    assert '<time datetime="2031-03-04">' in html
    # Newest year first; the partnerships are still there, after the dossier.
    assert html.index("2025") < html.index("2024")
    assert html.index("account-holders-heading") < html.index("partnerships-heading")
    assert "Veiligheidsregio Noord-Holland Noord" in html


def test_organisation_page_shows_the_dossier_in_english(client, register_page_en, alkmaar):
    response = client.get("/en/register/organisations/alkmaar/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Account holders at the province" in html
    assert "Interbestuurlijk toezicht" in html
    # The English explanation where there is one; otherwise the Dutch one, marked as Dutch.
    assert "Example: the budget relies on one-off funds." in html
    assert '<span lang="nl">Voorbeeld: de digitale duurzaamheid is niet op orde.</span>' in html
    assert 'Reasonably adequate (<span lang="nl">redelijk adequaat</span>)' in html


def test_an_organisation_without_a_dossier_shows_no_dossier_sections(client, register_page):
    from demo.factories.registers import PartnershipFactory

    heiloo = OrganisationFactory(name="Heiloo", cbs_code="GM0399")
    PartnershipFactory(participants=[heiloo])
    html = client.get("/nl/register/organisaties/heiloo/").content.decode()
    assert "account-holders-heading" not in html
    assert "supervision-heading" not in html


def test_a_waterschap_with_only_a_judgement_has_a_page(client, register_page, waterschap):
    response = client.get(f"/nl/register/organisaties/{waterschap.slug}/")
    assert response.status_code == 200
    assert "Interbestuurlijk toezicht" in response.content.decode()


def test_an_organisation_with_nothing_to_show_is_still_not_found(client, register_page):
    OrganisationFactory(name="Nergens", cbs_code="GM0998")
    assert client.get("/nl/register/organisaties/nergens/").status_code == 404


def test_a_change_to_an_account_holder_purges_the_cached_page(
    client, register_page, alkmaar, settings
):
    settings.PAGE_CACHE_ENABLED = True
    url = "/nl/register/organisaties/alkmaar/"
    client.get(url)
    assert client.get(url)["X-Cache"] == "HIT"
    holder = alkmaar.account_holders.get(name="Marieke Jansen (voorbeeld)")
    holder.name = "Marieke Jansen-de Wit (voorbeeld)"
    holder.save()
    response = client.get(url)
    assert response["X-Cache"] == "MISS"
    assert "Marieke Jansen-de Wit (voorbeeld)" in response.content.decode()


def test_upcoming_events_for_the_organisations_region_are_listed(
    client, home_page, register_page, alkmaar
):
    region = RegionFactory(name="Noord-Holland-Noord")
    region.municipalities.add(alkmaar)
    index = EventIndexPageFactory(parent=home_page)
    index.save_revision().publish()
    meant = EventPageFactory(
        parent=index, title="Kennissessie toezicht Noord (voorbeeld)", start=days_from_now(20)
    )
    meant.regions.set([region])
    meant.save_revision().publish()
    elsewhere = EventPageFactory(
        parent=index, title="Netwerkdag (voorbeeld)", start=days_from_now(21)
    )
    elsewhere.save_revision().publish()
    past = EventPageFactory(parent=index, title="Oude sessie (voorbeeld)", start=days_from_now(-20))
    past.regions.set([region])
    past.save_revision().publish()
    html = client.get("/nl/register/organisaties/alkmaar/").content.decode()
    assert "Komende bijeenkomsten in de regio" in html
    assert "Kennissessie toezicht Noord (voorbeeld)" in html
    assert "Netwerkdag (voorbeeld)" not in html
    assert "Oude sessie (voorbeeld)" not in html


def test_sections_come_in_registered_order_and_a_provider_without_content_adds_nothing(
    alkmaar,
):
    calls = []

    def empty(organisation, request, page):
        calls.append(organisation)
        return None

    def extra(organisation, request, page):
        return organisation_sections.Section(template="x.html", context={"n": 1})

    organisation_sections.register("test_empty", empty, order=1)
    organisation_sections.register("test_extra", extra, order=5)
    try:
        sections = organisation_sections.sections_for(alkmaar)
    finally:
        organisation_sections.unregister("test_empty")
        organisation_sections.unregister("test_extra")
    assert calls == [alkmaar]
    keys = [section.key for section in sections]
    assert keys[0] == "test_extra"
    assert keys.index("account_holders") < keys.index("supervision")
    assert "test_extra" not in organisation_sections.registered()


def test_a_new_judgement_is_about_this_year_unless_the_editor_says_otherwise():
    from dossiers.models import SupervisionJudgement

    assert SupervisionJudgement().year == timezone.localdate().year
