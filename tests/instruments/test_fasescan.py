"""The Fasescan (instruments/fasescan.py, views.py): a GET questionnaire without JavaScript
whose result names a phase by a documented rule, with errors a visitor can act on; a
registerbeheerder or a verification link's recipient saves the result on a partnership,
nobody else."""

import datetime
import itertools
import re

from django.core import signing
from django.test import Client
from django.utils import timezone
from django.utils.html import escape
from django.utils.http import urlencode

import pytest

from demo.factories.instruments import answers_for
from demo.factories.registers import OrganisationFactory, PartnershipFactory
from instruments import fasescan
from instruments.models import PartnershipPhase
from registers import verification
from registers.choices import Phase
from registers.models import VerificationRequest

pytestmark = pytest.mark.django_db

DUTCH_LABELS = {
    "verkenning": "Verkenning",
    "opbouw": "Opbouw",
    "uitvoering": "Uitvoering",
    "evaluatie": "Evaluatie",
    "beeindigd": "Beëindigd",
}


@pytest.fixture
def partnership():
    partnership = PartnershipFactory(
        name="Recreatieschap Twiske",
        slug="recreatieschap-twiske",
        contact_email="secretariaat@twiske.example",
        last_verified=datetime.date(2020, 1, 1),
        participants=[
            OrganisationFactory(name="Oostzaan", verification_email="register@oostzaan.example")
        ],
    )
    partnership.save_revision().publish()
    return partnership


def token_for(partnership):
    """The round mails Oostzaan one link; its page gives the Fasescan a token for this one
    partnership's request (verification.make_partnership_token)."""
    verification.start_round()
    request = VerificationRequest.objects.get(partnership=partnership)
    invitation = request.invitations.get()
    return request, verification.make_partnership_token(invitation, request)


# --- the rule ------------------------------------------------------------------------------


@pytest.mark.parametrize("phase", Phase.values)
def test_every_phase_is_reachable_through_the_page(client, toolkit, phase):
    response = client.get(toolkit["fasescan"].url, answers_for(phase))
    assert response.status_code == 200
    html = response.content.decode()
    assert f"Uitslag: de fase {DUTCH_LABELS[phase]}" in html
    assert fasescan.score(answers_for(phase)).phase == phase


def test_the_result_is_the_phase_with_most_points_and_the_core_question_breaks_ties():
    """Over every possible answer set (8,000): the documented rule holds."""
    order = [phase.value for phase in fasescan.PHASE_ORDER]
    keys = [question.key for question in fasescan.QUESTIONS]
    ties = 0
    for values in itertools.product(*[[o.value for o in q.options] for q in fasescan.QUESTIONS]):
        answers = dict(zip(keys, values, strict=True))
        result = fasescan.score(answers)
        best = max(result.scores.values())
        tied = [phase for phase in order if result.scores[phase] == best]
        assert result.scores[result.phase] == best
        assert result.tie == (len(tied) > 1)
        if len(tied) > 1:
            ties += 1
            core = next(
                o for o in fasescan.QUESTIONS_BY_KEY["werk"].options if o.value == answers["werk"]
            )
            core_phases = [p.value for p in core.points if p.value in tied]
            assert result.phase == (core_phases[0] if core_phases else tied[0])
    assert ties > 0  # the second step of the rule is exercised


def test_the_page_explains_the_result_and_suggests_the_tools_that_fit(client, toolkit):
    html = client.get(toolkit["fasescan"].url, answers_for("opbouw")).content.decode()
    assert "Punten per fase" in html
    suggestions = html.split("Hulpmiddelen die bij deze fase passen")[1].split("</ul>")[0]
    assert toolkit["checklist"].url in suggestions  # fits opbouw
    assert toolkit["everywhere"].url in suggestions  # fits every phase
    assert toolkit["evaluation"].url not in suggestions  # evaluatie only
    assert toolkit["fasescan"].url + '"' not in suggestions  # not itself


# --- errors --------------------------------------------------------------------------------


