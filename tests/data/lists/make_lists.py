"""How the binary lists in this folder were made (xlsxwriter; odfpy for the ODS one).

The text lists (CSV, TSV) are written by hand. Run `python make_lists.py` to make the
workbooks again; the tests read the committed files, never this script.
Every person here is invented.
"""

from __future__ import annotations

import datetime
from pathlib import Path

HERE = Path(__file__).parent


def ong_presos_politicos() -> None:
    """An NGO's workbook: a title and a note above a two-row merged header, states in a
    column headed "Estado", Excel serials in text cells, placeholders for missing IDs,
    totals and a source line below, and a "Resumen" sheet of totals."""
    import xlsxwriter
    book = xlsxwriter.Workbook(str(HERE / "ong_presos_politicos.xlsx"))
    sheet = book.add_worksheet("Presos políticos")
    bold = book.add_format({"bold": True, "align": "center"})
    day = book.add_format({"num_format": "dd/mm/yyyy"})
    text = book.add_format({"num_format": "@"})
    sheet.merge_range("A1:K1", "REGISTRO DE PRESOS POLÍTICOS EN VENEZUELA", bold)
    sheet.write("A2", "Actualizado al 15/12/2025 – uso interno")
    sheet.merge_range("A4:A5", "N°", bold)
    sheet.merge_range("B4:C4", "Nombre", bold)
    sheet.write_row("B5", ["Apellidos", "Nombres"], bold)
    sheet.merge_range("D4:D5", "Cédula", bold)
    sheet.merge_range("E4:E5", "Sexo", bold)
    sheet.merge_range("F4:H4", "Detención", bold)
    sheet.write_row("F5", ["Fecha", "Centro", "Organismo"], bold)
    sheet.merge_range("I4:I5", "Estado", bold)
    sheet.merge_range("J4:J5", "Situación", bold)
    sheet.merge_range("K4:K5", "Civil/Militar", bold)
    rows = [
        ("RINCÓN LUGO", "JOSÉ GREGORIO", "V-12.345.601", "M", "45952", "Rodeo I", "DGCIM", "Zulia", "Procesado", "Civil"),
        ("OROPEZA ROMERO", "JESÚS ALBERTO", "14.222.333", "M", datetime.date(2024, 2, 3), "El Helicoide", "SEBIN",
         "Trujillo", "Condenado", "Militar (R)"),
        ("PÉREZ DE LA CRUZ", "MARÍA DEL VALLE", "N/P", "F", "15/01/2025", "INOF", "PNB", "Lara", "Procesada", "Civil"),
        ("DEL VALLE ROJAS", "ANA KARINA", "s/c", "F", datetime.date(2025, 3, 10), "INOF", "GNB", "Distrito Capital",
         "Condenada", "Civil"),
        ("GONZÁLEZ MÁRQUEZ", "LUIS ALFREDO", "V-9.876.543", "M", "12/12/2019", "Ramo Verde", "DGCIM", "Miranda",
         "Murió bajo custodia", "Militar activo"),
        ("SUÁREZ PINTO", "CARLOS EDUARDO", "Por verificar", "M", "45000", "Tocorón", "CICPC", "Aragua", "Procesado", "Civil"),
        ("MÉNDEZ ÁLVAREZ", "YOLIMAR", "V-20.111.444", "F", "20/08/2024", "Rodeo I", "DGCIM", "Carabobo", "Detenida", "Civil"),
        ("CASTILLO BRICEÑO", "PEDRO JOSÉ", "V-7.654.321", "M", "01/05/2018", "Ramo Verde", "DGCIM", "Táchira",
         "Condenado", "Militar retirado"),
        ("HERNÁNDEZ", "RAFAEL", "V-18.765.432", "M", "30/07/2024", "Yare III", "PNB", "Miranda", "Falleció en custodia",
         "Civil"),
        ("LÓPEZ DE PÉREZ", "CARMEN ROSA", "V-11.222.333", "F", "05/09/2024", "—", "—", "Bolívar", "Excarcelada", "Civil"),
        ("TORRES SALAZAR", "WILMER ANTONIO", "V-15.333.222", "M", "02/01/2025", "Desconocido", "DGCIM", "Sucre",
         "Desaparecido", "Militar (r)"),
        ("BRAVO QUINTERO", "GENESIS", "V-27.000.111", "F", "14/11/2024", "Tocuyito", "GNB", "Carabobo", "Procesada", "Civil"),
        ("OROPEZA ROMERO", "JESÚS ALBERTO", "V-14222333", "M", "03/02/2024", "El Helicoide", "SEBIN", "Trujillo",
         "Condenado", "Militar (R)"),
        ("MORA PAREDES", "JOSÉ LUIS", "V-16.444.555", "M", "10/10/2023", "Rodeo I", "DGCIM", "Zulia",
         "Arresto domiciliario", "Militar (R)"),
        ("RAMÍREZ", "ANDREA", "S/C", "F", "11/11/2024", "INOF", "PNB", "Lara", "Procesada", "Civil"),
        ("PAREDES", "JUAN", "V-19.888.777", "M", "sin fecha", "Rodeo I", "PNB", "Zulia", "Ver observación", "Civil"),
        ("CHACÓN IBÁÑEZ", "ZOILA MARGARITA", "E-81.574.853", "F", "21/02/2025", "INOF", "SEBIN", "Táchira", "Procesada",
         "Civil"),
        ("GÓMEZ DÍAZ", "CARLOS", "V-22.111.000", "M", "06/06/2024", "Rodeo I", "DGCIM", "Mérida", "Condenado",
         "Sargento primero"),
        ("GÓMEZ DÍAZ", "ANDRÉS", "V-22.111.001", "M", "06/06/2024", "Rodeo I", "DGCIM", "Mérida", "Procesado", "Civil"),
        ("VILLEGAS", "TOMÁS ENRIQUE", "no posee", "M", "2025", "Tocorón", "CICPC", "Aragua", "Detenido", "Civil"),
    ]
    for number, values in enumerate(rows, start=1):
        row = 4 + number                       # zero-based: the first person is on row 6
        sheet.write_number(row, 0, number)
        for column, value in enumerate(values, start=1):
            if isinstance(value, datetime.date):
                sheet.write_datetime(row, column, datetime.datetime.combine(value, datetime.time()), day)
            else:
                sheet.write_string(row, column, value, text)
    sheet.write_row(26, 0, ["TOTAL", "", "", "", "", "", "", "", "", "20"])
    sheet.write(27, 0, "Fuente: registro propio; cifras sujetas a verificación.")
    summary = book.add_worksheet("Resumen")
    summary.write_row(0, 0, ["Categoría", "Cantidad"])
    for index, (label, count) in enumerate([("Civiles", 14), ("Militares", 5), ("Total", 19)], start=1):
        summary.write_row(index, 0, [label, count])
    book.close()


