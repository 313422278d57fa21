"""PDF reports as groups publish them, drawn with ReportLab for the tests: the same 36 invented
people in two groups' layouts. The expected figures are in test_pdf_reports.py, worked out by
hand from the table below."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

# (surnames, given names, ID, sex, civilian/military, arrest date, state, status code)
PEOPLE = [
    ("RINCÓN LUGO", "JOSÉ GREGORIO", "V-12.345.601", "M", "C", "22/10/2025", "Zulia", "PROC"),
    ("OROPEZA ROMERO", "JESÚS ALBERTO", "V-14.222.333", "M", "M", "03/02/2024", "Trujillo", "COND"),
    ("PÉREZ DE LA CRUZ DE MONTESINOS", "MARÍA DEL VALLE", "N/P", "F", "C", "15/01/2025", "Lara", "PROC"),
    ("MÉNDEZ ÁLVAREZ", "YOLIMAR", "V-20.111.444", "F", "C", "20/08/2024", "Carabobo", "DET"),
    ("CASTILLO BRICEÑO", "PEDRO JOSÉ", "V-7.654.321", "M", "M", "01/05/2018", "Táchira", "COND"),
    ("HERNÁNDEZ", "RAFAEL", "V-18.765.432", "M", "C", "30/07/2024", "Miranda", "FALL"),
    ("LÓPEZ DE PÉREZ", "CARMEN ROSA", "V-11.222.333", "F", "C", "05/09/2024", "Bolívar", "EXC"),
    ("TORRES SALAZAR", "WILMER ANTONIO", "V-15.333.222", "M", "M", "02/01/2025", "Sucre", "DESAP"),
    ("BRAVO QUINTERO", "GENESIS", "V-27.000.111", "F", "C", "14/11/2024", "Carabobo", "PROC"),
    ("MORA PAREDES", "JOSÉ LUIS", "V-16.444.555", "M", "M", "10/10/2023", "Zulia", "CC"),
    ("RAMÍREZ", "ANDREA", "S/C", "F", "C", "11/11/2024", "Lara", "PROC"),
    ("CHACÓN IBÁÑEZ", "ZOILA MARGARITA", "E-81.574.853", "F", "C", "21/02/2025", "Táchira", "PROC"),
    ("GÓMEZ DÍAZ", "CARLOS", "V-22.111.000", "M", "M", "06/06/2024", "Mérida", "COND"),
    ("GÓMEZ DÍAZ", "ANDRÉS", "V-22.111.001", "M", "C", "06/06/2024", "Mérida", "PROC"),
    ("VILLEGAS", "TOMÁS ENRIQUE", "N/P", "M", "C", "2025", "Aragua", "DET"),
    ("RODRÍGUEZ ALVARADO", "LUISA ELENA", "V-19.222.111", "F", "C", "04/04/2025", "Zulia", "DET"),
    ("MARCANO SALAS", "LUIS ENRIQUE", "V-10.111.222", "M", "C", "05/03/2024", "Anzoátegui", "DET"),
    ("DELGADO", "ROSA ELENA", "E-81.574.999", "F", "C", "12/04/2024", "Zulia", "PROC"),
    ("PIÑANGO ÁVILA", "JUAN CARLOS", "V-13.000.111", "M", "C", "01/02/2023", "Lara", "FALL"),
    ("RUIZ DE LEÓN", "MARÍA FERNANDA", "V-17.222.888", "F", "C", "15/06/2024", "Miranda", "EXC"),
    ("SOTO", "PEDRO", "V-11.999.000", "M", "C", "01/01/2024", "Monagas", "DET"),
    ("ARAUJO LEAL", "FRANKLIN JOSÉ", "V-9.111.222", "M", "M", "20/05/2019", "Falcón", "COND"),
    ("BLANCO", "GUSTAVO ADOLFO", "V-8.777.666", "M", "M", "02/02/2021", "Apure", "COND"),
    ("QUINTERO", "DANIEL", "V-24.555.666", "M", "M", "03/03/2024", "Barinas", "PROC"),
    ("ROJAS", "LUIS ALBERTO", "V-5.555.444", "M", "M", "01/03/2025", "Distrito Capital", "DET"),
    ("PÉREZ GUTIÉRREZ", "JUAN DE DIOS", "V-6.666.777", "M", "C", "05/05/2025", "Miranda", "DET"),
    ("PÉREZ GUTIÉRREZ", "JUAN DE DIOS", "V-6.666.778", "M", "C", "05/05/2025", "Miranda", "DET"),
    ("MONTES", "CARLA DEL VALLE", "S/C", "F", "C", "10/10/2025", "Zulia", "DET"),
    ("ROJAS DE PÉREZ", "ANA", "V-4.444.333", "F", "C", "02/02/2024", "Falcón", "CC"),
    ("MONTES", "PEDRO PABLO", "N/P", "M", "M", "10/10/2024", "Nueva Esparta", "FALL"),
    ("ZAMBRANO ORTIZ", "PEDRO LUIS", "V-17.000.001", "M", "C", "10/02/2025", "Distrito Capital", "EXC"),
    ("FUENTES", "DANIELA ALEJANDRA", "V-17.000.002", "F", "C", "11/02/2025", "Distrito Capital", "LIB"),
    ("COLMENARES VERA", "MARIO ANDRÉS", "V-17.000.003", "M", "C", "12/02/2025", "Lara", "LIB"),
    ("LINARES", "HÉCTOR JOSÉ", "V-17.000.004", "M", "C", "13/02/2025", "Aragua", "DESAP"),
    ("RUIZ BRITO", "GLORIA ESTEFANÍA", "V-17.000.005", "F", "C", "14/02/2025", "Lara", "DET"),
    ("ROJAS", "LUIS ALBERTO", "V-5.555.444", "M", "M", "01/03/2025", "Distrito Capital", "DET"),   # row 25 again
]
LEGEND = {"DET": "Detenido", "PROC": "Procesado", "COND": "Condenado", "CC": "Casa por cárcel",
          "DESAP": "Desaparición forzada", "EXC": "Excarcelado", "LIB": "Libertad plena",
          "FALL": "Fallecido bajo custodia"}
IN_WORDS = {"DET": "Privado de libertad", "PROC": "Procesado", "COND": "Condenado", "CC": "Casa por cárcel",
            "DESAP": "Paradero desconocido", "EXC": "Excarcelado con medidas", "LIB": "Libertad plena",
            "FALL": "Falleció bajo custodia"}

_CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=7.5, leading=9)
_HEAD = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=7.5, leading=9)
_TEXT = ParagraphStyle("text", fontName="Helvetica", fontSize=8.5, leading=11)
_TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=13, leading=16)


def _page_furniture(title: str):
    def draw(canvas, document) -> None:
        width, height = document.pagesize
        canvas.setFont("Helvetica", 7)
        canvas.drawString(document.leftMargin, height - 22, title)
        canvas.drawRightString(width - document.rightMargin, 18, f"Página {document.page}")
    return draw


def observatory_report(path: Path) -> Path:
    """No rules: columns by position, surnames first with a comma, long names wrapped onto a
    second line (one broken with a hyphen), a legend of status codes and C/M, a running title
    and page numbers, a total and a note after the table; A5, so it runs over several pages."""
    rows = [[Paragraph(label, _HEAD) for label in ("N°", "Apellidos y nombres", "C.I.", "Sexo", "C/M",
                                                  "Fecha de detención", "Estado", "Situación")]]
    for number, (surnames, given, national_id, sex, service, arrested, state, code) in enumerate(PEOPLE, start=1):
        name = f"{surnames}, {given}"
        if surnames == "RODRÍGUEZ ALVARADO":
            name = "RODRÍ-<br/>GUEZ ALVARADO, LUISA ELENA"        # broken across two lines with a hyphen
        rows.append([str(number), Paragraph(name, _CELL), national_id, sex, service, arrested, state, code])
    table = Table(rows, colWidths=[16, 118, 56, 22, 20, 52, 62, 36], repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 7.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7.5)]))
    legend = "; ".join(f"{code}: {meaning}" for code, meaning in LEGEND.items())
    story = [Paragraph("Presos políticos en Venezuela — diciembre de 2025", _TITLE), Spacer(0, 6),
             Paragraph("Este reporte recoge las personas registradas por el Observatorio al 15 de diciembre de "
                       "2025. Cada caso fue verificado con sus familiares o sus abogados.", _TEXT), Spacer(0, 4),
             Paragraph(f"Leyenda: {legend}. C: Civil; M: Militar.", _TEXT), Spacer(0, 8), table, Spacer(0, 8),
             Paragraph("Total: 36 registros.", _TEXT),
             Paragraph("(*) Los datos de detención están sujetos a verificación.", _TEXT)]
    document = SimpleDocTemplate(str(path), pagesize=A5, leftMargin=22, rightMargin=22, topMargin=34, bottomMargin=34)
    document.build(story, onFirstPage=_page_furniture("OBSERVATORIO — Reporte de presos políticos"),
                   onLaterPages=_page_furniture("OBSERVATORIO — Reporte de presos políticos"))
    return path


def lawyers_report(path: Path) -> Path:
    """A ruled grid: given names and surnames in their own columns, the situation in words,
    cells centred vertically (a long name takes two lines, the rest sit between them), the
    header repeated on each page."""
    rows = [[Paragraph(label, _CELL) for label in ("Nombres", "Apellidos", "Cédula", "Fecha de detención",
                                                  "Situación jurídica")]]
    for surnames, given, national_id, _, _, arrested, _, code in PEOPLE:
        rows.append([Paragraph(given, _CELL), Paragraph(surnames, _CELL), national_id, arrested, IN_WORDS[code]])
    table = Table(rows, colWidths=[70, 80, 60, 60, 100], repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 7.5), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd"))]))
    story = [Paragraph("Colectivo de abogados — Listado de defendidos", _TITLE), Spacer(0, 8), table]
    document = SimpleDocTemplate(str(path), pagesize=A5, leftMargin=20, rightMargin=20, topMargin=34, bottomMargin=34)
    document.build(story, onFirstPage=_page_furniture("Colectivo de abogados"),
                   onLaterPages=_page_furniture("Colectivo de abogados"))
    return path


def large_report(path: Path, people: int = 1500) -> Path:
    """A long report for the benchmark: `people` rows over about forty A4 pages."""
    rows = [["N°", "Nombre", "Cédula", "Sexo", "Fecha de detención", "Estado", "Situación"]]
    for number in range(people):
        surnames, given, _, sex, _, arrested, state, code = PEOPLE[number % len(PEOPLE)]
        rows.append([str(number + 1), f"{given} {surnames} {number}", f"V-{20_000_000 + number * 37:,}".replace(",", "."),
                     sex, arrested, state, code])
    table = Table(rows, colWidths=[26, 190, 64, 28, 74, 80, 44], repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 7.5)]))
    legend = "; ".join(f"{code}: {meaning}" for code, meaning in LEGEND.items())
    document = SimpleDocTemplate(str(path), pagesize=A4, topMargin=34, bottomMargin=34)
    document.build([Paragraph(f"Leyenda: {legend}.", _TEXT), table],
                   onFirstPage=_page_furniture("Reporte"), onLaterPages=_page_furniture("Reporte"))
    return path
