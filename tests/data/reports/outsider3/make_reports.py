"""Make the eight PDF reports of this folder (run from the repository: .venv/bin/python
tests/data/reports/outsider3/make_reports.py). The people are invented (pool.tsv); what each
report must give is in expected.json, written by hand before CaseDesk read them.

q01  rows shaded in alternate grey, no lines at all, header repeated, "Página X de Y", 2 pages
q02  a narrow name column (names over two or three lines), a "N°" column, a rule under each row
q03  one table per state under a heading ("ESTADO ZULIA", "Estado Lara (3 casos)", "Edo. Carabobo",
     "MÉRIDA"), each table followed by "Subtotal: N"; the tables have no state column
q04  landscape, 12 columns: Edad, "Tiempo detenido" (1 año 1 mes), Organismo, Centro, Tribunal
q05  a cover page, a summary with two tables of counts (not people), then the list
q06  typed-looking: capitals without accents, letter-spaced, each word placed on its own, with a
     baseline off by up to a point (as OCR software writes the text of a scan)
q07  q04 without any rule: its header on three lines (labels wrapped over and under the main line)
q08  (added after the first run) q05's list first, then its two ruled tables of counts
"""

from __future__ import annotations

import random
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).parent
rl_config.invariant = 1          # the same bytes on every run: no creation date or random ID
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8, leading=9.5)
HEAD = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=8, leading=9.5)
TEXT = ParagraphStyle("text", fontName="Helvetica", fontSize=9, leading=12)
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=13, leading=16)
SECTION = ParagraphStyle("section", fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceBefore=8)


