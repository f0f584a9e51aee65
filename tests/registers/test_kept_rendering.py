"""Result cards and an organisation's rows are rendered once per generation of the register
(registers/views.py _rendered_per_generation, issue 12): a second request reads them back
instead of loading and rendering them, and whatever changes what they show — a publish, a
renamed policy domain, a verification beside a waiting draft — shows at the next request.
Kept apart per language, per date asked for and per page."""

import datetime

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from demo.factories.registers import OrganisationFactory, PartnershipFactory
from registers import exports, verification
from registers.models import VerificationRequest

pytestmark = pytest.mark.django_db


@pytest.fixture
def keeping(settings):
    """Keeping per generation on, as in production (the suite turns it off)."""
    from django.core.cache import cache

    settings.REGISTER_COUNTS_CACHE_SECONDS = 600
    cache.clear()


def shown(client, url, selector, **params):
    """The text of each element `selector` on the page, and the SQL the request ran."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    texts = [
        " ".join(element.get_text(" ", strip=True).split()) for element in soup.select(selector)
    ]
    return texts, [query["sql"] for query in captured]


def cards(client, url, **params):
    return shown(client, url, ".partnership-card", **params)


def loads_partnership_domains(sql) -> bool:
    return any('"registers_partnership_domains"' in statement for statement in sql)


def test_cards_are_read_back_and_a_publish_shows_at_the_next_request(
    client, register_page, register_data, keeping, django_capture_on_commit_callbacks
):
    first, first_sql = cards(client, register_page.url)
    assert len(first) == 3 and any("Afvalschap IJmond-Zaanstreek (AIJZ)" in c for c in first)
    again, again_sql = cards(client, register_page.url)
    assert again == first
    # Read back: neither the partnerships' domains nor anything else of a card is loaded.
    assert loads_partnership_domains(first_sql) and not loads_partnership_domains(again_sql)
    assert len(again_sql) < len(first_sql)

    afvalschap = register_data["afvalschap"]
    afvalschap.name = "Afvalschap Zaanstreek-IJmond"
    with django_capture_on_commit_callbacks(execute=True):
        afvalschap.save_revision().publish()
    after, _sql = cards(client, register_page.url)
    assert any("Afvalschap Zaanstreek-IJmond (AIJZ)" in card for card in after)
    assert not any("Afvalschap IJmond-Zaanstreek" in card for card in after)


def test_a_renamed_policy_domain_shows_on_the_cards_at_the_next_request(
    client, register_page, register_data, keeping, django_capture_on_commit_callbacks
):
    before, _sql = cards(client, register_page.url)
    assert sum("Afval en reiniging" in card for card in before) == 2
    afval = register_data["afval"]
    afval.name = "Afval en grondstoffen"
    with django_capture_on_commit_callbacks(execute=True):
        afval.save()
    after, _sql = cards(client, register_page.url)
    assert sum("Afval en grondstoffen" in card for card in after) == 2
    assert not any("Afval en reiniging" in card for card in after)


def test_each_language_has_its_own_cards(
    client, register_page, register_page_en, register_data, keeping
):
    dutch, _sql = cards(client, register_page.url)
    english, _sql = cards(client, register_page_en.url)
    assert all("Rechtsvorm" in card for card in dutch)
    assert all("Legal form" in card and "Rechtsvorm" not in card for card in english)
    # The English labels of the domains, the Dutch ones on the Dutch page.
    assert any("Waste" in card for card in english) and not any("Waste" in c for c in dutch)


def test_cards_on_a_date_show_that_days_state_not_todays(
    client, register_page, keeping, django_capture_on_commit_callbacks
):
    partnership = PartnershipFactory(name="Regio Oud", entry_into_force=datetime.date(2010, 1, 1))
    with django_capture_on_commit_callbacks(execute=True):
        partnership.save_revision().publish()
    partnership.name = "Regio Nieuw"
    with django_capture_on_commit_callbacks(execute=True):
        partnership.save_revision().publish()

    today, _sql = cards(client, register_page.url)
    yesterday = (timezone.localdate() - datetime.timedelta(days=1)).isoformat()
    then, _sql = cards(client, register_page.url, peildatum=yesterday)
    assert ["Regio Nieuw" in card for card in today] == [True]
    assert ["Regio Oud" in card for card in then] == [True]
    # Each read back as it was kept, and still apart.
    assert cards(client, register_page.url)[0] == today
    assert cards(client, register_page.url, peildatum=yesterday)[0] == then


def test_a_verification_beside_a_waiting_draft_shows_at_the_next_request(
    client, register_page, keeping, settings, django_capture_on_commit_callbacks
):
    """Confirming an entry whose draft waits in review changes only its live row (no
    publish): the register starts a new generation all the same, and the anonymous page
    cache forgets its pages."""
    from django.core.cache import caches

    oostzaan = OrganisationFactory(name="Oostzaan", verification_email="info@oostzaan.example")
    twiske = PartnershipFactory(
        name="Recreatieschap Twiske",
        participants=[oostzaan],
        last_verified=datetime.date(2020, 1, 1),
    )
    with django_capture_on_commit_callbacks(execute=True):
        twiske.save_revision().publish()
    twiske.name = "Recreatieschap Twiske (concept)"
    twiske.save_revision()  # a draft waiting in review
    verification.start_round()

    settings.PAGE_CACHE_ENABLED = True
    caches["pages"].clear()
    detail = register_page.url + f"{twiske.slug}/"
    assert Client().get(detail)["X-Cache"] == "MISS"
    assert Client().get(detail)["X-Cache"] == "HIT"
    before, _sql = cards(client, register_page.url)
    assert "2020" in before[0]

    generation = exports.generation()
    request = VerificationRequest.objects.get(partnership=twiske)
    with django_capture_on_commit_callbacks(execute=True):
        assert verification.confirm(request, oostzaan)
    assert exports.generation() != generation

    today = timezone.localdate()
    after, _sql = cards(client, register_page.url)
    assert "2020" not in after[0] and "(concept)" not in after[0]
    page = Client().get(detail)
    assert page["X-Cache"] == "MISS"
    assert f'datetime="{today.isoformat()}"' in page.content.decode()


def test_organisation_rows_are_read_back_and_a_publish_shows_at_the_next_request(
    client, register_page, register_data, keeping, django_capture_on_commit_callbacks
):
    url = register_page.url + f"organisaties/{register_data['zaanstad'].slug}/"
    first, first_sql = shown(client, url, "tbody tr")
    assert len(first) == 2 and any("Penvoerder" in row for row in first)
    again, again_sql = shown(client, url, "tbody tr")
    assert again == first
    assert loads_partnership_domains(first_sql) and not loads_partnership_domains(again_sql)

    veiligheidsregio = register_data["veiligheidsregio"]
    veiligheidsregio.name = "Veiligheidsregio Zaanstreek-Waterland en Purmerend"
    with django_capture_on_commit_callbacks(execute=True):
        veiligheidsregio.save_revision().publish()
    after, _sql = shown(client, url, "tbody tr")
    assert any("Veiligheidsregio Zaanstreek-Waterland en Purmerend" in row for row in after)


def test_each_page_of_an_organisation_has_its_own_rows(client, register_page, keeping, monkeypatch):
    from registers import views

    monkeypatch.setattr(views, "MEMBERSHIPS_PER_PAGE", 2)
    zaanstad = OrganisationFactory(name="Zaanstad")
    for name in ("Alfa", "Bravo", "Charlie"):
        PartnershipFactory(name=f"Verband {name}", participants=[zaanstad])
    url = register_page.url + f"organisaties/{zaanstad.slug}/"
    one, _sql = shown(client, url, "tbody tr th")
    two, _sql = shown(client, url, "tbody tr th", page=2)
    assert one == ["Verband Alfa", "Verband Bravo"] and two == ["Verband Charlie"]
    assert shown(client, url, "tbody tr th")[0] == one
