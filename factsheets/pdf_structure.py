"""Finishing touches to the structure tree WeasyPrint writes, for PDF/UA-1 (ISO 14289-1).

WeasyPrint tags the document, gives each table header cell an /ID and each data cell the
/Headers that point to them, but three things are left for us:

- **/IDTree.** ISO 32000-1 §14.7.2: structure elements with an /ID are found through the
  /IDTree name tree of the StructTreeRoot. Without it assistive technology cannot resolve a
  data cell's /Headers, so a table read cell by cell loses its headers.
- **/Scope on TH** (§14.8.5.7, Table 349). A header cell in the table head heads its column;
  one in the body heads its row — as our templates write `scope="col"`/`"row"`, which
  WeasyPrint uses to link the cells but does not write into the PDF.
- **Empty grouping elements.** A `<br>` inside a cell becomes NonStruct > NonStruct without
  content: meaningless nesting, announced as an empty group. Empty NonStruct, Span and Div
  elements are taken out of the tree.

`finish_structure` is a WeasyPrint *finisher*: it edits the pydyf objects before they are
written, so it costs no second parse of the PDF (a 500-row selection stays fast).
"""

import pydyf

# Grouping elements that carry no meaning of their own: taken out when they have no kids.
EMPTY_REMOVABLE = {"/NonStruct", "/Span", "/Div"}
TABLE_SECTIONS = {"/THead", "/TBody", "/TFoot"}


def finish_structure(document, pdf) -> None:
    """WeasyPrint finisher: /IDTree, /Scope on every TH, no empty groups."""
    by_reference = {
        obj.reference: obj
        for obj in pdf.objects
        if isinstance(obj, pydyf.Object) and obj.number is not None
    }
    elements = [
        obj
        for obj in by_reference.values()
        if isinstance(obj, pydyf.Dictionary) and obj.get("Type") == "/StructElem"
    ]
    root = next(
        (
            obj
            for obj in by_reference.values()
            if isinstance(obj, pydyf.Dictionary) and obj.get("Type") == "/StructTreeRoot"
        ),
        None,
    )
    if root is None:  # an untagged PDF: nothing to finish
        return
    removed = _remove_empty_groups(elements, by_reference)
    for element in elements:
        if element["S"] == "/TH":
            section = _section_of(element, by_reference)
            element["A"]["Scope"] = "/Column" if section == "/THead" else "/Row"
    with_id = sorted(
        (element for element in elements if "ID" in element and element.number not in removed),
        key=lambda element: _text(element["ID"]),
    )
    if with_id:
        names = pydyf.Array()
        for element in with_id:
            names.extend([element["ID"], element.reference])
        id_tree = pydyf.Dictionary({"Names": names})
        pdf.add_object(id_tree)
        root["IDTree"] = id_tree.reference


def _remove_empty_groups(elements, by_reference) -> set:
    """Take empty groups out of their parents' /K; the numbers of the elements taken out.

    The objects stay in the file, unreferenced (pydyf cannot delete an object once added).
    """
    removed = set()
    # Repeat: taking out an empty NonStruct can leave its parent NonStruct empty.
    changed = True
    while changed:
        changed = False
        for element in elements:
            if element.number in removed or element["S"] not in EMPTY_REMOVABLE:
                continue
            if element["K"]:
                continue
            parent = by_reference.get(element["P"])
            if parent is not None and element.reference in parent.get("K", []):
                parent["K"].remove(element.reference)
                removed.add(element.number)
                changed = True
    return removed


def _section_of(cell, by_reference):
    row = by_reference.get(cell["P"])
    section = by_reference.get(row["P"]) if row is not None else None
    return section["S"] if section is not None and section["S"] in TABLE_SECTIONS else None


def _text(value) -> str:
    return value.string if isinstance(value, pydyf.String) else str(value)


# --- Language of parts (WCAG 3.1.2, PDF/UA-1 7.2) -------------------------------------------


def _lang_of(box) -> str:
    """The lang attribute of the HTML element a box renders, or ""."""
    element = getattr(box, "element", None)
    if element is None or getattr(box, "element_tag", None) in ("html", "body"):
        return ""
    return element.get("lang") or ""


def install_language_of_parts() -> None:
    """Give a structure element the /Lang of its HTML element when that element carries its
    own `lang` (a Dutch name in an English factsheet), so a screen reader switches voice.

    WeasyPrint writes /Lang for the document only. Its tag-tree builder is a module-level
    generator that calls itself by name, so wrapping that name reaches every box; the
    wrapper only adds a key to the elements it yields. tests/factsheets/test_pdf_structure.py
    fails when a WeasyPrint release changes this."""
    from weasyprint.pdf import tags

    if getattr(tags._build_box_tree, "adds_lang", False):
        return
    build_box_tree = tags._build_box_tree

    def build_with_lang(box, parent, pdf, *args):
        lang = _lang_of(box)
        for element in build_box_tree(box, parent, pdf, *args):
            if lang and element.get("P") == parent.reference and "Lang" not in element:
                element["Lang"] = pydyf.String(lang)
            yield element

    build_with_lang.adds_lang = True
    tags._build_box_tree = build_with_lang
