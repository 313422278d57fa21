"""Bytes to sheets of text: CSV and TSV in the encodings people's tools produce, XLSX, XLS
and ODS through calamine (every sheet, merged cells filled with their value), PDF reports
and text copied out of them (see `layout`)."""

from __future__ import annotations

import csv
import hashlib
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from casedesk.domain.errors import InvalidInput
from casedesk.limits import CSV_CELLS_MAX, SHEET_CELLS_MAX


@dataclass
class Sheet:
    """One sheet as a person sees it: `rows[i]` is spreadsheet row i + 1, every cell text.
    A PDF has no row numbers a person can find: `labels[i]` says where row i + 1 was ("p3-12":
    page 3, twelfth row of it)."""

    name: str
    rows: list[list[str]]
    hidden: bool = False
    labels: list[str] | None = None


@dataclass
class Workbook:
    sheets: list[Sheet]
    kind: str                     # how it was read, shown to the user: "CSV (cp1252, ;)", "XLSX"
    sha256: str
    notes: list[tuple[str, str]] = field(default_factory=list)    # (English, Spanish)


def unreadable(name: str) -> InvalidInput:
    return InvalidInput(f"{name or 'The file'} is not a list CaseDesk can read (CSV, XLSX, XLS, ODS, PDF or text).",
                        f"{name or 'El archivo'} no es una lista que CaseDesk pueda leer (CSV, XLSX, XLS, ODS, PDF o texto).")


def not_a_list(name: str, what_en: str, what_es: str) -> InvalidInput:
    """The refusal of a file that is something else (a photo, a recording, a Word document)."""
    return InvalidInput(f"{name or 'The file'} is not a list of people: it is {what_en}, not a list CaseDesk can read "
                        f"(CSV, XLSX, XLS, ODS, PDF or text). Nothing was imported.",
                        f"{name or 'El archivo'} no es una lista de personas: es {what_es}, no una lista que CaseDesk "
                        f"pueda leer (CSV, XLSX, XLS, ODS, PDF o texto). No se importó nada.")


