"""How the round-3 outsider lists (o3_*) were made. All people are invented.

python tests/data/outsider/make_o3.py   (xlsxwriter; the ODS is written by hand)
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).parent


def list_a() -> None:
    """Excel's "CSV (separado por punto y coma)": cp1252, CRLF, trailing empty columns,
    "APELLIDOS, Nombres" in one column, cédulas written five ways, dates d/m/yyyy and dd-mmm-yy,
    one person twice, a total whose count sits in the cédula column, a footnote."""
    rows = [
        "N°;APELLIDOS, Nombres;Cédula;Sexo;Fecha de detención;Lugar de reclusión;Situación;;;",
        "1;PÉREZ ROJAS, José Gregorio;V-12.345.678;M;3/11/2025;El Helicoide;Detenido;;;",
        "2;OCHOA VILLAMIZAR, María Fernanda;v18765432;F;03-nov-25;INOF;Detenida;;;",
        "3;DUVAL, Pierre Jean Baptiste;E-84.123.456;M;14/2/2025;Rodeo I;Detenido;;;",
        "4;GUTIÉRREZ SALAS, Keila Rosmary;;F;04-nov-25;;Desaparecida;;;",
        "5;MÁRQUEZ LEÓN, Wuilmer Jesús;V 20.333.111;M;5/11/2025;Zona 7 (Boleíta);Detenido;;;",
        "6;BRACHO, Nelson Enrique;16444555;M;5/11/2025;El Helicoide;Excarcelado;;;",
        "7;PÉREZ ROJAS, José Gregorio;12345678;M;03/11/2025;El Helicoide;Detenido;;;",
        ";;;;;;;;;",
        ";TOTAL;7;;;;;;;",
        "Fuente: Red de Abogados de Oriente. Corte: 15/11/2025;;;;;;;;;",
    ]
    (HERE / "o3_a_excel_cp1252.csv").write_bytes("\r\n".join(rows).encode("cp1252") + b"\r\n")


def _png() -> bytes:
    """A 24x24 grey square: the group's logo in row 1."""
    raw = b"".join(b"\x00" + b"\x80\x80\x80" * 24 for _ in range(24))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 24, 24, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def list_b() -> None:
    """A logo in row 1, a merged title and date, the header in row 4; the facility merged down
    over the people it holds; sex as Masc./Fem.; a name marked (*) and the note saying why; a
    total with a formula; a source line."""
    import xlsxwriter
    book = xlsxwriter.Workbook(str(HERE / "o3_b_logo_titulo_totales.xlsx"))
    sheet = book.add_worksheet("Listado")
    bold = book.add_format({"bold": True})
    day = book.add_format({"num_format": "dd/mm/yyyy"})
    merged = book.add_format({"valign": "vcenter"})
    sheet.set_row(0, 40)
    sheet.insert_image("A1", "logo.png", {"image_data": io.BytesIO(_png())})
    sheet.merge_range("A2:H2", "FUNDACIÓN VOCES LIBRES — LISTADO DE PERSONAS PRIVADAS DE LIBERTAD POR MOTIVOS POLÍTICOS", bold)
    sheet.merge_range("A3:H3", "Corte al 15 de noviembre de 2025", None)
    sheet.write_row(3, 0, ["Nº", "Nombre y apellido", "C.I.", "Sexo", "Fecha de detención", "Lugar de reclusión",
                           "Situación", "Observaciones"], bold)
    people = [
        (1, "José Gregorio Pérez Rojas", "V-12.345.678", "Masc.", date(2025, 11, 3), "Privado de libertad", ""),
        (2, "Nelson Enrique Bracho (*)", "V-16.444.555", "Masc.", date(2025, 11, 5), "Liberado con medidas cautelares",
         "régimen de presentación cada 15 días"),
        (3, "María Fernanda Ochoa Villamizar", "V-18.765.432", "Fem.", date(2025, 11, 3), "Privada de libertad", ""),
        (4, "Gabriela Sofía Pino Herrera", "V-27.888.999", "Fem.", date(2025, 8, 20), "Privada de libertad", ""),
        (5, "Ramón Darío Colina", "V-7.111.222", "Masc.", date(2023, 3, 3), "Fallecido", "falleció bajo custodia el 01/12/2024"),
        (6, "Keila Rosmary Gutiérrez Salas", "V-22.111.444", "Fem.", date(2025, 11, 4), "Desaparecida",
         "desaparición forzada; familia sin noticias"),
        (7, "Andrés Eloy Blanco Fermín", "V-15.222.333", "Masc.", date(2024, 8, 2), "Excarcelado", "excarcelado el 01/06/2025"),
        (8, "Omar Alexis Contreras Pino", "V-19.555.666", "Masc.", "12/10/2025", "Detenido", ""),
    ]
    for index, (number, name, cedula, sex, when, status, remark) in enumerate(people):
        row = 4 + index
        sheet.write_number(row, 0, number)
        sheet.write_string(row, 1, name)
        sheet.write_string(row, 2, cedula)
        sheet.write_string(row, 3, sex)
        if isinstance(when, date):
            sheet.write_datetime(row, 4, when, day)
        else:
            sheet.write_string(row, 4, when)
        sheet.write_string(row, 6, status)
        sheet.write_string(row, 7, remark)
    sheet.merge_range("F5:F6", "El Helicoide", merged)
    sheet.merge_range("F7:F8", "INOF", merged)
    sheet.write_string("F9", "Tocorón")
    sheet.write_string("F10", "Se desconoce")
    sheet.write_string("F12", "Rodeo I")
    sheet.write_string("A14", "TOTAL", bold)
    sheet.write_formula("B14", "=COUNTA(B5:B12)", bold, 8)
    sheet.write_string("A15", "(*) Cédula no confirmada por la familia.")
    sheet.write_string("A16", "Fuente: Fundación Voces Libres. Prohibida su difusión.")
    book.close()


