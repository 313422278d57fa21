"""Spreadsheets built by hand, byte by byte, as an adversary would: XLSX and ODS as zips of
hand-written XML, XLS as a compound file of BIFF records. Honest ones are built the same way,
so that a test shows the reader still takes what a real program writes."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def xlsx(sheet_data: str, *, shared: list[str] | None = None, unique_count: int | None = None,
         merges: list[str] | None = None, extra: dict[str, bytes] | None = None,
         compress: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A one-sheet workbook whose <sheetData> is `sheet_data`, as written by hand."""
    sheet = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN}" '
             f'xmlns:r="{RELATIONSHIPS}"><sheetData>{sheet_data}</sheetData>')
    if merges:
        sheet += f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{ref}"/>' for ref in merges) \
            + "</mergeCells>"
    sheet += "</worksheet>"
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
            'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
            'PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
            'sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
            f'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{RELATIONSHIPS}/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{MAIN}" xmlns:r='
            f'"{RELATIONSHIPS}"><sheets><sheet name="Hoja1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
            f'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{RELATIONSHIPS}/'
            'worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type='
            f'"{RELATIONSHIPS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
        "xl/worksheets/sheet1.xml": sheet,
    }
    if shared is not None:
        count = len(shared) if unique_count is None else unique_count
        parts["xl/sharedStrings.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{MAIN}" count="{count}" '
            f'uniqueCount="{count}">' + "".join(f"<si><t>{escape(text)}</t></si>" for text in shared) + "</sst>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compress) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return out.getvalue()


def cell(reference: str, text: str) -> str:
    return f'<c r="{reference}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'


def rows(*lines: list[str], start: int = 1) -> str:
    """Rows of inline-string cells from A, numbered from `start`."""
    out = []
    for number, line in enumerate(lines, start=start):
        cells = "".join(cell(f"{chr(65 + column)}{number}", text) for column, text in enumerate(line))
        out.append(f'<row r="{number}">{cells}</row>')
    return "".join(out)


HONEST_ROWS = rows(["Nombre", "Cédula", "Estatus"], ["Ana Pérez", "V-10000001", "Detenida"],
                   ["Luis Páez", "V-10000002", "Preso"])


def bomb(piece: bytes, total: int) -> tuple[bytes, int, int]:
    """Raw deflate of `piece` repeated to `total` bytes, built in a blink: once the compressor is
    in its stride, each 4 MiB of repeated input compresses to the same bytes, so those are
    repeated instead of compressing a gigabyte. Returns (deflated, size, crc)."""
    block = piece * (4 * 1024 * 1024 // len(piece))
    blocks = total // len(block)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = compressor.compress(block) + compressor.flush(zlib.Z_SYNC_FLUSH)
    second = compressor.compress(block) + compressor.flush(zlib.Z_SYNC_FLUSH)
    steady = compressor.compress(block) + compressor.flush(zlib.Z_SYNC_FLUSH)
    assert steady == compressor.compress(block) + compressor.flush(zlib.Z_SYNC_FLUSH)
    deflated = first + second + steady * (blocks - 2) + b"\x03\x00"     # an empty final block ends it
    crc = 0
    for _ in range(blocks):
        crc = zlib.crc32(block, crc)
    return deflated, blocks * len(block), crc


def zip_with_raw_member(workbook: bytes, name: str, deflated: bytes, size: int, crc: int) -> bytes:
    """`workbook` with member `name` replaced by already deflated bytes declaring `size` and
    `crc` (which may be a lie)."""
    source = zipfile.ZipFile(io.BytesIO(workbook))
    out = io.BytesIO()
    entries = []
    for info in source.infolist():
        if info.filename == name:
            data, method, declared, checksum = deflated, 8, size, crc
        else:
            raw = source.read(info.filename)
            compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
            data, method, declared, checksum = compressor.compress(raw) + compressor.flush(), 8, len(raw), \
                zlib.crc32(raw)
        encoded = info.filename.encode()
        offset = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, checksum, len(data),
                              declared & 0xFFFFFFFF, len(encoded), 0) + encoded + data)
        entries.append((encoded, method, checksum, len(data), declared, offset))
    directory = out.tell()
    for encoded, method, checksum, length, declared, offset in entries:
        out.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x21, checksum, length,
                              declared & 0xFFFFFFFF, len(encoded), 0, 0, 0, 0, 0, offset) + encoded)
    end = out.tell()
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), end - directory, directory, 0))
    return out.getvalue()


# --- ODS ---------------------------------------------------------------------------------------

def ods(table_xml: str) -> bytes:
    """An ODS whose only table holds `table_xml` (rows), as written by hand."""
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:spreadsheet><table:table table:name="Hoja1">'
               f'{table_xml}</table:table></office:spreadsheet></office:body></office:document-content>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                         'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                         '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.'
                         'opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" '
                         'manifest:media-type="text/xml"/></manifest:manifest>', zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def ods_row(*texts: str, repeat_row: int = 1, repeat_cells: int = 1) -> str:
    cells = "".join(f'<table:table-cell office:value-type="string" table:number-columns-repeated="{repeat_cells}">'
                    f"<text:p>{escape(text)}</text:p></table:table-cell>" for text in texts)
    return f'<table:table-row table:number-rows-repeated="{repeat_row}">{cells}</table:table-row>'


# --- XLS: BIFF8 records in a compound file -----------------------------------------------------

def record(kind: int, data: bytes = b"") -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


