"""Bad input and abuse: duplicates, closed events, spam, malformed fields, odd query strings.
None of it may give a 500 or store anything it should not."""

import datetime

from django.core import mail
from django.utils import translation
from django.utils.html import escape

import pytest
from freezegun import freeze_time

from agenda.choices import RegistrationState
from agenda.forms import RegistrationForm
from agenda.models import Registration
from agenda.registration import REFUSALS
from demo.factories.agenda import RegistrationFactory
from tests.agenda.conftest import nl, publish, registration_data

pytestmark = pytest.mark.django_db


def post(client, page, **fields):
    return client.post(page.url + page.reverse_subpage("register"), registration_data(**fields))


def test_registering_twice_with_the_same_address_gives_a_clear_message(client, event):
    assert post(client, event, email="anne@alkmaar.example").status_code == 302
    response = post(client, event, email="  ANNE@Alkmaar.Example ")
    assert response.status_code == 200
    assert refusal("duplicate") in response.content.decode()
    assert Registration.objects.count() == 1
    assert len(mail.outbox) == 1


def test_the_database_refuses_a_duplicate_active_registration(event):
    from django.db import IntegrityError, transaction

    RegistrationFactory(event=event, email="anne@alkmaar.example")
    with pytest.raises(IntegrityError), transaction.atomic():
        RegistrationFactory(event=event, email="Anne@Alkmaar.example")


def test_duplicate_across_languages_is_refused(client, event, event_en):
    post(client, event, email="anne@alkmaar.example")
    response = post(client, event_en, email="anne@alkmaar.example")
    assert response.status_code == 200
    assert Registration.objects.count() == 1


def refusal(reason):
    with translation.override("nl"):
        return escape(str(REFUSALS[reason]))


def assert_refused(response, message):
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert Registration.objects.count() == 0
    assert mail.outbox == []


def test_registration_after_the_deadline_is_refused(client, make_event):
    event = make_event(registration_deadline=datetime.datetime.now(datetime.UTC))
    assert_refused(post(client, event), refusal(RegistrationState.CLOSED))


def test_registration_for_a_past_event_is_refused(client, make_event):
    event = make_event()
    with freeze_time(event.end + datetime.timedelta(days=1)):
        assert_refused(post(client, event), refusal(RegistrationState.STARTED))


def test_registration_for_an_event_under_way_is_refused(client, make_event):
    event = make_event()
    with freeze_time(event.start + datetime.timedelta(minutes=5)):
        assert_refused(post(client, event), refusal(RegistrationState.STARTED))


def test_registration_for_a_cancelled_event_is_refused(client, make_event):
    event = make_event(cancelled=True)
    assert_refused(post(client, event), refusal(RegistrationState.CANCELLED))


def test_registration_for_a_full_event_without_waiting_list_is_refused(client, make_event):
    event = make_event(capacity=1, waiting_list=False)
    RegistrationFactory(event=event)
    response = post(client, event)
    assert response.status_code == 200
    assert refusal(RegistrationState.FULL) in response.content.decode()
    assert Registration.objects.count() == 1


def test_english_page_refuses_when_the_dutch_original_is_cancelled(client, event, event_en):
    event.cancelled = True
    publish(event)
    response = post(client, event_en)
    assert response.status_code == 200
    assert Registration.objects.count() == 0


def test_filled_honeypot_stores_and_sends_nothing(client, event):
    response = post(client, event, leave_empty="http://spam.example")
    assert response.status_code == 302  # looks like success to the bot
    assert Registration.objects.count() == 0
    assert mail.outbox == []


def test_rate_limit_per_address(client, event, settings):
    settings.EVENTS_RATE_LIMIT = 5
    for number in range(5):
        assert post(client, event, email=f"bot{number}@example.org").status_code == 302
    response = post(client, event, email="bot5@example.org")
    assert response.status_code == 429
    assert (
        nl(
            "Too many registrations have been made from your internet connection. "
            "Please try again in an hour, or email the organiser."
        )
        in response.content.decode()
    )
    assert Registration.objects.count() == 5
    # Another address is not affected.
    other = client.post(
        event.url + "aanmelden/",
        registration_data(email="mens@example.org"),
        REMOTE_ADDR="192.0.2.7",
    )
    assert other.status_code == 302


