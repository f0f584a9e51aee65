"""The applicant's route through the Django test client: start, the signed link, the draft,
the register pickers, the scheme's rules, attachments, submitting, the e-mails, the status page."""

import re

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

import pytest

from stimulans.choices import Status
from stimulans.models import Application
from stimulans.tokens import make_token
from tests.stimulans.conftest import errors, soup

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n"


def start(client, page, name="Anna de Vries", email="anna@alkmaar.example"):
    return client.post(
        page.url + "aanvragen/",
        {"contact_name": name, "contact_email": email, "consent": "on"},
    )


def link_from_mail(message) -> str:
    return re.search(r"http://testserver(\S+)", message.body).group(1)


def filled(programme_line, **overrides):
    data = {
        "contact_name": "Anna de Vries",
        "contact_email": "anna@alkmaar.example",
        "applicant_name": "Alkmaar",
        "title": "Verkenning gedeelde inkoop",
        "description": "Drie gemeenten verkennen samen inkopen.",
        "programme_line": str(programme_line.pk),
        "budget": "40.000",
        "requested_amount": "20000",
        "own_contribution": "20.000,00",
        "action": "save",
    }
    data.update(overrides)
    return data


@pytest.fixture
def draft(client, stimulans_page, programme_line, organisations):
    mail.outbox.clear()
    response = start(client, stimulans_page)
    assert response.status_code == 302
    return Application.objects.get()


