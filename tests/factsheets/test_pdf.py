"""What is in the factsheets, and that they are accessible PDFs (PDF/UA-1): checked on the
PDFs a visitor downloads, in Dutch and in English."""

import pytest
from pypdf.generic import IndirectObject

from tests.factsheets.conftest import reader

# The PDFs are rendered once for the module (conftest.rendered); the mark makes pytest-django
# create the test database for it.
pytestmark = pytest.mark.django_db

KINDS = ["partnership", "organisation", "programme-line", "selection"]
BOTH = [(kind, language) for kind in KINDS for language in ("nl", "en")]

TITLES = {
    ("partnership", "nl"): "Afvalschap IJmond-Zaanstreek – Factsheet samenwerkingsverband",
    ("partnership", "en"): "Afvalschap IJmond-Zaanstreek – Factsheet partnership",
    ("organisation", "nl"): "Zaanstad – Factsheet organisatie",
    ("organisation", "en"): "Zaanstad – Factsheet organisation",
    ("programme-line", "nl"): "2. Rollen en rolvastheid – Factsheet programmalijn",
    ("programme-line", "en"): "2. Roles and role clarity – Factsheet programme line",
    ("selection", "nl"): "Selectie uit het register – Factsheet registerselectie",
    ("selection", "en"): "Selection from the register – Factsheet register selection",
}


def flat(text: str) -> str:
    """Text with line breaks (table cells wrap) as single spaces."""
    return " ".join(text.split())


def resolve(obj):
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def struct_elements(node):
    """Every structure element below `node`, depth first (document order)."""
    node = resolve(node)
    kids = node.get("/K", [])
    if not isinstance(kids, list):
        kids = [kids]
    for kid in kids:
        kid = resolve(kid)
        if hasattr(kid, "get") and kid.get("/Type") == "/StructElem":
            yield kid
            yield from struct_elements(kid)


def fonts(pdf):
    """Every font dictionary the pages use, also inside form XObjects (SVG, images)."""
    found, seen = [], set()

    def walk(resources):
        resources = resolve(resources) or {}
        for font in resolve(resources.get("/Font", {})).values():
            font = resolve(font)
            if id(font) not in seen:
                seen.add(id(font))
                found.append(font)
        for xobject in resolve(resources.get("/XObject", {})).values():
            xobject = resolve(xobject)
            if "/Resources" in xobject:
                walk(xobject["/Resources"])

    for page in pdf.pages:
        walk(page.get("/Resources", {}))
    return found


@pytest.mark.parametrize(("kind", "language"), BOTH)
def test_factsheet_is_tagged_pdf_ua_with_language_and_title(rendered, kind, language):
    data, _text = rendered[(kind, language)]
    pdf = reader(data)
    catalog = pdf.trailer["/Root"]
    assert data.startswith(b"%PDF-")
    assert catalog["/Lang"] == language
    assert catalog["/MarkInfo"]["/Marked"].value is True
    assert "/StructTreeRoot" in catalog
    assert catalog["/ViewerPreferences"]["/DisplayDocTitle"].value is True
    assert pdf.metadata.title == TITLES[(kind, language)]
    assert b"pdfuaid:part" in catalog["/Metadata"].get_data()


@pytest.mark.parametrize(("kind", "language"), BOTH)
def test_every_font_is_embedded_and_is_the_sites_own(rendered, kind, language):
    used = fonts(reader(rendered[(kind, language)][0]))
    assert used
    for font in used:
        descriptor = resolve(resolve(font["/DescendantFonts"][0])["/FontDescriptor"])
        assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), font["/BaseFont"]
        # Subset prefix + the @font-face family: Noto Sans shipped with the site, not a
        # system font picked as a fallback.
        assert font["/BaseFont"].split("+", 1)[1].startswith("Factsheet-Sans"), font["/BaseFont"]


@pytest.mark.parametrize(("kind", "language"), BOTH)
def test_images_and_charts_have_alternative_text(rendered, kind, language):
    pdf = reader(rendered[(kind, language)][0])
    figures = [
        element
        for element in struct_elements(pdf.trailer["/Root"]["/StructTreeRoot"])
        if element["/S"] == "/Figure"
    ]
    alts = [str(figure.get("/Alt", "")) for figure in figures]
    assert all(alts), alts
    assert any(alt.startswith(("Logo", "Logo van")) for alt in alts)
    assert any(
        alt.startswith(("QR code", "QR-code")) and "http://testserver/" in alt for alt in alts
    )


