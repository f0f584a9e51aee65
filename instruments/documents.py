"""The Instrumentenkoffer's downloadable documents, made from each tool page's own text.

For every live tool page (instruments/models/tools.py) `generate()` makes two Wagtail
documents in the collection "Instrumentenkoffer":

- a PDF/UA-1 PDF (WeasyPrint, as the factsheets): tagged, /Lang from <html lang>, /Title
  from <title>, fonts embedded; WeasyPrint fetches nothing (every URL is refused);
- an editable DOCX (python-docx) with real heading styles, lists and tables, the title and
  language in its properties, so partners can fill it in and adapt it.

Both are built from one outline of the page (`outline()`): the title, the introduction, the
body's headings, paragraphs, lists, quotes, tables and key figures, and the phases the tool
fits. A hash of that outline (and of FORMAT_VERSION) is stored with each GeneratedDocument;
making the documents again for an unchanged page changes nothing, a changed page gets new
files under the same document rows, so links to /documents/<id>/ keep working.

Run by `manage.py generate_instrument_documents` and by load_demo.
"""

import dataclasses
import hashlib
import io
import json

from django.core.files.base import ContentFile
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from bs4 import BeautifulSoup, NavigableString, Tag
from wagtail.documents import get_document_model
from wagtail.models import Collection

from instruments.models import GeneratedDocument
from registers.choices import Phase

FORMAT_VERSION = "1"
COLLECTION_NAME = "Instrumentenkoffer"
PDF_VARIANT = "pdf/ua-1"


# --- the outline ---------------------------------------------------------------------------


@dataclasses.dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    href: str = ""


@dataclasses.dataclass
class Element:
    kind: str  # heading, paragraph, bullet, number (lists), quote, table
    runs: list = dataclasses.field(default_factory=list)
    items: list = dataclasses.field(default_factory=list)  # lists: one list of runs per item
    level: int = 0  # headings: 2–4
    rows: list = dataclasses.field(default_factory=list)  # tables: lists of cell texts
    header: bool = False  # tables: first row is the header

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


def _runs(node, bold=False, italic=False, href="") -> list:
    runs = []
    for child in node.children:
        if isinstance(child, NavigableString):
            text = " ".join(str(child).split())
            if str(child)[:1].isspace() and text:
                text = " " + text
            if str(child)[-1:].isspace() and text:
                text += " "
            if text:
                runs.append(Run(text, bold, italic, href))
        elif isinstance(child, Tag):
            if child.name == "br":
                runs.append(Run("\n", bold, italic, href))
                continue
            runs += _runs(
                child,
                bold or child.name in ("b", "strong"),
                italic or child.name in ("i", "em"),
                child.get("href", href) if child.name == "a" else href,
            )
    return runs


def _rich_text(html: str) -> list:
    from wagtail.rich_text import expand_db_html

    soup = BeautifulSoup(expand_db_html(html), "html.parser")
    elements = []
    for node in soup.children:
        if not isinstance(node, Tag):
            text = str(node).strip()
            if text:
                elements.append(Element("paragraph", [Run(text)]))
            continue
        if node.name in ("h2", "h3", "h4"):
            elements.append(Element("heading", _runs(node), level=int(node.name[1])))
        elif node.name in ("ul", "ol"):
            kind = "bullet" if node.name == "ul" else "number"
            items = [_runs(item) for item in node.find_all("li", recursive=False)]
            elements.append(Element(kind, items=items))
        else:
            runs = _runs(node)
            if "".join(run.text for run in runs).strip():
                elements.append(Element("paragraph", runs))
    return elements


def outline(page) -> list:
    """The page's text as a list of Elements, in reading order."""
    elements = []
    if page.intro:
        elements.append(Element("paragraph", [Run(page.intro, italic=True)]))
    for block in page.body:
        value = block.value
        if block.block_type == "heading":
            level = {"h2": 2, "h3": 3, "h4": 4}.get(value.get("level"), 2)
            elements.append(Element("heading", [Run(value["text"])], level=level))
        elif block.block_type == "paragraph":
            elements += _rich_text(value.source)
        elif block.block_type == "quote":
            text = value["text"] + (f" — {value['attribution']}" if value["attribution"] else "")
            elements.append(Element("quote", [Run(text, italic=True)]))
        elif block.block_type == "call_to_action":
            runs = [Run(value["title"], bold=True)]
            if value["text"]:
                runs.append(Run(". " + value["text"]))
            elements.append(Element("paragraph", runs))
        elif block.block_type == "key_figure":
            elements.append(
                Element("paragraph", [Run(value["value"], bold=True), Run(" " + value["label"])])
            )
        elif block.block_type == "table":
            table = value["table"] or {}
            rows = [[cell or "" for cell in row] for row in table.get("data") or []]
            if rows:
                header = bool(table.get("first_row_is_table_header"))
                elements.append(Element("table", rows=rows, header=header))
    elements += _questionnaire(page)
    if page.phases:
        elements.append(Element("heading", [Run(_("Fits the phases"))], level=2))
        labels = [str(Phase(value).label) for value in page.phases if value in Phase.values]
        elements.append(Element("bullet", items=[[Run(label)] for label in labels]))
    return elements


def _questionnaire(page) -> list:
    """The Fasescan's questions with a box per answer and the scoring rule, so partners can
    answer them on paper or in the DOCX."""
    from instruments import fasescan
    from instruments.models import FasescanPage

    if not isinstance(page, FasescanPage):
        return []
    elements = [Element("heading", [Run(_("The questions"))], level=2)]
    for number, question in enumerate(fasescan.QUESTIONS, start=1):
        elements.append(Element("heading", [Run(f"{number}. {question.text}")], level=3))
        if question.help_text:
            elements.append(Element("paragraph", [Run(str(question.help_text), italic=True)]))
        items = [[Run(f"\u2610 {option.label}")] for option in question.options]
        elements.append(Element("bullet", items=items))
    elements.append(Element("heading", [Run(_("How the phase is determined"))], level=2))
    elements.append(Element("paragraph", [Run(_(fasescan.RULE_TEXT))]))
    return elements


