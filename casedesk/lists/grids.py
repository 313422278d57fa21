"""Bytes to sheets of text: CSV and TSV in the encodings people's tools produce, XLSX, XLS
and ODS through calamine (every sheet, merged cells filled with their value)."""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from casedesk.domain.errors import InvalidInput


@dataclass
class Sheet:
    """One sheet as a person sees it: `rows[i]` is spreadsheet row i + 1, every cell text."""

    name: str
    rows: list[list[str]]
    hidden: bool = False


@dataclass
class Workbook:
    sheets: list[Sheet]
    kind: str                     # how it was read, shown to the user: "CSV (cp1252, ;)", "XLSX"
    sha256: str
    notes: list[tuple[str, str]] = field(default_factory=list)    # (English, Spanish)


def unreadable(name: str) -> InvalidInput:
    return InvalidInput(f"{name or 'The file'} is not a spreadsheet CaseDesk can read (CSV, XLSX, XLS or ODS).",
                        f"{name or 'El archivo'} no es una hoja de cálculo que CaseDesk pueda leer (CSV, XLSX, XLS u ODS).")


def read_workbook(data: bytes, name: str = "") -> Workbook:
    """Every sheet of a spreadsheet file, or `InvalidInput` saying plainly why not."""
    digest = hashlib.sha256(data).hexdigest()
    if data[:4] in (b"PK\x03\x04", b"\xd0\xcf\x11\xe0"):      # XLSX/ODS (zip) or XLS (OLE)
        sheets, kind = _read_spreadsheet(data, name)
        return Workbook(sheets, kind, digest)
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise unreadable(name)                    # a NUL anywhere: a binary file, not text
    text, encoding = decode_text(data)
    delimiter = _delimiter(text)
    try:
        rows = [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error:
        raise unreadable(name) from None
    separator = {"\t": "tab", ",": ",", ";": ";", "|": "|"}[delimiter]
    return Workbook([Sheet(name or "CSV", rows)], f"CSV ({encoding}, {separator})", digest)


def decode_text(data: bytes) -> tuple[str, str]:
    """UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1252, else Latin-1 (never fails)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace").removeprefix("\ufeff"), "UTF-16"
    for encoding, label in (("utf-8", "UTF-8"), ("cp1252", "Windows-1252")):
        try:
            return data.decode(encoding), label
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "Latin-1"


def _delimiter(text: str) -> str:
    """The separator that splits the first lines most consistently (quotes respected)."""
    sample = "\n".join(text.splitlines()[:30])
    best, best_score = ",", -1
    for candidate in (",", ";", "\t", "|"):
        try:
            widths = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=candidate) if any(row)]
        except csv.Error:
            continue
        if not widths or max(widths) < 2:
            continue
        common = max(set(widths), key=widths.count)
        score = sum(width == common for width in widths) * common
        if score > best_score:
            best, best_score = candidate, score
    return best


def _read_spreadsheet(data: bytes, name: str) -> tuple[list[Sheet], str]:
    from python_calamine import CalamineWorkbook
    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        kind = "XLS" if data[:4] == b"\xd0\xcf\x11\xe0" else ("ODS" if b"opendocument" in data[:200] else "XLSX")
        sheets = []
        for metadata in workbook.sheets_metadata:
            if str(metadata.typ).split(".")[-1].lower() not in ("worksheet", "work_sheet"):
                continue                                  # charts, macros
            sheet = workbook.get_sheet_by_name(metadata.name)
            rows = [[_cell_text(value) for value in row] for row in sheet.to_python(skip_empty_area=False)]
            _fill_merged(rows, sheet)
            hidden = str(metadata.visible).split(".")[-1].lower() != "visible"
            sheets.append(Sheet(metadata.name, rows, hidden))
    except InvalidInput:
        raise
    except Exception:          # calamine has an exception of its own for each way a file is broken
        raise unreadable(name) from None
    return sheets, kind


def _fill_merged(rows: list[list[str]], sheet: Any) -> None:
    """A merged range shows its value in every cell it covers, as the person saw it: a header
    over two columns heads both, a facility merged down a group applies to each row."""
    try:
        ranges = sheet.merged_cell_ranges or []
    except Exception:
        return
    for (top, left), (bottom, right) in ranges:
        if top >= len(rows) or left >= len(rows[top]):
            continue
        value = rows[top][left]
        for row in range(top, min(bottom, len(rows) - 1) + 1):
            cells = rows[row]
            if len(cells) <= right:
                cells.extend([""] * (right + 1 - len(cells)))
            for column in range(left, right + 1):
                if not cells[column]:
                    cells[column] = value


def _cell_text(value: Any) -> str:
    """Spreadsheet cells as the text a person would see: 12345678.0 is an ID, not a float."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Sí" if value else "No"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, (date, time)):
        return value.isoformat()
    return " ".join(str(value).split())
