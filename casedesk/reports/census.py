"""The census as a PDF: the figures on a date, the held count month by month, and who entered
and left the list, in Spanish or English. Built in memory from plain data."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from casedesk.domain.vocabulary import CivilianMilitary, EventKind, Sex, Stage, Status
from casedesk.reports.common import (
    ACCENT, BODY, GREY, H1, H2, SMALL, TABLE_FONT, build_furnished, grid, heading, letterhead_block, long_date,
    nice_step, number, short_date, short_month,
)

_FIGURE = ParagraphStyle("figure", parent=BODY, fontName="Vera-Bold", fontSize=30, leading=36, textColor=ACCENT)
_SUBTITLE = ParagraphStyle("subtitle", parent=BODY, fontSize=12, leading=16, textColor=GREY)
_SUMMARY = ParagraphStyle("summary", parent=BODY, fontSize=11, leading=15)


@dataclass(frozen=True)
class CensusText:
    """Every fixed word of the census report, in one language."""

    title: str
    as_of: str
    held: str
    of_whom: str
    since: str
    chart: str
    breakdowns: dict[str, str]
    entered: str
    left: str
    columns: tuple[str, str, str, str, str]
    method: str
    not_recorded: str
    others: str
    months: str
    none: str
    coverage: str
    coverage_fields: dict[str, str]
    releases_chart: str = ""
    values: dict[str, str] | None = None        # labels of the new breakdowns' codes
    held_one: str = ""                          # "held" for exactly one person


TEXT = {
    "es": CensusText(
        "Personas detenidas por razones políticas", "Censo al {day}", "personas detenidas",
        "De ellas, {foreigners} y {military}.",
        "Desde el {day}: {entered} entraron en la lista y {left} salieron.",
        "Personas detenidas al cierre de cada mes",
        {"by_status": "Por situación (todas las personas registradas)", "by_stage": "Por situación procesal",
         "by_minor": "Menores de edad al ser detenidas", "by_health": "Enfermedad grave",
         "by_whereabouts_unknown_days": "En desaparición forzada, por días",
         "by_sex": "Por sexo", "by_civilian_military": "Civiles y militares", "by_country": "Por país",
         "by_nationality": "Por nacionalidad (como se registró)",
         "by_state": "Por estado",
         "by_months_held": "Por tiempo detenidas", "by_facility": "Por centro de reclusión",
         "by_agency": "Por organismo aprehensor"},
        "Entraron en la lista desde el {day}", "Salieron de la lista desde el {day}",
        ("Nombre", "Desde", "Situación", "Motivo", "Caso"),
        "Calculado a partir de la cronología de cada persona: cuenta como detenida quien, en esa fecha, "
        "está detenida, en arresto domiciliario o en paradero desconocido según su último evento registrado. "
        "Cada persona cuenta una vez, aunque tenga varias detenciones. Una excarcelación cuenta solo "
        "cuando está verificada.",
        "sin dato", "otros ({count})", "{range} meses", "Nadie.",
        "Sin dato entre las personas detenidas: {parts}. Una cifra sin dato no es un cero.",
        {"nationality": "nacionalidad de {n}", "country": "país de {n}", "sex": "sexo de {n}",
         "civilian_military": "condición civil o militar de {n}", "stage": "situación procesal de {n}",
         "state": "estado de {n}", "minor": "edad al ser detenidas de {n}", "health": "estado de salud de {n}",
         "forced_disappearance": "días de desaparición de {n}"},
        "Excarcelaciones verificadas cada mes",
        {"minor": "Menor de edad", "adult": "Mayor de edad", "unknown": "Sin dato", "serious": "Con enfermedad grave",
         "not_serious": "Sin enfermedad grave conocida", "foreign_country_not_recorded": "Extranjera, país sin dato",
         "days": "{range} días", "longest": "más de 365 días"}, held_one="persona detenida"),
    "en": CensusText(
        "People held for political reasons", "Census as of {day}", "people held",
        "Of whom {foreigners} and {military}.",
        "Since {day}: {entered} entered the list and {left} left it.",
        "People held at the end of each month",
        {"by_status": "By status (everyone recorded)", "by_stage": "By procedural stage",
         "by_minor": "Minors when arrested", "by_health": "Serious illness",
         "by_whereabouts_unknown_days": "In forced disappearance, by days", "by_sex": "By sex",
         "by_civilian_military": "Civilian and military", "by_country": "By country",
         "by_nationality": "By nationality (as recorded)", "by_state": "By state",
         "by_months_held": "By time held", "by_facility": "By facility", "by_agency": "By arresting agency"},
        "Entered the list since {day}", "Left the list since {day}",
        ("Name", "Since", "Status", "Reason", "Case"),
        "Computed from each person's timeline: a person counts as held on a date when their latest "
        "recorded event leaves them detained, under house arrest or with whereabouts unknown. Each "
        "person counts once, however many times they were arrested. A release counts only once verified.",
        "not recorded", "others ({count})", "{range} months", "Nobody.",
        "Not recorded among the people held: {parts}. A figure not recorded is not a zero.",
        {"nationality": "nationality of {n}", "country": "country of {n}", "sex": "sex of {n}",
         "civilian_military": "civilian or military for {n}", "stage": "procedural stage of {n}",
         "state": "state of {n}", "minor": "age when arrested of {n}", "health": "health of {n}",
         "forced_disappearance": "days of disappearance of {n}"},
        "Releases verified each month",
        {"minor": "Minor", "adult": "Adult", "unknown": "Not recorded", "serious": "Serious illness",
         "not_serious": "No serious illness known", "foreign_country_not_recorded": "Foreign, country not recorded",
         "days": "{range} days", "longest": "over 365 days"}, held_one="person held"),
}

def _of_whom(text: CensusText, foreigners: int, military: int, language: str) -> str:
    """"De ellas, 1 extranjera y 3 militares": each noun agrees with its own number."""
    one = {"es": ("extranjera", "extranjeras", "militar", "militares"),
           "en": ("foreigner", "foreigners", "military", "military")}[language]
    return text.of_whom.format(foreigners=f"{number(foreigners, language)} {one[foreigners != 1]}",
                               military=f"{number(military, language)} {one[2 + (military != 1)]}")


_LONGEST_BREAKDOWN = 16
_BUCKET_ORDER = {label: position for position, label in enumerate(("0-3", "3-6", "6-12", "12-24", "24-60", "60+"))}
_DAY_ORDER = {label: position for position, label in enumerate(("0-7", "8-30", "31-90", "91-365", "365+"))}
_RELEASES_COLOUR = colors.HexColor("#2e7d32")
_H3 = ParagraphStyle("h3", parent=H2, fontSize=10.5, leading=13)
_VOCABULARIES = {"by_status": Status, "by_sex": Sex, "by_civilian_military": CivilianMilitary, "by_stage": Stage}


class HeldChart(Flowable):
    """Bars of the held count at each month's end, with a scale and a year on the axis.

    Drawn as one filled path so a twenty-year series costs no more than a short one.
    """

    def __init__(self, series: list[tuple[date, int]], language: str, width: float = 170 * mm,
                 height: float = 62 * mm, colour: Any = ACCENT) -> None:
        super().__init__()
        self.series, self.language, self.colour = series, language, colour
        self.width, self.height = width, height

    def wrap(self, *_: Any) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        left, bottom = 12 * mm, 8 * mm
        plot_width, plot_height = self.width - left, self.height - bottom - 3 * mm
        top = max((count for _, count in self.series), default=0)
        step = nice_step(top)
        scale_top = max(step, -(-top // step) * step)
        canvas.setFont("Vera", 6.5)
        canvas.setStrokeColor(colors.HexColor("#d0d6dc"))
        canvas.setLineWidth(0.3)
        for value in range(0, scale_top + 1, step):
            y = bottom + plot_height * value / scale_top
            canvas.line(left, y, left + plot_width, y)
            canvas.setFillColor(GREY)
            canvas.drawRightString(left - 1.5 * mm, y - 2, number(value, self.language))
        if not self.series:
            return
        slot = plot_width / len(self.series)
        bars = canvas.beginPath()
        for index, (_, count) in enumerate(self.series):
            if count:
                bars.rect(left + index * slot + slot * 0.1, bottom, slot * 0.8, plot_height * count / scale_top)
        canvas.setFillColor(self.colour)
        canvas.drawPath(bars, stroke=0, fill=1)
        canvas.setFillColor(GREY)
        every = max(1, round(len(self.series) / 8))
        for index in range(0, len(self.series), every):
            canvas.drawCentredString(left + (index + 0.5) * slot, bottom - 4 * mm,
                                     short_month(self.series[index][0], self.language))
        last_day, last_count = self.series[-1]
        canvas.setFont("Vera-Bold", 7)
        canvas.drawRightString(left + plot_width, bottom + plot_height * last_count / scale_top + 2,
                               number(last_count, self.language))


def build_census(census: dict[str, Any], series: list[tuple[date, int]], *, language: str,
                 vault_fingerprint: str, audit_head: str, generated_at: datetime,
                 letterhead: dict[str, Any] | None = None, summary: str = "",
                 releases: list[tuple[date, int]] | None = None) -> bytes:
    """The census report for `census` (as `Census.to_json()` gives it); returns the PDF's bytes.

    `summary` (the press paragraph) opens it; `releases` (verified releases, month by month)
    gets a chart under the held one. `letterhead` (plain data, see `Letterhead.for_report`)
    heads the first page when given."""
    text = TEXT[language]
    as_of = date.fromisoformat(census["as_of"])
    out = io.BytesIO()
    title = f"{text.title} — {text.as_of.format(day=long_date(as_of, language))}"
    document = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm, bottomMargin=24 * mm,
        title=title, author=(letterhead or {}).get("organisation") or "CaseDesk", creator="CaseDesk",
        invariant=True, initialFontName="Vera")
    story: list[Any] = [
        *letterhead_block(letterhead, language),
        Paragraph(escape(text.title), H1),
        Paragraph(escape(text.as_of.format(day=long_date(as_of, language))), _SUBTITLE), Spacer(0, 4 * mm),
        *([Paragraph(escape(summary), _SUMMARY), Spacer(0, 3 * mm)] if summary else []),
        Paragraph(f"{number(census['held'], language)} <font size=14 color='#444444'>"
                  f"{escape(text.held_one if census['held'] == 1 else text.held)}</font>", _FIGURE),
        Paragraph(escape(_of_whom(text, census["foreigners_held"], census["military_held"], language)), BODY),
    ]
    unknown = {name: count for name, count in census.get("unknown", {}).items() if count}
    if unknown:
        parts = ", ".join(text.coverage_fields[name].format(n=number(count, language)) for name, count in unknown.items())
        story.append(Paragraph(escape(text.coverage.format(parts=parts)), BODY))
    if "since" in census:
        since = long_date(date.fromisoformat(census["since"]), language)
        story.append(Paragraph(escape(text.since.format(day=since, entered=number(len(census["entered"]), language),
                                                        left=number(len(census["left"]), language))), BODY))
    story += [*heading(text.chart), HeldChart(series, language), Spacer(0, 2 * mm)]
    if releases is not None:
        story += [*heading(text.releases_chart), HeldChart(releases, language, height=40 * mm, colour=_RELEASES_COLOUR),
                  Spacer(0, 2 * mm)]
    story.append(Paragraph(escape(text.method), SMALL))
    tables = [_breakdown(key, census.get(key, {}), text, language) for key in text.breakdowns]
    pairs = Table([tables[i:i + 2] + [""] * (2 - len(tables[i:i + 2])) for i in range(0, len(tables), 2)],
                  colWidths=[85 * mm, 85 * mm])
    pairs.setStyle(TableStyle([TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(pairs)
    if "since" in census:
        for key, title_text in (("entered", text.entered), ("left", text.left)):
            rows = [[person["name"], person["since"] and short_date(date.fromisoformat(person["since"]), language),
                     Status(person["status"]).label(language), EventKind(person["reason"]).label(language),
                     person["case_id"][:8]] for person in census[key]]
            story += [*heading(title_text.format(day=since)),
                      grid(list(text.columns), rows, [55, 24, 32, 38, 21], none=text.none)]
    build_furnished(document, story, language=language, right_header=title, vault_fingerprint=vault_fingerprint,
                    audit_head=audit_head, generated_at=generated_at,
                    issuer=(letterhead or {}).get("organisation") or (letterhead or {}).get("lawyer") or "")
    return out.getvalue()


def _breakdown(key: str, counts: dict[str, int], text: CensusText, language: str) -> Any:
    """One small table: label and count, largest first (statuses in their own order)."""
    vocabulary = _VOCABULARIES.get(key)
    rows = []
    if key == "by_status":
        ordered = list(counts.items())
    elif key == "by_months_held":      # shortest first, as the buckets run
        ordered = sorted(counts.items(), key=lambda kv: _BUCKET_ORDER.get(kv[0], len(_BUCKET_ORDER)))
    elif key == "by_whereabouts_unknown_days":
        ordered = sorted(counts.items(), key=lambda kv: _DAY_ORDER.get(kv[0], len(_DAY_ORDER)))
    else:
        ordered = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ordered) > _LONGEST_BREAKDOWN:     # the rest in one line, so each table fits on a page
        rest = ordered[_LONGEST_BREAKDOWN - 1:]
        ordered = ordered[:_LONGEST_BREAKDOWN - 1] + [(text.others.format(count=number(len(rest), language)),
                                                       sum(c for _, c in rest))]
    for value, count in ordered:
        if value == "—":
            label = text.not_recorded
        elif vocabulary is not None and value in vocabulary._value2member_map_:
            label = vocabulary(value).label(language)
        elif key == "by_months_held":
            label = text.months.format(range=value.replace("-", "–"))
        elif key == "by_whereabouts_unknown_days":
            label = text.values["longest"] if value == "365+" else text.values["days"].format(range=value.replace("-", "–"))
        elif key in ("by_minor", "by_health", "by_country") and value in text.values:
            label = text.values[value]
        else:
            label = value
        rows.append([label, number(count, language)])
    if not rows:
        return [Paragraph(escape(text.breakdowns[key]), _H3), Paragraph(escape(text.none), BODY)]
    table = Table(rows, colWidths=[62 * mm, 18 * mm])
    table.setStyle(TableStyle([TABLE_FONT, ("FONTSIZE", (0, 0), (-1, -1), 8.5), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#d0d6dc")),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return [Paragraph(escape(text.breakdowns[key]), _H3), table]
