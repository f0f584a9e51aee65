"""Financial documents (DocumentCloud metadata as JSON: title, source, description, PDF
link), attached to the partnership their source or description names."""

import email.utils
import re

from django.utils.dateparse import parse_datetime

from registers.choices import DocumentKind
from registers.importer.cleaning import clean_text, name_key
from registers.importer.readers import Kind
from registers.importer.sources.base import APPLIED, MERGED, Reject, Source

PROVINCE_SUFFIX = re.compile(r"\s+-\s+provincie\b.*$", re.IGNORECASE)
DOCUMENT_KINDS = [
    (DocumentKind.REGELING, re.compile(r"\bgemeenschappelijke regeling\b|\bgr\b")),
    (DocumentKind.BEGROTING, re.compile(r"begrot|\bbegr\b|progrbegr|kadernota")),
    (
        DocumentKind.JAARREKENING,
        re.compile(r"rekening|jaarstukken|jaarsukken|jaarverslag|jaarrapportage|realisatie"),
    ),
]
YEAR = re.compile(r"\b(19[89]\d|20[0-4]\d)\b")


class DocumentsSource(Source):
    reads = {Kind.DOCUMENTS: "documents"}
    partnership_fields = frozenset({"documents"})

    def begin(self, table):
        self.seen = set()  # PDF links in this table

    def apply(self, table, row):
        where = table.where(row)
        document = row.values
        resources = document.get("resources") if isinstance(document.get("resources"), dict) else {}
        url = clean_text(resources.get("pdf"))
        if not url.startswith(("http://", "https://")) or len(url) > 500:
            return Reject("no usable PDF link (resources.pdf)")
        if url in self.seen:
            return MERGED
        self.seen.add(url)
        title = self.name(document.get("title"), where) or url.rsplit("/", 1)[-1]
        source = self.name(document.get("source"), where)
        description = self.name(document.get("description"), where)
        entry, reason = self.partnership([description, source], title, where)
        if entry is None:
            return Reject(reason)
        kind, year = document_kind_and_year(title)
        entry.documents[url] = {
            "title": title[:255],
            "kind": kind,
            "year": year,
            "url": url,
            "source": (source or description)[:255],
            "published": _published(document.get("created_at")),
        }
        entry.touched = True
        entry.sources.add(table.path.name)
        return APPLIED

    def partnership(self, names, title, where):
        """The partnership a document belongs to, from its description or source ("Dobbeplas
        - Provincie Zuid Holland"); from its title only when it has neither."""
        partnerships = self.books.partnerships
        if not any(names):
            entry = partnerships.find_in_title(title, where)
            if entry is not None:
                return entry, ""
            return None, "no source or description, and no partnership name in the title"
        tried, provinces = [], []
        for name in dict.fromkeys(n for n in names if n):
            regeling = PROVINCE_SUFFIX.sub("", name).strip(" -")
            if not regeling:
                continue
            tried.append(regeling)
            entry = partnerships.find_loosely(regeling, where)
            if entry is not None:
                return entry, ""
            if name_key(regeling).startswith("provincie "):
                provinces.append(regeling)
        if not tried:
            return None, "no source or description naming the partnership"
        if provinces and len(provinces) == len(tried):
            return (
                None,
                f"'{provinces[0]}' is a province, not a partnership (the province's own document)",
            )
        return None, f"no partnership matches {' / '.join(repr(t) for t in tried)}"


def _published(value):
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(str(value)).date()
    except (TypeError, ValueError):
        try:
            parsed = parse_datetime(str(value))
            return parsed.date() if parsed else None
        except ValueError:
            return None


def document_kind_and_year(title: str) -> tuple[str, int | None]:
    """The kind from the first kind word in the title; the year nearest to that word."""
    text = name_key(title)
    kind, position, end = DocumentKind.OVERIG.value, None, None
    for candidate, pattern in DOCUMENT_KINDS:
        match = pattern.search(text)
        if match and (position is None or match.start() < position):
            kind, position, end = candidate.value, match.start(), match.end()
    years = [(m.start(), m.end(), int(m.group(1))) for m in YEAR.finditer(text)]
    if not years:
        return kind, None
    if position is None:
        return kind, years[0][2]

    def distance(item):
        start, stop, _year = item
        return (position - stop, 1) if stop <= position else (start - end, 0)

    return kind, min(years, key=distance)[2]
