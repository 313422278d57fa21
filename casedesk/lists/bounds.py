"""What reading a spreadsheet would cost, measured before the reader sees it.

calamine (the Rust reader behind XLSX, XLS and ODS) builds each sheet as a full grid from A1
to the last cell used and copies a shared text into every cell that uses it. A 1 KB file with
one cell at XFD1048576 asks it for 512 GB and a 46 KB file whose 20,000 cells share one 4 MB
text asks for 80 GB: the allocation fails and the whole process aborts, window included, with
nothing Python can catch. A small file that inflates to a gigabyte of XML takes minutes.

So a workbook is first measured here, in memory bounded by the size limits: every zip member's
inflated size (as declared and as it really inflates), the compression ratio, every sheet's
grid as calamine would build it (cells far away, rows and cells repeated in ODS, positions a
cell inherits when it names none) and the text the cells would hold once shared strings and
repeats are expanded. XLS gets the same from its BIFF records. Past a limit of
`casedesk.limits`, the file is refused with a sentence in both languages, in milliseconds.

The measures err on the large side (an empty styled cell counts like a filled one); the
limits leave ample room over any real list.
"""

from __future__ import annotations

import re
import struct
import sys
import zipfile
import zlib
from array import array
from collections.abc import Callable, Iterator, Sequence
from io import BytesIO
from operator import itemgetter
from xml.parsers import expat

from casedesk import limits
from casedesk.domain.errors import InvalidInput

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CHUNK = 256 * 1024
_MARKERS = (b"sheetData", b"<sst", b":sst")       # what makes a member a sheet or the shared strings
_WIDE_MARKERS = tuple(marker.decode().encode(codec) for marker in (b"sheetData", b"sst")
                      for codec in ("utf-16-le", "utf-16-be"))


def _marked(xml: bytes) -> bool:
    """Does a member carry what makes calamine read it as a sheet or as the shared strings?"""
    return any(marker in xml for marker in _MARKERS + _WIDE_MARKERS)


class _Unreadable(Exception):
    """The file is damaged or is not what its first bytes claim."""


def _refuse(name: str, en: str, es: str) -> InvalidInput:
    file = name or "The file"
    archivo = name or "El archivo"
    return InvalidInput(
        f"{file} was not opened: {en}. No list of people is that large; if the file is genuine, open it in "
        f"the spreadsheet program and save it again, or save it as CSV.",
        f"{archivo} no se abrió: {es}. Ninguna lista de personas es tan grande; si el archivo es legítimo, "
        f"ábralo en el programa de hojas de cálculo y guárdelo de nuevo, o guárdelo como CSV.")


def _number(value: int, language: str) -> str:
    return f"{value:,}".replace(",", "." if language == "es" else ",")


def _column_letters(column: int) -> str:
    """0 -> A, 16383 -> XFD."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def check_spreadsheet(data: bytes, name: str = "") -> None:
    """Refuse, before calamine reads it, a workbook whose reading would exhaust memory or time.

    Raises:
        InvalidInput: the workbook is too large to read, or damaged, said in both languages.
    """
    from casedesk.lists.grids import unreadable
    try:
        if data[:4] == b"PK\x03\x04":
            _check_zip(data, name)
        elif data[:8] == OLE_SIGNATURE:
            _check_xls(data, name)
    except _Unreadable:
        raise unreadable(name) from None


# --- The grid calamine would build ----------------------------------------------------------


class _Tally:
    """Cells and text of the whole workbook, against the limits."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.cells = 0
        self.text = 0

    def sheet(self, rows: int, columns: int) -> None:
        """A sheet whose grid, from A1, is `rows` x `columns`."""
        if rows <= 0 or columns <= 0:
            return
        self.check_extent(rows - 1, columns - 1)
        self.cells += rows * columns
        if self.cells > limits.WORKBOOK_CELLS_MAX:
            raise _refuse(self.name,
                          f"its sheets together span {_number(self.cells, 'en')} cells (at most "
                          f"{_number(limits.WORKBOOK_CELLS_MAX, 'en')} are read)",
                          f"sus hojas abarcan en total {_number(self.cells, 'es')} celdas (se leen como máximo "
                          f"{_number(limits.WORKBOOK_CELLS_MAX, 'es')})")

    def fits(self, last_row: int, last_column: int) -> bool:
        """Would a sheet whose grid reaches this cell be read?"""
        rows, columns = last_row + 1, last_column + 1
        return rows <= limits.SHEET_ROWS_MAX and columns <= limits.SHEET_COLUMNS_MAX \
            and rows * columns <= limits.SHEET_CELLS_MAX \
            and self.cells + rows * columns <= limits.WORKBOOK_CELLS_MAX

    def check_extent(self, last_row: int, last_column: int) -> None:
        """Refuse as soon as one sheet's grid, from A1 to this cell, is past the limits."""
        rows, columns = last_row + 1, last_column + 1
        cells = rows * columns
        within_format = rows <= limits.SHEET_ROWS_MAX and columns <= limits.SHEET_COLUMNS_MAX
        if within_format and cells <= limits.SHEET_CELLS_MAX:
            return
        if within_format:
            place_en = place_es = f"{_column_letters(last_column)}{rows}"
        else:
            place_en = f"row {_number(rows, 'en')}, column {_number(columns, 'en')}"
            place_es = f"la fila {_number(rows, 'es')}, columna {_number(columns, 'es')}"
        raise _refuse(self.name,
                      f"a sheet has a cell at {place_en}, so its grid from A1 would hold {_number(cells, 'en')} "
                      f"cells (at most {_number(limits.SHEET_CELLS_MAX, 'en')} are read)",
                      f"una hoja tiene una celda en {place_es}, así que su cuadrícula desde A1 tendría "
                      f"{_number(cells, 'es')} celdas (se leen como máximo {_number(limits.SHEET_CELLS_MAX, 'es')})")

    def add_text(self, characters: int) -> None:
        self.text += characters
        if self.text > limits.WORKBOOK_TEXT_CHARS_MAX:
            raise self.too_much_text(self.text)

    def too_much_text(self, characters: int) -> InvalidInput:
        return _refuse(self.name,
                       f"its cells repeat texts up to {_number(characters, 'en')} characters or more (at most "
                       f"{_number(limits.WORKBOOK_TEXT_CHARS_MAX, 'en')} are read)",
                       f"sus celdas repiten textos hasta {_number(characters, 'es')} caracteres o más (se leen "
                       f"como máximo {_number(limits.WORKBOOK_TEXT_CHARS_MAX, 'es')})")


