"""Reading input files: size check, decoding, the kind of file (from its header or shape,
never its name), and rows with their line numbers.

Every problem with a file as a whole raises ImportFileError naming file, line and column;
problems with one row are left to the sources (registers/importer/sources), which reject
that row with a reason.
"""

import codecs
import csv
import datetime
import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

from registers.exchange import MEMBERSHIP_COLUMNS, PARTNERSHIP_COLUMNS
from registers.importer.cleaning import clean_text, fold
from registers.importer.errors import ImportFileError
from registers.importer.reference import division_domain

MB = 1024 * 1024
SUFFIXES = {".csv", ".json", ".xlsx", ".txt"}


class Kind(StrEnum):
    REGIOATLAS = "regioatlas"
    PARTNERSHIPS = "partnerships"
    MEMBERSHIPS = "memberships"
    PARTICIPANTS = "participants"
    DSTA = "dsta"
    DOCUMENTS = "documents"


# The order in which the loader applies the kinds: municipalities first (they are what
# the other files' names are matched against), the register's own tables next, documents
# last (they attach to partnerships).
KIND_ORDER = list(Kind)
KIND_LABELS = {
    Kind.REGIOATLAS: "Regioatlas division",
    Kind.PARTNERSHIPS: "register table samenwerkingsverbanden",
    Kind.MEMBERSHIPS: "register table deelnemers",
    Kind.PARTICIPANTS: "OpenGR participants",
    Kind.DSTA: "DSTA/CBS list",
    Kind.DOCUMENTS: "financial documents (DocumentCloud)",
}

# Columns per kind: the headers as written (matched case- and accent-insensitively).
PARTICIPANT_COLUMNS = [
    "Deelnemer",
    "Gemeenschappelijke regeling",
    "Postcode",
    "Plaats",
    "Provincie",
]
DSTA_COLUMNS = ["DSTA_GR_naam", "Adres", "Postcode", "Plaats", "CBS_GR_naam", "CBS_GR_code"]
REGIOATLAS_COLUMNS = ["Gemeente", "CBS", "Inwoneraantal van regio"]  # plus the division
SPECS = {
    Kind.PARTICIPANTS: (PARTICIPANT_COLUMNS, PARTICIPANT_COLUMNS),
    Kind.DSTA: (DSTA_COLUMNS, ["DSTA_GR_naam"]),
    Kind.REGIOATLAS: (REGIOATLAS_COLUMNS, REGIOATLAS_COLUMNS),
    Kind.PARTNERSHIPS: (PARTNERSHIP_COLUMNS, ["slug", "naam"]),
    Kind.MEMBERSHIPS: (
        MEMBERSHIP_COLUMNS,
        ["samenwerkingsverband", "organisatie", "organisatie_naam", "organisatie_soort"],
    ),
}
# The register's own tables may not carry unknown columns (a typo would drop a field).
STRICT_KINDS = {Kind.PARTNERSHIPS, Kind.MEMBERSHIPS}
SHEET_KINDS = {"samenwerkingsverbanden": Kind.PARTNERSHIPS, "deelnemers": Kind.MEMBERSHIPS}


def header_key(value) -> str:
    return fold(clean_text(value).strip('"').strip())


@dataclass
class Row:
    line: int
    values: dict[str, str]
    label: str = ""  # e.g. "document 12" where a line number says little
    problem: str = ""  # set when the row cannot be used as a whole

    def get(self, column: str) -> str:
        return self.values.get(header_key(column), "")


@dataclass
class Table:
    path: Path
    name: str
    kind: Kind
    columns: list[str]
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    encoding: str = ""
    encoding_warning: str = ""  # set when the text was not UTF-8
    sheet: str = ""
    division: str = ""
    domain: str = ""
    domain_source: str = ""

    def column_number(self, column: str) -> int | None:
        key = header_key(column)
        for number, name in enumerate(self.columns, start=1):
            if header_key(name) == key:
                return number
        return None

    def where(self, row: Row | None = None, column: str | None = None) -> str:
        parts = [self.name]
        if row is not None:
            parts.append(f"line {row.line}" + (f" ({row.label})" if row.label else ""))
        if column is not None:
            number = self.column_number(column)
            if number:
                parts.append(f"column {number} ({column})")
        return ", ".join(parts)


# --- files and directories -------------------------------------------------------------------


def expand_paths(paths) -> list[Path]:
    """Files as given; directories walked for .csv/.json/.xlsx files, in name order."""
    result, seen = [], set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
            )
        else:
            found = [path]
        for item in found:  # a file given twice (or also through its folder) is read once
            if item.resolve() not in seen:
                seen.add(item.resolve())
                result.append(item)
    return result


def display_name(path: Path) -> str:
    return str(path)


