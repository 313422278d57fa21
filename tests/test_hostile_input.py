"""Files built to hurt: each one reproduces a finding of the hardening review (issue 14), and
the random ones probe the list readers for any other way to crash or hang.

The spreadsheets that made calamine abort the process (a grid it could not allocate) are read
in a child process with its memory capped, so that a regression fails one test instead of
killing the test run; each must be refused with a sentence in both languages, fast.
"""

from __future__ import annotations

import json
import random
import string
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casedesk import limits
from casedesk.domain.errors import CaseDeskError, InvalidInput
from casedesk.lists.grids import read_workbook
from tests import hostile_files as build

CHILD = textwrap.dedent("""
    import json, resource, sys, time
    resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))   # a regression fails here, not the machine
    from casedesk.domain.errors import CaseDeskError
    from casedesk.lists.grids import read_workbook
    data = open(sys.argv[1], "rb").read()
    started = time.perf_counter()
    try:
        workbook = read_workbook(data, sys.argv[2])
        outcome = {"read": [len(sheet.rows) for sheet in workbook.sheets]}
    except CaseDeskError as refused:
        outcome = {"en": refused.message("en"), "es": refused.message("es")}
    outcome["seconds"] = time.perf_counter() - started
    print(json.dumps(outcome))
""")


def read_in_child(tmp_path: Path, data: bytes, name: str) -> dict:
    path = tmp_path / name
    path.write_bytes(data)
    result = subprocess.run([sys.executable, "-c", CHILD, str(path), name], capture_output=True, text=True,
                            timeout=120, cwd=Path(__file__).parent.parent, check=False)
    assert result.returncode == 0, f"the reader died: {result.returncode}\n{result.stderr[-2000:]}"
    return json.loads(result.stdout)


def assert_refused(outcome: dict, english: str, spanish: str) -> None:
    assert "read" not in outcome, outcome
    assert english in outcome["en"] and spanish in outcome["es"], outcome
    assert outcome["seconds"] < 1.0, outcome            # well under a second, measured in the child


# --- Spreadsheets that made the reader abort, hang or fill memory ------------------------------