def bof(kind: int) -> bytes:
    return record(0x0809, struct.pack("<HHHHII", 0x0600, kind, 0x0DBB, 0x07CC, 0, 0x0600))


def label(row: int, column: int, text: str) -> bytes:
    encoded = text.encode("utf-16-le")
    return record(0x0204, struct.pack("<HHHHB", row, column, 0, len(text), 1) + encoded)


def label_sst(row: int, column: int, index: int) -> bytes:
    return record(0x00FD, struct.pack("<HHHI", row, column, 0, index))


def dimensions(first_row: int, row_after: int, first_column: int, column_after: int) -> bytes:
    return record(0x0200, struct.pack("<IIHHH", first_row, row_after, first_column, column_after, 0))


def sst(strings: list[str]) -> bytes:
    body = struct.pack("<II", len(strings), len(strings))
    for text in strings:
        body += struct.pack("<HB", len(text), 0) + text.encode("latin-1")
    pieces = [body[at:at + 8224] for at in range(0, len(body), 8224)] or [b""]
    out = record(0x00FC, pieces[0])
    for piece in pieces[1:]:
        out += record(0x003C, b"\x00" + piece)      # a continued string resumes with its flags byte
    return out


def workbook_stream(sheet_records: bytes, *, strings: list[str] | None = None) -> bytes:
    """Globals (with a shared string table if given) and one sheet."""
    def globals_part(offset: int) -> bytes:
        name = "Hoja1"
        boundsheet = record(0x0085, struct.pack("<IBBB", offset, 0, 0, len(name)) + b"\x00" + name.encode())
        return bof(0x0005) + record(0x0042, struct.pack("<H", 1200)) + boundsheet \
            + (sst(strings) if strings is not None else b"") + record(0x000A)
    offset = len(globals_part(0))
    return globals_part(offset) + bof(0x0010) + sheet_records + record(0x000A)


def xls(stream: bytes, *, difat_loop: bool = False) -> bytes:
    """A compound file (512-byte sectors) holding `stream` as "Workbook"."""
    size = 512
    stream = stream + b"\x00" * (-len(stream) % size)
    if len(stream) < 4096:
        stream += b"\x00" * (4096 - len(stream))    # a regular stream, not one in the mini stream
    stream_sectors = len(stream) // size
    directory_sector = stream_sectors
    fat_sectors = (stream_sectors + 3 + size // 4 - 1) // (size // 4)   # room for every sector's entry
    first_fat = stream_sectors + 1
    fat = list(range(1, stream_sectors)) + [0xFFFFFFFE]           # the stream's chain
    fat += [0xFFFFFFFE] + [0xFFFFFFFD] * fat_sectors               # directory, the FAT itself
    fat += [0xFFFFFFFF] * (fat_sectors * size // 4 - len(fat))
    fat_sector = first_fat + fat_sectors - 1

    def entry(name: str, kind: int, start: int, length: int, child: int = 0xFFFFFFFF) -> bytes:
        encoded = (name + "\x00").encode("utf-16-le") if name else b""
        return (encoded.ljust(64, b"\x00") + struct.pack("<HBB", len(encoded), kind, 1)
                + struct.pack("<III", 0xFFFFFFFF, 0xFFFFFFFF, child) + b"\x00" * 16 + b"\x00" * 4 + b"\x00" * 16
                + struct.pack("<IIHH", start, length, 0, 0))

    directory = entry("Root Entry", 5, 0xFFFFFFFE, 0, child=1) + entry("Workbook", 2, 0, len(stream)) \
        + entry("", 0, 0, 0) + entry("", 0, 0, 0)
    difat = list(range(first_fat, first_fat + fat_sectors)) + [0xFFFFFFFF] * (109 - fat_sectors)
    difat_start = 0xFFFFFFFE
    extra = b""
    if difat_loop:                       # one DIFAT sector whose "next" points at itself
        difat_start = fat_sector + 1
        extra = struct.pack("<128I", *([0xFFFFFFFF] * 127 + [difat_start]))
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + b"\x00" * 6 + struct.pack("<IIIIIIIII", 0, fat_sectors, directory_sector, 0, 4096, 0xFFFFFFFE, 0,
                                          difat_start,
                                          1 if difat_loop else 0)
              + struct.pack("<109I", *difat))
    return header + stream + directory + struct.pack(f"<{len(fat)}I", *fat) + extra


# --- Files that are no list at all, holding text enough to pass for one -------------------------


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_with_metadata(text: str) -> bytes:
    """A 1x1 PNG whose text metadata (an editor's XMP, a caption) outweighs its pixels many times,
    as an edited photo's does: so few control bytes that it passed for a Windows-1252 CSV."""
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + _png_chunk(b"tEXt", b"Comment\x00" + text.encode("latin-1")) + _png_chunk(b"IDAT", pixels)
            + _png_chunk(b"IEND", b""))


def zip_of(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def docx(text: str) -> bytes:
    """A Word document as Word writes one, its content types saying so."""
    return zip_of({
        "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                               b'content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.'
                               b'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "word/document.xml": f'<w:document><w:body><w:p><w:r><w:t>{escape(text)}</w:t></w:r></w:p></w:body>'
                             f'</w:document>'.encode()})


def odt(text: str) -> bytes:
    """A Writer document: content.xml like a spreadsheet's, but its mimetype says text."""
    return zip_of({"mimetype": b"application/vnd.oasis.opendocument.text",
                   "content.xml": f"<office:document-content><text:p>{escape(text)}</text:p>"
                                  f"</office:document-content>".encode()})
