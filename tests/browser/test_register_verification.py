"""The verification link as its recipient uses it (issue 14): the public page with the
entry's facts passes axe, "Wijziging voorstellen" opens an accessible form whose proposal
waits in Registerreview, and "Klopt" on another entry verifies it today."""

import datetime
import re

from django.utils import timezone

import pytest

from demo.factories.registers import OrganisationFactory, PartnershipFactory
from registers import verification
from registers.models import Partnership, VerificationRequest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def requests_sent(baseline_data, home_page, mailoutbox):
    for name in ("Recreatieschap Twiske", "Plassenschap Loosdrecht"):
        partnership = PartnershipFactory(
            name=name,
            last_verified=datetime.date(2020, 1, 1),
            contact_email="secretariaat@example.org",
            participants=[OrganisationFactory(name=f"Gemeente bij {name}")],
        )
        partnership.save_revision().publish()
    verification.start_round()
    return {
        r.partnership.name: verification.verification_url(r).split("/", 3)[3]
        for r in VerificationRequest.objects.select_related("partnership")
    }


def test_the_recipient_proposes_a_change_and_confirms_another(visit, live_server, requests_sent):
    page = visit.page
    page.goto(f"{live_server.url}/{requests_sent['Recreatieschap Twiske']}")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Klopt dit nog?")
    assert visit.axe_violations() == []
    page.get_by_role("link", name="Wijziging voorstellen").click()
    page.get_by_label(re.compile(r"^Plaats")).fill("Oostzaan")
    page.get_by_label("Wat is er veranderd? (toelichting)").fill("Verhuisd.")
    assert visit.axe_violations() == []
    page.get_by_role("button", name="Voorstel versturen").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Dank u wel"
    twiske = Partnership.objects.get(name="Recreatieschap Twiske")
    assert twiske.seat_place != "Oostzaan"  # not published
    assert twiske.get_latest_revision_as_object().seat_place == "Oostzaan"

    page.goto(f"{live_server.url}/{requests_sent['Plassenschap Loosdrecht']}")
    page.get_by_role("button", name="Klopt").click()
    assert "vandaag als geverifieerd" in page.content()
    assert visit.axe_violations() == []
    loosdrecht = Partnership.objects.get(name="Plassenschap Loosdrecht")
    assert loosdrecht.last_verified == timezone.localdate()
    assert visit.foreign_hosts() == set()


def test_a_broken_link_page_passes_axe(visit, live_server, baseline_data, home_page):
    visit.page.goto(f"{live_server.url}/nl/register-verificatie/kapot/")
    assert visit.page.get_by_role("heading", level=1).inner_text() == "Deze link is niet geldig"
    assert visit.axe_violations() == []