@pytest.mark.parametrize(("kind", "language"), BOTH)
def test_pages_are_numbered_and_the_date_of_generation_is_given(rendered, kind, language):
    text = rendered[(kind, language)][1]
    pages = len(reader(rendered[(kind, language)][0]).pages)
    if language == "nl":
        assert f"Pagina 1 van {pages}" in text
        assert "Gemaakt op" in text
    else:
        assert f"Page 1 of {pages}" in text
        assert "Generated on" in text


def test_partnership_factsheet_has_the_facts_in_reading_order(rendered):
    text = flat(rendered[("partnership", "nl")][1])
    facts = [
        "Afvalschap IJmond-Zaanstreek (AIJZ)",
        "Stand per 1 juni 2026",
        "Rechtsvorm",
        "Gemeenschappelijke regeling (Wgr)",
        "Afval en reiniging",
        "Uitvoering",
        "Actief",
        "Stationsstraat 1, 1506 DA Zaandam",
        "Rol van de provincie",
        "Gedeputeerde Jansen",
        "Team Verbonden Partijen",
        "3 deelnemers",
        "Zaanstad",
        "Penvoerder/trekker",
        "Financiële scan",
        "€ 120.000",
        "€ -15.000",
        "Zaanstreek-Waterland",
        "Bron: OpenGR 2026",
        "http://testserver/nl/register/afvalschap/",
    ]
    positions = [text.find(fact) for fact in facts]
    assert -1 not in positions, [fact for fact, at in zip(facts, positions, strict=True) if at < 0]
    name, participants, finances = (
        text.find("Afvalschap IJmond-Zaanstreek (AIJZ)"),
        text.find("3 deelnemers"),
        text.find("Financiële scan"),
    )
    assert name < participants < finances


def test_partnership_factsheet_in_english(rendered):
    text = flat(rendered[("partnership", "en")][1])
    for fact in (
        "Status as of 1 June 2026",
        "Legal form",
        "Waste",
        "Role of the province",
        "3 participants",
        "Lead party",
        "Financial scan",
        "€ 120,000",
        "http://testserver/en/register/afvalschap/",
    ):
        assert fact in text, fact


def test_partnership_chart_is_an_image_with_a_name(rendered):
    pdf = reader(rendered[("partnership", "nl")][0])
    alts = [
        str(element.get("/Alt", ""))
        for element in struct_elements(pdf.trailer["/Root"]["/StructTreeRoot"])
        if element["/S"] == "/Figure"
    ]
    assert "Bijdrage van de provincie en resultaat per jaar" in alts


def test_partnership_structure_has_headings_and_tables(rendered):
    pdf = reader(rendered[("partnership", "nl")][0])
    tags = [str(e["/S"]) for e in struct_elements(pdf.trailer["/Root"]["/StructTreeRoot"])]
    assert tags.count("/H1") == 1
    assert "/H2" in tags and "/Table" in tags and "/TH" in tags
    assert tags.index("/H1") < tags.index("/H2")


def test_organisation_factsheet_lists_partnerships_and_roles(rendered):
    text = flat(rendered[("organisation", "nl")][1])
    assert "Zaanstad" in text
    assert "Neemt deel aan 1 samenwerkingsverband" in text
    assert "Afvalschap IJmond-Zaanstreek (AIJZ)" in text
    assert "Penvoerder/trekker" in text
    # The draft partnership Zaanstad takes part in is not public.
    assert "Concept samenwerking" not in text


def test_programme_line_factsheet_has_goal_actions_status_and_instruments(rendered):
    text = flat(rendered[("programme-line", "nl")][1])
    for fact in (
        "Programmalijn 2",
        "Rollen en rolvastheid",
        "Inzicht in rollen en rolwisselingen",
        "Sessies met bestuurders",
        "Lopend",
        "Team Bestuurlijke Relaties",
        "Financiële scan",
    ):
        assert fact in text, fact
    english = flat(rendered[("programme-line", "en")][1])
    assert "Roles and role clarity" in english
    assert "In progress" in english


def test_selection_factsheet_has_filters_and_the_table(rendered):
    text = flat(rendered[("selection", "nl")][1])
    assert "1 samenwerkingsverband valt in deze selectie" in text
    assert "Beleidsterrein" in text and "Afval en reiniging" in text
    # pdftotext joins "IJmond-" at the end of a cell's line with the next line.
    assert "Afvalschap IJmond" in text and "(AIJZ)" in text
    assert "Concept samenwerking" not in text
    assert "Samenwerkingsverbanden per rechtsvorm" in text