# --- XLSX and ODS: the zip ------------------------------------------------------------------


def _check_zip_is_a_spreadsheet(archive: zipfile.ZipFile, names: set[str], name: str) -> None:
    """Refuse a zip that is no workbook (a Word document, a folder of photos) before calamine
    is asked to read it. An Excel workbook has its parts under xl/ (or its content types say
    spreadsheetml); an OpenDocument spreadsheet has content.xml and, if it names one, a
    spreadsheet mimetype."""
    from casedesk.lists.grids import not_a_list
    if any(member.startswith("xl/") for member in names):
        return
    mimetype = _small_member(archive, "mimetype")
    if "content.xml" in names and (not mimetype or b"spreadsheet" in mimetype):
        return
    if b"spreadsheetml" in _small_member(archive, "[content_types].xml"):
        return
    if any(member.startswith("word/") for member in names) or b"opendocument.text" in mimetype:
        raise not_a_list(name, "a text document (Word or Writer)", "un documento de texto (Word o Writer)")
    if any(member.startswith("ppt/") for member in names) or b"presentation" in mimetype:
        raise not_a_list(name, "a presentation", "una presentación")
    raise not_a_list(name, "a zip archive that holds no spreadsheet", "un archivo zip que no contiene una hoja de cálculo")


def _small_member(archive: zipfile.ZipFile, wanted: str) -> bytes:
    """A small part of the zip (its mimetype, its content types) by name, any case; b"" if absent."""
    member = next((m for m in archive.infolist() if m.filename.lstrip("/").lower() == wanted), None)
    if member is None or member.file_size > limits.MIB:
        return b""
    try:
        return archive.read(member)        # read no further than the size it declares
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError, RuntimeError, zlib.error):
        raise _Unreadable() from None