def test_missing_answers_give_an_error_summary_linking_to_each_question(client, toolkit):
    answers = answers_for("uitvoering")
    del answers["werk"], answers["doelen"]
    response = client.get(toolkit["fasescan"].url, answers)
    assert response.status_code == 400
    html = response.content.decode()
    assert re.search(r"<title>Fout: Fasescan", html)
    summary = html.split('class="utrecht-alert utrecht-alert--error error-summary"')[1]
    summary = summary.split("</div>")[0]
    links = re.findall(r'href="#([^"]+)"', summary)
    assert links == ["id_doelen_0", "id_werk_0"]
    for target in links:
        assert f'id="{target}"' in html
    assert "Kies een van de antwoorden." in summary
    assert "Uitslag" not in html
    # The answers given stay chosen.
    assert re.search(r'value="van-kracht" id="id_afspraken_2" checked', html)


def test_an_unknown_answer_is_an_error_not_a_crash(client, toolkit):
    answers = answers_for("uitvoering") | {"werk": "<script>", "evaluatie": "x" * 5000}
    response = client.get(toolkit["fasescan"].url, answers)
    assert response.status_code == 400
    assert "<script>" not in response.content.decode()


def test_questions_are_fieldsets_with_legends(client, toolkit):
    html = client.get(toolkit["fasescan"].url).content.decode()
    assert html.count("<fieldset") == len(fasescan.QUESTIONS)
    assert html.count("<legend") == len(fasescan.QUESTIONS)
    assert 'method="get"' in html
    assert "Fout:" not in html


# --- saving --------------------------------------------------------------------------------


def save_url(toolkit):
    return toolkit["fasescan"].url + "opslaan/"


def test_anonymous_visitors_see_no_save_form_and_cannot_post(client, toolkit, partnership):
    html = client.get(toolkit["fasescan"].url, answers_for("opbouw")).content.decode()
    assert "Opslaan" not in html and "opslaan/" not in html
    data = answers_for("opbouw") | {"partnership": partnership.slug}
    assert client.post(save_url(toolkit), data).status_code == 403
    assert not PartnershipPhase.objects.exists()


def test_an_editor_without_register_rights_cannot_save(client, toolkit, partnership, redacteur):
    client.force_login(redacteur)
    data = answers_for("opbouw") | {"partnership": partnership.slug}
    assert client.post(save_url(toolkit), data).status_code == 403
    html = client.get(toolkit["fasescan"].url, answers_for("opbouw")).content.decode()
    assert "opslaan/" not in html
    assert not PartnershipPhase.objects.exists()


def test_a_registerbeheerder_saves_the_phase_shown_on_the_partnership_page(
    client, toolkit, partnership, registerbeheerder
):
    client.force_login(registerbeheerder)
    # Started from the partnership page: the partnership is chosen already.
    html = client.get(
        toolkit["fasescan"].url,
        answers_for("evaluatie") | {"samenwerkingsverband": partnership.slug},
    ).content.decode()
    assert f'<option value="{partnership.slug}" selected>' in html
    data = answers_for("evaluatie") | {"partnership": partnership.slug, "phase": "opbouw"}
    response = client.post(save_url(toolkit), data)
    partnership_url = toolkit["register"].url + f"{partnership.slug}/"
    assert response.status_code == 302
    assert response["Location"] == partnership_url + "#fasescan"
    saved = PartnershipPhase.objects.get()
    assert saved.phase == "evaluatie"  # scored again; the posted "phase" is ignored
    assert saved.saved_by == registerbeheerder
    assert saved.source == PartnershipPhase.Source.REGISTER_MANAGEMENT
    assert saved.answers == answers_for("evaluatie")
    assert saved.scores["evaluatie"] == max(saved.scores.values())

    public = Client().get(partnership_url).content.decode()
    assert "Fase volgens de Fasescan: <strong>Evaluatie</strong>" in public
    assert registerbeheerder.username not in public


