"""The recovery sheet: the words that unlock a vault whose password is lost, on paper.

Made in memory and written or printed only where the user says. Spanish and English on the
same page, so whoever holds it later can follow it.
"""

from __future__ import annotations

import io
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from casedesk.reports.common import BODY, H1, H2, SMALL, TABLE_FONT, local_time

_WORD = ParagraphStyle("word", parent=BODY, fontName="Vera-Bold", fontSize=15, leading=20)

_TEXT = {
    "es": ("Hoja de recuperación de CaseDesk",
           "Estas palabras abren la bóveda si se olvida la contraseña. Quien tenga esta hoja y el "
           "portátil puede leer todos los casos: guárdela lejos del portátil, en un sobre cerrado, en un "
           "lugar seguro (una caja fuerte, una persona de confianza). No la fotografíe ni la escanee.",
           "Para usarla: en CaseDesk, «¿Olvidó la contraseña?», escriba las palabras en orden y elija una "
           "contraseña nueva. La anterior dejará de funcionar.",
           "Bóveda {fingerprint} · hoja creada el {when}. Una hoja nueva anula esta."),
    "en": ("CaseDesk recovery sheet",
           "These words open the vault if the passphrase is forgotten. Whoever holds this sheet and the "
           "laptop can read every case: keep it away from the laptop, in a sealed envelope, somewhere safe "
           "(a safe, a trusted person). Do not photograph or scan it.",
           "To use it: in CaseDesk, “Forgot the passphrase?”, type the words in order and choose a new "
           "passphrase. The old one will stop working.",
           "Vault {fingerprint} · sheet made {when}. A new sheet cancels this one."),
}


def build_recovery_sheet(words: str, *, vault_fingerprint: str, made_at: datetime) -> bytes:
    """One A4 page, both languages, the words numbered in a grid; returns the PDF's bytes."""
    out = io.BytesIO()
    document = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                                 bottomMargin=18 * mm, title="CaseDesk", author="CaseDesk", invariant=True,
                                 initialFontName="Vera")
    listed = words.split()
    cells = [[Paragraph(f"<font size=9 color='#666666'>{n + 1}.</font> {escape(listed[n])}", _WORD)
              for n in range(row, min(row + 4, len(listed)))] for row in range(0, len(listed), 4)]
    grid = Table(cells, colWidths=[42.5 * mm] * 4, rowHeights=14 * mm)
    grid.setStyle(TableStyle([TABLE_FONT, ("BOX", (0, 0), (-1, -1), 1, colors.black),
                              ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999")),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story = []
    for language in ("es", "en"):
        title, keep, use, footer = _TEXT[language]
        when = local_time(made_at, language)
        story += [Paragraph(escape(title), H1 if language == "es" else H2), Paragraph(escape(keep), BODY),
                  Spacer(0, 3 * mm), Paragraph(escape(use), BODY), Spacer(0, 3 * mm),
                  Paragraph(escape(footer.format(fingerprint=vault_fingerprint, when=when)), SMALL), Spacer(0, 6 * mm)]
    story[5:5] = [grid, Spacer(0, 4 * mm)]
    document.build(story)
    return out.getvalue()