def source_hash(page, elements) -> str:
    data = {
        "v": FORMAT_VERSION,
        "title": page.title,
        "language": page.locale.language_code,
        "elements": [dataclasses.asdict(e) for e in elements],
    }
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()


# --- PDF -----------------------------------------------------------------------------------


def _refuse(url, *args, **kwargs):
    raise ValueError(f"instrument documents load no resources ({url[:60]})")


def render_pdf(page, elements) -> bytes:
    from weasyprint import HTML

    html = render_to_string(
        "instruments/tool_document.html",
        {
            "page": page,
            "elements": elements,
            "language": page.locale.language_code,
            "site_name": _site_name(page),
        },
    )
    return HTML(string=html, url_fetcher=_refuse).write_pdf(pdf_variant=PDF_VARIANT)


def _site_name(page) -> str:
    site = page.get_site()
    return site.site_name if site and site.site_name else "Samenwerkingsportaal"


# --- DOCX ----------------------------------------------------------------------------------


def render_docx(page, elements) -> bytes:
    import docx
    from docx.oxml.ns import qn

    document = docx.Document()
    language = page.locale.language_code
    properties = document.core_properties
    properties.title = page.title
    properties.language = language
    properties.subject = page.intro[:255]
    properties.author = _site_name(page)
    properties.keywords = "Instrumentenkoffer"
    # The document's proofing language, so Word reads and spell-checks it in Dutch/English.
    styles_element = document.styles.element
    rpr_default = styles_element.find(qn("w:docDefaults"))
    if rpr_default is not None:
        rpr = rpr_default.find(qn("w:rPrDefault"))
        run_properties = rpr.find(qn("w:rPr")) if rpr is not None else None
        if run_properties is not None:
            lang = run_properties.find(qn("w:lang"))
            if lang is None:
                lang = run_properties.makeelement(qn("w:lang"), {})
                run_properties.append(lang)
            lang.set(qn("w:val"), language)

    document.add_heading(page.title, level=0)
    for element in elements:
        if element.kind == "heading":
            document.add_heading(element.text, level=max(1, element.level - 1))
        elif element.kind == "table":
            columns = max(len(row) for row in element.rows)
            table = document.add_table(rows=0, cols=columns)
            table.style = "Table Grid"
            for index, row in enumerate(element.rows):
                cells = table.add_row().cells
                for column, text in enumerate(row):
                    cells[column].text = str(text)
                    if element.header and index == 0:
                        for run in cells[column].paragraphs[0].runs:
                            run.bold = True
            if element.header:
                _repeat_header(table.rows[0])
        elif element.kind in ("bullet", "number"):
            style = "List Bullet" if element.kind == "bullet" else "List Number"
            for item in element.items:
                _add_runs(document.add_paragraph(style=style), item)
        else:
            style = "Quote" if element.kind == "quote" else None
            _add_runs(document.add_paragraph(style=style), element.runs)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _add_runs(paragraph, runs):
    for run in runs:
        text = run.text + (f" ({run.href})" if run.href.startswith("http") else "")
        added = paragraph.add_run(text)
        added.bold = run.bold or None
        added.italic = run.italic or None


def _repeat_header(row):
    """Mark a table's first row as its header row (repeats on each page, read as header)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    row_properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row_properties.append(header)


# --- storing -------------------------------------------------------------------------------


RENDERERS = {
    GeneratedDocument.Format.PDF: render_pdf,
    GeneratedDocument.Format.DOCX: render_docx,
}


def _collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=COLLECTION_NAME).first()
    return existing or root.add_child(name=COLLECTION_NAME)


def generate_for(page, *, force=False) -> int:
    """Make (or remake) the page's PDF and DOCX. Returns how many files were written."""
    Document = get_document_model()
    with translation.override(page.locale.language_code):
        elements = outline(page)
        digest = source_hash(page, elements)
        written = 0
        for file_format, renderer in RENDERERS.items():
            existing = (
                GeneratedDocument.objects.filter(page=page, file_format=file_format)
                .select_related("document")
                .first()
            )
            if existing is not None and existing.source == digest and not force:
                continue
            data = renderer(page, elements)
            filename = f"{slugify(page.slug) or 'instrument'}.{file_format}"
            title = f"{page.title} ({file_format.upper()})"
            with transaction.atomic():
                if existing is None:
                    document = Document(title=title, collection=_collection())
                else:
                    document = existing.document
                    document.title = title
                    document.file.delete(save=False)
                document.file.save(filename, ContentFile(data), save=False)
                document.file_size = len(data)
                document.file_hash = hashlib.sha1(data).hexdigest()
                document.save()
                GeneratedDocument.objects.update_or_create(
                    page=page,
                    file_format=file_format,
                    defaults={"document": document, "source": digest},
                )
            written += 1
    return written


def tool_pages():
    from wagtail.models import Page

    from instruments.models.tools import ToolPageBase

    models = [m for m in _page_models() if issubclass(m, ToolPageBase)]
    return Page.objects.live().type(*models).specific().order_by("path")


def _page_models():
    from wagtail.models import get_page_models

    return get_page_models()


def generate(*, force=False, stdout=None) -> int:
    """Make the documents of every live tool page; returns how many files were written."""
    written = 0
    for page in tool_pages():
        count = generate_for(page, force=force)
        written += count
        if stdout is not None and count:
            stdout.write(f"  {page.title} ({page.locale.language_code}): {count} file(s)")
    return written