HOSTILE = {
    # One cell at A1 and one at XFD1048576: calamine asked for a 512 GB grid and aborted.
    "far_cell.xlsx": lambda: build.xlsx(build.cell("A1", "Nombre") + '<row r="1048576">'
                                        + build.cell("XFD1048576", "x") + "</row>"),
    # The same through cells that name no place: each takes the next column (expat walks these).
    "far_cell_implied.xlsx": lambda: build.xlsx('<row r="2">' + '<c t="inlineStr"><is><t>x</t></is></c>' * 3
                                                + '<c r="XFD2" t="inlineStr"><is><t>y</t></is></c></row>'
                                                + '<row r="1048576"><c><v>1</v></c></row>'),
    # A shared-strings table announcing 4 billion texts: calamine reserved 96 GB for them.
    "announced_strings.xlsx": lambda: build.xlsx(build.rows(["Nombre"]), shared=["a"], unique_count=4_000_000_000),
    # 30,000 cells each given a copy of one 1 MB text (an 800 KB file): 30 GB of copies.
    "shared_copies.xlsx": lambda: build.xlsx(
        "".join(f'<row r="{row}">' + "".join(f'<c r="{column}{row}" t="s"><v>0</v></c>' for column in "ABCDEFGHIJ")
                + "</row>" for row in range(1, 3001)),
        shared=["".join(random.Random(1).choices(string.ascii_letters, k=1 << 20))]),
    # ODS: a filled cell repeated over a million rows and every column.
    "repeated.ods": lambda: build.ods(build.ods_row("Nombre")
                                      + build.ods_row("x", repeat_row=1_048_575, repeat_cells=16_384)),
    # ODS: a million spaces in a cell repeated 100 x 100 (an 800-byte file): 10 GB of text.
    "spaces.ods": lambda: build.ods(build.ods_row("Nombre") + '<table:table-row table:number-rows-repeated="100">'
                                    '<table:table-cell office:value-type="string" table:number-columns-repeated="100">'
                                    '<text:p>a<text:s text:c="1000000"/></text:p></table:table-cell></table:table-row>'),
    # XLS: a cell at row 65536, column 65536 (a BIFF record allows it): 137 GB.
    "far_cell.xls": lambda: build.xls(build.workbook_stream(build.label(0, 0, "Nombre")
                                                            + build.label(65535, 65535, "x"))),
    # XLS: a DIMENSIONS record claiming 4 billion rows: calamine reserved 44 TB for them.
    "dimensions.xls": lambda: build.xls(build.workbook_stream(build.dimensions(0, 0xFFFFFFFF, 0, 0xFF)
                                                              + build.label(0, 0, "Nombre"))),
    # XLS: 30,000 cells each given a copy of one 60,000-character shared string.
    "shared_copies.xls": lambda: build.xls(build.workbook_stream(
        b"".join(build.label_sst(row, column, 0) for row in range(3000) for column in range(10)),
        strings=["x" * 60_000])),
}
REFUSALS = {
    "far_cell.xlsx": ("a cell at XFD1048576", "una celda en XFD1048576"),
    "far_cell_implied.xlsx": ("a cell at XFD1048576", "una celda en XFD1048576"),
    "announced_strings.xlsx": ("announces 4,000,000,000 different texts", "anuncia 4.000.000.000 textos distintos"),
    "shared_copies.xlsx": ("repeat texts", "repiten textos"),
    "repeated.ods": ("a cell at XFD1048576", "una celda en XFD1048576"),
    "spaces.ods": ("repeat texts", "repiten textos"),
    "far_cell.xls": ("row 65,536, column 65,536", "la fila 65.536, columna 65.536"),
    "dimensions.xls": ("row 4,294,967,295", "la fila 4.294.967.295"),
    "shared_copies.xls": ("repeat texts", "repiten textos"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_spreadsheet_that_would_exhaust_memory_is_refused_in_both_languages_at_once(tmp_path, name):
    outcome = read_in_child(tmp_path, HOSTILE[name](), name)
    english, spanish = REFUSALS[name]
    assert_refused(outcome, english, spanish)
    assert "No list of people is that large" in outcome["en"] and "Ninguna lista" in outcome["es"]


def test_a_gigabyte_of_xml_in_a_3_mb_workbook_is_refused_before_it_is_inflated(tmp_path):
    row = b'<row><c t="inlineStr"><is><t>Persona repetida</t></is></c></row>'
    deflated, size, crc = build.bomb(row, 1 << 30)
    honest = build.zip_with_raw_member(build.xlsx(""), "xl/worksheets/sheet1.xml", deflated, size, crc)
    assert len(honest) < 4 * limits.MIB
    assert_refused(read_in_child(tmp_path, honest, "bomb.xlsx"), "inflate to 1,024 MB", "descomprimiría en 1.024 MB")
    # The same stream declaring 1 KB: it is cut off where it passes what it declared.
    forged = build.zip_with_raw_member(build.xlsx(""), "xl/worksheets/sheet1.xml", deflated, 1024, crc)
    assert_refused(read_in_child(tmp_path, forged, "forged.xlsx"), "not a list CaseDesk can read",
                   "no es una lista que CaseDesk pueda leer")


def test_a_part_that_inflates_a_thousand_times_is_refused_as_a_decompression_bomb(tmp_path):
    row = b'<row><c t="inlineStr"><is><t>Persona repetida</t></is></c></row>'
    deflated, size, crc = build.bomb(row, 32 * limits.MIB)          # within the size limit, not the ratio
    workbook = build.zip_with_raw_member(build.xlsx(""), "xl/worksheets/sheet1.xml", deflated, size, crc)
    assert_refused(read_in_child(tmp_path, workbook, "ratio.xlsx"), "decompression bomb", "bomba de descompresión")


def test_a_compound_file_whose_chain_loops_is_refused_instead_of_read_forever(tmp_path):
    looping = build.xls(build.workbook_stream(build.label(0, 0, "Nombre")), difat_loop=True)
    assert_refused(read_in_child(tmp_path, looping, "loop.xls"), "not a list CaseDesk can read",
                   "no es una lista que CaseDesk pueda leer")


def test_a_binary_excel_workbook_is_named_and_refused():
    workbook = build.xlsx(build.rows(["Nombre"]), extra={"xl/workbook.bin": b"\x00" * 64})
    with pytest.raises(InvalidInput) as refused:
        read_workbook(workbook, "lista.xlsb")
    assert "XLSB" in refused.value.message("en") and "Guárdelo como XLSX" in refused.value.message("es")


def test_honest_workbooks_built_the_same_way_are_still_read():
    assert read_workbook(build.xlsx(build.HONEST_ROWS), "lista.xlsx").sheets[0].rows[1] == ["Ana Pérez", "V-10000001",
                                                                                          "Detenida"]
    shared = build.xlsx('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>',
                        shared=["Nombre", "Ana Pérez"])
    assert read_workbook(shared, "lista.xlsx").sheets[0].rows == [["Nombre", "Ana Pérez"]]
    implied = build.xlsx('<row><c t="inlineStr"><is><t>Nombre</t></is></c><c t="inlineStr"><is><t>Cédula</t></is>'
                         '</c></row><row><c t="inlineStr"><is><t>Ana</t></is></c><c><v>123</v></c></row>')
    assert read_workbook(implied, "lista.xlsx").sheets[0].rows == [["Nombre", "Cédula"], ["Ana", "123"]]
    assert read_workbook(build.ods(build.ods_row("Nombre", "Cédula") + build.ods_row("Ana", "V-1")
                                   + '<table:table-row table:number-rows-repeated="1048574"><table:table-cell '
                                   'table:number-columns-repeated="1024"/></table:table-row>'),
                         "lista.ods").sheets[0].rows == [["Nombre", "Cédula"], ["Ana", "V-1"]]
    xls = build.xls(build.workbook_stream(build.dimensions(0, 2, 0, 2) + build.label(0, 0, "Nombre")
                                          + build.label(1, 0, "Ana Pérez")))
    assert read_workbook(xls, "lista.xls").sheets[0].rows == [["Nombre"], ["Ana Pérez"]]


def test_a_merged_range_over_the_whole_sheet_fills_only_the_sheet():
    workbook = build.xlsx(build.rows(["Nombre", "Cédula"], *[[f"Persona {n}", f"V-{n}"] for n in range(2000)]),
                          merges=["A1:XFD1048576", "C1:XFD3"])
    started = time.perf_counter()
    rows = read_workbook(workbook, "lista.xlsx").sheets[0].rows
    assert time.perf_counter() - started < 5
    assert max(map(len, rows)) == 2 and len(rows) == 2001


def test_a_csv_line_of_millions_of_separators_is_refused_before_every_row_is_padded_to_it():
    data = b"Nombre,Cedula\n" + b"," * (limits.CSV_CELLS_MAX // 2) + b"\n" + b"Ana,V-1\n" * 5
    with pytest.raises(InvalidInput) as refused:
        read_workbook(data, "lista.csv")
    assert "rows by" in refused.value.message("en") and "filas por" in refused.value.message("es")


# --- Control characters: the same rule wherever they are and whatever the format -------------------


def _csv_with(position: int, character: str) -> bytes:
    filler = "".join(f"Persona {n} Pérez,V-{10_000_000 + n},Detenido\n" for n in range(position // 30 + 1))
    head = "Nombre,Cédula,Estatus\n"
    text = head + (filler if position > 100 else "") + f"Ana{character}María Rojas,V-9999999,Detenida\n"
    return text.encode("utf-8")


@pytest.mark.parametrize("where", [40, 20_000], ids=["in the first 8 KB", "after the first 8 KB"])
@pytest.mark.parametrize("character", ["\x00", "\x1b", "\x07", "\x9b"], ids=["NUL", "ESC", "BEL", "CSI"])
def test_a_control_character_in_a_csv_is_replaced_wherever_it_is(where, character):
    data = _csv_with(where, character)
    position = data.index(b"Ana")
    assert (position < 8192) == (where < 8192)
    workbook = read_workbook(data, "lista.csv")
    names = [row[0] for row in workbook.sheets[0].rows]
    assert "Ana María Rojas" in names
    assert not any(character in cell for row in workbook.sheets[0].rows for cell in row)
    english, spanish = workbook.notes[-1]
    assert "1 control characters" in english and "replaced by spaces" in english and "caracteres de control" in spanish


def test_control_characters_are_cleared_from_utf16_csv_and_xlsx_too():
    utf16 = "\ufeffNombre,Cédula\nAna\x00María\x1b[2J,V-1\n".encode("utf-16-le")
    assert read_workbook(utf16, "lista.csv").sheets[0].rows[1] == ["Ana María [2J", "V-1"]
    workbook = build.xlsx(build.rows(["Nombre"]) + '<row r="2"><c r="A2" t="inlineStr"><is><t>Ana_x001B_[31mRoja'
                          '</t></is></c></row>')
    cleared = read_workbook(workbook, "lista.xlsx")
    assert cleared.sheets[0].rows[1] == ["Ana [31mRoja"] and "control characters" in cleared.notes[-1][0]


def test_a_binary_file_is_still_told_apart_from_a_list_with_a_stray_nul():
    with pytest.raises(InvalidInput, match="not a list CaseDesk can read"):
        read_workbook(b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 40, "video.mp4")


# --- Files that are no list: refused as such, whatever text they happen to hold ---------------------

_XMP = ('<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF>'
        '<rdf:Description dc:title="Visita, familia, 12 de marzo" dc:creator="Ana Pérez, Luis Rojas"/></rdf:RDF>'
        '</x:xmpmeta>\n' * 40)
_PHOTO_BYTES = bytes(byte for byte in range(0x20, 0x100) if byte not in (0x7F,)) * 8      # no control codes


NOT_LISTS = {
    # An edited photo: its metadata is text enough to be read as a Windows-1252 CSV ("‰PNG" rows).
    "image.png": lambda: build.png_with_metadata(_XMP),
    "foto.jpg": lambda: b"\xff\xd8\xff\xe1" + _XMP.encode() + _PHOTO_BYTES,
    "nota_de_voz.ogg": lambda: b"OggS\x00\x02" + _PHOTO_BYTES * 4,
    "IMG_0420.heic": lambda: b"\x00\x00\x00\x18ftypheic" + _XMP.encode(),
    "carta.docx": lambda: build.docx("Querida mamá, estoy bien. Ana Pérez, Luis Rojas"),
    "carta.odt": lambda: build.odt("Querida mamá, estoy bien. Ana Pérez, Luis Rojas"),
    "fotos.zip": lambda: build.zip_of({"IMG_0001.jpg": b"\xff\xd8\xff" + _PHOTO_BYTES, "leeme.txt": b"Ana, Luis"}),
    # No signature, no control codes: bytes that are not text in any encoding a list is saved in.
    "datos.bin": lambda: _PHOTO_BYTES * 4,
}


@pytest.mark.parametrize("name", sorted(NOT_LISTS))
def test_a_file_that_is_no_list_is_refused_as_not_a_list_of_people(name):
    with pytest.raises(InvalidInput) as refused:
        read_workbook(NOT_LISTS[name](), name, is_header=lambda cells: False)
    english, spanish = refused.value.message("en"), refused.value.message("es")
    assert english.startswith(f"{name} is not a list of people: it is ") and "Nothing was imported" in english
    assert spanish.startswith(f"{name} no es una lista de personas: es ") and "No se importó nada" in spanish


def test_what_the_file_is_is_said_in_both_languages():
    said = {}
    for name in ("image.png", "carta.docx", "nota_de_voz.ogg", "fotos.zip"):
        with pytest.raises(InvalidInput) as refused:
            read_workbook(NOT_LISTS[name](), name)
        said[name] = (refused.value.message("en").split(": it is ")[1].split(",")[0],
                      refused.value.message("es").split(": es ")[1].split(",")[0])
    assert said == {
        "image.png": ("a PNG image", "una imagen PNG"),
        "carta.docx": ("a text document (Word or Writer)", "un documento de texto (Word o Writer)"),
        "nota_de_voz.ogg": ("an audio recording (Ogg or Opus", "una grabación de audio (Ogg u Opus"),
        "fotos.zip": ("a zip archive that holds no spreadsheet", "un archivo zip que no contiene una hoja de cálculo"),
    }


def test_lists_in_windows_1252_with_curly_quotes_and_dashes_are_still_read():
    text = "Nombre;Cédula;Observación\n" + "".join(
        f"Persona {n} Pérez;V-{10_000_000 + n};“traslado” – pendiente…\n" for n in range(50))
    rows = read_workbook(text.encode("cp1252"), "lista.csv").sheets[0].rows
    assert rows[1] == ["Persona 0 Pérez", "V-10000000", "“traslado” – pendiente…"] and len(rows) == 51


# --- Fuzzing: a result or a clear error, never another exception, never a hang -----------------------

# Modest and repeatable; the deadline is generous because the suite shares its cores (a few
# hundred thousand accepted cells take a second on a loaded machine).
FUZZ = settings(max_examples=40, deadline=5000, suppress_health_check=[HealthCheck.too_slow], derandomize=True)


def _read_or_refuse(data: bytes, name: str) -> None:
    try:
        read_workbook(data, name, is_header=lambda cells: False)
    except CaseDeskError as refused:
        assert refused.message("en") and refused.message("es")


@FUZZ
@given(st.one_of(st.binary(max_size=3000),
                 st.text(alphabet=st.characters(codec="utf-8"), max_size=1500).map(lambda text: text.encode()),
                 st.lists(st.lists(st.text(alphabet=",;\t|\"' \r\nab1é\x00\x1b", max_size=8), max_size=6),
                          max_size=30).map(lambda rows: "\n".join(",".join(row) for row in rows).encode("cp1252",
                                                                                                         "replace"))))
def test_fuzz_the_csv_and_text_reader(data):
    _read_or_refuse(data, "lista.csv")


_REFERENCES = st.one_of(
    st.builds(lambda column, row: f"{column}{row}", st.sampled_from(["A", "B", "Z", "AA", "XFD", "XFE", "ZZZZ", "a", ""]),
              st.sampled_from(["1", "2", "3", "65536", "1048576", "1048577", "0", "", "99999999999"])),
    st.text(alphabet="AZ019$:- ", max_size=6))
_CELLS = st.builds(
    lambda reference, kind, value, named: (f'<c{f" r={chr(34)}{reference}{chr(34)}" if named else ""}'
                                           f'{f" t={chr(34)}{kind}{chr(34)}" if kind else ""}>'
                                           f"{value}</c>"),
    _REFERENCES, st.sampled_from(["", "s", "inlineStr", "str", "b", "e"]),
    st.sampled_from(["<v>0</v>", "<v>1</v>", "<v>7</v>", "<v>-1</v>", "<is><t>Ana</t></is>", "", "<f>A1</f>",
                     "<v>99999999999</v>"]),
    st.booleans())
_ROWS = st.lists(st.builds(lambda reference, cells: f"<row{reference}>{''.join(cells)}</row>",
                           st.sampled_from(["", ' r="1"', ' r="2"', ' r="1048576"', ' r="0"', ' r="x"']),
                           st.lists(_CELLS, max_size=4)),
                 max_size=5)


@FUZZ
@given(_ROWS, st.one_of(st.none(), st.lists(st.text(max_size=20), max_size=4)),
       st.lists(st.sampled_from(["A1:B2", "A1:XFD1048576", "B2:A1", "A1", "ZZ9:ZZZ99999"]), max_size=2),
       st.sampled_from(["", "<!-- <c r=\"XFD1048576\"><v>1</v></c> -->", "<![CDATA[<c r=\"XFD9\">]]>"]),
       st.booleans(), st.integers(min_value=0, max_value=40), st.sampled_from(list(b'09<>"/=XFrc: \x00')))
def test_fuzz_the_xlsx_reader_on_small_hand_written_workbooks(rows, shared, merges, junk, stored, cut, byte):
    workbook = build.xlsx(junk + "".join(rows), shared=shared, merges=merges,
                          compress=zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)
    _read_or_refuse(workbook, "lista.xlsx")
    if cut:                                  # the same file damaged: cut short, or a byte changed
        _read_or_refuse(workbook[:len(workbook) * cut // 41], "lista.xlsx")
        damaged = bytearray(workbook)
        damaged[len(damaged) * cut // 41] = byte     # stored: straight into the XML
        _read_or_refuse(bytes(damaged), "lista.xlsx")


@FUZZ
@given(st.lists(st.tuples(st.lists(st.text(alphabet="ab é", max_size=5), max_size=3),
                          st.sampled_from([1, 2, 3, 1000, 1_048_576])), max_size=4),
       st.integers(min_value=0, max_value=40))
def test_fuzz_the_ods_reader(rows, cut):
    table = "".join(build.ods_row(*(texts or [""]), repeat_row=repeat, repeat_cells=1 + repeat % 7)
                    for texts, repeat in rows)
    document = build.ods(table)
    _read_or_refuse(document, "lista.ods")
    if cut:
        damaged = bytearray(document)
        damaged[len(damaged) * cut // 41] ^= 0x41
        _read_or_refuse(bytes(damaged), "lista.ods")


@FUZZ
@given(st.lists(st.tuples(st.sampled_from([0, 1, 5, 200, 255, 256, 65_535]), st.sampled_from([0, 1, 5, 200, 255, 256,
                                                                                                 65_535]),
                          st.text(alphabet="ab", max_size=4)), max_size=5),
       st.integers(min_value=0, max_value=60), st.integers(min_value=0, max_value=255))
def test_fuzz_the_xls_reader(cells, cut, byte):
    records = b"".join(build.label(row, column, text) for row, column, text in cells)
    document = build.xls(build.workbook_stream(build.label(0, 0, "Nombre") + records))
    _read_or_refuse(document, "lista.xls")
    if cut:
        damaged = bytearray(document)
        damaged[len(damaged) * cut // 61] = byte
        _read_or_refuse(bytes(damaged), "lista.xls")


@FUZZ
@given(st.one_of(st.text(max_size=2000),
                 st.lists(st.sampled_from(["Fueron excarcelados: ", "Ana Pérez", "V-12.345.678", ", ", " y ",
                                           "\n", "quedan detenidos ", "el abogado ", "1. ", "—", "(", ")",
                                           "liberados", "  ", "\x00", "\x1b[2J", "MARÍA JOSÉ", ";"]),
                          max_size=80).map("".join)))
def test_fuzz_the_release_list_reader(text):
    from casedesk.lists.releases import read_release_statement
    from casedesk.services.releases import read_list_file
    reading = read_release_statement(text)
    assert reading is not None
    read_release_statement(read_list_file(text.encode("utf-8", "surrogatepass")))
    read_release_statement(read_list_file(text.encode("utf-16")))


def test_the_release_list_reader_takes_a_long_list_in_reasonable_time():
    from casedesk.lists.releases import read_release_statement
    names = [f"{random.Random(n).choice(['Ana', 'Luis', 'José'])} Pérez {n}" for n in range(3000)]
    started = time.perf_counter()
    read_release_statement("Fueron excarcelados:\n" + "\n".join(names))
    assert time.perf_counter() - started < 30
