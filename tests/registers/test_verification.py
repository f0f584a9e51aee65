"""Verification rounds per organisation (issue 14, registers/verification.py): each
participating organisation of the outdated partnerships gets one mail with one signed,
expiring link to a page listing all its partnerships in the round; "Klopt" verifies an
entry today by that organisation, a correction (facts, participants, roles, dates, contact,
a document) waits in Registerreview as a draft; each partnership answers once per round;
bad links get a clear page; one reminder after N days; the dashboard shows the progress."""

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
from registers.choices import Role
from registers.models import (
    Partnership,
    VerificationInvitation,
    VerificationRequest,
    VerificationRound,
)

pytestmark = pytest.mark.django_db
OLD = datetime.date(2020, 1, 1)


def published(**kwargs):
    partnership = PartnershipFactory(last_verified=OLD, **kwargs)
    partnership.save_revision().publish()
    return partnership


@pytest.fixture
def register():
    """Oostzaan (with an address) takes part in Twiske and Waterland; Zaanstad (with an
    address) in Waterland; Wormerland (no address) in Zaangebied; a fresh entry of Oostzaan
    needs no check."""
    oostzaan = OrganisationFactory(name="Oostzaan", verification_email="info@oostzaan.example")
    zaanstad = OrganisationFactory(
        name="Zaanstad", cbs_code="GM0479", verification_email="info@zaanstad.example"
    )
    wormerland = OrganisationFactory(name="Wormerland")
    twiske = published(
        name="Recreatieschap Twiske",
        seat_place="Oostzaan",
        participants=[oostzaan],
        contact_email="secretariaat@twiske.example",
    )
    waterland = published(
        name="Samenwerking Waterland", participants=[(zaanstad, Role.PENVOERDER), oostzaan]
    )
    zaangebied = published(name="Zaangebied", participants=[wormerland])
    fresh = PartnershipFactory(name="Vers verband", participants=[oostzaan])
    Partnership.objects.filter(pk=fresh.pk).update(last_verified=timezone.localdate())
    return {
        "oostzaan": oostzaan,
        "zaanstad": zaanstad,
        "wormerland": wormerland,
        "twiske": twiske,
        "waterland": waterland,
        "zaangebied": zaangebied,
    }


def link_in(mail) -> str:
    (url,) = re.findall(r"https?://\S+", mail.body)
    return "/" + url.split("/", 3)[3]


def mail_to(mailoutbox, address):
    (mail,) = [m for m in mailoutbox if m.to == [address]]
    return mail


def request_for(partnership) -> VerificationRequest:
    return VerificationRequest.objects.get(partnership=partnership)


def test_one_mail_per_organisation_listing_its_partnerships(register, mailoutbox):
    call_command("verification_round", "--no-reminders")
    assert sorted(m.to[0] for m in mailoutbox) == ["info@oostzaan.example", "info@zaanstad.example"]
    oostzaan = mail_to(mailoutbox, "info@oostzaan.example")
    assert "Oostzaan" in oostzaan.subject
    assert "Recreatieschap Twiske" in oostzaan.body and "Samenwerking Waterland" in oostzaan.body
    assert "Vers verband" not in oostzaan.body  # verified recently
    zaanstad = mail_to(mailoutbox, "info@zaanstad.example")
    assert "Samenwerking Waterland" in zaanstad.body and "Twiske" not in zaanstad.body
    # One request per partnership, shared by the organisations; Zaangebied has nobody to ask.
    assert sorted(VerificationRequest.objects.values_list("partnership__name", flat=True)) == [
        "Recreatieschap Twiske",
        "Samenwerking Waterland",
    ]
    assert VerificationInvitation.objects.count() == 2
    # The partnership's own contact address is no longer mailed.
    assert all("twiske.example" not in m.to[0] for m in mailoutbox)
    # Asked and not yet answered: the next run asks nobody again.
    call_command("verification_round", "--no-reminders")
    assert len(mailoutbox) == 2
    assert VerificationRound.objects.count() == 1  # the empty second round is not kept


def test_a_round_for_a_register_selection(register, mailoutbox):
    selection = verification.parse_selection("https://x.example/nl/register/?deelnemer=GM0479")
    assert selection == "deelnemer=zaanstad"  # the code, normalised to the slug
    verification.start_round(selection=selection)
    assert VerificationRound.objects.get().selection == "deelnemer=zaanstad"
    assert list(VerificationRequest.objects.values_list("partnership__name", flat=True)) == [
        "Samenwerking Waterland"
    ]
    assert "Twiske" not in mail_to(mailoutbox, "info@oostzaan.example").body
    with pytest.raises(verification.SelectionInvalid):
        verification.parse_selection("?verouderd=ja")


