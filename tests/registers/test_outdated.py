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
