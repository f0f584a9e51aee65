"""An English event page answers its routes in English words; the Dutch words of earlier
links (confirmation emails) are redirected for good."""

import pytest

from agenda.models import Registration
from tests.agenda.conftest import registration_data

pytestmark = pytest.mark.django_db


def test_english_event_registers_under_english_words(client, event, event_en):
    assert event_en.reverse_subpage("register") == "register/"
    assert event.reverse_subpage("register") == "aanmelden/"
    response = client.post(event_en.url + "register/", registration_data())
    assert response.status_code == 302
    assert "/register/received/" in response["Location"]
    assert client.get(response["Location"]).status_code == 200
    registration = Registration.objects.get()
    detail = event_en.route_url("registration_detail", registration.token)
    assert detail.endswith(f"/registration/{registration.token}/")
    assert client.get(detail).status_code == 200
    cancel = event_en.route_url("cancel_registration", registration.token)
    assert cancel.endswith(f"/cancel/{registration.token}/")


def test_old_dutch_words_on_english_event_pages_redirect(client, event, event_en):
    client.post(event.url + "aanmelden/", registration_data())
    token = Registration.objects.get().token
    for old, new in [
        ("aanmelden/ontvangen/", "register/received/"),
        (f"inschrijving/{token}/", f"registration/{token}/"),
        (f"afmelden/{token}/", f"cancel/{token}/"),
    ]:
        response = client.get(event_en.url + old)
        assert response.status_code == 301, old
        assert response["Location"] == event_en.url + new
        assert client.get(event_en.url + new).status_code == 200, new