def dos_hojas() -> None:
    """Civilians and military on sheets of their own, ranks written before names; a summary
    sheet and a notes sheet that hold nobody."""
    import xlsxwriter
    book = xlsxwriter.Workbook(str(HERE / "dos_hojas_civiles_militares.xlsx"))
    header = ["Nombre completo", "Cédula", "Fecha de detención", "Lugar de reclusión", "Estatus"]
    for name, rows in (
        ("Civiles", [("Yusmary Castillo Peña", "V-21.000.001", "2024-01-15", "Rodeo I", "Detenida"),
                     ("Óscar Rondón Marcano", "V-21.000.002", "2024-02-20", "Yare III", "Procesado"),
                     ("Luisa Fernanda Díaz", "V-21.000.003", "2024-03-30", "INOF", "Excarcelada")]),
        ("Militares", [("Cap. Ramón Antonio Herrera Silva", "V-11.000.001", "2019-05-05", "Ramo Verde", "Condenado"),
                       ("Sargento Luis Ernesto Paz", "V-11.000.002", "2020-06-06", "DGCIM Boleíta", "Detenido"),
                       ("Teniente Coronel Igbert Marín Chaparro", "V-11.000.003", "2018-03-02", "Ramo Verde",
                        "Procesado")]),
    ):
        sheet = book.add_worksheet(name)
        sheet.write_row(0, 0, header)
        for index, row in enumerate(rows, start=1):
            sheet.write_row(index, 0, row)
    summary = book.add_worksheet("Resumen")
    summary.write_row(0, 0, ["Total civiles", 3])
    summary.write_row(1, 0, ["Total militares", 3])
    notes = book.add_worksheet("Notas")
    notes.write(0, 0, "Esta lista se actualiza cada semana.")
    book.close()


def excarcelaciones() -> None:
    """A follow-up of releases: a title row, given names and surnames in two columns and a
    release-date column."""
    import xlsxwriter
    book = xlsxwriter.Workbook(str(HERE / "excarcelaciones_seguimiento.xlsx"))
    sheet = book.add_worksheet("Seguimiento")
    sheet.write(0, 0, "Seguimiento de excarcelaciones")
    sheet.write_row(1, 0, ["Nombres", "Apellidos", "Cédula", "Fecha de detención", "Fecha de excarcelación",
                           "Situación actual", "Observaciones"])
    rows = [
        ("Rosa Elena", "Brito Lara", "V-19.100.001", "10/03/2024", "08/01/2025", "Excarcelada",
         "régimen de presentación cada 30 días"),
        ("Néstor Luis", "Rondón Chacón", "V-19.100.002", "11/03/2024", "08/01/2025", "Libertad plena", ""),
        ("Kelvin José", "Aguilar Mora", "V-19.100.003", "12/03/2024", "", "Detenido", "sigue en Rodeo I"),
        ("Iris Coromoto", "Vera Salas", "V-19.100.004", "13/03/2024", "09/01/2025", "", ""),
        ("Julio César", "Moreno Paz", "V-19.100.005", "14/03/2024", "", "Procesado", ""),
    ]
    for index, row in enumerate(rows, start=2):
        sheet.write_row(index, 0, row)
    book.close()


def hoja_ods() -> None:
    """An ODS sheet (LibreOffice) with a blank row and a note above the header."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P
    document = OpenDocumentSpreadsheet()
    table = Table(name="Hoja1")
    rows = [
        ["Listado remitido por la defensa"],
        [],
        ["Detenido", "C.I.", "Sexo", "Fecha de aprehensión", "Organismo aprehensor", "Estatus"],
        ["Edgar Alexander Mujica Rivas", "V-23.400.100", "M", "03/04/2025", "SEBIN", "Privado de libertad"],
        ["Mariela Josefina Salcedo", "V-23.400.101", "F", "03/04/2025", "SEBIN", "Privada de libertad"],
        ["Wuilliam Enrique Tovar Ochoa", "V-23.400.102", "M", "05/04/2025", "DGCIM", "Paradero desconocido"],
    ]
    for values in rows:
        row = TableRow()
        for value in values:
            cell = TableCell(valuetype="string")
            cell.addElement(P(text=value))
            row.addElement(cell)
        table.addElement(row)
    document.spreadsheet.addElement(table)
    document.save(str(HERE / "defensa_listado.ods"))


if __name__ == "__main__":
    ong_presos_politicos()
    dos_hojas()
    excarcelaciones()
    hoja_ods()