def test_latin_extended_text_in_every_style_uses_the_sites_font(db, site):
    """Names such as Łódź or Győr, in bold and italic too, are set in the shipped Noto Sans
    (the Latin Extended face), not in a system font."""
    from django.template.loader import render_to_string
    from django.utils import translation

    from factsheets import pdf

    with translation.override("nl"):
        context = pdf.base_context(kind_label="Test", title="Łódź", url="")
        css = render_to_string("factsheets/factsheet.css", context)
    html = (
        f"<html lang='nl'><head><title>Łódź</title><style>{css}</style></head><body>"
        "<h1>Województwo Łódzkie</h1><p>Győr, <b>Łódź</b>, <i>Ostrava–Poruba</i></p></body></html>"
    )
    used = fonts(reader(pdf.write_pdf(html, "http://testserver/")))
    names = sorted(str(font["/BaseFont"]).split("+", 1)[1] for font in used)
    assert names and all(name.startswith("Factsheet-Sans") for name in names), names
    assert any("Bold" in name for name in names)


def structure_tree(pdf):
    return resolve(pdf.trailer["/Root"]["/StructTreeRoot"])


def name_tree_entries(node):
    """Every (key, value) of a PDF name tree, also through /Kids."""
    node = resolve(node)
    names = node.get("/Names", [])
    for index in range(0, len(names), 2):
        yield str(names[index]), names[index + 1]
    for kid in node.get("/Kids", []):
        yield from name_tree_entries(kid)


def table_attributes(element):
    attributes = resolve(element.get("/A"))
    candidates = attributes if isinstance(attributes, list) else [attributes]
    return next(resolve(a) for a in candidates if resolve(a).get("/O") == "/Table")


@pytest.mark.parametrize(("kind", "language"), BOTH)
def test_every_structure_id_resolves_through_the_id_tree(rendered, kind, language):
    # ISO 32000-1 §14.7.2: a reader finds a TD's /Headers through the /IDTree.
    pdf = reader(rendered[(kind, language)][0])
    tree = structure_tree(pdf)
    elements = list(struct_elements(tree))
    with_id = [element for element in elements if "/ID" in element]
    assert with_id, "the tables' header cells carry an /ID"
    id_tree = dict(name_tree_entries(tree["/IDTree"]))
    for element in with_id:
        assert resolve(id_tree[str(element["/ID"])]) is element or (
            resolve(id_tree[str(element["/ID"])]) == element
        )
    for element in elements:
        if element["/S"] == "/TD" and "/Headers" in table_attributes(element):
            for header in table_attributes(element)["/Headers"]:
                assert resolve(id_tree[str(header)])["/S"] == "/TH"


@pytest.mark.parametrize(("kind", "language"), BOTH)
def test_header_cells_have_a_scope_and_no_empty_groups(rendered, kind, language):
    pdf = reader(rendered[(kind, language)][0])
    elements = list(struct_elements(structure_tree(pdf)))
    headers = [element for element in elements if element["/S"] == "/TH"]
    assert headers
    for header in headers:
        section = resolve(resolve(header["/P"])["/P"])["/S"]  # TH → TR → THead/TBody
        expected = "/Column" if section == "/THead" else "/Row"
        assert table_attributes(header)["/Scope"] == expected
    for element in elements:
        if element["/S"] in ("/NonStruct", "/Span", "/Div"):
            assert element.get("/K") not in (None, []), f"empty {element['/S']}"


def _languages_of_parts(pdf) -> dict:
    """{structure type: [its /Lang, …]} of the elements that carry their own /Lang."""
    found = {}
    for element in struct_elements(pdf.trailer["/Root"]["/StructTreeRoot"]):
        if "/Lang" in element:
            found.setdefault(str(element["/S"]), []).append(str(element["/Lang"]))
    return found


@pytest.mark.parametrize("kind", ["partnership", "organisation", "selection"])
def test_dutch_names_in_an_english_factsheet_are_marked_dutch(rendered, kind):
    # WCAG 3.1.2 and PDF/UA-1 7.2: a screen reader reads "Zaanstad" with a Dutch voice.
    english = reader(rendered[(kind, "en")][0])
    dutch = reader(rendered[(kind, "nl")][0])
    parts = _languages_of_parts(english)
    assert parts, "no element of the English factsheet is marked Dutch"
    assert {lang for langs in parts.values() for lang in langs} == {"nl"}
    if kind != "selection":
        assert "nl" in parts.get("/H1", [])  # the name of the partnership or organisation
    # In a Dutch factsheet the document language says it all: no marks.
    assert _languages_of_parts(dutch) == {}
