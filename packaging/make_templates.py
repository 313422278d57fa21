"""Build the filing templates in resources/templates/ (run once; the .docx files are committed).

    python packaging/make_templates.py

The templates are source files: an organisation copies one and changes it in Word or
LibreOffice. This script is how the shipped ones were written, kept so that they can be
made again after a change to their text here. Placeholders are Jinja (docxtpl):
`{{ nombre }}` for a value, `{%p if x %}` … `{%p endif %}` on paragraphs of their own to show
a paragraph only when x is set; resources/templates/README.md lists every placeholder.

Each placeholder must stay within one run of text (Word splits runs where the formatting
changes), so the builder below writes a paragraph as one run, or as runs split only at
`**bold**` marks, which never fall inside a placeholder.
"""

from __future__ import annotations

import re
import sys
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "templates"
FIXED_TIME = datetime(2026, 1, 1)          # the same file every time the text is the same
TO_COMPLETE = re.compile(r"(\[complet(?:ar|e)(?::[^\]]*)?\])")

# --- the builder ---------------------------------------------------------------------------------


class Filing:
    """A document being written: paper size, a letterhead in the header, page numbers below."""

    def __init__(self, title: str, language: str, paper: str = "letter") -> None:
        self.language = language
        self.document = Document()
        section = self.document.sections[0]
        section.page_width, section.page_height = (Mm(215.9), Mm(279.4)) if paper == "letter" else (Mm(210), Mm(297))
        section.left_margin, section.right_margin = Cm(3), Cm(2.5)
        section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.5)
        section.header_distance, section.footer_distance = Cm(1.2), Cm(1.2)
        normal = self.document.styles["Normal"]
        normal.font.name, normal.font.size = "Times New Roman", Pt(12)
        fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
        for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attribute), "Times New Roman")
        lang = OxmlElement("w:lang")            # spelling checked in the filing's language
        lang.set(qn("w:val"), "es-VE" if language == "es" else "en-GB")
        normal.element.get_or_add_rPr().append(lang)
        normal.paragraph_format.space_after = Pt(6)
        normal.paragraph_format.line_spacing = 1.5
        properties = self.document.core_properties
        properties.title, properties.author, properties.last_modified_by = title, "CaseDesk", "CaseDesk"
        # No braces here: docxtpl fills the document's properties too.
        properties.comments = ("Plantilla de CaseDesk: los campos entre llaves dobles están en "
                               "resources/templates/README.md" if language == "es" else
                               "CaseDesk template: the placeholders between double braces are listed in "
                               "resources/templates/README.md")
        properties.created = properties.modified = FIXED_TIME
        properties.revision = 1
        self._letterhead(section)
        self._page_numbers(section)

    # The header: the logo, the organisation's name and address, each only when set.
    def _letterhead(self, section) -> None:
        header = section.header
        first = header.paragraphs[0]
        first.text = "{%p if logo %}"
        for text, bold, size in (("{{ logo }}", False, 10), ("{%p endif %}", False, 10),
                                 ("{%p if membrete_organizacion %}", False, 10),
                                 ("{{ membrete_organizacion }}", True, 12), ("{%p endif %}", False, 10),
                                 ("{%p if membrete_direccion %}", False, 10),
                                 ("{{ membrete_direccion }}", False, 9), ("{%p endif %}", False, 10)):
            paragraph = header.add_paragraph()
            run = paragraph.add_run(text)
            run.bold, run.font.size = bold, Pt(size)
        header.add_paragraph().add_run("").font.size = Pt(6)     # a little air between letterhead and text
        for paragraph in header.paragraphs:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.paragraph_format.space_after = Pt(0)
            paragraph.paragraph_format.line_spacing = 1.0

    def _page_numbers(self, section) -> None:
        paragraph = section.footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        words = ("Página ", " de ") if self.language == "es" else ("Page ", " of ")
        self._run(paragraph, words[0], size=9)
        self._field(paragraph, "PAGE")
        self._run(paragraph, words[1], size=9)
        self._field(paragraph, "NUMPAGES")

    @staticmethod
    def _field(paragraph, code: str) -> None:
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), f" {code} \\* MERGEFORMAT ")
        run = OxmlElement("w:r")
        properties = OxmlElement("w:rPr")
        size = OxmlElement("w:sz")
        size.set(qn("w:val"), "18")
        properties.append(size)
        run.append(properties)
        text = OxmlElement("w:t")
        text.text = "1"
        run.append(text)
        field.append(run)
        paragraph._p.append(field)

    @staticmethod
    def _run(paragraph, text: str, *, bold: bool = False, size: float | None = None, italic: bool = False):
        run = paragraph.add_run(text)
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)
        return run

    def _runs(self, paragraph, text: str, *, bold: bool = False, size: float | None = None) -> None:
        """`text` as runs: **bold** marks, and each "[completar: …]" highlighted so that the lawyer
        finds what is left to write (a placeholder never spans either, so it stays in one run)."""
        for number, part in enumerate(re.split(r"\*\*", text)):
            for piece in TO_COMPLETE.split(part):
                if piece:
                    run = self._run(paragraph, piece, bold=bold or number % 2 == 1, size=size)
                    if TO_COMPLETE.fullmatch(piece):
                        run.font.highlight_color = WD_COLOR_INDEX.YELLOW

    def _paragraph(self, text: str, *, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent: bool = False, bold: bool = False,
                   size: float | None = None, space_after: float | None = None, keep_with_next: bool = False):
        paragraph = self.document.add_paragraph()
        paragraph.alignment = align
        if indent:
            paragraph.paragraph_format.first_line_indent = Cm(1.25)
        if space_after is not None:
            paragraph.paragraph_format.space_after = Pt(space_after)
        if keep_with_next:
            paragraph.paragraph_format.keep_with_next = True
        self._runs(paragraph, text, bold=bold, size=size)
        return paragraph

    def lines(self, *texts: str, bold: bool = True) -> None:
        """The addressee: short lines, left, no space between them."""
        for text in texts:
            paragraph = self._paragraph(text, align=WD_ALIGN_PARAGRAPH.LEFT, bold=bold, space_after=0)
            paragraph.paragraph_format.line_spacing = 1.15
        self._paragraph("", space_after=0)

    def right(self, text: str) -> None:
        self._paragraph(text, align=WD_ALIGN_PARAGRAPH.RIGHT, bold=True)

    def title(self, *texts: str) -> None:
        for number, text in enumerate(texts):
            self._paragraph(text, align=WD_ALIGN_PARAGRAPH.CENTER, bold=number == 0, size=13 if number == 0 else 11,
                            space_after=0 if number < len(texts) - 1 else 12, keep_with_next=True)

    def heading(self, text: str) -> None:
        paragraph = self._paragraph(text, align=WD_ALIGN_PARAGRAPH.LEFT, bold=True, keep_with_next=True)
        paragraph.paragraph_format.space_before = Pt(10)

    def text(self, text: str) -> None:
        """A paragraph of the body: justified, its first line indented."""
        self._paragraph(text, indent=True)

    def item(self, text: str) -> None:
        """A numbered or lettered point (its number written in the text), hanging."""
        paragraph = self._paragraph(text)
        paragraph.paragraph_format.left_indent = Cm(1.25)
        paragraph.paragraph_format.first_line_indent = Cm(-0.75)

    def tag(self, tag: str) -> None:
        """A paragraph holding only a `{%p … %}` tag: docxtpl removes it when filling."""
        self._paragraph(tag, align=WD_ALIGN_PARAGRAPH.LEFT, space_after=0)

    def table(self, rows: list[tuple[str, str]]) -> None:
        """A two-column form: what is asked, and the answer."""
        table = self.document.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        widths = (Cm(5.5), Cm(10.5))
        for column, width in zip(table.columns, widths):
            column.width = width
        for label, value in rows:
            cells = table.add_row().cells
            cells[0].width, cells[1].width = widths
            for cell, text, bold in ((cells[0], label, True), (cells[1], value, False)):
                paragraph = cell.paragraphs[0]
                paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
                paragraph.paragraph_format.space_after = Pt(2)
                paragraph.paragraph_format.line_spacing = 1.15
                self._runs(paragraph, text, bold=bold, size=11)
        self._paragraph("", space_after=0)

    def signature(self, *below: str) -> None:
        self._paragraph("", space_after=18)
        for text in ("_______________________________________", "{{ firma }}", *below):
            paragraph = self._paragraph(text, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
            paragraph.paragraph_format.line_spacing = 1.15
            paragraph.paragraph_format.keep_with_next = True

    def save(self, name: str) -> Path:
        package = self.document.part.package
        for key, relation in list(package.rels.items()):      # python-docx's picture of a blank page
            if relation.reltype.endswith("/thumbnail"):
                del package.rels[key]
        path = OUT / name
        self.document.save(path)
        return path


# --- what the court petitions share ----------------------------------------------------------------

COUNSEL = ("Yo, **{{ abogado }}**, venezolano(a), mayor de edad, titular de la cédula de identidad N.º "
           "[completar: cédula del abogado o abogada], abogado(a) en ejercicio, inscrito(a) en el Instituto de "
           "Previsión Social del Abogado bajo el N.º [completar: n.º de Inpreabogado]")
CLIENT = ("{{ del_de_la }} ciudadan{{ o_a }} **{{ nombre }}**, titular de la cédula de identidad N.º "
          "**{{ cedula }}**")
CLOSING = "Es justicia que espero en [completar: ciudad], a {{ fecha_hoy }}."


def court_addressee(filing: Filing) -> None:
    filing.lines("Ciudadano(a)", "Juez(a) del {{ tribunal }}", "Su despacho.-")
    filing.right("Expediente N.º {{ expediente }}")


# --- 1. decaimiento de la medida (COPP art. 230) ------------------------------------------------------

def decaimiento() -> Path:
    f = Filing("Solicitud de decaimiento de la medida de privación judicial preventiva de libertad", "es")
    court_addressee(f)
    f.title("SOLICITUD DE DECAIMIENTO DE LA MEDIDA DE PRIVACIÓN JUDICIAL PREVENTIVA DE LIBERTAD",
            "(Artículo 230 del Código Orgánico Procesal Penal)")
    f.text(f"{COUNSEL}, actuando en mi carácter de defensor(a) privado(a) {CLIENT}, plenamente "
           "identificad{{ o_a }} en las actas del expediente N.º {{ expediente }}, carácter que consta en autos, "
           "ante usted ocurro respetuosamente, de conformidad con los artículos 26, 44 y 49 de la Constitución de la "
           "República Bolivariana de Venezuela y los artículos 8, 9, 229 y 230 del Código Orgánico Procesal Penal, "
           "para solicitar que se declare el **DECAIMIENTO** de la medida de privación judicial preventiva de "
           "libertad que pesa sobre mi defendid{{ o_a }}, en los términos siguientes:")
    f.heading("I. DE LOS HECHOS")
    f.text("En fecha {{ fecha_detencion }}, mi defendid{{ o_a }} fue detenid{{ o_a }} en {{ lugar_detencion }} por "
           "funcionarios adscritos a {{ organismo }}. Desde entonces permanece privad{{ o_a }} de su libertad; en la "
           "actualidad se encuentra recluid{{ o_a }} en {{ centro_reclusion }}.")
    f.text("En la audiencia de presentación celebrada en fecha [completar: fecha de la audiencia de presentación], "
           "este Tribunal decretó en su contra medida de privación judicial preventiva de libertad, por la presunta "
           "comisión de los delitos de {{ cargos }}.")
    f.text("Desde su detención hasta el día de hoy, {{ fecha_hoy }}, mi defendid{{ o_a }} ha permanecido "
           "privad{{ o_a }} de libertad durante {{ tiempo_detenido }} ({{ dias_detenido }} días), sin que se haya "
           "dictado sentencia definitivamente firme en su contra. El plazo máximo de dos (2) años previsto en el "
           "artículo 230 del Código Orgánico Procesal Penal se cumplió en fecha {{ fecha_dos_anos }}.")
    f.text("No consta en autos que el Ministerio Público ni la parte querellante hayan solicitado, ni que este "
           "Tribunal haya acordado, prórroga alguna de la medida en los términos del artículo 230 del Código "
           "Orgánico Procesal Penal. [completar: verificar en el expediente; si hubo prórroga, indicar su fecha, su "
           "duración y por qué también ha vencido].")
    f.text("El retardo procesal no es imputable a mi defendid{{ o_a }} ni a su defensa. En esta causa se han diferido "
           "{{ audiencias_diferidas }} audiencias: [completar: relacionar los diferimientos y sus causas "
           "(incomparecencia del Ministerio Público, falta de traslado desde el centro de reclusión, tribunal sin "
           "despacho…), con sus fechas].")
    f.heading("II. DEL DERECHO")
    f.text("El artículo 44 de la Constitución de la República Bolivariana de Venezuela consagra la inviolabilidad de "
           "la libertad personal y dispone que toda persona será juzgada en libertad, salvo las excepciones "
           "establecidas por la ley y apreciadas por el juez o jueza en cada caso. El artículo 49 garantiza el "
           "debido proceso y la presunción de inocencia, y los artículos 8, 9 y 229 del Código Orgánico Procesal "
           "Penal establecen la presunción de inocencia, la afirmación de la libertad y el estado de libertad como "
           "regla durante el proceso: las disposiciones que autorizan la privación preventiva de libertad son "
           "excepcionales y solo pueden interpretarse restrictivamente.")
    f.text("El artículo 230 del Código Orgánico Procesal Penal, que consagra el principio de proporcionalidad, "
           "establece que la medida de coerción personal no podrá sobrepasar la pena mínima prevista para cada "
           "delito ni exceder del plazo de dos (2) años, salvo la prórroga que excepcionalmente acuerde el tribunal, "
           "a solicitud del Ministerio Público o del querellante, por causas graves que la justifiquen y antes del "
           "vencimiento de la medida.")
    f.text("Vencido ese plazo sin sentencia y sin prórroga, la medida decae y así debe declararlo el tribunal, de "
           "oficio o a solicitud de parte, como lo ha sostenido la Sala Constitucional del Tribunal Supremo de "
           "Justicia [completar: sentencia de la Sala Constitucional que se invoca]. Mantener la medida más allá de "
           "ese límite convierte la detención preventiva en una pena anticipada, contraria a la presunción de "
           "inocencia, y vulnera el derecho de toda persona detenida a ser juzgada dentro de un plazo razonable o a "
           "ser puesta en libertad, reconocido en el artículo 7.5 de la Convención Americana sobre Derechos Humanos "
           "y en el artículo 9.3 del Pacto Internacional de Derechos Civiles y Políticos, que tienen jerarquía "
           "constitucional conforme al artículo 23 de la Constitución.")
    f.heading("III. PETITORIO")
    f.text("Por las razones de hecho y de derecho expuestas, solicito respetuosamente a este Tribunal:")
    f.item("**PRIMERO:** Que declare el **DECAIMIENTO** de la medida de privación judicial preventiva de libertad "
           "dictada contra {{ el_la }} ciudadan{{ o_a }} {{ nombre }}, titular de la cédula de identidad N.º "
           "{{ cedula }}, por haber transcurrido el plazo máximo de dos (2) años previsto en el artículo 230 del "
           "Código Orgánico Procesal Penal.")
    f.item("**SEGUNDO:** Que, en consecuencia, acuerde su libertad plena o, en su defecto, una medida cautelar "
           "sustitutiva menos gravosa de las previstas en el artículo 242 del Código Orgánico Procesal Penal.")
    f.item("**TERCERO:** Que libre la correspondiente boleta de excarcelación dirigida a la dirección de "
           "{{ centro_reclusion }} y oficie lo conducente a {{ organismo }}.")
    f.text(CLOSING)
    f.signature("Defensor(a) privado(a)")
    return f.save("decaimiento.es.docx")


# --- 2. habeas corpus ----------------------------------------------------------------------------------

def habeas_corpus() -> Path:
    f = Filing("Acción de amparo a la libertad y seguridad personal (habeas corpus)", "es")
    f.lines("Ciudadano(a)", "Juez(a) de Primera Instancia en Funciones de Control del Circuito Judicial Penal de "
            "[completar: circunscripción del lugar de la detención o de reclusión] (Distribuidor)", "Su despacho.-")
    f.title("ACCIÓN DE AMPARO A LA LIBERTAD Y SEGURIDAD PERSONAL", "(Habeas corpus)")
    f.text(f"{COUNSEL}, actuando en nombre y a favor {CLIENT}, de conformidad con el artículo 27 de la Constitución de "
           "la República Bolivariana de Venezuela y los artículos 38 y siguientes de la Ley Orgánica de Amparo sobre "
           "Derechos y Garantías Constitucionales, ante usted ocurro para interponer **ACCIÓN DE AMPARO A LA "
           "LIBERTAD Y SEGURIDAD PERSONAL (HABEAS CORPUS)**, en los términos siguientes:")
    f.heading("I. DE LA PERSONA AGRAVIADA")
    f.text("{{ nombre }}, titular de la cédula de identidad N.º {{ cedula }}, nacid{{ o_a }} en fecha "
           "{{ fecha_nacimiento }}, de {{ edad }} años de edad, de ocupación {{ ocupacion }}.")
    f.heading("II. DE LOS AGRAVIANTES")
    f.text("Los funcionarios adscritos a {{ organismo }} que practicaron la detención; la autoridad a cargo de "
           "{{ centro_reclusion }}, donde se encuentra o se presume recluid{{ o_a }} {{ el_la }} agraviad{{ o_a }}; "
           "y cualquier otra autoridad que ejerza su custodia. [completar: identificar a los funcionarios, si se "
           "conocen].")
    f.heading("III. DE LOS HECHOS")
    f.text("En fecha {{ fecha_detencion }}, {{ el_la }} ciudadan{{ o_a }} {{ nombre }} fue privad{{ o_a }} de su "
           "libertad en {{ lugar_detencion }} por funcionarios adscritos a {{ organismo }}. [completar: cómo ocurrió "
           "la detención: si hubo orden judicial o flagrancia, quiénes la practicaron, testigos].")
    f.text("Según la información de que dispone esta defensa, su situación actual es «{{ situacion }}» desde el "
           "{{ situacion_desde }}, y estaría a la orden de {{ tribunal }} (expediente N.º {{ expediente }}) "
           "[completar: suprimir si no ha sido presentad{{ o_a }} ante un tribunal].")
    f.text("La privación de libertad es ilegítima porque [completar: desarrollar lo que corresponda: (a) se practicó "
           "sin orden judicial y fuera de flagrancia; (b) no fue presentad{{ o_a }} ante un juez dentro de las "
           "cuarenta y ocho (48) horas siguientes; (c) se encuentra incomunicad{{ o_a }}, sin acceso a su abogado de "
           "confianza ni a sus familiares; (d) se desconoce su paradero; (e) permanece detenid{{ o_a }} pese a "
           "haberse acordado su libertad; (f) otra causa].")
    f.heading("IV. DEL DERECHO")
    f.text("El artículo 44 de la Constitución dispone que la libertad personal es inviolable y que ninguna persona "
           "puede ser arrestada o detenida sino en virtud de una orden judicial, a menos que sea sorprendida in "
           "fraganti, en cuyo caso debe ser llevada ante una autoridad judicial en un tiempo no mayor de cuarenta y "
           "ocho horas a partir del momento de la detención. El mismo artículo garantiza a toda persona detenida el "
           "derecho a comunicarse de inmediato con sus familiares, abogado o persona de su confianza, y obliga a la "
           "autoridad a llevar registros públicos de toda detención. El artículo 46 protege la integridad física, "
           "psíquica y moral de toda persona privada de libertad.")
    f.text("El artículo 27 de la Constitución establece que la acción de amparo a la libertad o seguridad podrá ser "
           "interpuesta por cualquier persona, y que el detenido o detenida será puesto bajo la custodia del tribunal "
           "de manera inmediata, sin dilación alguna. Los artículos 38 y siguientes de la Ley Orgánica de Amparo "
           "sobre Derechos y Garantías Constitucionales regulan el mandamiento de habeas corpus: recibida la "
           "solicitud, el juez ordenará de inmediato al funcionario bajo cuya custodia se encuentre la persona "
           "agraviada que informe, dentro de las veinticuatro (24) horas, sobre los motivos de la privación de "
           "libertad, y decidirá dentro de las noventa y seis (96) horas siguientes. Estos derechos están "
           "reconocidos además en el artículo 7 de la Convención Americana sobre Derechos Humanos y en el artículo 9 "
           "del Pacto Internacional de Derechos Civiles y Políticos.")
    f.heading("V. PETITORIO")
    f.item("**PRIMERO:** Que admita la presente acción y expida de inmediato mandamiento de habeas corpus a favor "
           "{{ del_de_la }} ciudadan{{ o_a }} {{ nombre }}, titular de la cédula de identidad N.º {{ cedula }}.")
    f.item("**SEGUNDO:** Que ordene a {{ organismo }} y a la autoridad a cargo de {{ centro_reclusion }} informar, "
           "dentro de las veinticuatro (24) horas siguientes, el lugar de reclusión, los motivos y el fundamento de "
           "la privación de libertad y la autoridad a cuya orden se encuentra, y que {{ el_la }} agraviad{{ o_a }} "
           "sea puest{{ o_a }} bajo la custodia de este Tribunal.")
    f.item("**TERCERO:** Que ordene su presentación ante este Tribunal y la práctica de un examen médico-forense que "
           "deje constancia de su estado de salud y de su integridad física.")
    f.item("**CUARTO:** Que declare con lugar la presente acción y acuerde su inmediata libertad [completar: o el cese "
           "de las restricciones o de la incomunicación].")
    f.text("Anexos: [completar: documentos que se acompañan, si los hay].")
    f.text(CLOSING)
    f.signature("Solicitante")
    return f.save("habeas-corpus.es.docx")


# --- 3. traslado médico ------------------------------------------------------------------------------

def traslado_medico() -> Path:
    f = Filing("Solicitud de evaluación médica y traslado a centro de salud", "es")
    court_addressee(f)
    f.title("SOLICITUD DE EVALUACIÓN MÉDICA Y TRASLADO A CENTRO DE SALUD")
    f.text(f"{COUNSEL}, actuando en mi carácter de defensor(a) privado(a) {CLIENT}, carácter que consta en autos, ante "
           "usted ocurro respetuosamente para solicitar que se ordene, con carácter urgente, la evaluación médica de "
           "mi defendid{{ o_a }} y su traslado a un centro de salud, con base en los fundamentos siguientes:")
    f.heading("I. DE LA SITUACIÓN DE SALUD")
    f.text("Mi defendid{{ o_a }}, detenid{{ o_a }} en fecha {{ fecha_detencion }}, se encuentra recluid{{ o_a }} en "
           "{{ centro_reclusion }} ({{ centro_reclusion_ubicacion }}), a la orden de este Tribunal.")
    f.text("Presenta el siguiente cuadro de salud: {{ salud }}.")
    f.text("Requiere: {{ tratamiento_requerido }}.")
    f.text("Atención médica negada o demorada: {{ atencion_negada }}.")
    f.text("[completar: síntomas actuales, informes médicos disponibles (anexarlos), medicamentos que requiere y si "
           "el centro de reclusión cuenta con un servicio médico capaz de atenderl{{ o_a }}].")
    f.text("Las condiciones de reclusión en {{ centro_reclusion }} no permiten brindarle la atención que su estado "
           "requiere, y la demora en el diagnóstico y el tratamiento pone en riesgo su vida y su integridad física.")
    f.heading("II. DEL DERECHO")
    f.text("El Estado es garante de la vida y de la salud de las personas bajo su custodia. El artículo 43 de la "
           "Constitución de la República Bolivariana de Venezuela consagra la inviolabilidad del derecho a la vida y "
           "obliga al Estado a proteger la vida de las personas privadas de su libertad; el artículo 46 garantiza a "
           "toda persona privada de libertad el respeto a su integridad física, psíquica y moral y a la dignidad "
           "inherente al ser humano; el artículo 83 reconoce la salud como un derecho social fundamental, y el "
           "artículo 272 ordena que el sistema penitenciario asegure los derechos humanos de las personas privadas "
           "de libertad.")
    f.text("Las Reglas Mínimas de las Naciones Unidas para el Tratamiento de los Reclusos (Reglas Nelson Mandela), "
           "en sus reglas 24 a 27, disponen que la prestación de servicios médicos a los reclusos es una "
           "responsabilidad del Estado, que los reclusos deben gozar de los mismos estándares de atención sanitaria "
           "que estén disponibles en la comunidad exterior, y que quienes requieran cuidados especiales o cirugía "
           "serán trasladados a establecimientos especializados o a hospitales civiles.")
    f.text("Corresponde a este Tribunal, en ejercicio del control judicial previsto en el artículo 264 del Código "
           "Orgánico Procesal Penal, velar por el cumplimiento de los principios y garantías establecidos en la "
           "Constitución, en los tratados internacionales y en el propio Código respecto de las personas privadas de "
           "libertad a su orden.")
    f.heading("III. PETITORIO")
    f.item("**PRIMERO:** Que ordene con carácter urgente una evaluación médica integral {{ del_de_la }} "
           "ciudadan{{ o_a }} {{ nombre }}, titular de la cédula de identidad N.º {{ cedula }}, por médicos forenses "
           "del Servicio Nacional de Medicina y Ciencias Forenses (SENAMECF) [completar: o por el médico "
           "especialista de confianza de la defensa], quienes consignarán su informe ante este Tribunal.")
    f.item("**SEGUNDO:** Que ordene su traslado inmediato a [completar: centro de salud propuesto] para recibir el "
           "diagnóstico y el tratamiento que requiere, con la custodia que el Tribunal estime necesaria, y oficie lo "
           "conducente a la dirección de {{ centro_reclusion }}.")
    f.item("**TERCERO:** Que autorice el ingreso de los medicamentos y de la alimentación indicados por los médicos "
           "tratantes, y el acceso de sus familiares y de su defensa a los informes médicos.")
    f.item("**CUARTO:** Que, si su estado de salud resulta incompatible con la reclusión, examine la medida de "
           "coerción personal conforme al artículo 250 del Código Orgánico Procesal Penal y la sustituya por una "
           "menos gravosa.")
    f.text(CLOSING)
    f.signature("Defensor(a) privado(a)")
    return f.save("traslado-medico.es.docx")


# --- 4. solicitud de información sobre paradero ----------------------------------------------------------

def paradero() -> Path:
    f = Filing("Solicitud de información sobre paradero", "es")
    f.lines("Ciudadano(a)", "Fiscal Superior del Ministerio Público de la Circunscripción Judicial de "
            "[completar: circunscripción]", "Su despacho.-")
    f.lines("Con copia a: Defensoría del Pueblo; dirección de {{ organismo }}; {{ tribunal }}. [completar: quitar o "
            "añadir destinatarios]", bold=False)
    f.title("SOLICITUD DE INFORMACIÓN SOBRE PARADERO Y SITUACIÓN JURÍDICA")
    f.text(f"{COUNSEL}, actuando en mi carácter de abogado(a) de confianza {CLIENT}, a solicitud de sus familiares y "
           "en ejercicio del derecho de petición consagrado en el artículo 51 de la Constitución de la República "
           "Bolivariana de Venezuela, me dirijo a usted para solicitar información urgente sobre su paradero, en los "
           "términos siguientes:")
    f.heading("I. DE LOS HECHOS")
    f.text("En fecha {{ fecha_detencion }}, {{ el_la }} ciudadan{{ o_a }} {{ nombre }} fue detenid{{ o_a }} en "
           "{{ lugar_detencion }} por funcionarios adscritos a {{ organismo }}. El último lugar de reclusión del que "
           "se tuvo noticia es {{ centro_reclusion }}.")
    f.tag("{%p if paradero_desconocido %}")
    f.text("Desde el {{ paradero_desconocido_desde }} sus familiares y su defensa desconocen su paradero: han "
           "transcurrido {{ dias_sin_paradero }} días sin que ninguna autoridad informe dónde se encuentra, a la "
           "orden de qué autoridad está ni cuál es su estado de salud.")
    f.tag("{%p else %}")
    f.text("Sus familiares y su defensa no han podido confirmar dónde se encuentra, a la orden de qué autoridad está "
           "ni cuál es su estado de salud desde el [completar: fecha desde la que no se tiene noticia].")
    f.tag("{%p endif %}")
    f.text("[completar: gestiones hechas sin resultado: visitas a sedes policiales y centros de reclusión, llamadas, "
           "denuncias, con sus fechas y los funcionarios que atendieron].")
    f.heading("II. FUNDAMENTOS")
    f.text("El artículo 44, numeral 2, de la Constitución garantiza a toda persona detenida el derecho a comunicarse "
           "de inmediato con sus familiares, abogado o persona de su confianza, y a estos el derecho a ser informados "
           "del lugar donde se encuentra; el mismo numeral obliga a la autoridad competente a llevar registros "
           "públicos de toda detención realizada, que comprendan la identidad de la persona detenida, el lugar, la "
           "hora, las condiciones y los funcionarios que la practicaron. El artículo 45 prohíbe a la autoridad "
           "pública, sea civil o militar, aun en estado de emergencia, excepción o restricción de garantías, "
           "practicar, permitir o tolerar la desaparición forzada de personas.")
    f.text("Corresponde al Ministerio Público, conforme al artículo 285 de la Constitución, garantizar en los "
           "procesos judiciales el respeto de los derechos y garantías constitucionales y de los tratados "
           "internacionales suscritos por la República, así como ordenar y dirigir la investigación penal. La "
           "negativa a informar sobre el paradero de una persona privada de libertad por agentes del Estado puede "
           "configurar el delito de desaparición forzada de personas previsto en el artículo 180-A del Código Penal "
           "y en la Convención Interamericana sobre Desaparición Forzada de Personas.")
    f.heading("III. PETITORIO")
    f.item("**PRIMERO:** Que informe, en el lapso más breve posible dada la urgencia del caso, el lugar exacto en que "
           "se encuentra recluid{{ o_a }} {{ el_la }} ciudadan{{ o_a }} {{ nombre }}, titular de la cédula de "
           "identidad N.º {{ cedula }}, el organismo que ejerce su custodia y la autoridad a cuya orden se encuentra.")
    f.item("**SEGUNDO:** Que informe si ha sido presentad{{ o_a }} ante un tribunal, cuál es ese tribunal y el número "
           "de expediente, y qué delitos se le imputan.")
    f.item("**TERCERO:** Que garantice de inmediato su comunicación con su abogado de confianza y con sus familiares, "
           "y que se deje constancia de su estado de salud física y psíquica.")
    f.item("**CUARTO:** Que, de no ser ubicad{{ o_a }}, ordene el inicio de la investigación penal por la presunta "
           "desaparición forzada y practique las diligencias urgentes para dar con su paradero.")
    f.text("A la espera de una oportuna y adecuada respuesta, conforme al artículo 51 de la Constitución. Dirección "
           "para notificaciones: {{ organizacion_direccion }}.")
    f.text("En [completar: ciudad], a {{ fecha_hoy }}.")
    f.signature("Abogado(a)")
    return f.save("paradero.es.docx")


# --- 5. the Working Group on Arbitrary Detention --------------------------------------------------------

def wgad_en() -> Path:
    f = Filing("Individual communication to the Working Group on Arbitrary Detention", "en", paper="a4")
    f.lines("Working Group on Arbitrary Detention", "Office of the United Nations High Commissioner for Human Rights",
            "United Nations Office at Geneva", "8-14 avenue de la Paix, 1211 Geneva 10, Switzerland",
            "E-mail: [complete: the address given on the Working Group's web page]")
    f.title("INDIVIDUAL COMMUNICATION", "Questionnaire for persons alleging arbitrary arrest or detention",
            "Venezuela (Bolivarian Republic of) — {{ nombre }}")
    f.heading("I. IDENTITY")
    f.table([("1. Family name", "{{ apellidos }}"), ("2. First name", "{{ nombres }}"), ("3. Sex", "{{ sexo }}"),
             ("4. Birth date or age", "{{ fecha_nacimiento }} (age {{ edad }})"),
             ("5. Nationality", "{{ nacionalidad }}"),
             ("6. Identity document", "Venezuelan identity card (cédula de identidad) No. {{ cedula }}"),
             ("7. Profession and/or activity", "{{ ocupacion }}"),
             ("8. Address of usual residence", "[complete: only if giving it puts no one at risk]")])
    f.heading("II. ARREST")
    f.table([("1. Date of arrest", "{{ fecha_detencion }}"),
             ("2. Place of arrest", "{{ lugar_detencion }} ({{ estado_detencion }})"),
             ("3. Forces who carried out the arrest", "{{ organismo }}"),
             ("4. Did they show a warrant or other decision by a public authority?",
              "[complete: yes or no; describe]"),
             ("5. Authority who issued the warrant or decision", "[complete]"),
             ("6. Reasons for the arrest imputed by the authorities", "{{ cargos }}"),
             ("7. Legal basis for the arrest, including relevant legislation applied",
              "[complete: provisions of the Criminal Code or special laws invoked]")])
    f.heading("III. DETENTION")
    f.table([("1. Date of detention", "{{ fecha_detencion }}"),
             ("2. Duration of detention", "{{ tiempo_detenido }} ({{ dias_detenido }} days) as of {{ fecha_hoy }}"),
             ("3. Forces holding the detainee under custody", "{{ organismo }}"),
             ("4. Places of detention", "{{ centro_reclusion }} ({{ centro_reclusion_ubicacion }}). "
                                        "[complete: earlier places and transfers, with dates]"),
             ("5. Authorities that ordered the detention",
              "{{ tribunal }}, case file No. {{ expediente }}; judge: {{ juez }}; prosecutor: {{ fiscal }}"),
             ("6. Reasons for the detention imputed by the authorities", "{{ cargos }}"),
             ("7. Legal basis for the detention, including relevant legislation applied", "[complete]"),
             ("8. Jurisdiction and phase", "{{ jurisdiccion }}; {{ fase }}"),
             ("9. Co-defendants in the same proceedings", "{{ coimputados }}"),
             ("10. Hearings deferred", "{{ audiencias_diferidas }}"),
             ("11. Current situation", "{{ situacion }}, since {{ situacion_desde }}"),
             ("12. Health", "{{ salud }}")])
    f.heading("IV. CIRCUMSTANCES OF THE ARREST AND DETENTION, AND WHY THEY ARE ARBITRARY")
    f.text("[complete: the facts in order, with dates and sources: how {{ nombre }} was arrested, where and by whom; "
           "whether and when they were brought before a judge; access to a lawyer of their choice and to their "
           "family; transfers; hearings held and deferred; treatment in custody.]")
    f.text("The source submits that the deprivation of liberty of {{ nombre }} is arbitrary under the following "
           "categories of the Working Group's methods of work:")
    f.item("Category I — it is clearly impossible to invoke any legal basis justifying it: [complete: e.g. arrest "
           "without a warrant and outside flagrante delicto; detention continued beyond the two-year limit of "
           "article 230 of the Organic Code of Criminal Procedure; detention after a release order].")
    f.item("Category II — it results from the exercise of the rights or freedoms guaranteed by articles 7, 13, 14, "
           "18, 19, 20 and 21 of the Universal Declaration of Human Rights and articles 12, 18, 19, 21, 22, 25, 26 "
           "and 27 of the International Covenant on Civil and Political Rights: [complete: the opinion, activity or "
           "association for which the person was detained].")
    f.item("Category III — the non-observance of the international norms relating to the right to a fair trial is "
           "of such gravity as to give the deprivation of liberty an arbitrary character: [complete: e.g. not "
           "brought promptly before a judge; incommunicado detention; a lawyer of choice refused and a public "
           "defender imposed; a civilian tried by a military court; hearings deferred again and again].")
    f.item("Category V — it constitutes a violation of international law on the grounds of discrimination based on "
           "political or other opinion, or another ground, aimed at or resulting in ignoring the equality of human "
           "beings: [complete].")
    f.heading("V. DOMESTIC REMEDIES")
    f.text("The proceedings are before {{ tribunal }} (case file No. {{ expediente }}). [complete: the steps taken "
           "before the judicial and administrative authorities — habeas corpus, requests for review of the measure "
           "(article 250 of the Organic Code of Criminal Procedure) or for its lapse (article 230), complaints to the "
           "Public Prosecutor's Office and the Ombudsman — with their dates and results, or why they were "
           "ineffective or not taken.] The Working Group does not require domestic remedies to be exhausted; they "
           "are described for completeness.")
    f.heading("VI. SOURCE OF THE COMMUNICATION")
    f.table([("Submitted by", "{{ abogado }}, {{ organizacion }}"),
             ("Address", "{{ organizacion_direccion }}"),
             ("Telephone and e-mail", "[complete: a safe channel]"),
             ("Consent", "[complete: whether the person or their family agree to this communication]"),
             ("Confidentiality", "[complete: whether the source asks that its identity be kept confidential]")])
    f.text("Date: {{ fecha_hoy }}")
    f.signature()
    return f.save("wgad.en.docx")


def wgad_es() -> Path:
    f = Filing("Comunicación individual al Grupo de Trabajo sobre la Detención Arbitraria", "es", paper="a4")
    f.lines("Grupo de Trabajo sobre la Detención Arbitraria",
            "Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos",
            "Oficina de las Naciones Unidas en Ginebra", "8-14 avenue de la Paix, 1211 Ginebra 10, Suiza",
            "Correo electrónico: [completar: la dirección indicada en la página del Grupo de Trabajo]")
    f.title("COMUNICACIÓN INDIVIDUAL",
            "Cuestionario para las personas que aleguen haber sido arrestadas o detenidas arbitrariamente",
            "Venezuela (República Bolivariana de) — {{ nombre }}")
    f.heading("I. IDENTIDAD")
    f.table([("1. Apellidos", "{{ apellidos }}"), ("2. Nombres", "{{ nombres }}"), ("3. Sexo", "{{ sexo }}"),
             ("4. Fecha de nacimiento o edad", "{{ fecha_nacimiento }} ({{ edad }} años)"),
             ("5. Nacionalidad", "{{ nacionalidad }}"),
             ("6. Documento de identidad", "Cédula de identidad venezolana N.º {{ cedula }}"),
             ("7. Profesión o actividad", "{{ ocupacion }}"),
             ("8. Domicilio habitual", "[completar: solo si indicarlo no pone a nadie en riesgo]")])
    f.heading("II. ARRESTO")
    f.table([("1. Fecha del arresto", "{{ fecha_detencion }}"),
             ("2. Lugar del arresto", "{{ lugar_detencion }} ({{ estado_detencion }})"),
             ("3. Fuerzas que practicaron el arresto", "{{ organismo }}"),
             ("4. ¿Mostraron una orden u otra decisión de una autoridad pública?", "[completar: sí o no; describir]"),
             ("5. Autoridad que emitió la orden o decisión", "[completar]"),
             ("6. Motivos del arresto invocados por las autoridades", "{{ cargos }}"),
             ("7. Fundamento jurídico del arresto, incluida la legislación aplicada",
              "[completar: artículos del Código Penal o de leyes especiales invocados]")])
    f.heading("III. DETENCIÓN")
    f.table([("1. Fecha de la detención", "{{ fecha_detencion }}"),
             ("2. Duración de la detención", "{{ tiempo_detenido }} ({{ dias_detenido }} días) al {{ fecha_hoy }}"),
             ("3. Fuerzas que mantienen la custodia", "{{ organismo }}"),
             ("4. Lugares de detención", "{{ centro_reclusion }} ({{ centro_reclusion_ubicacion }}). "
                                         "[completar: lugares anteriores y traslados, con fechas]"),
             ("5. Autoridades que ordenaron la detención",
              "{{ tribunal }}, expediente N.º {{ expediente }}; juez(a): {{ juez }}; fiscal: {{ fiscal }}"),
             ("6. Motivos de la detención invocados por las autoridades", "{{ cargos }}"),
             ("7. Fundamento jurídico de la detención, incluida la legislación aplicada", "[completar]"),
             ("8. Jurisdicción y fase", "{{ jurisdiccion }}; {{ fase }}"),
             ("9. Coimputados en la misma causa", "{{ coimputados }}"),
             ("10. Audiencias diferidas", "{{ audiencias_diferidas }}"),
             ("11. Situación actual", "{{ situacion }}, desde el {{ situacion_desde }}"),
             ("12. Salud", "{{ salud }}")])
    f.heading("IV. CIRCUNSTANCIAS DEL ARRESTO Y DE LA DETENCIÓN, Y POR QUÉ SON ARBITRARIOS")
    f.text("[completar: los hechos en orden, con fechas y fuentes: cómo, dónde y por quién fue arrestad{{ o_a }} "
           "{{ nombre }}; si fue presentad{{ o_a }} ante un juez y cuándo; acceso a un abogado de confianza y a su "
           "familia; traslados; audiencias celebradas y diferidas; trato recibido bajo custodia.]")
    f.text("La fuente sostiene que la privación de libertad de {{ nombre }} es arbitraria conforme a las siguientes "
           "categorías de los métodos de trabajo del Grupo de Trabajo:")
    f.item("Categoría I — es manifiestamente imposible invocar fundamento jurídico alguno que la justifique: "
           "[completar: p. ej., arresto sin orden judicial y fuera de flagrancia; detención mantenida más allá del "
           "límite de dos años del artículo 230 del Código Orgánico Procesal Penal; detención tras una orden de "
           "excarcelación].")
    f.item("Categoría II — resulta del ejercicio de los derechos o libertades proclamados en los artículos 7, 13, 14, "
           "18, 19, 20 y 21 de la Declaración Universal de Derechos Humanos y en los artículos 12, 18, 19, 21, 22, 25, "
           "26 y 27 del Pacto Internacional de Derechos Civiles y Políticos: [completar: la opinión, actividad o "
           "asociación por la que fue detenid{{ o_a }}].")
    f.item("Categoría III — la inobservancia de las normas internacionales relativas al derecho a un juicio "
           "imparcial es de una gravedad tal que confiere a la privación de libertad carácter arbitrario: "
           "[completar: p. ej., no fue presentad{{ o_a }} sin demora ante un juez; incomunicación; se le negó un "
           "abogado de confianza y se le impuso un defensor público; civil juzgado por un tribunal militar; "
           "audiencias diferidas una y otra vez].")
    f.item("Categoría V — constituye una vulneración del derecho internacional por discriminación por motivos de "
           "opinión política o de otra índole, o por otra condición, que lleva o puede llevar a ignorar el principio "
           "de igualdad de los seres humanos: [completar].")
    f.heading("V. RECURSOS INTERNOS")
    f.text("La causa cursa ante {{ tribunal }} (expediente N.º {{ expediente }}). [completar: las gestiones ante las "
           "autoridades judiciales y administrativas — habeas corpus, solicitudes de revisión de la medida (artículo "
           "250 del Código Orgánico Procesal Penal) o de su decaimiento (artículo 230), denuncias ante el Ministerio "
           "Público y la Defensoría del Pueblo — con sus fechas y resultados, o por qué no fueron eficaces o no se "
           "intentaron.] El Grupo de Trabajo no exige el agotamiento de los recursos internos; se describen para "
           "su información.")
    f.heading("VI. FUENTE DE LA COMUNICACIÓN")
    f.table([("Presentada por", "{{ abogado }}, {{ organizacion }}"),
             ("Dirección", "{{ organizacion_direccion }}"),
             ("Teléfono y correo electrónico", "[completar: un canal seguro]"),
             ("Consentimiento", "[completar: si la persona o su familia están de acuerdo con esta comunicación]"),
             ("Confidencialidad", "[completar: si la fuente pide que su identidad se mantenga en reserva]")])
    f.text("Fecha: {{ fecha_hoy }}")
    f.signature()
    return f.save("wgad.es.docx")


# --- 6. precautionary measures, IACHR -------------------------------------------------------------------

def cidh_cautelares() -> Path:
    f = Filing("Solicitud de medidas cautelares a la Comisión Interamericana de Derechos Humanos", "es")
    f.lines("Comisión Interamericana de Derechos Humanos", "Secretaría Ejecutiva", "1889 F Street, N.W.",
            "Washington, D.C. 20006, Estados Unidos de América")
    f.title("SOLICITUD DE MEDIDAS CAUTELARES",
            "(Artículo 25 del Reglamento de la Comisión Interamericana de Derechos Humanos)",
            "Propuesto(a) beneficiario(a): {{ nombre }} — Estado: Venezuela")
    f.text("**{{ organizacion }}**, representada por **{{ abogado }}**, se dirige a la Comisión Interamericana de "
           "Derechos Humanos para solicitar, con fundamento en el artículo 106 de la Carta de la Organización de los "
           "Estados Americanos, el artículo 41.b de la Convención Americana sobre Derechos Humanos, el artículo 18.b "
           "del Estatuto de la Comisión y el artículo 25 de su Reglamento, que requiera al Estado de Venezuela la "
           "adopción de medidas cautelares para proteger los derechos a la vida, a la integridad personal y a la "
           "salud {{ del_de_la }} ciudadan{{ o_a }} **{{ nombre }}**, quien se encuentra en una situación de gravedad "
           "y urgencia que presenta un riesgo de daño irreparable.")
    f.heading("I. DATOS DE LA PERSONA PROPUESTA COMO BENEFICIARIA")
    f.table([("Nombre", "{{ nombre }}"), ("Cédula de identidad", "{{ cedula }}"),
             ("Fecha de nacimiento", "{{ fecha_nacimiento }} ({{ edad }} años)"),
             ("Nacionalidad", "{{ nacionalidad }}"), ("Ocupación", "{{ ocupacion }}"),
             ("Situación actual", "{{ situacion }}, desde el {{ situacion_desde }}"),
             ("Lugar de reclusión", "{{ centro_reclusion }} ({{ centro_reclusion_ubicacion }})"),
             ("Causa penal", "Expediente N.º {{ expediente }}, {{ tribunal }} (jurisdicción {{ jurisdiccion }})"),
             ("Coimputados", "{{ coimputados }}"),
             ("Familiares de contacto", "[completar: solo con su consentimiento y si es seguro]")])
    f.heading("II. DESCRIPCIÓN DE LOS HECHOS")
    f.text("En fecha {{ fecha_detencion }}, {{ el_la }} ciudadan{{ o_a }} {{ nombre }} fue detenid{{ o_a }} en "
           "{{ lugar_detencion }} ({{ estado_detencion }}) por funcionarios de {{ organismo }}. Se le imputan los "
           "delitos de {{ cargos }}. A {{ fecha_hoy }} ha permanecido privad{{ o_a }} de libertad durante "
           "{{ tiempo_detenido }}.")
    f.tag("{%p if paradero_desconocido %}")
    f.text("Desde el {{ paradero_desconocido_desde }} ({{ dias_sin_paradero }} días) se desconoce su paradero: "
           "ninguna autoridad ha informado dónde se encuentra ni a la orden de quién.")
    f.tag("{%p endif %}")
    f.text("[completar: relato cronológico de los hechos: circunstancias de la detención, traslados, incomunicación, "
           "audiencias diferidas, amenazas o malos tratos, con sus fechas y fuentes].")
    f.heading("III. GRAVEDAD, URGENCIA E IRREPARABILIDAD")
    f.text("**Gravedad.** Estado de salud: {{ salud }}. Tratamiento que requiere: {{ tratamiento_requerido }}. "
           "Atención médica negada o demorada: {{ atencion_negada }}. [completar: el impacto grave de las acciones u "
           "omisiones del Estado sobre la vida y la integridad personal].")
    f.text("**Urgencia.** [completar: por qué el riesgo es inminente y puede materializarse, de modo que requiere "
           "una acción preventiva o tutelar inmediata].")
    f.text("**Daño irreparable.** [completar: por qué la afectación de la vida, la integridad o la salud no sería "
           "susceptible de reparación, restauración o adecuada indemnización].")
    f.heading("IV. GESTIONES ANTE LAS AUTORIDADES INTERNAS")
    f.text("[completar: las solicitudes presentadas ante {{ tribunal }}, el Ministerio Público, la Defensoría del "
           "Pueblo u otras autoridades (habeas corpus, traslado médico, información sobre paradero…), con sus fechas "
           "y resultados; o las razones por las que no fue posible acudir a ellas].")
    f.heading("V. CONSENTIMIENTO Y RESERVA DE IDENTIDAD")
    f.text("[completar: si {{ el_la }} propuest{{ o_a }} beneficiari{{ o_a }} o sus familiares consienten esta "
           "solicitud, o por qué no es posible obtener su conformidad (incomunicación, paradero desconocido); y si "
           "los solicitantes piden que su identidad se mantenga en reserva frente al Estado].")
    f.heading("VI. SOLICITUD")
    f.text("Por lo expuesto, se solicita a la Comisión que requiera al Estado de Venezuela:")
    f.item("1. Adoptar las medidas necesarias para proteger la vida, la integridad personal y la salud "
           "{{ del_de_la }} ciudadan{{ o_a }} {{ nombre }}.")
    f.item("2. Informar sobre su paradero y su situación jurídica, y permitirle comunicarse con sus familiares y con "
           "su abogado de confianza.")
    f.item("3. Garantizarle atención médica oportuna y adecuada, conforme a lo indicado por los médicos tratantes.")
    f.item("4. Asegurar que sus condiciones de detención se ajusten a los estándares internacionales aplicables.")
    f.item("5. Concertar las medidas a adoptarse con {{ el_la }} beneficiari{{ o_a }} y sus representantes.")
    f.item("6. Informar sobre las acciones adelantadas para investigar los hechos que dieron lugar a la solicitud y "
           "evitar su repetición.")
    f.text("Anexos: [completar: documentos y pruebas que se acompañan].")
    f.text("Dirección para notificaciones: {{ organizacion_direccion }}. [completar: correo electrónico y teléfono "
           "seguros].")
    f.text("{{ fecha_hoy }}")
    f.signature("{{ organizacion }}")
    return f.save("cidh-cautelares.es.docx")


BUILDERS = (decaimiento, habeas_corpus, traslado_medico, paradero, wgad_en, wgad_es, cidh_cautelares)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for build in BUILDERS:
        print(build().relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