def pool() -> dict[int, dict]:
    people = {}
    for line in (HERE / "pool.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            n, given, surnames, cedula, sex, state, arrested, situation = line.split("\t")
            people[int(n)] = {"given": given, "surnames": surnames, "cedula": cedula, "sex": sex, "state": state,
                              "arrested": arrested, "situation": situation}
    return people


P = pool()


class NumberedCanvas(pdf_canvas.Canvas):
    """'Página X de Y' needs the page count: pages are kept and drawn at the end."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages = []

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            width, _ = self._pagesize
            self.setFont("Helvetica", 7)
            self.drawRightString(width - 36, 20, f"Página {self._pageNumber} de {total}")
            super().showPage()
        super().save()


def q01(path: Path) -> None:
    order = list(range(1, 31)) + [3]          # Cristian Omar Pulido Rangel again at the end
    rows = [["N°", "Nombre y apellido", "C.I.", "Sexo", "Estado", "Situación"]]
    for number, n in enumerate(order, start=1):
        p = P[n]
        rows.append([str(number), f"{p['given']} {p['surnames']}", p["cedula"], p["sex"], p["state"], p["situation"]])
    table = Table(rows, colWidths=[20, 150, 64, 30, 80, 72], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#35506b")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#e6e9ee")]),
        ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))

    def furniture(canvas, document):
        canvas.setFont("Helvetica-Oblique", 7)
        canvas.drawString(36, document.pagesize[1] - 24, "Observatorio Larense de Derechos Humanos · Registro al 30/09/2025")

    story = [Paragraph("Registro de personas privadas de libertad por motivos políticos", TITLE), Spacer(0, 4),
             Paragraph("Corte al 30 de septiembre de 2025. Datos verificados con familiares y defensores.", TEXT),
             Spacer(0, 8), table, Spacer(0, 6),
             Paragraph("Fuente: Observatorio Larense de Derechos Humanos, con información de familiares.", TEXT)]
    document = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=36, rightMargin=36, topMargin=40, bottomMargin=40)
    document.build(story, onFirstPage=furniture, onLaterPages=furniture, canvasmaker=NumberedCanvas)


def q02(path: Path) -> None:
    rows = [[Paragraph(label, HEAD) for label in ("N°", "Nombres y apellidos", "Cédula", "Sexo",
                                                  "Fecha de detención", "Estatus")]]
    for n in range(1, 16):
        p = P[n]
        rows.append([str(n), Paragraph(f"{p['given']} {p['surnames']}", CELL), p["cedula"], p["sex"],
                     p["arrested"], p["situation"]])
    table = Table(rows, colWidths=[22, 78, 62, 32, 60, 80], repeatRows=1)   # 78 pt: two or three lines a name
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black)]))
    story = [Paragraph("Red de Defensores — Casos activos", TITLE), Spacer(0, 6),
             Paragraph("Actualizado al 30/09/2025.", TEXT), Spacer(0, 8), table]
    SimpleDocTemplate(str(path), pagesize=letter, leftMargin=54, rightMargin=54, topMargin=54,
                      bottomMargin=54).build(story)


SECTIONS = [("ESTADO ZULIA", [1, 9, 18, 30]), ("Estado Lara (3 casos)", [2, 8, 21]), ("DISTRITO CAPITAL", [5, 13, 25]),
            ("Edo. Carabobo", [3, 4, 24]), ("MÉRIDA", [12, 23])]


def q03(path: Path) -> None:
    story = [Paragraph("Presos políticos por entidad federal", TITLE), Spacer(0, 4),
             Paragraph("Listado por estado donde ocurrió la detención. Corte: 30 de septiembre de 2025.", TEXT)]
    for heading, numbers in SECTIONS:
        rows = [["N°", "Nombre", "Cédula", "Fecha de detención", "Situación"]]
        for number, n in enumerate(numbers, start=1):
            p = P[n]
            rows.append([str(number), f"{p['given']} {p['surnames']}", p["cedula"], p["arrested"], p["situation"]])
        table = Table(rows, colWidths=[22, 170, 70, 92, 90], hAlign="LEFT")
        table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
                                   ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
                                   ("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
        story += [Paragraph(heading, SECTION), Spacer(0, 3), table, Spacer(0, 2),
                  Paragraph(f"Subtotal: {len(numbers)}", TEXT)]
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=40, rightMargin=40, topMargin=40,
                      bottomMargin=40).build(story)


Q04 = {  # n: (age, time held, agency, facility, court, situation as this report writes it)
    10: ("34", "1 año 1 mes", "SEBIN", "El Helicoide", "Tribunal 1° de Control con competencia en Terrorismo", "Procesada"),
    13: ("29", "8 meses", "DGCIM", "Rodeo I", "Tribunal 3° de Control, Caracas", "Privado de libertad"),
    15: ("52", "6 años 4 meses", "DGCIM", "Ramo Verde", "Tribunal Militar 2° de Juicio", "Condenado"),
    16: ("41", "1 año 1 mes", "PNB", "INOF (Los Teques)", "Tribunal 2° de Control con competencia en Terrorismo", "Procesada"),
    17: ("27", "1 año 1 mes", "GNB", "Tocorón", "Tribunal 1° de Control, Maturín", "Privado de libertad"),
    20: ("38", "1 año", "DGCIM", "Rodeo I", "Tribunal 4° de Control con competencia en Terrorismo", "Procesado"),
    22: ("31", "—", "CICPC", "—", "Tribunal 1° de Control, Guanare", "Excarcelado con medidas cautelares"),
    23: ("17", "1 año 1 mes", "PNB", "Entidad de Atención de Adolescentes", "Tribunal de Responsabilidad Penal del Adolescente", "Procesada"),
    26: ("24", "1 año 1 mes", "GNB", "Tocuyito", "Tribunal 2° de Control, Barinas", "Privado de libertad"),
    28: ("47", "3 años 6 meses", "DGCIM", "Ramo Verde", "Tribunal Militar 1° de Juicio", "Condenado"),
    29: ("55", "1 año 1 mes", "DGCIM", "Se desconoce", "Sin presentación ante tribunal", "Desaparición forzada"),
    30: ("44", "1 año 1 mes", "SEBIN", "Zona 7 (Boleíta)", "Tribunal 3° de Control con competencia en Terrorismo", "Procesado"),
}


def q04(path: Path, ruled: bool = True) -> None:
    labels = ("N°", "Apellidos", "Nombres", "Cédula", "Sexo", "Edad", "Fecha de detención", "Tiempo detenido",
              "Organismo aprehensor", "Centro de reclusión", "Tribunal", "Situación procesal")
    rows = [[Paragraph(label, HEAD) for label in labels]]
    for number, (n, (age, held_for, agency, facility, court, situation)) in enumerate(Q04.items(), start=1):
        p = P[n]
        rows.append([str(number), Paragraph(p["surnames"], CELL), Paragraph(p["given"], CELL), p["cedula"], p["sex"],
                     age, p["arrested"], held_for, agency, Paragraph(facility, CELL), Paragraph(court, CELL),
                     Paragraph(situation, CELL)])
    table = Table(rows, colWidths=[22, 78, 76, 60, 32, 30, 56, 66, 56, 86, 124, 90], repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2ec"))]
                              + ([("GRID", (0, 0), (-1, -1), 0.4, colors.grey)] if ruled else [])))
    story = [Paragraph("Coalición de Abogados — Seguimiento de causas (corte 30/09/2025)", TITLE), Spacer(0, 8), table,
             Spacer(0, 6), Paragraph("Tiempo detenido calculado al 30 de septiembre de 2025.", TEXT)]
    SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=30, rightMargin=30, topMargin=36,
                      bottomMargin=36).build(story)


def q05(path: Path) -> None:
    numbers = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 18]
    cover = [Spacer(0, 160), Paragraph("INFORME ESPECIAL", ParagraphStyle("c1", parent=TITLE, fontSize=22, leading=28)),
             Spacer(0, 10), Paragraph("Personas privadas de libertad por motivos políticos", TITLE),
             Paragraph("Región Centro-Occidental — Septiembre de 2025", TITLE), Spacer(0, 60),
             Paragraph("Comisión Ciudadana de Derechos Humanos", TEXT), Paragraph("Documento público", TEXT), PageBreak()]
    summary = [["Situación", "Hombres", "Mujeres", "Total"],
               ["Detenidos", "4", "4", "8"], ["Casa por cárcel", "0", "1", "1"], ["Desaparecidos", "1", "1", "2"],
               ["Excarcelados", "1", "2", "3"], ["Total", "6", "8", "14"]]
    by_state = [["Estado", "Casos"], ["Zulia", "3"], ["Lara", "2"], ["Carabobo", "2"], ["Distrito Capital", "1"],
                ["Miranda", "1"], ["Táchira", "1"], ["Bolívar", "1"], ["Anzoátegui", "1"], ["Mérida", "1"],
                ["Sucre", "1"], ["Total", "14"]]
    style = TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                        ("ALIGN", (1, 0), (-1, -1), "RIGHT")])
    resumen = [Paragraph("1. Resumen", SECTION),
               Paragraph("Al 30 de septiembre de 2025 la Comisión registra 14 personas: 11 continúan privadas de "
                         "libertad y 3 fueron excarceladas con medidas cautelares.", TEXT), Spacer(0, 8),
               Paragraph("Tabla 1. Personas por situación y sexo", TEXT), Spacer(0, 3),
               Table(summary, colWidths=[110, 60, 60, 50], style=style, hAlign="LEFT"), Spacer(0, 12),
               Paragraph("Tabla 2. Personas por estado", TEXT), Spacer(0, 3),
               Table(by_state, colWidths=[110, 50], style=style, hAlign="LEFT"), PageBreak()]
    rows = [["N°", "Nombre", "Cédula", "Sexo", "Estado", "Situación"]]
    for number, n in enumerate(numbers, start=1):
        p = P[n]
        rows.append([str(number), f"{p['given']} {p['surnames']}", p["cedula"], p["sex"], p["state"], p["situation"]])
    listing = [Paragraph("2. Listado de personas", SECTION), Spacer(0, 4),
               Table(rows, colWidths=[22, 160, 66, 30, 84, 84], hAlign="LEFT", style=TableStyle([
                   ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
                   ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black)])),
               Spacer(0, 12), Paragraph("3. Metodología", SECTION),
               Paragraph("Cada caso fue documentado con al menos dos fuentes: familiares, defensa o registros "
                         "judiciales. Las cifras se actualizan mensualmente.", TEXT)]
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=50, rightMargin=50, topMargin=50,
                      bottomMargin=50).build(cover + resumen + listing)


def q08(path: Path) -> None:
    """Added after the first run: q05's list first, then its two tables of counts, ruled."""
    numbers = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 18]
    grid = TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey)])
    rows = [["N°", "Nombre", "Cédula", "Sexo", "Estado", "Situación"]]
    for number, n in enumerate(numbers, start=1):
        p = P[n]
        rows.append([str(number), f"{p['given']} {p['surnames']}", p["cedula"], p["sex"], p["state"], p["situation"]])
    summary = [["Situación", "Hombres", "Mujeres", "Total"], ["Detenidos", "4", "4", "8"], ["Casa por cárcel", "0", "1", "1"],
               ["Desaparecidos", "1", "1", "2"], ["Excarcelados", "1", "2", "3"], ["Total", "6", "8", "14"]]
    by_state = [["Estado", "Casos"], ["Zulia", "3"], ["Lara", "2"], ["Carabobo", "2"], ["Distrito Capital", "1"],
                ["Miranda", "1"], ["Táchira", "1"], ["Bolívar", "1"], ["Anzoátegui", "1"], ["Mérida", "1"], ["Sucre", "1"],
                ["Total", "14"]]
    story = [Paragraph("Listado de personas privadas de libertad (30/09/2025)", TITLE), Spacer(0, 6),
             Table(rows, colWidths=[22, 160, 66, 30, 84, 84], style=grid), Spacer(0, 12),
             Paragraph("Resumen por situación", TEXT), Table(summary, colWidths=[110, 60, 60, 50], style=grid, hAlign="LEFT"),
             Spacer(0, 12), Paragraph("Resumen por estado", TEXT),
             Table(by_state, colWidths=[110, 50], style=grid, hAlign="LEFT")]
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50).build(story)