def _check_zip(data: bytes, name: str) -> None:
    # One end-of-directory record only: with two, Python's zip reader and calamine's could each
    # take a different directory, and the one measured here would not be the one read.
    if data.count(b"PK\x05\x06", max(0, len(data) - 65_557)) != 1:
        raise _Unreadable()
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, struct.error,
            UnicodeDecodeError, NotImplementedError):
        raise _Unreadable() from None
    if len(members) > limits.ZIP_MEMBERS_MAX:
        raise _refuse(name, f"it is made of {_number(len(members), 'en')} parts", f"está hecho de "
                      f"{_number(len(members), 'es')} partes")
    names = {member.filename.lstrip("/").lower() for member in members}
    _check_zip_is_a_spreadsheet(archive, names, name)
    if "xl/workbook.bin" in names:
        raise InvalidInput(f"{name or 'The file'} is a binary Excel workbook (XLSB), which CaseDesk does not read. "
                           "Save it as XLSX or CSV.",
                           f"{name or 'El archivo'} es un libro binario de Excel (XLSB), que CaseDesk no lee. "
                           "Guárdelo como XLSX o CSV.")
    total = 0
    for member in members:
        declared = member.file_size
        total += declared
        if declared > limits.ZIP_MEMBER_BYTES or total > limits.ZIP_TOTAL_BYTES:
            inflated = max(declared, total)
            raise _refuse(name, f"it would inflate to {_number(inflated // limits.MIB, 'en')} MB or more",
                          f"se descomprimiría en {_number(inflated // limits.MIB, 'es')} MB o más")
        if declared > limits.ZIP_RATIO_FLOOR_BYTES and declared > member.compress_size * limits.ZIP_RATIO_MAX:
            ratio = declared // max(member.compress_size, 1)
            raise _refuse(name, f"one of its parts inflates {_number(ratio, 'en')} times its size, as a "
                                f"decompression bomb does", f"una de sus partes se descomprime {_number(ratio, 'es')} "
                                f"veces su tamaño, como una bomba de descompresión")
    tally = _Tally(name)
    shared_cells: dict[int, int] = {}           # member -> cells that use a shared string
    strings: list[int] = []
    for number, member in enumerate(members):
        xml = b"".join(_inflate(data, member, name))
        head = xml[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
        if xml[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in xml[:4] or not head.startswith(b"<"):
            if _marked(xml):
                raise _Unreadable()             # a sheet that is not XML (or in UTF-16): calamine would guess
            continue                            # a picture, printer settings: never read as cells
        # Cells can be anywhere calamine might be pointed at: every XML member is measured.
        quick = _quick_cells(xml)
        if quick is not None and tally.fits(quick[0], quick[1]):
            tally.sheet(quick[0] + 1, quick[1] + 1)
            shared_cells[number] = quick[2]
        else:
            exact = _XmlScan(tally, "cells").run(xml)
            shared_cells[number] = exact.shared_cells
        if b"<sst" in xml or b":sst" in xml:
            table = _XmlScan(tally, "shared").run(xml).strings or []
            strings = [max(pair) for pair in zip(strings, table)] + strings[len(table):] + table[len(strings):]
        if member.filename.lstrip("/") == "content.xml":
            _XmlScan(tally, "ods").run(xml, always=True)
    _check_shared_text(data, members, shared_cells, strings, tally)


def _inflate(data: bytes, member: zipfile.ZipInfo, name: str) -> Iterator[bytes]:
    """The member's bytes as calamine's zip reader gets them (the compressed bytes the central
    directory points at), in chunks; never more than it declares, which the caller has checked."""
    if member.flag_bits & 0x1:
        raise InvalidInput(f"{name or 'The file'} is protected by a password: open it in the spreadsheet program, "
                           "remove the password and save it again.",
                           f"{name or 'El archivo'} está protegido con contraseña: ábralo en el programa de hojas de "
                           "cálculo, quite la contraseña y guárdelo de nuevo.")
    offset = member.header_offset
    header = data[offset:offset + 30]
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        raise _Unreadable()
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    start = offset + 30 + name_length + extra_length
    compressed = memoryview(data)[start:start + member.compress_size]
    if len(compressed) < member.compress_size:
        raise _Unreadable()
    if member.compress_type == zipfile.ZIP_STORED:
        if member.compress_size != member.file_size:
            raise _Unreadable()
        for position in range(0, len(compressed), _CHUNK):
            yield bytes(compressed[position:position + _CHUNK])
        return
    if member.compress_type != zipfile.ZIP_DEFLATED:
        raise _Unreadable()                   # calamine's zip reader knows only these two
    inflater = zlib.decompressobj(-15)
    produced = 0
    try:
        for position in range(0, len(compressed), _CHUNK):
            pending = bytes(compressed[position:position + _CHUNK])
            while pending:
                out = inflater.decompress(pending, _CHUNK)
                pending = inflater.unconsumed_tail
                produced += len(out)
                if produced > member.file_size:
                    raise _Unreadable()       # inflates past what it declares: a forged size
                if out:
                    yield out
                if inflater.eof:
                    break
            if inflater.eof:
                break
        out = inflater.flush()
    except zlib.error:
        raise _Unreadable() from None
    produced += len(out)
    if produced != member.file_size or not inflater.eof:
        raise _Unreadable()
    if out:
        yield out


_DIGITS = re.compile(r"\s*\+?(\d+)\s*$")
_CELL, _ROW, _VALUE = 1, 2, 3
_XLSX_KINDS = {"c": _CELL, "row": _ROW, "v": _VALUE, "f": _VALUE, "is": _VALUE}   # value: what calamine reads
_ODS_CELLS = frozenset({"table:table-cell", "table:covered-table-cell"})


def _repeat(value: str | None) -> int:
    if value is None:
        return 1
    match = _DIGITS.match(value)
    if match is None:
        raise _Unreadable()                     # calamine cannot read it either
    return max(int(match.group(1)), 1)


class _XmlScan:
    """One zip member through expat (no document types, hence no entities), read as calamine
    reads it: `cells`, the grid of an XLSX worksheet, a cell taking the place after the previous
    one when it names none; `shared`, the declared count and the length of each shared string;
    `ods`, the grid and text of every table of ODS's content.xml, repeats multiplied."""

    def __init__(self, tally: _Tally, mode: str, *, string_lengths: list[int] | None = None,
                 text_tally: _Tally | None = None) -> None:
        self.tally = tally
        self.mode = mode
        self.parser = None
        # XLSX worksheet
        self.sheet = False
        self.row_index = 0
        self.column_index = 0
        self.last_row = self.last_column = -1
        self.pending = False                   # a cell has begun and its value is not seen yet
        self.pending_row = self.pending_column = 0
        self.pending_shared = False
        self.kinds: dict[str, int] = {}
        self.columns: dict[str, int] = {}
        self.shared_cells = 0
        # with the shared strings' lengths, each copy is counted as the cell is read, into text_tally
        self.capture_indexes = string_lengths is not None
        self.string_lengths = string_lengths or []
        self.longest = max(self.string_lengths, default=0)
        self.text_tally = text_tally
        self.index_text: list[str] | None = None
        # shared strings
        self.strings: list[int] | None = None
        # ODS content.xml: literal "table:" names as calamine matches them; repeats multiply
        self.ods_tables: list[tuple[int, int]] = []
        self.table_row = 0
        self.row_repeat = 1
        self.position = 0
        self.cell: list | None = None          # [end position, text length, repeats, holds something]
        self.ods_last_row = self.ods_last_column = -1

    def run(self, xml: bytes, *, always: bool = False) -> _XmlScan:
        """Measure `xml`. When it is not sound XML, refuse it if it carries a sheet's marks (or
        `always`): calamine would read it all the same, its own way."""
        parser = self.parser = expat.ParserCreate()
        parser.buffer_text = True
        parser.StartDoctypeDeclHandler = self._refuse_doctype
        parser.EntityDeclHandler = self._refuse_doctype
        if self.mode == "cells":
            parser.StartElementHandler = self._start
            parser.EndElementHandler = self._end
        elif self.mode == "shared":
            parser.StartElementHandler = self._shared_string
            parser.CharacterDataHandler = self._shared_text
        else:
            parser.StartElementHandler = self._ods_start
            parser.EndElementHandler = self._ods_end
            parser.CharacterDataHandler = self._ods_text
        try:
            parser.Parse(xml, True)
        except (expat.ExpatError, LookupError, ValueError):     # LookupError: an encoding expat does not know
            if always or _marked(xml):
                raise _Unreadable() from None
        self._close_cell()
        if self.sheet:
            self.tally.sheet(self.last_row + 1, self.last_column + 1)
        self._close_table()
        for rows, columns in self.ods_tables:
            self.tally.sheet(rows, columns)
        self.parser = None
        return self

    def _refuse_doctype(self, *arguments) -> None:
        raise expat.ExpatError("a workbook part declares a document type")

    # shared strings

    def _shared_string(self, name: str, attributes: dict[str, str]) -> None:
        local = name.rpartition(":")[2]
        if local == "si" and self.strings is not None:
            self.strings.append(0)
        elif local == "sst" and self.strings is None:
            count = _DIGITS.match(attributes.get("uniqueCount", ""))
            if count and int(count.group(1)) > limits.WORKBOOK_CELLS_MAX:     # calamine reserves that many
                declared = int(count.group(1))
                raise _refuse(self.tally.name, f"it announces {_number(declared, 'en')} different texts",
                              f"anuncia {_number(declared, 'es')} textos distintos")
            self.strings = []

    def _shared_text(self, text: str) -> None:
        if self.strings:
            self.strings[-1] += len(text)

    # XLSX worksheet

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        # Called for every element of every sheet: kept lean (a million cells make three million calls).
        kind = self.kinds.get(name)
        if kind is None:
            kind = _XLSX_KINDS.get(name.rpartition(":")[2], 0)
            if len(self.kinds) < 1000:
                self.kinds[name] = kind
        if kind == _CELL:
            if self.index_text is not None:
                self._end_index()
            reference = attributes.get("r")
            if reference is not None:
                row, column = self._place(reference)
                self.column_index = column
            else:
                row, column = self.row_index, self.column_index
            self.column_index += 1
            self.pending = True
            self.pending_row, self.pending_column = row, column
            self.pending_shared = attributes.get("t") == "s"
        elif kind == _VALUE:
            if not self.pending:
                return
            self.pending = False
            if self.pending_row > self.last_row or self.pending_column > self.last_column:
                self.last_row = max(self.last_row, self.pending_row)
                self.last_column = max(self.last_column, self.pending_column)
                self.sheet = True
                self.tally.check_extent(self.last_row, self.last_column)
            if self.pending_shared:
                self.shared_cells += 1
                if self.capture_indexes and name.rpartition(":")[2] == "v":
                    self.index_text = []
                    self.parser.CharacterDataHandler = self.index_text.append
        elif kind == _ROW:
            self.pending = False
            if self.index_text is not None:
                self._end_index()
            self.sheet = True
            reference = attributes.get("r")
            if reference is not None:
                self.row_index = self._place(reference, row_only=True)[0]

    def _end(self, name: str) -> None:
        if self.kinds.get(name) == _ROW or (name not in self.kinds and name.rpartition(":")[2] == "row"):
            self.row_index += 1                 # calamine moves to the next row and column A at </row>
            self.column_index = 0

    def _place(self, reference: str, *, row_only: bool = False) -> tuple[int, int]:
        """"XFD1048576" -> (1048575, 16383), as calamine reads an "r" (a row's keeps only the row)."""
        cut = len(reference.rstrip("0123456789"))
        if cut == len(reference) or (cut == 0 and not row_only):
            raise _Unreadable()                 # calamine refuses it too
        row = int(reference[cut:]) - 1
        letters = reference[:cut]
        column = self.columns.get(letters)
        if column is None:
            if not (letters.isascii() and letters.isalpha()) and letters:
                raise _Unreadable()
            column = -1
            for letter in letters.upper():
                column = (column + 1) * 26 + ord(letter) - 65
            if len(self.columns) < 100_000:
                self.columns[letters] = column
        if row < 0:
            raise _Unreadable()
        return row, column

    def _end_index(self) -> None:
        digits = _DIGITS.match("".join(self.index_text))
        position = int(digits.group(1)) if digits else -1
        lengths = self.string_lengths
        self.text_tally.add_text(lengths[position] if 0 <= position < len(lengths) else self.longest)
        self.index_text = None
        self.parser.CharacterDataHandler = None

    def _close_cell(self) -> None:
        self.pending = False
        if self.index_text is not None:
            self._end_index()

    # ODS content.xml

    def _ods_start(self, name: str, attributes: dict[str, str]) -> None:
        if name in _ODS_CELLS:
            repeats = min(_repeat(attributes.get("table:number-columns-repeated")), 1 << 40)
            self.position += repeats
            holds = any(key == "table:formula" or (key.startswith("office:") and "value" in key) for key in attributes)
            self.cell = [self.position, sum(map(len, attributes.values())), repeats, holds]
        elif name == "table:table-row":
            self.row_repeat = min(_repeat(attributes.get("table:number-rows-repeated")), 1 << 40)
            self.position = 0
        elif name == "table:table":
            self._close_table()
        elif self.cell is not None:
            self.cell[3] = True                 # a paragraph, a space, an annotation: the cell holds something
            if name == "text:s":
                self.cell[1] += _repeat(attributes.get("text:c"))
            elif name == "text:p":
                self.cell[1] += 1               # the line break between paragraphs

    def _ods_text(self, text: str) -> None:
        if self.cell is not None:
            self.cell[1] += len(text)

    def _ods_end(self, name: str) -> None:
        if name in _ODS_CELLS and self.cell is not None:
            end, text, repeats, holds = self.cell
            self.cell = None
            if holds:
                self.ods_last_row = max(self.ods_last_row, self.table_row + self.row_repeat - 1)
                self.ods_last_column = max(self.ods_last_column, end - 1)
                self.tally.check_extent(self.ods_last_row, self.ods_last_column)
                self.tally.add_text(text * repeats * self.row_repeat)
        elif name == "table:table-row":
            self.table_row += self.row_repeat
            self.row_repeat = 1

    def _close_table(self) -> None:
        if self.ods_last_row >= 0:
            self.ods_tables.append((self.ods_last_row + 1, self.ods_last_column + 1))
        self.table_row = 0
        self.ods_last_row = self.ods_last_column = -1


def _check_shared_text(data: bytes, members: list[zipfile.ZipInfo], shared_cells: dict[int, int],
                       strings: list[int], tally: _Tally) -> None:
    """Each cell that uses a shared string gets its own copy of it. First bounded by the longest
    string; when that bound is past the limit, counted exactly, cell by cell."""
    longest = max(strings, default=0)
    if sum(shared_cells.values()) * longest + tally.text <= limits.WORKBOOK_TEXT_CHARS_MAX:
        return
    for number, count in shared_cells.items():
        if not count:
            continue
        xml = b"".join(_inflate(data, members[number], tally.name))
        _XmlScan(_Tally(tally.name), "cells", string_lengths=strings, text_tally=tally).run(xml, always=True)


# The quick measure of an XLSX sheet, in C: regular expressions find every cell's "r". Sound
# because of one count: each "<c" followed by a space, "/" or ">" (every cell calamine could
# read starts so) must begin a match that reads its attributes one by one, quotes respected, up
# to its "r". A "<c" inside a comment or a value only adds a cell (the grid is overestimated); a
# match that strayed over a real cell would leave that cell's "<c" without its own match, and
# the counts would differ. Then, or when a cell has no "r" or a prefix ("<x:c"), expat walks it.
_SPACE = rb"[ \t\r\n]"
_BEFORE_R = rb"<c(?:" + _SPACE + rb"+(?!r" + _SPACE + rb"*=)[^ \t\r\n=/<>]+" + _SPACE + rb"*=" + _SPACE \
    + rb"*(?:\"[^\"]*\"|'[^']*'))*" + _SPACE + rb"+r" + _SPACE + rb"*=" + _SPACE + rb"*[\"']"
_CELL_REFERENCE = re.compile(_BEFORE_R + rb"([A-Za-z]*)(\d*)[\"']")
_PREFIXED_CELL = re.compile(rb":c[ \t\r\n/>]")
_CELL_START = re.compile(rb"<c()[ \t\r\n/>]")          # the empty group keeps findall's list light
_DECLARED_ENCODING = re.compile(rb"[ \t\r\n]*<\?xml[^>]*?encoding[ \t\r\n]*=[ \t\r\n]*[\"']([^\"']*)[\"']")
_ASCII_ENCODINGS = re.compile(rb"(?i)(?:utf-?8|us-ascii|ascii|iso-8859-\d+|latin-?1|windows-125\d|cp125\d)$")
_SLICE = 8 * limits.MIB
_FIRST, _SECOND = itemgetter(0), itemgetter(1)


def _quick_cells(xml: bytes) -> tuple[int, int, int] | None:
    """(last row, last column, cells), empty cells counted too; None when this cannot tell."""
    declared = _DECLARED_ENCODING.match(xml.removeprefix(b"\xef\xbb\xbf"))
    if declared and not _ASCII_ENCODINGS.match(declared.group(1)):
        return None                     # bytes that calamine would decode into other characters
    if _PREFIXED_CELL.search(xml):
        return None
    columns: set[bytes] = set()
    rows: set[bytes] = set()
    cells = named = 0
    view = memoryview(xml)
    begin = 0
    while begin < len(xml):             # in slices cut before a "<" (a cut inside a tag only costs the quick way)
        end = xml.find(b"<", begin + _SLICE) if begin + _SLICE < len(xml) else -1
        end = len(xml) if end < 0 else end
        part = view[begin:end]
        cells += len(_CELL_START.findall(part))
        found = _CELL_REFERENCE.findall(part)
        named += len(found)
        columns.update(map(_FIRST, found))
        rows.update(map(_SECOND, found))
        begin = end
    if not cells:
        return -1, -1, 0
    if named != cells or b"" in columns or b"" in rows:
        return None                     # a cell without "r", or one calamine refuses: let expat walk it
    last_row = max(map(int, rows)) - 1
    last_column = -1
    for letters in columns:
        column = -1
        for letter in letters.upper():
            column = (column + 1) * 26 + letter - 65
        last_column = max(last_column, column)
    return (last_row, last_column, cells) if last_row >= 0 else None


# --- XLS: the compound file and its BIFF records --------------------------------------------
# calamine reads an XLS whole when it opens it: the compound file's tables, then every sheet.
# Its chains have no guard against loops, so a loop would run until memory is gone; here every
# chain is walked once, as calamine walks it, and refused on a loop or a sector past the end.

_RESERVED = 0xFFFFFFFA
_DIFAT_SECTOR = 0xFFFFFFFC
_END_OF_CHAIN = 0xFFFFFFFE
# Code pages where a character is one byte (1200: BIFF8's own, UTF-16 or "compressed" Latin-1).
# In any other a character may take several bytes and a string's end cannot be found the way
# calamine finds it, so every string counts as the longest possible.
_SINGLE_BYTE_CODEPAGES = frozenset({367, 437, 737, 775, 850, 852, 855, 857, 858, 860, 861, 862, 863, 864, 865, 866,
                                    869, 874, 1200, 1250, 1251, 1252, 1253, 1254, 1255, 1256, 1257, 1258, 10000,
                                    10004, 10005, 10006, 10007, 10029, 10079, 10081, 20866, 21866, 28591, 28592,
                                    28593, 28594, 28595, 28596, 28597, 28598, 28599, 28603, 28605, 32768, 32769})
_LONGEST_STRING = 0xFFFF                         # characters an XLS string can hold


class _CompoundFile:
    """Just enough of [MS-CFB] to read the workbook stream, as calamine's cfb.rs reads it."""

    def __init__(self, data: bytes) -> None:
        if len(data) < 512:
            raise _Unreadable()
        self.data = data
        sector_shift, mini_shift = struct.unpack_from("<HH", data, 30)
        if sector_shift not in (9, 12) or mini_shift != 6:
            raise _Unreadable()
        self.size = 1 << sector_shift
        self.last_sector = len(data) // self.size          # calamine's maxid
        directory_start, = struct.unpack_from("<I", data, 48)
        mini_fat_start, mini_fat_sectors, difat_start = struct.unpack_from("<III", data, 60)
        # calamine sizes a vector from these bytes (a misplaced read of the DIFAT count)
        reserved, = struct.unpack_from("<I", data, 62)
        if reserved > limits.ZIP_MEMBER_BYTES // 4:
            raise _Unreadable()
        difat = list(struct.unpack_from("<109I", data, 76))
        seen: set[int] = set()
        sector = difat_start
        while sector < _RESERVED:
            if sector in seen or len(difat) > 2 * (self.last_sector + 128):
                raise _Unreadable()
            seen.add(sector)
            block = self._sector(sector)
            difat.extend(struct.unpack_from(f"<{len(block) // 4}I", block))
            sector = difat.pop() if difat else _END_OF_CHAIN
        fat_sectors = [entry for entry in difat if entry < _DIFAT_SECTOR]
        if len(fat_sectors) > (self.last_sector + 1) // 64 + 110:
            raise _Unreadable()               # far more tables than the file needs: read again and again
        self.fat = _words(b"".join(self._sector(number) for number in fat_sectors))
        directory = self._chain(directory_start, self.fat, self._sector, None)
        self.entries = [directory[at:at + 128] for at in range(0, len(directory), 128)]
        if not self.entries:
            raise _Unreadable()
        self.mini_stream = b""
        self.mini_fat: Sequence[int] = ()
        if mini_fat_sectors > 0:
            root_start, root_size = self._location(self.entries[0])
            self.mini_stream = self._chain(root_start, self.fat, self._sector, root_size)
            table = self._chain(mini_fat_start, self.fat, self._sector, mini_fat_sectors * self.size)
            self.mini_fat = _words(table)

    def _sector(self, number: int) -> bytes:
        if number > self.last_sector:
            raise _Unreadable()
        start = (number + 1) * self.size
        return self.data[start:start + self.size]

    def _mini_sector(self, number: int) -> bytes:
        if (number + 1) * 64 > len(self.mini_stream):
            raise _Unreadable()               # calamine would read whatever follows in the file
        return self.mini_stream[number * 64:number * 64 + 64]

    def _location(self, entry: bytes) -> tuple[int, int]:
        if len(entry) < 128:
            raise _Unreadable()
        start, = struct.unpack_from("<I", entry, 116)
        size = struct.unpack_from("<I" if self.size == 512 else "<Q", entry, 120)[0]
        return start, size

    @staticmethod
    def _chain(start: int, table: Sequence[int], read: Callable[[int], bytes], length: int | None) -> bytes:
        """The bytes of a chain, to `length` or its end; a loop or a broken link is refused
        (calamine would loop until memory is gone, or stop with a panic)."""
        parts: list[bytes] = []
        total = 0
        seen: set[int] = set()
        sector = start
        while sector != _END_OF_CHAIN:
            if sector in seen:
                raise _Unreadable()
            seen.add(sector)
            block = read(sector)
            if length is not None:
                block = block[:length - total]
            parts.append(block)
            total += len(block)
            if length is not None and total >= length:
                break
            if sector >= len(table):
                raise _Unreadable()
            sector = table[sector]
        return b"".join(parts)

    def stream(self, *names: str) -> bytes | None:
        """The first of `names` found (calamine's order); the first entry of that name."""
        for wanted in names:
            for entry in self.entries:
                if len(entry) == 128 and entry[:64].decode("utf-16-le", errors="replace").split("\x00")[0] == wanted:
                    start, size = self._location(entry)
                    if size > len(self.data):
                        raise _Unreadable()
                    if size < 4096:
                        return self._chain(start, self.mini_fat, self._mini_sector, size)
                    return self._chain(start, self.fat, self._sector, size)
        return None


def _words(data: bytes) -> array:
    """Little-endian 32-bit numbers, compactly (a FAT can hold millions)."""
    words = array("I")
    words.frombytes(data[:len(data) - len(data) % 4])
    if sys.byteorder == "big":
        words.byteswap()
    return words


def _check_xls(data: bytes, name: str) -> None:
    try:
        stream = _CompoundFile(data).stream("Workbook", "Book", "WORKBOOK", "BOOK")
        if stream is None:
            raise _Unreadable()
        tally = _Tally(name)
        strings, sheets = _xls_globals(stream, name)
        longest = max(strings, default=0)
        for position in sheets:
            _xls_sheet(stream, position, strings, longest, tally)
    except (struct.error, IndexError, ValueError, OverflowError):
        raise _Unreadable() from None


def _records(stream: bytes, position: int) -> Iterator[tuple[int, bytes, list[bytes]]]:
    """(type, data, CONTINUE records after it) from `position`, as calamine's RecordIter groups them."""
    end = len(stream)
    while position < end:
        if end - position < 4:
            raise _Unreadable()
        kind, length = struct.unpack_from("<HH", stream, position)
        if end - position < length + 4:
            raise _Unreadable()
        data = stream[position + 4:position + 4 + length]
        position += 4 + length
        continues = []
        while end - position > 4 and struct.unpack_from("<H", stream, position)[0] == 0x003C:
            length, = struct.unpack_from("<H", stream, position + 2)
            if end - position < length + 4:
                raise _Unreadable()
            continues.append(stream[position + 4:position + 4 + length])
            position += 4 + length
        yield kind, data, continues


def _xls_globals(stream: bytes, name: str) -> tuple[list[int], list[int]]:
    """The shared strings' lengths and where each sheet's records start."""
    strings: list[int] = []
    sheets: list[int] = []
    double_byte = False
    for kind, data, continues in _records(stream, 0):
        if kind == 0x0042 and len(data) >= 2:
            double_byte = struct.unpack_from("<H", data)[0] not in _SINGLE_BYTE_CODEPAGES
        elif kind == 0x0085 and len(data) >= 4:
            sheets.append(struct.unpack_from("<I", data)[0])
        elif kind == 0x00FC:
            strings = _sst_lengths(data, continues, double_byte)
        elif kind == 0x000A:
            break
    if len(sheets) > limits.ZIP_MEMBERS_MAX:
        raise _refuse(name, f"it declares {_number(len(sheets), 'en')} sheets",
                      f"declara {_number(len(sheets), 'es')} hojas")
    return strings, sheets


def _sst_lengths(data: bytes, continues: list[bytes], double_byte: bool) -> list[int]:
    """How many characters each shared string has, walking them as calamine's parse_sst does.
    In a double-byte code page a character may take one byte or two, so the walk cannot be
    followed: every string then counts as the longest an XLS string can be."""
    if len(data) < 8:
        raise _Unreadable()
    pieces = [data[8:], *continues]
    if double_byte:
        total = sum(map(len, pieces))
        return [_LONGEST_STRING] * max(total // 3, 1)
    current, at = 0, 0
    lengths: list[int] = []

    def next_piece() -> bool:
        nonlocal current, at
        if current + 1 >= len(pieces):
            return False
        current, at = current + 1, 0
        return True

    def skip(count: int) -> None:
        nonlocal at
        while count > 0:
            if at >= len(pieces[current]) and not next_piece():
                raise _Unreadable()
            step = min(count, len(pieces[current]) - at)
            at += step
            count -= step

    while at < len(pieces[current]) or next_piece():
        piece = pieces[current]
        if at == len(piece):                  # an empty CONTINUE: calamine reads an empty string
            lengths.append(0)
            continue
        if len(piece) - at < 3:
            raise _Unreadable()
        characters, flags = struct.unpack_from("<HB", piece, at)
        at += 3
        runs = extended = 0
        if flags & 0x8:
            runs, = struct.unpack_from("<H", piece, at)
            at += 2
        if flags & 0x4:
            extended, = struct.unpack_from("<I", piece, at)
            at += 4
        wide = bool(flags & 0x1)
        left = characters
        while left:
            width = 2 if wide else 1
            step = min(left, (len(pieces[current]) - at) // width)
            at += step * width
            left -= step
            if left:
                if not next_piece() or not pieces[current]:
                    raise _Unreadable()
                wide = bool(pieces[current][0] & 0x1)
                at = 1
        lengths.append(characters)
        skip(runs * 4)
        skip(extended)
    return lengths


_CELL_RECORDS = frozenset({0x0203, 0x0204, 0x00D6, 0x0205, 0x027E, 0x00FD, 0x0006, 0x00BD})


def _xls_sheet(stream: bytes, position: int, strings: list[int], longest: int, tally: _Tally) -> None:
    """A sheet's grid and shared text from its records, nested substreams (charts) skipped as
    calamine skips them."""
    if position > len(stream):
        raise _Unreadable()
    last_row = last_column = -1
    seen_bof = False
    depth = 0
    for kind, data, _ in _records(stream, position):
        if depth:
            depth += (kind == 0x0809) - (kind == 0x000A)
            continue
        if kind == 0x0809:
            depth += seen_bof
            seen_bof = True
        elif kind == 0x0200:
            first_row, end_row, first_column, end_column = _dimensions(data)
            rows = (end_row - first_row + 1) % (1 << 32)
            columns = (end_column - first_column + 1) % (1 << 32)
            tally.check_extent(rows - 1, columns - 1)     # calamine reserves rows x columns cells
        elif kind in _CELL_RECORDS:
            if len(data) < 6:
                raise _Unreadable()
            row, column = struct.unpack_from("<HH", data)
            if kind == 0x00BD:                  # MULRK: several cells from `column` on
                column += max((len(data) - 6) // 6, 1) - 1
            elif kind == 0x00FD:                # LABELSST: a copy of a shared string
                if len(data) < 10:
                    raise _Unreadable()
                index, = struct.unpack_from("<I", data, 6)
                if index >= len(strings):
                    continue                    # calamine leaves such a cell out
                tally.add_text(strings[index])
            tally.check_extent(row, column)
            last_row, last_column = max(last_row, row), max(last_column, column)
        elif kind == 0x000A:
            break
    tally.sheet(last_row + 1, last_column + 1)


def _dimensions(data: bytes) -> tuple[int, int, int, int]:
    """DIMENSIONS as calamine reads it: (first row, last row, first column, last column)."""
    if len(data) == 10:
        first_row, row_after, first_column, column_after = struct.unpack_from("<HHHH", data)
    elif len(data) == 14:
        first_row, row_after, first_column, column_after = struct.unpack_from("<IIHH", data)
    else:
        raise _Unreadable()
    if first_column > 0xFF or column_after < first_column:
        first_column = 0
    if row_after >= 1 and column_after >= 1:
        return first_row, row_after - 1, first_column, column_after - 1
    return first_row, first_row, first_column, first_column