def list_c() -> None:
    """A list prepared in English for a UN submission: English headings and statuses, first and
    last names apart, dates "Nov 3, 2025" and ISO, a namesake of someone in the vault with
    another cédula."""
    rows = [
        "No.,First name(s),Last name(s),ID number,Gender,Date of arrest,Place of detention,Current status,Remarks",
        '1,José Gregorio,Pérez Rojas,V-12345678,Male,"Nov 3, 2025",El Helicoide,Detained,',
        "2,María Fernanda,Ochoa Villamizar,V-18765432,Female,2025-11-03,INOF,Detained,",
        "3,Keila Rosmary,Gutiérrez Salas,V-22111444,Female,2025-11-04,Unknown,Forcibly disappeared,Family has no information",
        "4,Ramón Darío,Colina,V-7111222,Male,2023-03-03,Tocorón,Died in custody,Died 1 Dec 2024",
        "5,Andrés Eloy,Blanco Fermín,V-15222333,Male,2024-08-02,,Conditional release,Must report to court every 30 days",
        "6,Rafael Antonio,Suárez Lugo,V-9876543,M,2019-05-05,Ramo Verde,Sentenced,Retired Lt. Col.",
        '7,Daniela Valentina,Rincón Ávila,,F,"Oct 28, 2025",,House arrest,',
        "8,Luis Alberto,Rojas Medina,V-20000002,M,2025-11-06,Zona 7,Detained,",
    ]
    (HERE / "o3_c_english_un.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def _ods_cell(value: str | date | None, rows_spanned: int = 1) -> str:
    span = f' table:number-rows-spanned="{rows_spanned}" table:number-columns-spanned="1"' if rows_spanned > 1 else ""
    if value is None:
        return "<table:covered-table-cell/>"
    if isinstance(value, date):
        return (f'<table:table-cell office:value-type="date" office:date-value="{value.isoformat()}"{span}>'
                f"<text:p>{value:%d/%m/%Y}</text:p></table:table-cell>")
    if value == "":
        return "<table:table-cell/>"
    return f'<table:table-cell office:value-type="string"{span}><text:p>{escape(value)}</text:p></table:table-cell>'


def list_d() -> None:
    """A list kept by a group of Venezuelans in Madrid (LibreOffice): Sexo as H/M, where M is
    mujer; Estado is the Venezuelan state, merged down over two people of Zulia; dates as ODS
    dates; situations in Spain's words ("En prisión provisional")."""
    header = ["Apellidos", "Nombre", "Cédula", "Sexo", "Fecha detención", "Estado", "Situación"]
    rows = [
        ["Pérez Rojas", "José Gregorio", "12.345.678", "H", date(2025, 11, 3), "Distrito Capital", "En prisión"],
        ["Ochoa Villamizar", "María Fernanda", "18.765.432", "M", date(2025, 11, 3), "Táchira", "En prisión provisional"],
        ["Gutiérrez Salas", "Keila Rosmary", "22.111.444", "M", date(2025, 11, 4), ("Zulia", 2), "Desaparecida"],
        ["Bracho", "Nelson Enrique", "16.444.555", "H", date(2025, 11, 5), None, "En prisión"],
        ["Pino Herrera", "Gabriela Sofía", "27.888.999", "M", date(2025, 8, 20), "Lara", "En prisión provisional"],
        ["Rincón Ávila", "Daniela Valentina", "", "M", date(2025, 10, 28), "Carabobo", "Arresto domiciliario"],
    ]
    xml = ["<table:table-row>" + "".join(_ods_cell(text) for text in header) + "</table:table-row>"]
    for row in rows:
        cells = [_ods_cell(*value) if isinstance(value, tuple) else _ods_cell(value) for value in row]
        xml.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:spreadsheet><table:table table:name="Presos">'
               + "".join(xml) + "</table:table></office:spreadsheet></office:body></office:document-content>")
    with zipfile.ZipFile(HERE / "o3_d_madrid_hm.ods", "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                         'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                         '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.'
                         'opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" '
                         'manifest:media-type="text/xml"/></manifest:manifest>', zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)


