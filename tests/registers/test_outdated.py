"""The "verouderd" mark: an entry not verified within REGISTER_VERIFY_AFTER_DAYS says so on
its page, by the same rule as the dashboard and report_unverified (registers/currency.py)."""

import datetime

from django.utils import timezone

import pytest

from demo.factories.registers import PartnershipFactory
from registers.currency import unverified_partnerships

pytestmark = pytest.mark.django_db


def test_an_entry_not_verified_for_too_long_is_marked_outdated(client, register_page, settings):
    settings.REGISTER_VERIFY_AFTER_DAYS = 365
    today = timezone.localdate()
    old = PartnershipFactory(name="Recreatieschap Oud", last_verified=datetime.date(2016, 3, 5))
    fresh = PartnershipFactory(name="Recreatieschap Vers", last_verified=today)
    never = PartnershipFactory(name="Recreatieschap Nooit", last_verified=None)

    assert [p.is_outdated for p in (old, fresh, never)] == [True, False, True]
    assert set(unverified_partnerships()) == {old, never}  # the same rule
    page = client.get(f"{register_page.url}{old.slug}/").content.decode()
    assert "register-outdated" in page and "5 maart 2016" in page
    assert (
        "register-outdated" not in client.get(f"{register_page.url}{fresh.slug}/").content.decode()
    )
    assert "register-outdated" in client.get(f"{register_page.url}{never.slug}/").content.decode()

    settings.REGISTER_VERIFY_AFTER_DAYS = 365 * 20
    old.refresh_from_db()
    assert not old.is_outdated


def test_the_register_filters_on_outdated_entries(
    client, register_page, settings, rebuild_search_index
):
    settings.REGISTER_VERIFY_AFTER_DAYS = 365
    PartnershipFactory(name="Recreatieschap Oud", last_verified=datetime.date(2016, 3, 5))
    PartnershipFactory(name="Recreatieschap Vers", last_verified=timezone.localdate())
    PartnershipFactory(name="Recreatieschap Nooit", last_verified=None)
    rebuild_search_index()

    everything = client.get(register_page.url).content.decode()
    assert "Recreatieschap Vers" in everything and 'id="f-verouderd-1"' in everything
    response = client.get(register_page.url, {"verouderd": "1"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Recreatieschap Oud" in page and "Recreatieschap Nooit" in page
    assert "Recreatieschap Vers" not in page
    assert 'id="f-verouderd-1" name="verouderd" value="1" checked' in page
    # The active filter can be removed, and the filter combines with the others.
    assert "Actualiteit: Verouderd" in page
    combined = client.get(register_page.url, {"verouderd": "1", "q": "Nooit"}).content.decode()
    assert "Recreatieschap Nooit" in combined and "Recreatieschap Oud" not in combined
    # A value other than 1 is ignored, never an error.
    assert client.get(register_page.url, {"verouderd": "<x>"}).status_code == 200


def test_the_exports_have_a_verouderd_column(settings):
    from registers import exports
    from registers.models import Partnership

    settings.REGISTER_VERIFY_AFTER_DAYS = 365
    PartnershipFactory(name="A oud", last_verified=datetime.date(2016, 3, 5))
    PartnershipFactory(name="B vers", last_verified=timezone.localdate())
    PartnershipFactory(name="C nooit", last_verified=None)
    rows = list(exports.partnership_rows(Partnership.objects.order_by("name"), "/r/"))
    assert [(row["naam"], row["verouderd"]) for row in rows] == [
        ("A oud", "ja"),
        ("B vers", "nee"),
        ("C nooit", "ja"),
    ]
    import io

    handle = io.BytesIO()
    exports.write_csv(handle, rows, exports.exchange.PARTNERSHIP_COLUMNS)
    header = handle.getvalue().decode("utf-8-sig").splitlines()[0].split(",")
    assert header[-1] == "verouderd"