def test_saving_without_a_partnership_is_an_error(client, toolkit, registerbeheerder):
    client.force_login(registerbeheerder)
    response = client.post(save_url(toolkit), answers_for("opbouw") | {"partnership": "nope"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "<title>Fout:" in html
    assert 'href="#id_partnership"' in html
    assert not PartnershipPhase.objects.exists()


def test_the_verification_link_saves_one_phase_for_its_partnership(client, toolkit, partnership):
    request, token = token_for(partnership)
    url = toolkit["fasescan"].url
    with_token = {"verificatie": token}
    html = client.get(url, answers_for("uitvoering") | with_token).content.decode()
    assert "Recreatieschap Twiske" in html
    assert 'name="robots" content="noindex"' in html
    assert "Opslaan als fase van" in html
    assert f'<input type="hidden" name="verificatie" value="{token}">' in html
    response = client.post(url, answers_for("uitvoering") | with_token)
    assert response.status_code == 302
    assert response["Location"] == url + "?" + urlencode(with_token | {"opgeslagen": "1"})
    assert "Opgeslagen." in client.get(response["Location"]).content.decode()
    # Saving again replaces the link's phase: a link saves at most one.
    client.post(url, answers_for("beeindigd") | with_token)
    saved = PartnershipPhase.objects.get()
    assert (saved.partnership, saved.phase) == (partnership, "beeindigd")
    assert saved.source == PartnershipPhase.Source.VERIFICATION
    assert saved.verification_request == request and saved.saved_by is None


def test_the_verification_page_links_to_the_fasescan(client, toolkit, partnership):
    _request, token = token_for(partnership)
    html = client.get(f"/nl/register-verificatie/{token}/").content.decode()
    link = toolkit["fasescan"].url + "?" + urlencode({"verificatie": token})
    assert f'href="{escape(link)}"' in html


def test_a_bad_or_expired_link_saves_nothing(client, toolkit, partnership, settings):
    _request, token = token_for(partnership)
    url = toolkit["fasescan"].url
    assert client.post(url, answers_for("opbouw") | {"verificatie": "kapot"}).status_code == 404
    tampered = token[:-2] + ("aa" if not token.endswith("aa") else "bb")
    assert client.post(url, answers_for("opbouw") | {"verificatie": tampered}).status_code == 404
    assert client.get(url, {"verificatie": "x" * 5000}).status_code == 404
    # Without a token, a POST to the scan itself saves nothing.
    assert client.post(url, answers_for("opbouw")).status_code == 405
    old = signing.dumps({"r": _request.pk}, salt=verification.SALT, compress=True)
    settings.REGISTER_VERIFY_LINK_DAYS = 0
    with pytest.MonkeyPatch.context() as patch:
        later = timezone.now() + datetime.timedelta(days=2)
        patch.setattr("django.core.signing.time.time", lambda: later.timestamp())
        assert client.post(url, answers_for("opbouw") | {"verificatie": old}).status_code == 410
    assert not PartnershipPhase.objects.exists()


def test_the_partnership_page_links_to_the_scan_and_the_rollenkaart(client, toolkit, partnership):
    html = client.get(toolkit["register"].url + f"{partnership.slug}/").content.decode()
    section = html.split('id="fasescan-heading"')[1].split("</section>")[0]
    assert "Nog geen Fasescan opgeslagen" in section
    assert f'href="{toolkit["rollenkaart"].url}{partnership.slug}/"' in section
    assert f'href="{toolkit["fasescan"].url}"' in section


def test_the_scan_answers_in_english_under_english_words(client, toolkit, locale_en, home_page_en):
    koffer_en = toolkit["koffer"].copy_for_translation(locale_en, copy_parents=True)
    koffer_en.save_revision().publish()
    scan_en = toolkit["fasescan"].copy_for_translation(locale_en)
    scan_en.title = "Phase scan"
    scan_en.slug = "phase-scan"
    scan_en.save_revision().publish()
    scan_en.refresh_from_db()
    assert scan_en.url == "/en/instrumenten/instrumentenkoffer/phase-scan/"
    response = client.get(scan_en.url, answers_for("verkenning"))
    assert response.status_code == 200
    assert "Result: the phase Exploration" in response.content.decode()
    assert client.post(scan_en.url + "save/", answers_for("opbouw")).status_code == 403
