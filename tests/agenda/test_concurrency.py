"""The last place, claimed by two people at the same moment, goes to exactly one of them.

Two threads post the form through their own database connections at once. The event row is
locked (SELECT ... FOR UPDATE) while a registration counts the places, so the second request
waits for the first to commit and then sees the event full. Counting is slowed down here to
make the race certain: without the lock both requests would take the place.
"""

import threading
import time

from django.db import connection, connections
from django.test import Client

import pytest

from agenda.choices import RegistrationStatus
from agenda.models import EventPage, Registration
from demo.factories.agenda import EventIndexPageFactory, EventPageFactory, RegistrationFactory
from tests.agenda.conftest import registration_data

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip(
            "needs PostgreSQL (DATABASE_URL=postgres://…): SQLite has no row locks and "
            "serialises all writers, and its in-memory test database is one connection"
        )


@pytest.fixture
def slow_count(monkeypatch):
    original = EventPage.compute_registration_state

    def slowly(self, confirmed=None):
        state = original(self, confirmed)
        time.sleep(0.5)  # the window in which an unlocked second request would count too
        return state

    monkeypatch.setattr(EventPage, "compute_registration_state", slowly)


def last_place_event(home_page, waiting_list):
    index = EventIndexPageFactory(parent=home_page)
    index.save_revision().publish()
    event = EventPageFactory(parent=index, capacity=2, waiting_list=waiting_list)
    event.save_revision().publish()
    RegistrationFactory(event=event, email="eerste@example.org")
    return event


def register_at_once(event, emails):
    barrier = threading.Barrier(len(emails))
    responses = {}

    def worker(email):
        try:
            client = Client()
            barrier.wait()
            responses[email] = client.post(
                event.url + "aanmelden/", registration_data(email=email)
            ).status_code
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(email,)) for email in emails]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return responses


def test_last_place_goes_to_exactly_one_of_two_simultaneous_registrations(
    postgres_only, baseline_data, home_page, slow_count
):
    event = last_place_event(home_page, waiting_list=False)
    responses = register_at_once(event, ["a@example.org", "b@example.org"])
    assert sorted(responses.values()) == [200, 302]  # one redirect to "thanks", one refusal
    confirmed = Registration.objects.filter(event=event, status=RegistrationStatus.CONFIRMED)
    assert confirmed.count() == 2
    assert Registration.objects.filter(event=event).count() == 2


def test_with_a_waiting_list_the_other_one_waits(
    postgres_only, baseline_data, home_page, slow_count
):
    event = last_place_event(home_page, waiting_list=True)
    responses = register_at_once(event, ["a@example.org", "b@example.org", "c@example.org"])
    assert sorted(responses.values()) == [302, 302, 302]
    statuses = sorted(Registration.objects.filter(event=event).values_list("status", flat=True))
    assert statuses == ["confirmed", "confirmed", "waitlisted", "waitlisted"]


def test_the_same_address_twice_at_once_is_stored_once(
    postgres_only, baseline_data, home_page, slow_count
):
    event = last_place_event(home_page, waiting_list=True)
    responses = register_at_once(event, ["dubbel@example.org", "DUBBEL@example.org"])
    assert sorted(responses.values()) == [200, 302]
    assert Registration.objects.filter(event=event, email="dubbel@example.org").count() == 1