def test_start_makes_a_draft_and_mails_its_signed_link(
    client, stimulans_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = start(client, stimulans_page)
    application = Application.objects.get()
    assert application.status == Status.CONCEPT
    assert application.language == "nl"
    assert response["Location"].startswith(stimulans_page.url + "aanvraag/")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["anna@alkmaar.example"]
    assert "persoonlijke link" in message.subject.lower() or "link" in message.subject.lower()
    link = link_from_mail(message)
    assert link == stimulans_page.url + f"aanvraag/{make_token(application)}/"
    page = client.get(link)
    assert page.status_code == 200
    assert "no-store" in page["Cache-Control"]
    assert page["Referrer-Policy"] == "same-origin"
    assert soup(page).find("legend", string="Contactpersoon")


def test_start_form_errors_come_back_with_a_summary_and_error_title(client, stimulans_page):
    response = client.post(
        stimulans_page.url + "aanvragen/", {"contact_name": "", "contact_email": "nope"}
    )
    assert response.status_code == 200
    page = soup(response)
    assert page.title.get_text().startswith("Fout:")
    summary_links = [a["href"] for a in page.select(".error-summary a")]
    assert "#id_contact_name" in summary_links and "#id_contact_email" in summary_links
    assert "#id_consent" in summary_links
    assert not Application.objects.exists()


def test_a_forged_or_unknown_link_is_a_404(client, stimulans_page, draft):
    token = make_token(draft)
    assert client.get(stimulans_page.url + f"aanvraag/{token[:-2]}xx/").status_code == 404
    assert client.get(stimulans_page.url + "aanvraag/" + "a" * 500 + "/").status_code == 404
    assert client.get(stimulans_page.url + "aanvraag/nothing/status/").status_code == 404


def test_draft_is_saved_and_comes_back_through_the_link(
    client, stimulans_page, draft, programme_line, organisations
):
    url = stimulans_page.url + f"aanvraag/{make_token(draft)}/"
    response = client.post(url, filled(programme_line, description=""))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.applicant == organisations["alkmaar"]
    assert draft.title == "Verkenning gedeelde inkoop"
    assert str(draft.budget) == "40000.00" and str(draft.own_contribution) == "20000.00"
    assert draft.status == Status.CONCEPT  # only saved
    again = client.get(url)
    page = soup(again)
    assert page.find("input", id="id_applicant_name")["value"] == "Alkmaar"
    assert page.find("input", id="id_title")["value"] == "Verkenning gedeelde inkoop"


def test_several_matches_are_offered_to_pick_from_without_javascript(
    client, stimulans_page, draft, programme_line, organisations
):
    url = stimulans_page.url + f"aanvraag/{make_token(draft)}/"
    response = client.post(url, filled(programme_line, applicant_name="Bergen"))
    assert response.status_code == 200
    page = soup(response)
    options = [label.get_text(strip=True) for label in page.select("#id_applicant_pick label")]
    assert options == ["Bergen (L.)", "Bergen (NH.)"]
    assert "Bergen" in errors(response)["id_applicant_name"]
    chosen = organisations["bergen_nh"]
    response = client.post(
        url, filled(programme_line, applicant_name="Bergen", applicant_pick=str(chosen.pk))
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.applicant == chosen


def test_only_governments_apply_but_anyone_in_the_register_is_a_partner(
    client, stimulans_page, draft, programme_line, organisations
):
    url = stimulans_page.url + f"aanvraag/{make_token(draft)}/"
    response = client.post(url, filled(programme_line, applicant_name="Stichting Alkmaarse Zorg"))
    assert "id_applicant_name" in errors(response)
    response = client.post(url, filled(programme_line, partner_name="Stichting Alkmaarse Zorg"))
    assert response.status_code == 302
    response = client.post(url, filled(programme_line, partner_name="Hoorn"))
    assert set(draft.partners.values_list("name", flat=True)) == {
        "Stichting Alkmaarse Zorg",
        "Hoorn",
    }
    response = client.post(
        url, filled(programme_line, remove_partners=[str(organisations["hoorn"].pk)])
    )
    assert list(draft.partners.values_list("name", flat=True)) == ["Stichting Alkmaarse Zorg"]
    response = client.post(url, filled(programme_line, partner_name="Alkmaar"))
    assert "id_partner_name" in errors(response)  # the applicant itself
    response = client.post(url, filled(programme_line, partner_name="Nergenshuizen"))
    assert "Nergenshuizen" in errors(response)["id_partner_name"]


@pytest.mark.parametrize(
    "amounts, field, words",
    [
        (
            {"budget": "60000", "requested_amount": "30000", "own_contribution": "30000"},
            "requested_amount",
            "25.000",
        ),
        (
            {"budget": "30000", "requested_amount": "20000", "own_contribution": "10000"},
            "requested_amount",
            "50%",
        ),
        (
            {"budget": "30000", "requested_amount": "10000", "own_contribution": "22000"},
            "own_contribution",
            "gelijk",
        ),
        (
            {"budget": "30000", "requested_amount": "10000", "own_contribution": "5000"},
            "own_contribution",
            "50%",
        ),
        ({"budget": "twaalf", "requested_amount": "", "own_contribution": ""}, "budget", "bedrag"),
        ({"budget": "0", "requested_amount": "", "own_contribution": ""}, "budget", "nul"),
        ({"budget": "9" * 30, "requested_amount": "", "own_contribution": ""}, "budget", ""),
    ],
)
def test_the_schemes_rules_are_checked(
    client, stimulans_page, draft, programme_line, amounts, field, words
):
    url = stimulans_page.url + f"aanvraag/{make_token(draft)}/"
    response = client.post(url, filled(programme_line, **amounts))
    assert response.status_code == 200
    found = errors(response)
    assert f"id_{field}" in found
    assert words in found[f"id_{field}"]
    draft.refresh_from_db()
    assert draft.budget is None  # nothing saved


def test_the_rules_follow_the_settings(client, settings, stimulans_page, draft, programme_line):
    settings.STIMULANS_MAX_AMOUNT = 10000
    url = stimulans_page.url + f"aanvraag/{make_token(draft)}/"
    response = client.post(url, filled(programme_line))
    assert "10.000" in errors(response)["id_requested_amount"]


def test_submitting_needs_every_field_and_the_declaration(
    client, stimulans_page, draft, programme_line
):
    url = stimulans_page.url + f"aanvraag/{make_token(draft)}/"
    response = client.post(
        url, {"contact_name": "Anna", "contact_email": "anna@alkmaar.example", "action": "submit"}
    )
    assert response.status_code == 200
    found = errors(response)
    for field in (
        "applicant_name",
        "title",
        "description",
        "programme_line",
        "budget",
        "requested_amount",
        "own_contribution",
        "declaration",
    ):
        assert f"id_{field}" in found, field
    page = soup(response)
    assert page.title.get_text().startswith("Fout:")
    assert {a["href"] for a in page.select(".error-summary a")} >= {"#id_title", "#id_declaration"}
    draft.refresh_from_db()
    assert draft.status == Status.CONCEPT


def test_submit_mails_the_confirmation_and_shows_the_status(
    client, stimulans_page, draft, programme_line, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    url = stimulans_page.url + f"aanvraag/{make_token(draft)}/"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, filled(programme_line, action="submit", declaration="on"))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Status.ONTVANGEN
    assert draft.reference == f"SIS-{draft.submitted_at.year}-{draft.pk:04d}"
    assert draft.status_changes.get().changed_by is None
    assert len(mail.outbox) == 1
    assert draft.reference in mail.outbox[0].subject
    assert "ontvangen" in mail.outbox[0].subject.lower()
    status_url = link_from_mail(mail.outbox[0])
    status = client.get(status_url)
    text = soup(status).get_text(" ", strip=True)
    assert "Ontvangen" in text
    assert draft.deadline.strftime("%Y") in text
    assert "Besluit uiterlijk" in text or "besluit" in text.lower()
    # Once submitted the form is closed: the link leads to the status page.
    assert client.get(url)["Location"].endswith("/status/")
    assert client.post(url, filled(programme_line))["Location"].endswith("/status/")


def test_attachments_are_checked_stored_privately_and_removable(
    client, settings, stimulans_page, draft, programme_line, private_root
):
    url = stimulans_page.url + f"aanvraag/{make_token(draft)}/"
    upload = SimpleUploadedFile("plan van aanpak.pdf", PDF, content_type="application/pdf")
    response = client.post(
        url, {**filled(programme_line), "attachment_kind": "plan", "attachment": upload}
    )
    assert response.status_code == 302
    attachment = draft.attachments.get()
    assert attachment.original_name == "plan van aanpak.pdf"
    path = attachment.file.path
    assert path.startswith(str(private_root))
    assert "plan" not in path.rsplit("/", 1)[-1]
    with pytest.raises(ValueError):
        attachment.file.url  # noqa: B018 — no URL: never served publicly
    # Wrong extension, wrong content, too large, too many.
    bad = [
        (SimpleUploadedFile("virus.exe", b"MZ...."), "niet geaccepteerd"),
        (SimpleUploadedFile("plan.pdf", b"PK\x03\x04 not a pdf"), "komt niet overeen"),
    ]
    settings.STIMULANS_ATTACHMENT_MAX_MB = 1
    bad.append((SimpleUploadedFile("groot.pdf", b"%PDF-" + b"0" * (1024 * 1024 + 1)), "te groot"))
    for upload, words in bad:
        response = client.post(url, {**filled(programme_line), "attachment": upload})
        assert response.status_code == 200
        assert words in errors(response)["id_attachment"]
    settings.STIMULANS_ATTACHMENT_MAX_COUNT = 1
    response = client.post(
        url, {**filled(programme_line), "attachment": SimpleUploadedFile("b.pdf", PDF)}
    )
    assert "ten hoogste 1" in errors(response)["id_attachment"]
    assert draft.attachments.count() == 1
    response = client.post(
        url, {**filled(programme_line), "remove_attachments": [str(attachment.pk)]}
    )
    assert response.status_code == 302
    assert not draft.attachments.exists()
    import os

    assert not os.path.exists(path)


def refuse_everything(uploaded_file):
    raise RuntimeError("scanner unreachable")


def test_the_virus_scanner_can_refuse_a_file(
    client, settings, stimulans_page, draft, programme_line
):
    settings.STIMULANS_VIRUS_SCANNER = "tests.stimulans.test_application.refuse_everything"
    url = stimulans_page.url + f"aanvraag/{make_token(draft)}/"
    response = client.post(
        url, {**filled(programme_line), "attachment": SimpleUploadedFile("plan.pdf", PDF)}
    )
    assert response.status_code == 200
    assert "virusscan" in errors(response)["id_attachment"]
    assert not draft.attachments.exists()


def test_the_default_scanner_is_a_documented_no_op():
    from stimulans.scanning import no_scan, scan

    assert no_scan(SimpleUploadedFile("a.pdf", PDF)) is None
    assert scan(SimpleUploadedFile("a.pdf", PDF)) is True


def test_english_route_words_and_english_mails(
    client, stimulans_page_en, programme_line, organisations, django_capture_on_commit_callbacks
):
    page = stimulans_page_en
    assert client.get(page.url + "apply/").status_code == 200
    assert client.get(page.url + "granted/").status_code == 200
    # The Dutch words under /en/ move on permanently.
    assert client.get(page.url + "aanvragen/").status_code == 301
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            page.url + "apply/",
            {"contact_name": "Ann", "contact_email": "ann@example.org", "consent": "on"},
        )
    assert response["Location"].startswith(page.url + "application/")
    application = Application.objects.get()
    assert application.language == "en"
    assert "personal link" in mail.outbox[-1].subject
    assert "/en/" in mail.outbox[-1].body


def test_starting_is_rate_limited(client, settings, stimulans_page):
    settings.EVENTS_RATE_LIMIT = 2
    for n in range(2):
        assert start(client, stimulans_page, email=f"a{n}@example.org").status_code == 302
    response = start(client, stimulans_page, email="a3@example.org")
    assert response.status_code == 429
    assert Application.objects.count() == 2


def test_the_honeypot_makes_nothing(client, stimulans_page):
    response = client.post(
        stimulans_page.url + "aanvragen/",
        {
            "contact_name": "Bot",
            "contact_email": "b@example.org",
            "consent": "on",
            "leave_empty": "x",
        },
    )
    assert response.status_code == 302
    assert not Application.objects.exists()


def test_bad_input_is_never_a_500(client, stimulans_page, draft, programme_line):
    url = stimulans_page.url + f"aanvraag/{make_token(draft)}/"
    for data in (
        {
            "action": "submit",
            "programme_line": "99999",
            "applicant_pick": "abc",
            "partner_pick": "1;drop",
        },
        {
            "contact_name": "a\nb",
            "contact_email": "x@example.org",
            "budget": "1e9",
            "remove_partners": ["x"],
        },
        {
            "contact_name": "x" * 5000,
            "contact_email": "x@example.org",
            "remove_attachments": ["-1"],
        },
        {"contact_name": "x", "contact_email": "x@example.org", "applicant_name": "%" * 150},
    ):
        response = client.post(url, data)
        assert response.status_code in (200, 302)
    assert client.get(stimulans_page.url + "toegekend/?page=99999999999").status_code == 200
    assert client.get(stimulans_page.url + "toegekend/?page=-1").status_code == 200


def test_a_single_match_shows_the_entry_found(client, stimulans_page, draft, programme_line):
    url = stimulans_page.url + f"aanvraag/{make_token(draft)}/"
    response = client.post(url, filled(programme_line, applicant_name="alkm", budget="1"))
    assert response.status_code == 200  # the budget is wrong; the name was found
    assert soup(response).find("input", id="id_applicant_name")["value"] == "Alkmaar"
    assert not soup(response).find("textarea", attrs={"required": True})


def test_a_body_far_beyond_the_limit_is_refused_with_a_message(
    client, settings, stimulans_page, draft
):
    settings.STIMULANS_ATTACHMENT_MAX_MB = 1
    url = stimulans_page.url + f"aanvraag/{make_token(draft)}/"
    response = client.post(
        url,
        {"attachment": SimpleUploadedFile("big.pdf", b"%PDF-" + b"0" * (3 * 1024 * 1024))},
    )
    assert response.status_code == 413
    assert "te groot" in soup(response).find(attrs={"role": "alert"}).get_text()
    assert not draft.attachments.exists()


def test_partners_are_bounded(client, stimulans_page, draft, programme_line, organisations):
    from stimulans import forms

    forms_max = forms.MAX_PARTNERS
    forms.MAX_PARTNERS = 1
    try:
        url = stimulans_page.url + f"aanvraag/{make_token(draft)}/"
        assert client.post(url, filled(programme_line, partner_name="Hoorn")).status_code == 302
        response = client.post(url, filled(programme_line, partner_name="Heiloo"))
        assert "ten hoogste 1" in errors(response)["id_partner_name"]
    finally:
        forms.MAX_PARTNERS = forms_max