def read_file(path: Path, *, max_size_mb: float) -> list[Table]:
    """The tables in one file (an XLSX workbook may hold two)."""
    name = display_name(path)
    if not path.exists():
        raise ImportFileError(name, "no such file")
    if not path.is_file():
        raise ImportFileError(name, "not a regular file")
    size = path.stat().st_size  # checked before reading a single byte
    if size > max_size_mb * MB:
        raise ImportFileError(
            name,
            f"the file is {size / MB:.1f} MB, more than the maximum of {max_size_mb:g} MB "
            "(see --max-size)",
        )
    if size == 0:
        raise ImportFileError(name, "the file is empty")
    data = path.read_bytes()
    if data[:4] == b"PK\x03\x04":
        return _read_xlsx(path, name, data)
    text, encoding, notes = decode(data, name)
    if not text.strip():
        raise ImportFileError(name, "the file contains no data (only whitespace)")
    if text.lstrip()[:1] in ("{", "["):
        table = _read_json(path, name, text)
    else:
        table = _read_csv(path, name, text)
    table.encoding = encoding
    table.encoding_warning = " ".join(notes)
    return [table]


# --- decoding ------------------------------------------------------------------------------------
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _position(data: bytes, offset: int) -> tuple[int, int]:
    """Line and column (both from 1, column in characters) of a byte offset."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return line, column


def decode(data: bytes, name: str) -> tuple[str, str, list[str]]:
    """(text, encoding, notes). UTF-8 with or without BOM; UTF-16 with BOM; Windows-1252
    when UTF-8 fails and the result is plain text (Excel's "CSV" on Windows)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16", []
        except UnicodeDecodeError as error:
            raise ImportFileError(name, f"invalid UTF-16 text: {error.reason}") from None
    nul = data.find(b"\x00")
    if nul >= 0:
        line, column = _position(data, nul)
        raise ImportFileError(
            name,
            "this is a binary file (it contains a NUL byte), not CSV, JSON or XLSX",
            line=line,
            column=column,
        )
    encoding = "utf-8"
    if data.startswith(codecs.BOM_UTF8):
        data, encoding = data[len(codecs.BOM_UTF8) :], "utf-8 (with BOM)"
    try:
        return data.decode("utf-8"), encoding, []
    except UnicodeDecodeError as error:
        line, column = _position(data, error.start)
        bad = data[error.start]
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = None
        if text is not None and not _CONTROL.search(text):
            return (
                text,
                "windows-1252",
                [
                    f"not valid UTF-8 (byte 0x{bad:02X} at line {line}, column {column}); "
                    "read as Windows-1252 instead"
                ],
            )
        raise ImportFileError(
            name,
            f"cannot decode the text: byte 0x{bad:02X} is not valid UTF-8, and the file is "
            "not Windows-1252 text either; save it as UTF-8",
            line=line,
            column=column,
        ) from None


# --- kinds ---------------------------------------------------------------------------------


def detect_kind(name: str, header: list[str], *, sheet_kind: Kind | None = None) -> Kind:
    keys = [header_key(column) for column in header]
    seen = set()
    for number, key in enumerate(keys, start=1):
        if key and key in seen:
            raise ImportFileError(
                name, f"column '{header[number - 1]}' appears twice", line=1, column=number
            )
        seen.add(key)
    if sheet_kind is not None:
        kind = sheet_kind
    else:
        scores = {
            kind: len(seen & {header_key(column) for column in columns})
            for kind, (columns, _required) in SPECS.items()
        }
        kind = max(scores, key=lambda k: (scores[k], -KIND_ORDER.index(k)))
        if scores[kind] < 2:
            expected = "; ".join(f"{KIND_LABELS[k]}: {', '.join(SPECS[k][0][:6])}" for k in SPECS)
            raise ImportFileError(
                name,
                f"unrecognised columns ({', '.join(header) or 'none'}); expected one of the "
                f"layouts — {expected}; or a JSON object with a 'documents' list",
                line=1,
            )
    columns, required = SPECS[kind]
    missing = [column for column in required if header_key(column) not in seen]
    if missing:
        raise ImportFileError(
            name,
            f"missing column(s) {', '.join(repr(c) for c in missing)} for the "
            f"{KIND_LABELS[kind]} layout",
            line=1,
        )
    if kind == Kind.REGIOATLAS:
        if (
            len(keys) != 4
            or keys[:2] != ["gemeente", "cbs"]
            or keys[3] != header_key(REGIOATLAS_COLUMNS[2])
        ):
            raise ImportFileError(
                name,
                'a Regioatlas file has four columns: "Gemeente";"CBS";"<division>";'
                '"Inwoneraantal van regio"',
                line=1,
            )
    elif kind in STRICT_KINDS:
        known = {header_key(column) for column in columns}
        for number, key in enumerate(keys, start=1):
            if key not in known:
                raise ImportFileError(
                    name,
                    f"unknown column '{header[number - 1]}' in the {KIND_LABELS[kind]} layout",
                    line=1,
                    column=number,
                )
    return kind


def _make_table(path, name, kind, header, records, *, sheet="") -> Table:
    """records: (line, [values]) after the header."""
    table = Table(
        path=path, name=name, kind=kind, columns=[clean_text(h) for h in header], sheet=sheet
    )
    keys = [header_key(column) for column in header]
    if kind == Kind.REGIOATLAS:
        table.division = clean_text(header[2])
        keys[2] = "regio"
        table.domain, table.domain_source = division_domain(table.division, path.parent.name)
    elif kind not in STRICT_KINDS:
        known = {header_key(column) for column in SPECS[kind][0]}
        extra = [header[i] for i, key in enumerate(keys) if key not in known]
        if extra:
            table.notes.append(f"columns ignored: {', '.join(extra)}")
    width = len(keys)
    for line, values in records:
        if not any(clean_text(value) for value in values):
            continue  # an empty line is no row
        row = Row(line=line, values={})
        if len(values) != width:
            row.problem = f"expected {width} fields, found {len(values)}"
        for key, value in zip(keys, values, strict=False):
            row.values[key] = value
        table.rows.append(row)
    if not table.rows:
        table.notes.append("no data rows below the header")
    return table


def _sniff_delimiter(first_line: str) -> str:
    counts = {}
    for delimiter in (",", ";", "\t"):
        counts[delimiter] = len(re.sub(r'"[^"]*"', "", first_line).split(delimiter)) - 1
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > 0 else ","


def _read_csv(path, name, text) -> Table:
    if text.startswith("\ufeff"):
        text = text[1:]
    first_line = text.splitlines()[0] if text else ""
    delimiter = _sniff_delimiter(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records, header, previous_line = [], None, 0
    try:
        for values in reader:
            start = previous_line + 1
            previous_line = reader.line_num
            if header is None:
                header = values
                continue
            records.append((start, values))
    except csv.Error as error:
        raise ImportFileError(name, f"malformed CSV: {error}", line=reader.line_num) from None
    if not header or not any(clean_text(h) for h in header):
        raise ImportFileError(name, "no header row", line=1)
    kind = detect_kind(name, header)
    table = _make_table(path, name, kind, header, records)
    if delimiter != ",":
        table.notes.append(f"separator {'tab' if delimiter == chr(9) else repr(delimiter)}")
    return table


# --- JSON ----------------------------------------------------------------------------------------


def _read_json(path, name, text) -> Table:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportFileError(
            name, f"invalid JSON: {error.msg}", line=error.lineno, column=error.colno
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        raise ImportFileError(
            name,
            "unrecognised JSON: expected an object with a 'documents' list "
            "(DocumentCloud metadata of financial documents)",
            line=1,
        )
    table = Table(path=path, name=name, kind=Kind.DOCUMENTS, columns=[])
    position = 0
    for number, document in enumerate(data["documents"], start=1):
        line = column = None
        if isinstance(document, dict) and document.get("id") is not None:
            found = text.find(json.dumps(document["id"]), position)
            if found >= 0:
                position = found
                line = text.count("\n", 0, found) + 1
                column = found - text.rfind("\n", 0, found)
        label = f"document {number}" + (f", column {column}" if line else "")
        row = Row(line=line or 1, values={}, label=label)
        if isinstance(document, dict):
            row.values = document
        else:
            row.problem = "a document is not a JSON object"
        table.rows.append(row)
    if not table.rows:
        table.notes.append("no documents")
    return table


# --- XLSX ----------------------------------------------------------------------------------------


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else format(Decimal(str(value)), "f")
    return str(value)


# Limits on an XLSX workbook, checked before openpyxl reads it: a zip of a few MB can unpack
# to gigabytes ("zip bomb") or declare a sheet of a million rows. Settings can change them.
XLSX_MAX_UNPACKED_MB = 256
XLSX_MAX_MEMBERS = 1000
XLSX_MAX_ROWS = 500_000
XLSX_MAX_COLUMNS = 200
# How much of a sheet's XML is read to find its <dimension>: it comes right at the top.
_DIMENSION_PROBE_BYTES = 64 * 1024
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="([A-Z]+)?(\d+)?(?::([A-Z]+)(\d+))?"')


def xlsx_limits() -> dict:
    from django.conf import settings

    return {
        "unpacked_mb": getattr(settings, "IMPORT_XLSX_MAX_UNPACKED_MB", XLSX_MAX_UNPACKED_MB),
        "rows": getattr(settings, "IMPORT_XLSX_MAX_ROWS", XLSX_MAX_ROWS),
        "columns": getattr(settings, "IMPORT_XLSX_MAX_COLUMNS", XLSX_MAX_COLUMNS),
    }


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.decode():
        number = number * 26 + (ord(letter) - ord("A") + 1)
    return number


def check_xlsx_limits(name: str, data: bytes) -> None:
    """Refuse a workbook that would unpack too large or declares too many rows or columns,
    reading only the zip's directory and the first bytes of each sheet.

    The sizes in the zip's directory bound what unpacking can produce (Python's zipfile
    never returns more than a member's declared size), so they are a safe measure.
    """
    limits = xlsx_limits()
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise ImportFileError(name, f"not a readable XLSX workbook ({error})") from None
    with archive:
        members = archive.infolist()
        if len(members) > XLSX_MAX_MEMBERS:
            raise ImportFileError(
                name, f"the workbook holds {len(members)} parts, more than {XLSX_MAX_MEMBERS}"
            )
        unpacked = sum(member.file_size for member in members)
        if unpacked > limits["unpacked_mb"] * MB:
            raise ImportFileError(
                name,
                f"the workbook unpacks to {unpacked / MB:,.0f} MB, more than the maximum of "
                f"{limits['unpacked_mb']:g} MB (a compressed {len(data) / MB:.1f} MB file); "
                "split it or import CSV",
            )
        for member in members:
            if not re.fullmatch(r"xl/worksheets/[^/]+\.xml", member.filename):
                continue
            try:
                with archive.open(member) as sheet:
                    head = sheet.read(_DIMENSION_PROBE_BYTES)
            except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
                raise ImportFileError(name, f"not a readable XLSX workbook ({error})") from None
            match = _DIMENSION.search(head)
            if not match:
                continue  # no dimension: the row and column limits hold while reading
            last_column = match.group(3) or match.group(1)
            last_row = match.group(4) or match.group(2)
            rows = int(last_row) if last_row else 0
            columns = _column_number(last_column) if last_column else 0
            if rows > limits["rows"] or columns > limits["columns"]:
                raise ImportFileError(
                    name,
                    f"a sheet ({member.filename}) declares {rows:,} rows and {columns:,} "
                    f"columns, more than the maximum of {limits['rows']:,} rows and "
                    f"{limits['columns']:,} columns",
                )


def _read_xlsx(path, name, data) -> list[Table]:
    from openpyxl import load_workbook

    check_xlsx_limits(name, data)
    limits = xlsx_limits()
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise ImportFileError(name, f"not a readable XLSX workbook ({error})") from None
    try:
        sheets = {fold(sheet.title.strip()): sheet for sheet in workbook.worksheets}
        chosen = [(sheets[key], kind) for key, kind in SHEET_KINDS.items() if key in sheets]
        if not chosen:
            if not workbook.worksheets:
                raise ImportFileError(name, "the workbook has no sheets")
            chosen = [(workbook.worksheets[0], None)]
        tables = []
        for sheet, sheet_kind in chosen:
            sheet_name = f"{name}, sheet '{sheet.title}'"
            rows = sheet.iter_rows(values_only=True)
            header = next(rows, None)
            if header is None:
                raise ImportFileError(sheet_name, "the sheet is empty")
            header = [_cell_text(value) for value in header]
            while header and not header[-1]:
                header.pop()
            if not header:
                raise ImportFileError(sheet_name, "no header in row 1", line=1)
            kind = detect_kind(sheet_name, header, sheet_kind=sheet_kind)
            records = []
            if len(header) > limits["columns"]:
                raise ImportFileError(
                    sheet_name, f"more than {limits['columns']:,} columns", line=1
                )
            for line, values in enumerate(rows, start=2):
                # A sheet without a (true) dimension is held to the limits while it is read.
                if line > limits["rows"] + 1:
                    raise ImportFileError(
                        sheet_name, f"more than {limits['rows']:,} rows", line=line
                    )
                if len(values) > limits["columns"] and any(values[limits["columns"] :]):
                    raise ImportFileError(
                        sheet_name, f"more than {limits['columns']:,} columns", line=line
                    )
                values = values[: limits["columns"]]
                texts = [_cell_text(value) for value in values]
                if len(texts) > len(header) and not any(texts[len(header) :]):
                    texts = texts[: len(header)]
                texts += [""] * (len(header) - len(texts))  # a sheet has no ragged rows
                records.append((line, texts))
            table = _make_table(path, sheet_name, kind, header, records, sheet=sheet.title)
            table.encoding = "xlsx"
            tables.append(table)
        return tables
    finally:
        workbook.close()
