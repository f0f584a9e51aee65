"""The Instrumentenkoffer's tools list real documents made from their text: an accessible
PDF (tagged, language, title) and an editable DOCX, with type and size; making them again
changes nothing unless the text changed."""

import io
import re
from io import StringIO

from django.core.management import call_command

import docx
import pytest
from pypdf import PdfReader

from instruments import documents
from instruments.models import GeneratedDocument

pytestmark = pytest.mark.django_db


def test_each_tool_lists_its_pdf_and_docx_with_type_and_size_and_they_download(client, toolkit):
    written = documents.generate()
    tools = ["checklist", "evaluation", "everywhere", "fasescan", "rollenkaart"]
    assert written == 2 * len(tools)
    assert GeneratedDocument.objects.count() == 2 * len(tools)

    html = client.get(toolkit["checklist"].url).content.decode()
    links = re.findall(r'<a class="utrecht-link document-link" href="([^"]+)"', html)
    assert len(links) == 2
    assert re.search(r"\(PDF, \d+(,\d)?\sKB\)", html)
    assert re.search(r"\(bewerkbaar Word-document, DOCX, \d+(,\d)?\sKB\)", html)

    pdf_url = next(link for link in links if link.endswith(".pdf"))
    response = client.get(pdf_url)
    assert response.status_code == 200
    pdf = PdfReader(io.BytesIO(b"".join(response.streaming_content)))
    catalog = pdf.trailer["/Root"]
    assert catalog["/Lang"] == "nl"
    assert catalog["/MarkInfo"]["/Marked"]
    assert "/StructTreeRoot" in catalog
    assert pdf.metadata.title == "Checklist gemeenschappelijke regeling"
    text = pdf.pages[0].extract_text()
    assert "Kiezen voor een vorm" in text
    assert "openbaar lichaam" in text
    assert "Past bij de fasen" in text  # the phases the tool fits, in Dutch

    docx_url = next(link for link in links if link.endswith(".docx"))
    response = client.get(docx_url)
    assert response.status_code == 200
    word = docx.Document(io.BytesIO(b"".join(response.streaming_content)))
    assert word.core_properties.title == "Checklist gemeenschappelijke regeling"
    assert word.core_properties.language == "nl"
    paragraphs = [(p.style.name, p.text) for p in word.paragraphs]
    assert ("Title", "Checklist gemeenschappelijke regeling") in paragraphs
    assert ("Heading 1", "Kiezen voor een vorm") in paragraphs
    assert ("List Bullet", "het doel;") in paragraphs
    assert ("List Bullet", "Verkenning") in paragraphs
    bold = [run.text for p in word.paragraphs for run in p.runs if run.bold]
    assert "openbaar lichaam" in bold


def test_the_fasescan_documents_hold_the_questions_to_answer_on_paper(toolkit):
    from instruments.fasescan import QUESTIONS

    documents.generate_for(toolkit["fasescan"])
    generated = GeneratedDocument.objects.get(page=toolkit["fasescan"], file_format="docx")
    with generated.document.file.open("rb") as handle:
        word = docx.Document(handle)
    texts = [p.text for p in word.paragraphs]
    assert "De vragen" in texts
    assert "4. Waar zijn de partners nu vooral mee bezig?" in texts
    assert "\u2610 Bestuur, budget en personeel inrichten" in texts
    assert len([t for t in texts if t.startswith("\u2610 ")]) == sum(
        len(q.options) for q in QUESTIONS
    )
    assert any(t.startswith("Elk antwoord geeft punten") for t in texts)


def test_making_them_again_changes_nothing_until_the_text_changes(toolkit):
    documents.generate()
    before = {
        (g.page_id, g.file_format): (g.document_id, g.source)
        for g in GeneratedDocument.objects.all()
    }
    assert documents.generate() == 0

    page = toolkit["checklist"]
    page.intro = "Een nieuwe inleiding."
    page.save_revision().publish()
    assert documents.generate() == 2
    after = {
        (g.page_id, g.file_format): (g.document_id, g.source)
        for g in GeneratedDocument.objects.all()
    }
    for key, (document_id, source) in after.items():
        assert document_id == before[key][0]  # the same document, so its URL stays
        assert (source != before[key][1]) == (key[0] == page.pk)


def test_the_command_makes_the_documents(toolkit):
    out = StringIO()
    call_command("generate_instrument_documents", stdout=out)
    assert "Instrument documents written: 10." in out.getvalue()
    call_command("generate_instrument_documents", stdout=out)
    assert "Instrument documents written: 0." in out.getvalue()


def test_a_page_without_documents_shows_no_download_section(client, toolkit):
    html = client.get(toolkit["checklist"].url).content.decode()
    assert 'id="downloads-heading"' not in html


def test_the_instrumentenkoffer_lists_its_tools(client, toolkit):
    html = client.get(toolkit["koffer"].url).content.decode()
    for key in ("checklist", "fasescan", "rollenkaart"):
        assert f'href="{toolkit[key].url}"' in html


def test_tools_may_be_added_below_an_instrument_only():
    from instruments.models import FasescanPage, RollenkaartPage, ToolPage
    from pages.models import HomePage, InstrumentPage

    for model in (ToolPage, FasescanPage, RollenkaartPage):
        assert model in InstrumentPage.allowed_subpage_models()
        assert model not in HomePage.allowed_subpage_models()