def test_klopt_verifies_the_entry_today_by_the_organisation(register, mailoutbox):
    verification.start_round()
    url = link_in(mail_to(mailoutbox, "info@oostzaan.example"))
    client = Client()
    page = client.get(url).content.decode()
    assert "Recreatieschap Twiske" in page and "Samenwerking Waterland" in page
    assert "Penvoerder" in page  # participants with their roles
    twiske = register["twiske"]
    response = client.post(url, {"action": "klopt", "verzoek": request_for(twiske).pk})
    assert response.status_code == 302
    assert "Recreatieschap Twiske" in client.get(response["Location"]).content.decode()
    twiske.refresh_from_db()
    assert twiske.last_verified == timezone.localdate()
    assert twiske.last_verified_by == "Oostzaan"
    assert twiske.last_verified_by_organisation == register["oostzaan"]
    assert not twiske.is_outdated
    # Published as a revision and logged with who answered.
    assert twiske.live_revision.content["last_verified_by"] == "Oostzaan"
    entry = ModelLogEntry.objects.get(action=verification.VERIFIED_ACTION)
    assert entry.data["by"] == "Oostzaan" and entry.data["organisation"] == register["oostzaan"].pk
    answered = request_for(twiske)
    assert answered.answer == VerificationRequest.Answer.CONFIRMED
    assert answered.answered_by == register["oostzaan"]
    # One answer per partnership: a second post changes nothing.
    client.post(url, {"action": "klopt", "verzoek": answered.pk})
    assert ModelLogEntry.objects.filter(action=verification.VERIFIED_ACTION).count() == 1


def test_one_answer_per_partnership_whichever_organisation_answers(register, mailoutbox):
    verification.start_round()
    waterland = request_for(register["waterland"])
    oostzaan_url = link_in(mail_to(mailoutbox, "info@oostzaan.example"))
    zaanstad_url = link_in(mail_to(mailoutbox, "info@zaanstad.example"))
    Client().post(zaanstad_url, {"action": "klopt", "verzoek": waterland.pk})
    page = Client().get(oostzaan_url).content.decode()
    assert "Bevestigd" in page and "door Zaanstad" in page
    Client().post(oostzaan_url, {"action": "klopt", "verzoek": waterland.pk})
    assert Partnership.objects.get(pk=register["waterland"].pk).last_verified_by == "Zaanstad"
    assert ModelLogEntry.objects.filter(action=verification.VERIFIED_ACTION).count() == 1
    # A partnership of another organisation's list cannot be answered with this link.
    twiske = request_for(register["twiske"])
    response = Client().post(zaanstad_url, {"action": "klopt", "verzoek": twiske.pk})
    assert response.status_code == 400
    assert request_for(register["twiske"]).answer == VerificationRequest.Answer.NONE
    for bad in ("", "abc", "9" * 40):
        assert Client().post(zaanstad_url, {"action": "klopt", "verzoek": bad}).status_code == 400


def correction_data(client, url, request) -> dict:
    """The correction form as the page fills it in (hidden and current values)."""
    from django.forms.models import model_to_dict

    from registers.verification_views import Correction

    correction = Correction(request.partnership.get_latest_revision_as_object())
    data = {"action": "voorstel", "verzoek": request.pk}
    facts = model_to_dict(correction.facts.instance, fields=verification.PROPOSAL_FIELDS)
    data.update({k: v or "" for k, v in facts.items()})
    for form in correction.participants:
        for name, field in form.fields.items():
            value = form.initial.get(name, field.initial)
            data[form.add_prefix(name)] = "" if value is None else value
    return data


