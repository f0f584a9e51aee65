"""Verification rounds (issue 14, registers/verification.py): the contact of an outdated
entry gets a signed link; "Klopt" verifies it today, a proposed change waits in
Registerreview as a draft; bad links get a clear page; one reminder after N days."""

import datetime
import re

from django.core import signing
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

import pytest
from wagtail.models import ModelLogEntry, WorkflowState

from demo.factories.registers import OrganisationFactory, PartnershipFactory
from demo.factories.users import UserFactory
from registers import verification
from registers.models import Partnership, VerificationRequest, VerificationRound

pytestmark = pytest.mark.django_db


@pytest.fixture
def outdated():
    partnership = PartnershipFactory(
        name="Recreatieschap Twiske",
        seat_place="Oostzaan",
        last_verified=datetime.date(2020, 1, 1),
        contact_email="secretariaat@twiske.example",
        participants=[OrganisationFactory(name="Oostzaan")],
    )
    partnership.save_revision().publish()
    return partnership


def link_in(mail) -> str:
    (url,) = re.findall(r"https?://\S+", mail.body)
    return "/" + url.split("/", 3)[3]


def test_a_round_mails_each_outdated_contact_once(outdated, mailoutbox):
    PartnershipFactory(last_verified=timezone.localdate(), contact_email="fresh@example.org")
    PartnershipFactory(last_verified=None, contact_email="")  # nobody to ask
    call_command("verification_round", "--no-reminders")
    assert [mail.to for mail in mailoutbox] == [["secretariaat@twiske.example"]]
    assert "Recreatieschap Twiske" in mailoutbox[0].subject
    # Asked and not yet answered: the next run does not ask again.
    call_command("verification_round", "--no-reminders")
    assert len(mailoutbox) == 1
    assert VerificationRound.objects.count() == 1  # the empty second round is not kept


def test_klopt_verifies_the_entry_today_by_email(outdated, mailoutbox):
    verification.start_round()
    url = link_in(mailoutbox[0])
    client = Client()
    page = client.get(url)
    assert page.status_code == 200
    assert "Recreatieschap Twiske" in page.content.decode() and "Oostzaan" in page.content.decode()
    response = client.post(url, {"action": "klopt"})
    assert response.status_code == 200
    outdated.refresh_from_db()
    assert outdated.last_verified == timezone.localdate()
    assert outdated.last_verified_by == "verificatie via e-mail"
    assert not outdated.is_outdated
    # Published as a revision and logged with who answered.
    assert outdated.live_revision.content["last_verified"] == timezone.localdate().isoformat()
    entry = ModelLogEntry.objects.get(action=verification.VERIFIED_ACTION)
    assert entry.data["email"] == "secretariaat@twiske.example"
    assert VerificationRequest.objects.get().answer == VerificationRequest.Answer.CONFIRMED
    # The link answers once: a second post changes nothing.
    client.post(url, {"action": "klopt"})
    assert ModelLogEntry.objects.filter(action=verification.VERIFIED_ACTION).count() == 1