def _plain(text: str) -> str:
    """As a typewriter writes it: capitals, no accents (Ñ kept)."""
    import unicodedata
    out = []
    for char in text.upper():
        if char == "Ñ":
            out.append(char)
            continue
        out.append("".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)))
    return "".join(out)


def q06(path: Path) -> None:
    """Each word drawn as its own text object, letter-spaced, with its baseline off by up to a
    point and its width stretched or squeezed a little: the text layer of an OCR'd scan."""
    shake = random.Random(6)
    canvas = pdf_canvas.Canvas(str(path), pagesize=letter)
    width, height = letter
    canvas.setFillColor(colors.HexColor("#f3f1ea"))              # the yellowed paper of a scan
    canvas.rect(0, 0, width, height, stroke=0, fill=1)
    canvas.setFillColor(colors.black)

    def word(x: float, y: float, text: str, size: float = 8.0, bold: bool = False) -> float:
        font = "Courier-Bold" if bold else "Courier"
        spacing = 1.1 + shake.uniform(-0.2, 0.3)
        scale = 100 + shake.uniform(-6, 6)
        t = canvas.beginText()
        t.setTextOrigin(x, y + shake.uniform(-1.0, 1.0))
        t.setFont(font, size)
        t.setCharSpace(spacing)
        t.setHorizScale(scale)
        t.textOut(text)
        canvas.drawText(t)
        return x + (stringWidth(text, font, size) + spacing * len(text)) * scale / 100

    def phrase(x: float, y: float, text: str, **kw) -> None:
        for piece in text.split():
            x = word(x, y, piece, **kw) + 6.5

    phrase(72, height - 72, "COMITE DE FAMILIARES - SECCIONAL CENTRO", bold=True, size=11)
    phrase(72, height - 90, "RELACION DE DETENIDOS AL 30/09/2025", size=10)
    columns = [60, 86, 330, 415, 488]
    y = height - 130
    for x, label in zip(columns, ("No.", "NOMBRE Y APELLIDO", "C.I.", "FECHA DET.", "SITUACION")):
        phrase(x, y, label, bold=True)
    canvas.setLineWidth(0.6)
    canvas.line(70, y - 5, 560, y - 5)
    for number, n in enumerate(range(19, 31), start=1):
        y -= 19
        p = P[n]
        for x, value in zip(columns, (f"{number}.", _plain(f"{p['given']} {p['surnames']}"), p["cedula"],
                                      p["arrested"], _plain(p["situation"]))):
            phrase(x, y, value)
    phrase(72, y - 40, "ELABORADO POR: SECRETARIA DEL COMITE", size=8)
    canvas.showPage()
    canvas.save()


MAKERS = {"q01_sombreado_sin_lineas.pdf": q01, "q02_nombres_en_dos_lineas.pdf": q02,
          "q03_secciones_por_estado.pdf": q03, "q04_apaisado_doce_columnas.pdf": q04,
          "q05_portada_resumen_y_lista.pdf": q05, "q06_ocr_espaciado.pdf": q06,
          "q07_apaisado_sin_lineas.pdf": lambda path: q04(path, ruled=False),
          "q08_lista_y_resumen_al_final.pdf": q08}


if __name__ == "__main__":
    for name, make in MAKERS.items():
        make(HERE / name)
        print("wrote", name)
