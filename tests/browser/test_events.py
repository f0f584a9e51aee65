"""A visitor registers for an event and cancels through the link in the email, in Debian's
chromium: no serious or critical axe-core violation, no request to another host."""

import re

from django.core import mail

import pytest
from wagtail.models import Site

from agenda.choices import RegistrationStatus
from agenda.models import Registration
from demo.factories.agenda import EventIndexPageFactory, EventPageFactory
from demo.factories.pages import ContentPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def event(baseline_data, home_page, live_server):
    from django.core.cache import cache

    cache.clear()  # the registration rate limit counts in the cache
    home = home_page
    # Links in emails must point at the live server, so the site gets its host and port.
    host, port = live_server.url.split("//")[1].split(":")
    Site.objects.filter(root_page=home).update(hostname=host, port=int(port))
    privacy = ContentPageFactory(parent=home, title="Privacyverklaring", slug="privacy")
    privacy.save_revision().publish()
    index = EventIndexPageFactory(parent=home, privacy_page=privacy)
    index.save_revision().publish()
    page = EventPageFactory(
        parent=index,
        title="Netwerkdag Samen sterker in de regio",
        capacity=40,
        online_url="https://meet.example/netwerkdag",
        audiences=["bestuurders", "ambtenaren"],
    )
    page.save_revision().publish()
    return page


def test_visitor_registers_and_cancels_through_the_emailed_link(live_server, visit, event):
    page = visit.page
    mail.outbox.clear()
    page.goto(live_server.url + event.url)
    assert visit.axe_violations() == []
    assert "meet.example" not in page.content()

    # A first try with a bad address comes back with the message at the field.
    page.fill("#id_name", "Anne de Vries")
    page.fill("#id_email", "anne-at-alkmaar")
    page.fill("#id_organisation", "Gemeente Alkmaar")
    page.fill("#id_role", "Beleidsadviseur")
    page.fill("#id_needs", "Vegetarische lunch")
    page.check("#id_consent")
    page.click("form.registration-form button[type=submit]")
    page.wait_for_selector("#id_email_error")
    assert page.get_attribute("#id_email", "aria-invalid") == "true"
    assert visit.axe_violations() == []

    page.fill("#id_email", "Anne@Alkmaar.example")
    page.check("#id_consent")
    page.click("form.registration-form button[type=submit]")
    page.wait_for_url("**/aanmelden/ontvangen/**")
    assert visit.axe_violations() == []

    registration = Registration.objects.get()
    assert registration.status == RegistrationStatus.CONFIRMED
    (message,) = mail.outbox
    assert message.to == ["anne@alkmaar.example"]
    assert "https://meet.example/netwerkdag" in message.body
    cancel_url = re.search(r"(http://\S+/afmelden/\S+/)", message.body).group(1)
    assert cancel_url.startswith(live_server.url)

    page.goto(cancel_url)
    assert visit.axe_violations() == []
    page.click("form.cancel-form button[type=submit]")
    page.wait_for_selector(".utrecht-alert--ok")
    assert visit.axe_violations() == []
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CANCELLED
    assert len(mail.outbox) == 2  # the confirmation of the cancellation

    assert visit.foreign_hosts() == set()


def test_events_on_home_index_and_filters_pass_axe(live_server, visit, event):
    visit.page.goto(live_server.url + "/nl/")
    assert visit.page.locator(".event-card").count() == 1
    assert visit.axe_violations() == []
    visit.page.goto(live_server.url + event.get_parent().url)
    assert visit.axe_violations() == []
    visit.page.select_option("#filter-audience", "bestuurders")
    visit.page.click("form.filters button[type=submit]")
    visit.page.wait_for_url("**doelgroep=bestuurders**")
    assert visit.page.locator(".card-list .event-card").count() == 1
    assert visit.axe_violations() == []
    assert visit.foreign_hosts() == set()