#: The first bytes of files people send by mistake instead of a list: (signature, offset, English, Spanish).
_SIGNATURES: tuple[tuple[bytes, int, str, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image", "una imagen PNG"),
    (b"\xff\xd8\xff", 0, "a JPEG image (a photo)", "una imagen JPEG (una foto)"),
    (b"GIF87a", 0, "a GIF image", "una imagen GIF"),
    (b"GIF89a", 0, "a GIF image", "una imagen GIF"),
    (b"II*\x00", 0, "a TIFF image", "una imagen TIFF"),
    (b"MM\x00*", 0, "a TIFF image", "una imagen TIFF"),
    (b"WEBP", 8, "a WebP image", "una imagen WebP"),
    (b"WAVE", 8, "an audio recording (WAV)", "una grabación de audio (WAV)"),
    (b"AVI ", 8, "a video (AVI)", "un vídeo (AVI)"),
    (b"\x1aE\xdf\xa3", 0, "a video (MKV or WebM)", "un vídeo (MKV o WebM)"),
    (b"OggS", 0, "an audio recording (Ogg or Opus, as voice notes are)",
     "una grabación de audio (Ogg u Opus, como las notas de voz)"),
    (b"ID3", 0, "an audio recording (MP3)", "una grabación de audio (MP3)"),
    (b"fLaC", 0, "an audio recording (FLAC)", "una grabación de audio (FLAC)"),
    (b"#!AMR", 0, "an audio recording (AMR)", "una grabación de audio (AMR)"),
    (b"\x1f\x8b", 0, "a compressed file (gzip)", "un archivo comprimido (gzip)"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a compressed file (7z)", "un archivo comprimido (7z)"),
    (b"Rar!\x1a\x07", 0, "a compressed file (RAR)", "un archivo comprimido (RAR)"),
    (b"\xfd7zXZ\x00", 0, "a compressed file (xz)", "un archivo comprimido (xz)"),
    (b"\x7fELF", 0, "a program", "un programa"),
    (b"SQLite format 3\x00", 0, "a database (SQLite)", "una base de datos (SQLite)"),
)
_ISO_MEDIA_IMAGES = (b"heic", b"heix", b"heim", b"heis", b"hevc", b"mif1", b"msf1", b"avif")


def _what_binary(data: bytes) -> tuple[str, str] | None:
    """What a file is, by its first bytes, when it is a known kind of non-list (image, audio,
    video, archive, program); None for anything else."""
    for signature, offset, english, spanish in _SIGNATURES:
        if data[offset:offset + len(signature)] == signature:
            return english, spanish
    if data[4:8] == b"ftyp":                      # ISO media: MP4, MOV, M4A, HEIC (iPhone photos)
        brand = data[8:12]
        if brand in _ISO_MEDIA_IMAGES:
            return "an image (HEIC or AVIF, as phones take photos)", "una imagen (HEIC o AVIF, como las fotos del móvil)"
        if brand.startswith((b"M4A", b"M4B")):
            return "an audio recording (M4A)", "una grabación de audio (M4A)"
        return "a video (MP4 or MOV)", "un vídeo (MP4 o MOV)"
    if data[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"):
        return "an audio recording (MP3)", "una grabación de audio (MP3)"
    if data[:2] == b"BM" and len(data) >= 14 and int.from_bytes(data[2:6], "little") == len(data):
        return "a BMP image", "una imagen BMP"
    if data[:2] == b"MZ" and b"\x00" in data[2:64]:
        return "a program", "un programa"
    return None


def read_workbook(data: bytes, name: str = "", *, is_header: Any = None) -> Workbook:
    """Every sheet of a list file, or `InvalidInput` saying plainly why not. `is_header(cells)`
    recognises a table's header where a layout must be read (PDF, text in columns).

    Control characters in cells (a NUL, an escape that would drive a terminal) are replaced
    by a space wherever they are in the file and whatever its format, and the reading says
    how many; tab and line breaks inside a cell stay."""
    workbook = _read_workbook(data, name, is_header)
    _clear_control_characters(workbook)
    return workbook


def refuse_if_not_text(data: bytes, name: str = "") -> None:
    """`InvalidInput` saying what the file is when it is no text (a photo, a voice note, a
    program) and so no list of people."""
    if (what := _what_binary(data)) is not None:
        raise not_a_list(name, *what)
    if _looks_binary(data):
        raise not_a_list(name, "not text (an image, a recording, a program or a document of another kind)",
                         "algo que no es texto (una imagen, una grabación, un programa u otro tipo de documento)")


def _read_workbook(data: bytes, name: str, is_header: Any) -> Workbook:
    digest = hashlib.sha256(data).hexdigest()
    if (what := _what_binary(data)) is not None:
        raise not_a_list(name, *what)
    if data[:4] in (b"PK\x03\x04", b"\xd0\xcf\x11\xe0"):      # XLSX/ODS (zip) or XLS (OLE)
        sheets, kind = _read_spreadsheet(data, name)
        return Workbook(sheets, kind, digest)
    if data[:1024].lstrip().startswith(b"%PDF"):
        return _read_pdf(data, name, digest, is_header)
    refuse_if_not_text(data, name)
    text, encoding = decode_text(data)
    if is_header is not None and _laid_out_in_columns(text):
        from casedesk.lists.layout import lay_out, text_lines
        laid = lay_out(text_lines(text), is_header)
        return Workbook([Sheet(name or "TXT", laid.rows)], f"text in columns ({encoding})", digest,
                        _layout_notes(laid))
    delimiter = _delimiter(text)
    rows = _csv_rows(text, delimiter, name)
    separator = {"\t": "tab", ",": ",", ";": ";", "|": "|"}[delimiter]
    return Workbook([Sheet(name or "CSV", rows)], f"CSV ({encoding}, {separator})", digest)


def _looks_binary(data: bytes) -> bool:
    """A file that is not text (an image, a program, a document CaseDesk does not read).

    Judged on the whole file, so that a stray NUL is treated the same at byte 10 or byte 10
    million: text has next to no control codes (a few are cleared from cells like any other);
    a binary file has them everywhere. UTF-16 text (with its mark) has NULs by nature."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls > 8 and controls * 100 > len(data):
        return True
    # Mostly not text: no UTF-8, bytes Windows-1252 leaves undefined (so it could only be read as
    # Latin-1, where 0x80-0x9F are control codes), and many of those codes (an eighth of the bytes
    # of random data; Windows-1252 text uses them for its curly quotes and dashes, and is left alone).
    try:
        data.decode("utf-8")
        return False
    except UnicodeDecodeError:
        pass
    undefined = len(data) - len(data.translate(None, _CP1252_UNDEFINED))
    c1 = len(data) - len(data.translate(None, _C1_BYTES))
    return undefined >= 4 and c1 * 20 > len(data)


_CONTROL_BYTES = bytes(range(0x09)) + bytes(range(0x0E, 0x20))       # C0 but tab and line breaks
_C1_BYTES = bytes(range(0x80, 0xA0))
_CP1252_UNDEFINED = b"\x81\x8d\x8f\x90\x9d"


def _csv_rows(text: str, delimiter: str, name: str) -> list[list[str]]:
    """The rows, refused as soon as the table, every row as wide as the widest, passes the
    cell limit (a line of a million commas would otherwise pad every row to a million cells).
    A line with more separators than that is refused before it is split at all."""
    rows: list[list[str]] = []
    width = 0
    if text.count(delimiter) >= CSV_CELLS_MAX:
        widest = max(line.count(delimiter) for line in text.splitlines()) + 1
        if widest > CSV_CELLS_MAX:
            raise _too_many_cells(name, 1, widest)
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            width = max(width, len(row))
            if width * (len(rows) + 1) > CSV_CELLS_MAX:
                raise _too_many_cells(name, len(rows) + 1, width)
            rows.append([cell.strip() for cell in row])
    except csv.Error:
        raise unreadable(name) from None
    return rows


def _too_many_cells(name: str, rows: int, width: int) -> InvalidInput:
    en = [f"{number:,}" for number in (rows, width, CSV_CELLS_MAX)]
    es = [text.replace(",", ".") for text in en]
    return InvalidInput(
        f"{name or 'The file'} was not opened: {en[0]} rows by {en[1]} columns is more than the {en[2]} cells a "
        f"list is read to. No list of people is that large.",
        f"{name or 'El archivo'} no se abrió: {es[0]} filas por {es[1]} columnas son más que las {es[2]} celdas "
        f"que se leen de una lista. Ninguna lista de personas es tan grande.")


# C0 and C1 controls and DEL; tab, line feed and carriage return are kept (a cell may hold lines).
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _clear_control_characters(workbook: Workbook) -> None:
    """Replace control characters in every cell by a space, and say so in the reading's notes."""
    cleared = 0
    first: tuple[str, int] | None = None
    for sheet in workbook.sheets:
        for index, row in enumerate(sheet.rows):
            if not _CONTROL_CHARACTERS.search("\t".join(row)):      # one search a row (tab is no control here)
                continue
            cells = list(row)
            for column, cell in enumerate(cells):
                cleaned, count = _CONTROL_CHARACTERS.subn(" ", cell)
                if count:
                    cells[column] = re.sub(" {2,}", " ", cleaned).strip()
                    cleared += count
            sheet.rows[index] = cells
            first = first or (sheet.name, index + 1)
    if cleared:
        sheet_name, row_number = first
        english = (f"{cleared} control characters (invisible codes such as NUL or escape) replaced by spaces, "
                   f"the first in sheet “{sheet_name}”, row {row_number}")
        spanish = (f"{cleared} caracteres de control (códigos invisibles como NUL o escape) sustituidos por "
                   f"espacios, el primero en la hoja «{sheet_name}», fila {row_number}")
        workbook.notes.append((english, spanish))


def _laid_out_in_columns(text: str) -> bool:
    """Text copied out of a PDF: columns separated by runs of spaces, no separator character."""
    lines = [line for line in text.splitlines()[:80] if line.strip()]
    if len(lines) < 2:
        return False
    spaced = sum(1 for line in lines if "  " in line.strip())
    # An indented run of words is the rest of a cell wrapped in a narrow column ("Bermúdez" under
    # "Alirio José"): a list whose names take two or three lines has more of those than rows.
    wrapped = sum(1 for line in lines if line[:2].isspace() and "  " not in line.strip())
    counted = len(lines) - wrapped if spaced >= 3 else len(lines)
    separated = max(sum(1 for line in lines if line.count(mark) >= 2) for mark in (",", ";", "|", "\t"))
    return spaced >= counted * 0.5 and separated < len(lines) * 0.5


def _read_pdf(data: bytes, name: str, digest: str, is_header: Any) -> Workbook:
    from casedesk.lists.layout import lay_out, pdf_lines
    try:
        lines = pdf_lines(data)
    except Exception:          # PDFium's error for a damaged file or one that needs a password
        raise InvalidInput(f"{name or 'The file'} is a PDF CaseDesk cannot read (damaged, or protected by a password).",
                           f"{name or 'El archivo'} es un PDF que CaseDesk no puede leer (dañado o protegido con "
                           f"contraseña).") from None
    if not any(line.chunks for line in lines):
        raise InvalidInput(f"{name or 'The PDF'} holds no text: it may be a scan, and CaseDesk does not read images.",
                           f"{name or 'El PDF'} no contiene texto: puede ser un escaneo, y CaseDesk no lee imágenes.")
    laid = lay_out(lines, is_header or (lambda cells: False))
    return Workbook([Sheet(name or "PDF", laid.rows, labels=laid.labels)], "PDF", digest, _layout_notes(laid))


def _legend_note(legend: dict[str, str]) -> tuple[str, str]:
    pairs = "; ".join(f"{code} = {meaning}" for code, meaning in legend.items())
    return f"legend read: {pairs}", f"leyenda leída: {pairs}"


def _layout_notes(laid) -> list[tuple[str, str]]:
    notes = []
    if laid.furniture:
        notes.append((f"{laid.furniture} page headers, footers and repeated table headers set aside",
                      f"{laid.furniture} encabezados y pies de página y encabezados de tabla repetidos apartados"))
    if laid.joined:
        notes.append((f"{laid.joined} wrapped lines joined to the line above",
                      f"{laid.joined} líneas partidas unidas a la de arriba"))
    if laid.legend:
        notes.append(_legend_note(laid.legend))
    return notes


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

    from casedesk.lists.bounds import check_spreadsheet
    check_spreadsheet(data, name)       # before calamine: a grid it cannot allocate aborts the process
    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        kind = "XLS" if data[:4] == b"\xd0\xcf\x11\xe0" else ("ODS" if b"opendocument" in data[:200] else "XLSX")
        sheets = []
        ods_merged = _ods_merged_ranges(data) if kind == "ODS" else {}
        for metadata in workbook.sheets_metadata:
            if str(metadata.typ).split(".")[-1].lower() not in ("worksheet", "work_sheet"):
                continue                                  # charts, macros
            sheet = workbook.get_sheet_by_name(metadata.name)
            rows = [[_cell_text(value) for value in row] for row in sheet.to_python(skip_empty_area=False)]
            _fill_merged(rows, sheet, ods_merged.get(metadata.name))
            hidden = str(metadata.visible).split(".")[-1].lower() != "visible"
            sheets.append(Sheet(metadata.name, rows, hidden))
    except InvalidInput:
        raise
    except Exception:          # calamine has an exception of its own for each way a file is broken
        raise unreadable(name) from None
    except BaseException as panic:     # a Rust panic arrives as pyo3's PanicException, a BaseException
        if type(panic).__name__ != "PanicException":
            raise
        raise unreadable(name) from None
    return sheets, kind


def _fill_merged(rows: list[list[str]], sheet: Any, ods_ranges: list | None = None) -> None:
    """A merged range shows its value in every cell it covers, as the person saw it: a header
    over two columns heads both, a facility merged down a group applies to each row."""
    try:
        ranges = sheet.merged_cell_ranges or ods_ranges or []
    except Exception:
        return
    width = max(map(len, rows), default=0)
    budget = SHEET_CELLS_MAX            # ranges are the file's word: together they fill at most a sheet
    for (top, left), (bottom, right) in ranges:
        if top >= len(rows) or left >= len(rows[top]):
            continue
        right = min(right, width - 1)                 # nothing to fill past the sheet's last column
        budget -= max(min(bottom, len(rows) - 1) - top + 1, 0) * max(right - left + 1, 0)
        if budget < 0:
            break
        value = rows[top][left]
        for row in range(top, min(bottom, len(rows) - 1) + 1):
            cells = rows[row]
            if len(cells) <= right:
                cells.extend([""] * (right + 1 - len(cells)))
            for column in range(left, right + 1):
                if not cells[column]:
                    cells[column] = value


def _ods_merged_ranges(data: bytes) -> dict[str, list[tuple[tuple[int, int], tuple[int, int]]]]:
    """ODS's merged cells by table name, as calamine gives them for XLSX ((top, left), (bottom,
    right), from 0). calamine does not report an ODS's merges: a state or facility merged down
    over the people it applies to (as LibreOffice users write lists) reached only the first of
    them. Read from content.xml, which `check_spreadsheet` has already measured; a file this
    cannot read merges nothing (calamine has read its cells)."""
    from xml.parsers import expat
    found: dict[str, list] = {}
    where = {"table": "", "row": 0, "column": 0, "row_repeat": 1}

    def count(value: str | None) -> int:
        return int(value) if value and value.isdigit() else 1

    def start(name: str, attributes: dict[str, str]) -> None:
        if name == "table:table":
            where.update(table=attributes.get("table:name", ""), row=0)
        elif name == "table:table-row":
            where.update(column=0, row_repeat=count(attributes.get("table:number-rows-repeated")))
        elif name in ("table:table-cell", "table:covered-table-cell"):
            rows = count(attributes.get("table:number-rows-spanned"))
            columns = count(attributes.get("table:number-columns-spanned"))
            if name == "table:table-cell" and (rows > 1 or columns > 1) and len(found.get(where["table"], ())) < 10_000:
                top, left = where["row"], where["column"]
                found.setdefault(where["table"], []).append(((top, left), (top + rows - 1, left + columns - 1)))
            where["column"] += count(attributes.get("table:number-columns-repeated"))

    def end(name: str) -> None:
        if name == "table:table-row":
            where["row"] += where["row_repeat"]

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            content = archive.read("content.xml")
        parser = expat.ParserCreate()
        parser.StartDoctypeDeclHandler = parser.EntityDeclHandler = _refuse_entities
        parser.StartElementHandler, parser.EndElementHandler = start, end
        parser.Parse(content, True)
    except Exception:
        return {}
    return found


def _refuse_entities(*arguments: Any) -> None:
    raise ValueError("a document type in content.xml")


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