def list_e() -> None:
    """Namesakes and near names against the vault: a name without its accents, a namesake with
    another cédula, a second surname added or left out, a middle name left out, two different
    people of the same name, one person twice (surname first in capitals, then as usual)."""
    rows = [
        "Nombre completo,Cédula de identidad,Fecha de arresto,Situación",
        "Jose Gregorio Perez Rojas,,03/11/2025,Detenido",
        "Luis Alberto Rojas Medina,V-20.000.002,06/11/2025,Detenido",
        "Yelitza Carolina Marcano Rivas,,10/01/2025,Detenida",
        "Carmen Teresa Alvarez,,03/11/2025,Detenida",
        "Johan Manuel Díaz,V-25.111.222,04/11/2025,Detenido",
        "Andres Eloy Blanco Fermin,V15222333,02/08/2024,Detenido",
        "Rafael Antonio Suárez Lugo,V-9.876.543,05/05/2020,Detenido",
        "María José González,V-21.000.111,07/11/2025,Detenida",
        "María José González,V-21.000.222,08/11/2025,Detenida",
        "GUTIERREZ SALAS KEILA ROSMARY,V22111444,04/11/2025,Desaparecida",
        "Keila Rosmary Gutiérrez Salas,V-22.111.444,04/11/2025,Desaparecida",
        "Pierre Duval,E-84.123.456,14/02/2025,Detenido",
        "Nelson Bracho,,05/11/2025,Detenido",
    ]
    (HERE / "o3_e_homonimos.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def list_f() -> None:
    """Cells as people type them: a line break inside a name, a cédula stored as a number with
    thousands separators, a date that is text in one row and Excel's day number in another,
    "16 años", "N/T" for no cédula, a month without a day, non-breaking spaces."""
    import xlsxwriter
    book = xlsxwriter.Workbook(str(HERE / "o3_f_celdas_sucias.xlsx"), {"strings_to_numbers": False})
    sheet = book.add_worksheet("Hoja1")
    thousands = book.add_format({"num_format": "#,##0"})
    day = book.add_format({"num_format": "dd/mm/yyyy"})
    wrap = book.add_format({"text_wrap": True})
    sheet.write_row(0, 0, ["Nombres y Apellidos", "Cédula", "Fecha Detención", "Edad", "Sexo", "Centro", "Estatus"])
    sheet.write_string(1, 0, "José Gregorio\nPérez Rojas", wrap)
    sheet.write_number(1, 1, 12345678, thousands)
    sheet.write_datetime(1, 2, date(2025, 11, 3), day)
    sheet.write_row(1, 3, [34, "M", "El Helicoide", "Detenido"])
    sheet.write_string(2, 0, "  María Fernanda  Ochoa Villamizar\u00a0")
    sheet.write_number(2, 1, 18765432.0)
    sheet.write_string(2, 2, "03/11/2025")
    sheet.write_row(2, 3, [27, "F", "INOF", "detenida"])
    sheet.write_row(3, 0, ["Santiago Andrés Mora Paredes", "V-30.456.789"])
    sheet.write_number(3, 2, 45966)                  # 5 Nov 2025 as Excel counts days, unformatted
    sheet.write_row(3, 3, [17, "M", "Zona 7", "Detenido"])
    sheet.write_row(4, 0, ["Valentina Rosales", "", "5-11-2025", "16 años", "F", "Zona 7", "Detenida"])
    sheet.write_row(5, 0, ["Óscar Eduardo Lugo Lugo", "N/T", "noviembre 2025", "", "M", "Rodeo I", "Procesado"])
    sheet.write_row(6, 0, ["Wuilmer Jesús Márquez León", "V20333111", "05/11/25", 29, "M", "Zona 7", "Detenido"])
    book.close()


def list_g() -> None:
    """A communiqué in prose with a numbered list, as sent to the press."""
    text = """COMUNICADO

El Foro por la Justicia de Lara informa que, al 15 de noviembre de 2025, permanecen privadas de libertad las siguientes personas, detenidas tras las protestas del 3 de noviembre en Barquisimeto:

1. Wuilmer Jesús Márquez León, C.I. V-20.333.111, detenido el 05/11/2025, recluido en la Zona 7 de Boleíta.
2. Daniela Valentina Rincón Ávila, sin cédula conocida, bajo arresto domiciliario desde el 28/10/2025.
3. Héctor Luis Mendoza Crespo, C.I. 14.777.888, detenido el 04/11/2025; su paradero es desconocido.
4. Ana Isabel Torrealba, C.I. 23.456.001, detenida el 03/11/2025 y recluida en El Helicoide.

Exigimos su libertad plena e inmediata y el cese de la persecución.

Barquisimeto, 15 de noviembre de 2025.
"""
    (HERE / "o3_g_comunicado.txt").write_text(text, encoding="utf-8")


def list_h() -> None:
    """Hard pairs: a cédula with two digits swapped, the right number with E for V, a brother
    arrested the same day, initials, a married name alone, the same person twice (once without
    and once with a cédula), a wrong year, a missing second surname, a short foreign name."""
    rows = [
        "Nombre;C.I.;Fecha de detención;Estatus",
        "José Gregorio Pérez Rojas;V-12.345.687;03/11/2025;Detenido",
        "MARIA FERNANDA OCHOA VILLAMIZAR;E-18765432;03/11/2025;Detenida",
        "Carlos Eduardo Rojas Medina;;01/08/2024;Detenido",
        "Y. C. Marcano;;10/01/2025;Detenida",
        "Carmen Teresa Pino;;03/11/2025;Detenida",
        "Johan Manuel Díaz Urdaneta;;04/11/2025;Detenido",
        "Johan Manuel Díaz Urdaneta;V-25.111.222;04/11/2025;Detenido",
        "Nelson Enrique Bracho;V-16.444.555;05/11/2015;Detenido",
        "Gabriela Sofia Pino Herrera;V-27888999;20/08/2025;Excarcelada",
        "Rafael Antonio Suarez;;05/05/2019;Detenido",
        "Pierre Duval;;14/02/2025;Detenido",
    ]
    (HERE / "o3_h_pares_dificiles.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    list_a()
    list_b()
    list_c()
    list_d()
    list_e()
    list_f()
    list_g()
    list_h()