def test_rate_limit_uses_the_forwarded_address_behind_a_trusted_proxy(client, event, settings):
    settings.EVENTS_RATE_LIMIT = 1
    settings.EVENTS_TRUSTED_PROXIES = 1
    first = client.post(
        event.url + "aanmelden/",
        registration_data(email="a@example.org"),
        HTTP_X_FORWARDED_FOR="203.0.113.1",
    )
    second = client.post(
        event.url + "aanmelden/",
        registration_data(email="b@example.org"),
        HTTP_X_FORWARDED_FOR="203.0.113.2",
    )
    third = client.post(
        event.url + "aanmelden/",
        registration_data(email="c@example.org"),
        HTTP_X_FORWARDED_FOR="198.51.100.9, 203.0.113.1",  # a forged first entry
    )
    assert (first.status_code, second.status_code, third.status_code) == (302, 302, 429)


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"email": "geen-adres"}, "email"),
        ({"email": "a@b@c.nl"}, "email"),
        ({"email": "x" * 250 + "@example.org"}, "email"),
        ({"name": "N" * 201}, "name"),
        ({"organisation": "O" * 5000}, "organisation"),
        ({"role": "R" * 201}, "role"),
        ({"needs": "lang " * 300}, "needs"),
        ({"name": ""}, "name"),
        ({"name": "Anne\x00"}, "name"),
        ({"consent": ""}, "consent"),
    ],
)
def test_invalid_fields_rerender_the_form_with_messages(client, event, fields, field):
    response = post(client, event, **fields)
    assert response.status_code == 200
    html = response.content.decode()
    with translation.override("nl"):
        (message,) = RegistrationForm(registration_data(**fields)).errors[field]
    assert f'id="id_{field}_error">{escape(message)}</p>' in html
    assert 'aria-invalid="true"' in html
    assert f'href="#id_{field}"' in html  # the error summary links to the field
    assert Registration.objects.count() == 0
    assert mail.outbox == []


def test_posted_values_are_escaped_when_the_form_comes_back(client, event):
    response = post(client, event, name='<script>alert("x")</script>', email="fout")
    html = response.content.decode()
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;" in html


def test_get_on_the_registration_route_goes_to_the_form(client, event):
    response = client.get(event.url + "aanmelden/")
    assert response.status_code == 302
    assert response["Location"].endswith("#aanmelden")
    assert client.put(event.url + "aanmelden/").status_code == 405


def test_post_without_any_fields_rerenders(client, event):
    response = client.post(event.url + "aanmelden/", {})
    assert response.status_code == 200


NASTY_QUERIES = [
    "page=abc",
    "page=-1",
    "page=0",
    "page=99999999999999999999",
    "page=1&page=2",
    "page_past=x",
    "soort=<script>alert(1)</script>",
    "soort=onbekend",
    "programmalijn=abc",
    "programmalijn=9",
    "programmalijn=3.5",
    "programmalijn=%C2%B3",  # a superscript three: str.isdigit() says yes, int() says no
    "programmalijn=%D9%A3",  # an Arabic-Indic three
    "doelgroep=<b>x</b>",
    "doelgroep=%00%ff",
    "soort=" + "a" * 5000,
    "wachtlijst=%ff",
]


@pytest.mark.parametrize("query", NASTY_QUERIES)
def test_no_query_string_gives_a_500(client, event, event_index, query):
    RegistrationFactory(event=event)
    token = Registration.objects.get().token
    for path in (
        event_index.url,
        event_index.url + "feed.ics",
        event_index.url + "feed.rss",
        event_index.url + "feed.atom",
        event.url,
        event.url + "event.ics",
        event.url + "aanmelden/ontvangen/",
        f"{event.url}inschrijving/{token}/",
        f"{event.url}afmelden/{token}/",
    ):
        response = client.get(f"{path}?{query}")
        assert response.status_code == 200, (path, query)
        body = response.content.decode()
        assert "<script>alert(1)</script>" not in body
        assert "<b>x</b>" not in body


def test_unknown_filter_values_give_an_empty_listing_not_an_error(client, event, event_index):
    response = client.get(event_index.url + "?soort=onbekend")
    assert response.status_code == 200
    assert event.title not in response.content.decode()


@pytest.mark.parametrize("token", ["%00", "a" * 500, "..", "%2e%2e", "😀"])
def test_odd_tokens_are_not_found(client, event, token):
    assert client.get(f"{event.url}afmelden/{token}/").status_code == 404


def test_waiting_list_confirmation_page(client, event):
    response = client.get(event.url + "aanmelden/ontvangen/?wachtlijst=1")
    assert nl("You are on the waiting list") in response.content.decode()