def test_a_proposed_change_waits_in_registerreview_not_live(outdated, mailoutbox):
    verification.start_round()
    url = link_in(mailoutbox[0])
    client = Client()
    form_page = client.get(url, {"stap": "wijziging"})
    assert form_page.status_code == 200
    assert 'name="seat_place"' in form_page.content.decode()
    data = {name: getattr(outdated, name) or "" for name in verification.PROPOSAL_FIELDS}
    data.update(action="voorstel", seat_place="Zaandam", note="Verhuisd naar het gemeentehuis.")
    response = client.post(url, data)
    assert response.status_code == 200, response.content.decode()
    live = Partnership.objects.get(pk=outdated.pk)
    assert live.seat_place == "Oostzaan"  # nothing published
    assert live.has_unpublished_changes
    assert live.get_latest_revision_as_object().seat_place == "Zaandam"
    state = WorkflowState.objects.get(object_id=str(outdated.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Registerreview"
    request = VerificationRequest.objects.get()
    assert request.answer == VerificationRequest.Answer.PROPOSED
    assert request.note == "Verhuisd naar het gemeentehuis."


def test_an_invalid_proposal_shows_the_form_again(outdated, mailoutbox):
    verification.start_round()
    url = link_in(mailoutbox[0])
    response = Client().post(url, {"action": "voorstel", "name": "", "contact_email": "geen"})
    assert response.status_code == 400
    assert VerificationRequest.objects.get().answer == VerificationRequest.Answer.NONE
    assert not Partnership.objects.get(pk=outdated.pk).has_unpublished_changes


@pytest.mark.parametrize(
    "mangle",
    [lambda t: t[:-3] + "abc", lambda t: "x", lambda t: t + "%00", lambda t: t + "a" * 5000],
)
def test_a_tampered_link_says_so(outdated, mailoutbox, mangle):
    verification.start_round()
    request = VerificationRequest.objects.get()
    token = mangle(verification.make_token(request))
    response = Client().get(reverse("register_verify", kwargs={"token": token}))
    assert response.status_code == 404
    assert "niet geldig" in response.content.decode()


def test_a_link_for_another_purpose_is_refused(outdated):
    token = signing.dumps({"r": 1}, salt="something.else")
    response = Client().post(
        reverse("register_verify", kwargs={"token": token}), {"action": "klopt"}
    )
    assert response.status_code == 404
    assert Partnership.objects.get(pk=outdated.pk).last_verified == datetime.date(2020, 1, 1)


def test_an_expired_link_says_so(outdated, mailoutbox, settings, monkeypatch):
    verification.start_round()
    url = link_in(mailoutbox[0])
    later = datetime.datetime.now().timestamp() + 31 * 86400
    monkeypatch.setattr("time.time", lambda: later)
    response = Client().post(url, {"action": "klopt"})
    assert response.status_code == 410
    assert "verlopen" in response.content.decode()
    assert Partnership.objects.get(pk=outdated.pk).last_verified == datetime.date(2020, 1, 1)


def test_one_reminder_after_n_days_without_answer(outdated, mailoutbox, settings):
    settings.REGISTER_VERIFY_REMIND_AFTER_DAYS = 14
    verification.start_round()
    request = VerificationRequest.objects.get()
    call_command("verification_round", "--reminders-only")
    assert len(mailoutbox) == 1  # too early
    request.sent_at = timezone.now() - datetime.timedelta(days=15)
    request.save()
    call_command("verification_round", "--reminders-only")
    call_command("verification_round", "--reminders-only")
    assert len(mailoutbox) == 2
    assert mailoutbox[1].subject.startswith("Herinnering")
    # The reminder's link answers the same request.
    token = link_in(mailoutbox[1]).rstrip("/").rsplit("/", 1)[1]
    assert verification.read_token(token) == request


def test_no_reminder_after_an_answer(outdated, mailoutbox):
    verification.start_round()
    request = VerificationRequest.objects.get()
    verification.confirm(request)
    VerificationRequest.objects.update(sent_at=timezone.now() - datetime.timedelta(days=20))
    assert verification.send_reminders() == 0


def test_the_dashboard_starts_a_round_and_shows_its_progress(outdated, mailoutbox):
    beheerder = UserFactory(groups=["Registerbeheer"])
    client = Client()
    client.force_login(beheerder)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Verificatieronde starten" in dashboard
    response = client.post(reverse("register_start_verification_round"), follow=True)
    assert response.status_code == 200
    assert len(mailoutbox) == 1
    assert VerificationRound.objects.get().started_by == beheerder
    verification.confirm(VerificationRequest.objects.get())
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert re.search(r"Bevestigd</dt><dd>1<", dashboard)
    assert re.search(r"Gemaild</dt><dd>1<", dashboard)


def test_a_visitor_cannot_start_a_round(outdated, mailoutbox):
    response = Client().post(reverse("register_start_verification_round"))
    assert response.status_code == 302 and "login" in response["Location"]
    assert not mailoutbox
