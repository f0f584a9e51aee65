"""An applicant applies for Stimulans in Samenwerking in Debian's chromium: the form's error
states (summary with links to the fields, "Fout:" in the title), no serious or critical axe-core
violation on any step, no request to another host, and no sideways scrolling at 320 px."""

import re

from django.core import mail

import pytest

from stimulans.choices import Status
from stimulans.models import Application, StimulansPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NARROW = {"width": 320, "height": 640}


def assert_fits(page):
    assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]


def test_applicant_applies_through_the_form_and_its_errors(demo_site, live_server, browser):
    stimulans = StimulansPage.objects.live().get(locale__language_code="nl")
    context = browser.new_context(locale="nl-NL", bypass_csp=True, viewport=NARROW)
    page = context.new_page()
    from tests.browser.conftest import Visit

    visit = Visit(page, live_server.url)
    mail.outbox.clear()

    page.goto(live_server.url + stimulans.url)
    assert visit.axe_violations() == []
    assert_fits(page)
    page.click("text=Aanvraag beginnen")
    page.wait_for_selector("#id_contact_name")
    assert visit.axe_violations() == []

    # Nothing filled in: the summary lists the fields and links to them.
    page.click("form.stimulans-form button[type=submit]")
    page.wait_for_selector(".error-summary")
    assert page.title().startswith("Fout:")
    assert page.get_attribute("#id_contact_email", "aria-invalid") == "true"
    assert visit.axe_violations() == []
    assert_fits(page)
    page.click(".error-summary a[href='#id_contact_email']")
    assert page.evaluate("location.hash") == "#id_contact_email"

    page.fill("#id_contact_name", "Anna de Vries")
    page.fill("#id_contact_email", "anna@zaanstad.example")
    page.check("#id_consent")
    page.click("form.stimulans-form button[type=submit]")
    page.wait_for_selector("#id_applicant_name")
    assert "Contactpersoon" in page.inner_text("form.stimulans-form")
    assert visit.axe_violations() == []
    assert_fits(page)
    link = re.search(r"https?://\S+", mail.outbox[-1].body).group(0)
    assert link.endswith(page.url.split("?")[0].split(live_server.url)[1])

    # An amount beyond the scheme's rules and an ambiguous name come back as errors.
    page.fill("#id_applicant_name", "Zaan")
    page.fill("#id_title", "Voorbeeld: verkenning in de browser")
    page.fill("#id_description", "Een test van het formulier.")
    page.select_option("#id_programme_line", index=1)
    page.fill("#id_budget", "40.000")
    page.fill("#id_requested_amount", "30.000")
    page.fill("#id_own_contribution", "10.000")
    page.click("button[value=save]")
    page.wait_for_selector(".error-summary")
    assert page.title().startswith("Fout:")
    assert "25.000" in page.inner_text("#id_requested_amount_error")
    assert visit.axe_violations() == []
    assert_fits(page)

    # Return through the emailed link: nothing was saved yet; fix and save the draft.
    page.goto(link)
    page.fill("#id_applicant_name", "Zaanstad")
    page.fill("#id_partner_name", "Haarlem")
    page.fill("#id_title", "Voorbeeld: verkenning in de browser")
    page.fill("#id_description", "Een test van het formulier.")
    page.select_option("#id_programme_line", index=1)
    page.fill("#id_budget", "40.000")
    page.fill("#id_requested_amount", "20.000")
    page.fill("#id_own_contribution", "20.000")
    page.click("button[value=save]")
    page.wait_for_selector("text=Uw concept is opgeslagen.")
    assert "Haarlem" in page.inner_text("form.stimulans-form")
    assert visit.axe_violations() == []

    # Submitting without the declaration is refused; with it, the status page follows.
    page.click("button[value=submit]")
    page.wait_for_selector("#id_declaration_error")
    assert visit.axe_violations() == []
    page.check("#id_declaration")
    page.click("button[value=submit]")
    page.wait_for_selector("text=Status van uw aanvraag")
    assert "Ontvangen" in page.inner_text("main")
    assert visit.axe_violations() == []
    assert_fits(page)
    application = Application.objects.get(title="Voorbeeld: verkenning in de browser")
    assert application.status == Status.ONTVANGEN
    assert application.partners.get().name == "Haarlem"

    # The public list in both languages.
    for url in (
        stimulans.url + "toegekend/",
        "/en/instruments/stimulus-for-collaboration/granted/",
    ):
        response = page.goto(live_server.url + url)
        assert response.status == 200
        assert visit.axe_violations() == []
        assert_fits(page)
    assert visit.foreign_hosts() == set()
    context.close()