def test_a_correction_waits_in_registerreview_not_live(register, mailoutbox):
    verification.start_round()
    url = link_in(mail_to(mailoutbox, "info@oostzaan.example"))
    waterland = request_for(register["waterland"])
    client = Client()
    form_page = client.get(url, {"wijzig": waterland.pk})
    assert form_page.status_code == 200
    html = form_page.content.decode()
    assert 'name="official_contact"' in html and "<legend>Zaanstad</legend>" in html
    data = correction_data(client, url, waterland)
    memberships = {m.organisation.name: m for m in register["waterland"].memberships.all()}
    data.update(
        {
            f"p{memberships['Oostzaan'].pk}-role": Role.CENTRUMGEMEENTE,
            f"p{memberships['Zaanstad'].pk}-left": "2025-12-31",
            "new0-organisation": "wormerland",
            "new0-role": Role.DEELNEMER,
            "new0-joined": "2026-01-01",
            "contact_email": "nieuw@waterland.example",
            "doc-title": "Gemeenschappelijke regeling 2026",
            "doc-url": "https://waterland.example/regeling.pdf",
            "note": "Zaanstad is uitgetreden.",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()
    live = Partnership.objects.get(pk=register["waterland"].pk)
    assert live.contact_email == "" and live.last_verified == OLD  # nothing published
    assert {m.organisation.name for m in live.current_memberships()} == {"Oostzaan", "Zaanstad"}
    draft = live.get_latest_revision_as_object()
    proposed = {m.organisation.name: m for m in draft.memberships.all()}
    assert proposed["Oostzaan"].role == Role.CENTRUMGEMEENTE
    assert proposed["Zaanstad"].left == datetime.date(2025, 12, 31)
    assert proposed["Wormerland"].joined == datetime.date(2026, 1, 1)
    assert draft.contact_email == "nieuw@waterland.example"
    assert [d.title for d in draft.documents.all()] == ["Gemeenschappelijke regeling 2026"]
    state = WorkflowState.objects.get(object_id=str(live.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Registerreview"
    answered = request_for(live)
    assert answered.answer == VerificationRequest.Answer.PROPOSED
    assert answered.answered_by == register["oostzaan"]
    assert answered.note == "Zaanstad is uitgetreden."
    entry = ModelLogEntry.objects.get(action=verification.PROPOSED_ACTION)
    assert entry.data["by"] == "Oostzaan"


def test_an_invalid_correction_shows_the_form_again(register, mailoutbox):
    verification.start_round()
    url = link_in(mail_to(mailoutbox, "info@oostzaan.example"))
    waterland = request_for(register["waterland"])
    data = correction_data(Client(), url, waterland)
    oostzaan = register["waterland"].memberships.get(organisation__name="Oostzaan")
    data.update(
        {
            "new0-organisation": "Gemeente die niet bestaat",
            f"p{oostzaan.pk}-joined": "2020-01-01",
            f"p{oostzaan.pk}-left": "2019-01-01",
            "contact_email": "geen adres",
            "doc-title": "Alleen een titel",
        }
    )
    response = Client().post(url, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Gemeente die niet bestaat" in html and 'role="alert"' in html
    assert "<title>Fout:" in html
    assert request_for(register["waterland"]).answer == VerificationRequest.Answer.NONE
    assert not Partnership.objects.get(pk=register["waterland"].pk).has_unpublished_changes


@pytest.mark.parametrize(
    "mangle",
    [lambda t: t[:-3] + "abc", lambda t: "x", lambda t: t + "%00", lambda t: t + "a" * 5000],
)
def test_a_tampered_link_says_so(register, mailoutbox, mangle):
    verification.start_round()
    token = mangle(verification.make_token(VerificationInvitation.objects.first()))
    response = Client().get(reverse("register_verify", kwargs={"token": token}))
    assert response.status_code == 404
    assert "niet geldig" in response.content.decode()


def test_a_link_for_another_purpose_or_a_gone_invitation_is_refused(register, mailoutbox):
    token = signing.dumps({"i": 1}, salt="something.else")
    response = Client().post(reverse("register_verify", kwargs={"token": token}))
    assert response.status_code == 404
    gone = verification.make_token(VerificationInvitation(pk=999))
    assert Client().get(reverse("register_verify", kwargs={"token": gone})).status_code == 404
    odd = signing.dumps(["i", 1], salt=verification.SALT)
    assert Client().get(reverse("register_verify", kwargs={"token": odd})).status_code == 404


def test_an_expired_link_says_so(register, mailoutbox, monkeypatch):
    verification.start_round()
    url = link_in(mailoutbox[0])
    later = datetime.datetime.now().timestamp() + 31 * 86400
    monkeypatch.setattr("time.time", lambda: later)
    twiske = request_for(register["twiske"])
    response = Client().post(url, {"action": "klopt", "verzoek": twiske.pk})
    assert response.status_code == 410
    assert "verlopen" in response.content.decode()
    assert Partnership.objects.get(pk=register["twiske"].pk).last_verified == OLD


def test_the_page_in_both_languages(register, mailoutbox):
    verification.start_round()
    path = link_in(mail_to(mailoutbox, "info@oostzaan.example"))
    assert path.startswith("/nl/")
    dutch = Client().get(path).content.decode()
    assert "Klopt dit nog? Samenwerkingsverbanden van Oostzaan" in dutch
    assert "Correctie voorstellen" in dutch
    english = Client().get("/en/" + path[4:]).content.decode()
    assert "Is this still correct? Partnerships of Oostzaan" in english
    assert "Propose a correction" in english
    waterland = request_for(register["waterland"])
    form = Client().get("/en/" + path[4:], {"wijzig": waterland.pk}).content.decode()
    assert "New participant 1" in form and "Send proposal" in form


def test_one_reminder_after_n_days_without_answer(register, mailoutbox, settings):
    settings.REGISTER_VERIFY_REMIND_AFTER_DAYS = 14
    verification.start_round()
    call_command("verification_round", "--reminders-only")
    assert len(mailoutbox) == 2  # too early
    verification.confirm(request_for(register["twiske"]), register["oostzaan"])
    VerificationInvitation.objects.update(sent_at=timezone.now() - datetime.timedelta(days=15))
    call_command("verification_round", "--reminders-only")
    call_command("verification_round", "--reminders-only")
    reminders = mailoutbox[2:]
    assert len(reminders) == 2  # once per organisation
    oostzaan = mail_to(reminders, "info@oostzaan.example")
    assert oostzaan.subject.startswith("Herinnering")
    assert "Samenwerking Waterland" in oostzaan.body and "Twiske" not in oostzaan.body
    # The reminder's link opens the same invitation.
    token = link_in(oostzaan).rstrip("/").rsplit("/", 1)[1]
    assert verification.read_token(token) == VerificationInvitation.objects.get(
        organisation=register["oostzaan"]
    )


def test_no_reminder_when_every_partnership_is_answered(register, mailoutbox):
    verification.start_round()
    for request in VerificationRequest.objects.all():
        verification.confirm(request, register["oostzaan"])
    VerificationInvitation.objects.update(sent_at=timezone.now() - datetime.timedelta(days=20))
    assert verification.send_reminders() == 0


def test_a_link_of_a_round_mailed_per_partnership_still_works(register, mailoutbox):
    """Rounds before invitations mailed one link per partnership: valid until it expires."""
    old_round = VerificationRound.objects.create()
    request = VerificationRequest.objects.create(
        round=old_round,
        partnership=register["twiske"],
        email="secretariaat@twiske.example",
        sent_at=timezone.now(),
    )
    url = reverse("register_verify", kwargs={"token": verification.make_request_token(request)})
    assert "Recreatieschap Twiske" in Client().get(url).content.decode()
    assert Client().post(url, {"action": "klopt"}).status_code == 200
    twiske = Partnership.objects.get(pk=register["twiske"].pk)
    assert twiske.last_verified == timezone.localdate()
    assert twiske.last_verified_by == "verificatie via e-mail"
    # Its partnership is not asked again while that request counts as answered.
    assert request_for(register["twiske"]).answer == VerificationRequest.Answer.CONFIRMED


def test_the_dashboard_starts_a_round_and_shows_its_progress(register, mailoutbox):
    beheerder = UserFactory(groups=["Registerbeheer"])
    client = Client()
    client.force_login(beheerder)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Verificatieronde starten" in dashboard
    start = reverse("register_start_verification_round")
    preview = client.get(start, {"selection": "", "preview": "1"}).content.decode()
    assert "2 organisaties krijgen elk één mail" in preview
    assert "1 verouderd samenwerkingsverband heeft geen" in preview  # Zaangebied
    bad = client.post(start, {"selection": "?verouderd=ja", "start": "1"})
    assert bad.status_code == 200 and not mailoutbox
    response = client.post(start, {"selection": "", "start": "1"}, follow=True)
    assert response.status_code == 200
    assert len(mailoutbox) == 2
    assert VerificationRound.objects.get().started_by == beheerder
    verification.confirm(request_for(register["twiske"]), register["oostzaan"])
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    for count, value in [
        ("organisations", 2),
        ("mailed", 2),
        ("confirmed", 1),
        ("proposed", 0),
        ("unanswered", 1),
    ]:
        assert f'data-count="{count}">{value}<' in dashboard
    assert "Organisaties gevraagd" in dashboard and "Gecorrigeerd" in dashboard


def test_a_visitor_cannot_start_a_round(register, mailoutbox):
    response = Client().post(reverse("register_start_verification_round"), {"start": "1"})
    assert response.status_code == 302 and "login" in response["Location"]
    assert not mailoutbox


def test_the_organisation_address_is_editable_in_the_admin(register):
    beheerder = UserFactory(groups=["Registerbeheer"])
    client = Client()
    client.force_login(beheerder)
    edit = reverse("wagtailsnippets_registers_organisation:edit", args=[register["wormerland"].pk])
    assert 'name="verification_email"' in client.get(edit).content.decode()


def test_who_verified_shows_on_the_page_in_the_history_and_the_export(
    register, register_page, client
):
    from registers import exports
    from registers.history import public_changes

    verification.start_round()
    verification.confirm(request_for(register["twiske"]), register["oostzaan"])
    twiske = Partnership.objects.get(pk=register["twiske"].pk)
    html = client.get(f"{register_page.url}{twiske.slug}/").content.decode()
    assert "laatst geverifieerd door" in html
    assert f'{register["oostzaan"].slug}/">Oostzaan</a>' in html
    newest = public_changes(twiske)[0]
    changed = {change["label"]: change["new"] for change in newest["fields"]}
    assert "Oostzaan" in changed.values()
    (row,) = exports.partnership_rows(Partnership.objects.filter(pk=twiske.pk), "/r/")
    assert row["geverifieerd_door"] == "Oostzaan"
    assert row["laatst_geverifieerd"] == timezone.localdate().isoformat()


def test_the_demo_gives_a_handful_of_municipalities_an_invented_address(register):
    from demo.verification import give_demo_addresses

    Partnership.objects.filter(pk=register["zaangebied"].pk).update(live=True)
    assert give_demo_addresses() == 1  # Wormerland: the others have an address already
    wormerland = register["wormerland"]
    wormerland.refresh_from_db()
    assert wormerland.verification_email == f"verificatie@{wormerland.slug}.voorbeeld.nl"
    assert give_demo_addresses() == 0  # a second run changes nothing


def test_a_registerbeheerder_approves_a_correction_and_so_publishes_it(register, mailoutbox):
    verification.start_round()
    url = link_in(mail_to(mailoutbox, "info@oostzaan.example"))
    waterland = request_for(register["waterland"])
    data = correction_data(Client(), url, waterland)
    data.update(
        {
            "new0-organisation": "Wormerland",
            "new0-role": "deelnemer",
            "official_contact": "Secretariaat",
        }
    )
    assert Client().post(url, data).status_code == 302
    partnership = Partnership.objects.get(pk=register["waterland"].pk)
    task_state = partnership.current_workflow_task_state
    reviewer = Client()
    reviewer.force_login(UserFactory(groups=["Registerbeheer"]))
    response = reviewer.post(
        reverse(
            "wagtailsnippets_registers_partnership:workflow_action",
            args=[partnership.pk, "approve", task_state.pk],
        ),
        {"comment": "Klopt, gecontroleerd."},
    )
    assert response.status_code in (200, 302)
    partnership = Partnership.objects.get(pk=partnership.pk)
    assert partnership.official_contact == "Secretariaat"
    assert "Wormerland" in {m.organisation.name for m in partnership.current_memberships()}
    assert partnership.current_workflow_state is None


def test_a_token_for_one_partnership_of_an_invitation(register, mailoutbox):
    """For apps that act on one partnership of the round (e.g. a scan saved on it)."""
    verification.start_round()
    invitation = VerificationInvitation.objects.get(organisation=register["oostzaan"])
    waterland = request_for(register["waterland"])
    token = verification.make_partnership_token(invitation, waterland)
    found = verification.read_request(token)
    assert found == waterland and found.invitation == invitation
    assert verification.read_token(token) == invitation  # the page shows the organisation's list
    other = VerificationInvitation.objects.get(organisation=register["zaanstad"])
    with pytest.raises(verification.LinkInvalid):
        verification.read_request(
            verification.make_partnership_token(other, request_for(register["twiske"]))
        )
    with pytest.raises(verification.LinkInvalid):
        verification.read_request(verification.make_token(invitation))


def test_an_organisation_still_answering_is_not_mailed_again(register, mailoutbox):
    verification.start_round()
    later = published(name="Later verouderd", participants=[register["oostzaan"]])
    verification.start_round()
    assert len(mailoutbox) == 2  # Oostzaan has open partnerships from the first round
    assert not VerificationRequest.objects.filter(partnership=later).exists()
    for request in VerificationRequest.objects.all():
        verification.confirm(request, register["oostzaan"])
    verification.start_round()
    (mail,) = mailoutbox[2:]
    assert mail.to == ["info@oostzaan.example"] and "Later verouderd" in mail.body
