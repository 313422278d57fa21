"""Filings drafted from a case: the petitions lawyers file most, filled in and saved as DOCX.

The templates are Word files in `resources/templates/` (`NAME.LANGUAGE.docx`) that an
organisation may copy and change; their placeholders (`{{ nombre }}`, `{{ tribunal }}`…) are
listed with what each holds in `resources/templates/README.md` and in `PLACEHOLDERS` here.
They are filled from the case, its proceeding when it has one, and the organisation's
letterhead; what the vault cannot know reads "[completar: …]" ("[complete: …]" in English),
never "None" or an empty gap, so the lawyer sees what is left to write.

Values are escaped for XML (docxtpl with autoescape) and stripped of control characters; the
templates run in Jinja's sandbox, and a placeholder CaseDesk does not know is refused by
name before anything is written. The DOCX is not encrypted: like every export it is an
explicit act, written with owner-only permissions, recorded in the case's timeline (an event
of kind "filing") and in the audit log (the template and the case, never the text).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from casedesk.domain.errors import InvalidInput
from casedesk.domain.normalize import FuzzyDate
from casedesk.domain.vocabulary import (
    DatePrecision, EventKind, HearingOutcome, Jurisdiction, Phase, Sex, Stage, Status,
)
from casedesk.paths import resource_path
from casedesk.services.cases import NewEvent, add_event, days_held, find_case
from casedesk.services.letterhead import Letterhead, letterhead
from casedesk.storage.audit import AuditTrail, read_only
from casedesk.storage.models import (
    DetentionCase, Person, Proceeding, ProceedingDefendant, ProceedingEvent, database,
)
from casedesk.storage.vault import Vault

LANGUAGES = ("es", "en")


@dataclass(frozen=True)
class FilingTemplate:
    """One kind of filing: its name on the command line, its languages (the first is the
    default), what it is called and what it is for, and the first word of its file name."""

    name: str
    languages: tuple[str, ...]
    title_en: str
    title_es: str
    description_en: str
    description_es: str
    file_word_en: str
    file_word_es: str

    def title(self, language: str) -> str:
        return self.title_es if language == "es" else self.title_en

    def description(self, language: str) -> str:
        return self.description_es if language == "es" else self.description_en

    def file_word(self, language: str) -> str:
        """The first word of a proposed file name, in the language of the filing."""
        return self.file_word_es if language == "es" else self.file_word_en

    def path(self, language: str) -> Path:
        return resource_path("templates", f"{self.name}.{language}.docx")


TEMPLATES: tuple[FilingTemplate, ...] = (
    FilingTemplate(
        "decaimiento", ("es",),
        "Lapse of preventive detention (COPP art. 230)",
        "Decaimiento de la medida privativa de libertad (COPP art. 230)",
        "To the court: preventive detention has lasted more than two years without a sentence, so the "
        "measure lapses and the person must be released.",
        "Al tribunal: la privación judicial preventiva de libertad supera los dos años sin sentencia, por lo "
        "que la medida decae y procede la libertad.",
        "Decaimiento", "Decaimiento"),
    FilingTemplate(
        "habeas-corpus", ("es",),
        "Habeas corpus (amparo for personal liberty and security)",
        "Habeas corpus (amparo a la libertad y seguridad personal)",
        "To a control judge: an unlawful detention (no warrant, not brought before a judge, held incommunicado "
        "or after a release order); asks that the authority report within 24 hours and the person be freed.",
        "Ante un juez de control: una privación ilegítima de libertad (sin orden, sin presentación, "
        "incomunicación o permanencia tras una boleta de excarcelación); pide informe en 24 horas y la libertad.",
        "Habeas corpus", "Habeas corpus"),
    FilingTemplate(
        "traslado-medico", ("es",),
        "Medical transfer",
        "Traslado médico",
        "To the court: an urgent medical evaluation by a forensic doctor and transfer to a hospital, with the "
        "health information recorded in the case.",
        "Al tribunal: evaluación médico-forense urgente y traslado a un centro de salud, con la información "
        "de salud registrada en el caso.",
        "Medical transfer", "Traslado médico"),
    FilingTemplate(
        "paradero", ("es",),
        "Request for information on whereabouts",
        "Solicitud de información sobre paradero",
        "To the Public Prosecutor's Office (or the detaining agency): where the person is held, by whose "
        "order, and access for the lawyer and the family.",
        "Al Ministerio Público (o al organismo aprehensor): dónde está recluida la persona, a la orden de "
        "quién, y acceso del abogado y de la familia.",
        "Whereabouts", "Paradero"),
    FilingTemplate(
        "wgad", ("en", "es"),
        "Individual communication to the UN Working Group on Arbitrary Detention",
        "Comunicación individual al Grupo de Trabajo de la ONU sobre la Detención Arbitraria",
        "The Working Group's questionnaire: identity, arrest, detention, why it is arbitrary (categories I–V) "
        "and the domestic remedies tried. In English, or in Spanish.",
        "El cuestionario del Grupo de Trabajo: identidad, detención, reclusión, por qué es arbitraria "
        "(categorías I–V) y los recursos internos intentados. En inglés o en español.",
        "WGAD communication", "Comunicación GTDA"),
    FilingTemplate(
        "cidh-cautelares", ("es",),
        "Request for precautionary measures to the IACHR",
        "Solicitud de medidas cautelares a la CIDH",
        "To the Inter-American Commission (art. 25 of its Rules): serious and urgent risk of irreparable harm "
        "to life and integrity; the steps taken before the authorities.",
        "A la Comisión Interamericana (art. 25 del Reglamento): situación de gravedad y urgencia con riesgo de "
        "daño irreparable a la vida y la integridad; gestiones ante las autoridades.",
        "IACHR precautionary measures", "Medidas cautelares CIDH"),
)

#: Every placeholder a template may use: (Spanish, English) description. The README lists
#: the same, and a test holds the two together.
PLACEHOLDERS: dict[str, tuple[str, str]] = {
    # the person
    "nombre": ("Nombre completo de la persona detenida", "Full name of the detained person"),
    "nombres": ("Nombres", "Given names"),
    "apellidos": ("Apellidos", "Surnames"),
    "cedula": ("Cédula de identidad, con puntos (V-12.345.678)", "National ID, with dots (V-12.345.678)"),
    "fecha_nacimiento": ("Fecha de nacimiento, en letras", "Date of birth, written out"),
    "edad": ("Edad en años cumplidos (solo el número)", "Age in whole years (the number only)"),
    "sexo": ("Sexo, en palabras", "Sex, in words"),
    "nacionalidad": ("Nacionalidad", "Nationality"),
    "ocupacion": ("Ocupación", "Occupation"),
    "o_a": ("Terminación de género: «o», «a» u «o(a)» (detenid{{ o_a }})",
            "Spanish gender ending: “o”, “a” or “o(a)” (detenid{{ o_a }})"),
    "el_la": ("Artículo: «el», «la» o «el(la)»", "Spanish article: “el”, “la” or “el(la)”"),
    "del_de_la": ("«del», «de la» o «del (de la)»", "Spanish “del”, “de la” or “del (de la)”"),
    "al_a_la": ("«al», «a la» o «al (a la)»", "Spanish “al”, “a la” or “al (a la)”"),
    # the detention
    "fecha_detencion": ("Fecha de la detención, en letras", "Date of arrest, written out"),
    "lugar_detencion": ("Lugar de la detención", "Place of arrest"),
    "estado_detencion": ("Estado (entidad federal) de la detención", "State where the arrest took place"),
    "organismo": ("Organismo aprehensor", "Arresting agency"),
    "centro_reclusion": ("Centro de reclusión", "Place of detention"),
    "centro_reclusion_ubicacion": ("Ubicación del centro de reclusión", "Where the place of detention is"),
    "cargos": ("Delitos imputados", "Charges"),
    "dias_detenido": ("Días de privación de libertad (número)", "Days deprived of liberty (number)"),
    "tiempo_detenido": ("Tiempo de privación de libertad, en años, meses y días",
                        "Time deprived of liberty, in years, months and days"),
    "fecha_dos_anos": ("Fecha en que se cumplen dos años de la detención (COPP art. 230)",
                       "Date two years after the arrest (COPP art. 230)"),
    "situacion": ("Situación actual (detenido/a, paradero desconocido…)",
                  "Current status (detained, whereabouts unknown…)"),
    "situacion_desde": ("Desde cuándo rige la situación actual, en letras", "Since when, written out"),
    "situacion_procesal": ("Situación procesal (procesado/a, condenado/a…)", "Procedural stage"),
    "paradero_desconocido_desde": ("Desde cuándo se desconoce el paradero, en letras",
                                   "Since when the whereabouts are unknown, written out"),
    "dias_sin_paradero": ("Días con paradero desconocido (número)", "Days with whereabouts unknown (number)"),
    "paradero_desconocido": ("«sí» («yes») si hoy se desconoce el paradero; vacío si no (para {%p if %})",
                             "“yes” (“sí”) when the whereabouts are unknown today; empty otherwise (for {%p if %})"),
    "salud": ("Estado de salud registrado (afecciones y desde cuándo)",
              "Health as recorded (conditions and since when)"),
    "tratamiento_requerido": ("Tratamiento o atención que requiere", "Treatment or care needed"),
    "atencion_negada": ("Atención médica negada o demorada", "Medical care denied or delayed"),
    # the court
    "tribunal": ("Tribunal que conoce de la causa", "Court hearing the case"),
    "expediente": ("Número de expediente (causa)", "Case file number"),
    "juez": ("Juez o jueza", "Judge"),
    "fiscal": ("Fiscal del Ministerio Público", "Public prosecutor"),
    "jurisdiccion": ("Jurisdicción de la causa (ordinaria o militar)", "Jurisdiction (ordinary or military)"),
    "fase": ("Fase del proceso (control, juicio, ejecución, apelación)", "Phase (control, trial, execution, appeal)"),
    "coimputados": ("Los demás imputados de la misma causa, separados por «;»",
                    "The other defendants in the same proceeding, separated by “;”"),
    "audiencias_diferidas": ("Cuántas audiencias de la causa se han diferido (número)",
                             "How many hearings of the proceeding were deferred (number)"),
    # the organisation and the lawyer (the letterhead)
    "organizacion": ("Nombre de la organización (del membrete)", "The organisation's name (from the letterhead)"),
    "organizacion_direccion": ("Dirección y contacto de la organización (del membrete), en una línea",
                               "The organisation's address and contact lines (from the letterhead), on one line"),
    "membrete_organizacion": ("El nombre de la organización para el encabezado: vacío si no hay membrete",
                              "The organisation's name for the page header: empty when there is no letterhead"),
    "membrete_direccion": ("La dirección para el encabezado, línea por línea: vacía si no hay membrete",
                           "The address for the page header, line by line: empty when there is no letterhead"),
    "logo": ("Logo de la organización (vacío si no hay)", "The organisation's logo (empty when none)"),
    "abogado": ("Abogado o abogada que firma (membrete; si no, el del caso)",
                "The lawyer who signs (letterhead; otherwise the case's lawyer)"),
    "firma": ("Bloque de firma (membrete; si no, el nombre del abogado/a)",
              "Signature block (letterhead; otherwise the lawyer's name)"),
    # the day
    "fecha_hoy": ("Fecha de hoy, en letras y en el idioma del escrito",
                  "Today's date, written out in the filing's language"),
}

#: What a missing value asks the lawyer to write, in each language.
_MISSING: dict[str, tuple[str, str]] = {
    "nombre": ("nombre completo", "full name"), "nombres": ("nombres", "given names"),
    "apellidos": ("apellidos", "surnames"), "cedula": ("cédula de identidad", "national ID number"),
    "fecha_nacimiento": ("fecha de nacimiento", "date of birth"), "edad": ("edad", "age"),
    "sexo": ("sexo", "sex"), "nacionalidad": ("nacionalidad", "nationality"),
    "ocupacion": ("ocupación", "occupation"),
    "fecha_detencion": ("fecha de la detención", "date of arrest"),
    "lugar_detencion": ("lugar de la detención", "place of arrest"),
    "estado_detencion": ("estado donde ocurrió la detención", "state where the arrest took place"),
    "organismo": ("organismo aprehensor", "arresting agency"),
    "centro_reclusion": ("centro de reclusión", "place of detention"),
    "centro_reclusion_ubicacion": ("ubicación del centro de reclusión", "location of the place of detention"),
    "cargos": ("delitos imputados", "charges"),
    "dias_detenido": ("días de detención", "days in detention"),
    "tiempo_detenido": ("tiempo de detención", "time in detention"),
    "fecha_dos_anos": ("fecha en que se cumplen dos años de detención", "date two years after the arrest"),
    "situacion": ("situación actual", "current status"), "situacion_desde": ("desde cuándo", "since when"),
    "situacion_procesal": ("situación procesal", "procedural stage"),
    "paradero_desconocido_desde": ("fecha desde la que se desconoce el paradero",
                                   "date since when the whereabouts are unknown"),
    "dias_sin_paradero": ("días sin conocerse el paradero", "days with whereabouts unknown"),
    "salud": ("estado de salud, diagnósticos y desde cuándo", "health condition, diagnoses and since when"),
    "tratamiento_requerido": ("tratamiento o atención que requiere", "treatment or care needed"),
    "atencion_negada": ("atención médica negada o demorada, y desde cuándo",
                        "medical care denied or delayed, since when"),
    "tribunal": ("tribunal que conoce de la causa", "court hearing the case"),
    "expediente": ("número de expediente", "case file number"), "juez": ("juez o jueza", "judge"),
    "fiscal": ("fiscal del Ministerio Público", "public prosecutor"),
    "jurisdiccion": ("jurisdicción (ordinaria o militar)", "jurisdiction (ordinary or military)"),
    "fase": ("fase del proceso", "phase of the proceedings"),
    "coimputados": ("coimputados, si los hay", "co-defendants, if any"),
    "audiencias_diferidas": ("número de audiencias diferidas", "number of deferred hearings"),
    "organizacion": ("nombre de la organización", "name of the organisation"),
    "organizacion_direccion": ("dirección y contacto de la organización", "address and contact of the organisation"),
    "abogado": ("nombre del abogado o abogada", "lawyer's name"),
    "firma": ("nombre, cédula e Inpreabogado de quien firma", "name and bar number of the signatory"),
}

# Characters XML 1.0 cannot hold, and those docxtpl turns into layout (\a a new paragraph,
# \f a page break, \t a tab): a value must never reshape the document it is put into.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_MONTHS = {
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}


def filing_templates() -> tuple[FilingTemplate, ...]:
    return TEMPLATES


def find_template(name: str) -> FilingTemplate:
    """The template called `name`, or an error listing those there are."""
    for template in TEMPLATES:
        if template.name == name.strip().lower():
            return template
    names = ", ".join(template.name for template in TEMPLATES)
    raise InvalidInput(f"There is no filing template “{name}”; the templates are: {names}.",
                       f"No hay una plantilla de escrito «{name}»; las plantillas son: {names}.")


def _language_of(template: FilingTemplate, language: str | None) -> str:
    if language is None:
        return template.languages[0]
    if language not in template.languages:
        had_en = " or ".join({"es": "Spanish", "en": "English"}[code] for code in template.languages)
        had_es = " o ".join({"es": "español", "en": "inglés"}[code] for code in template.languages)
        raise InvalidInput(f"The “{template.name}” template is written in {had_en} only.",
                           f"La plantilla «{template.name}» está redactada solo en {had_es}.")
    return language


# --- values as a filing writes them ---------------------------------------------------------------

def long_date(day: date, language: str) -> str:
    """3 de diciembre de 2020 / 3 December 2020."""
    month = _MONTHS[language][day.month - 1]
    return f"{day.day} de {month} de {day.year}" if language == "es" else f"{day.day} {month} {day.year}"


def written_date(iso: str | None, precision: str | None, language: str) -> str:
    """A stored date written out as precisely as it is known: "marzo de 2024 (día no
    determinado)", "2024 (fecha no determinada)", "3 de marzo de 2024 (fecha aproximada)"."""
    if not iso:
        return ""
    day, known = date.fromisoformat(iso), DatePrecision(precision or "day")
    month = _MONTHS[language][day.month - 1]
    if known is DatePrecision.YEAR:
        return f"{day.year} (fecha no determinada)" if language == "es" else f"{day.year} (exact date unknown)"
    if known is DatePrecision.MONTH:
        return (f"{month} de {day.year} (día no determinado)" if language == "es"
                else f"{month} {day.year} (day unknown)")
    written = long_date(day, language)
    if known is DatePrecision.ESTIMATED:
        return f"{written} (fecha aproximada)" if language == "es" else f"{written} (approximate date)"
    return written


def national_id_written(national_id: str | None) -> str:
    """V-12345678 as a court writes it: V-12.345.678."""
    if not national_id:
        return ""
    found = re.fullmatch(r"([VEJPG])-(\d+)", national_id)
    if not found:
        return national_id
    return f"{found.group(1)}-{int(found.group(2)):,}".replace(",", ".")


def time_span(start: date, end: date, language: str) -> str:
    """2 años, 3 meses y 5 días / 2 years, 3 months and 5 days (calendar months)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day < start.day:
        months -= 1
    months = max(0, months)
    anchor = _add_months(start, months)
    days = max(0, (end - anchor).days)
    years, months = divmod(months, 12)
    words = {"es": (("año", "años"), ("mes", "meses"), ("día", "días"), "y"),
             "en": (("year", "years"), ("month", "months"), ("day", "days"), "and")}[language]
    parts = [f"{count} {names[count != 1]}" for count, names in zip((years, months, days), words[:3]) if count]
    if not parts:
        return f"0 {words[2][1]}"
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} {words[3]} {parts[-1]}"


def _add_months(day: date, months: int) -> date:
    """`day` moved by whole months; the 31st in a shorter month becomes its last day."""
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)        # unreachable: every month has a 28th


def _clean(value: Any) -> str:
    """A value as a template may hold it: text without control characters, line ends as \\n,
    and no "{{", "%}"… that would read as a placeholder left unfilled."""
    text = "" if value is None else str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = _CONTROL.sub("", text).strip()
    for mark, apart in (("{{", "{ {"), ("}}", "} }"), ("{%", "{ %"), ("%}", "% }"), ("{_", "{ _"), ("_}", "_ }")):
        text = text.replace(mark, apart)
    return text


def _gender(sex: str) -> dict[str, str]:
    """The words of Spanish that agree with the person (unknown: both forms)."""
    if sex == Sex.FEMALE.value:
        return {"o_a": "a", "el_la": "la", "del_de_la": "de la", "al_a_la": "a la"}
    if sex == Sex.MALE.value:
        return {"o_a": "o", "el_la": "el", "del_de_la": "del", "al_a_la": "al"}
    return {"o_a": "o(a)", "el_la": "el(la)", "del_de_la": "del (de la)", "al_a_la": "al (a la)"}


def _agreeing(label: str, sex: str) -> str:
    """A Spanish label written for both ("Detenido/a") agreeing with the person: "Detenida"."""
    if sex not in (Sex.FEMALE.value, Sex.MALE.value):
        return label
    ending = "a" if sex == Sex.FEMALE.value else "o"
    return re.sub(r"(\w)o/a\b", lambda found: found.group(1) + ending, label)


def _age(birth: str | None, precision: str | None, today: date) -> str:
    if not birth or (precision or "day") == DatePrecision.YEAR.value:
        return ""
    born = date.fromisoformat(birth)
    return str(today.year - born.year - ((today.month, today.day) < (born.month, born.day)))


def _proceeding(case: DetentionCase, language: str) -> dict[str, str]:
    """The court, file number, judge and prosecutor of the proceeding the case belongs to (the
    record of the court file, shared by its co-defendants), with its jurisdiction, phase,
    co-defendants and deferred hearings; without one, what the case itself says."""
    found = {"tribunal": case.court, "expediente": case.case_file_number, "juez": case.judge, "fiscal": "",
             "jurisdiccion": "", "fase": "", "coimputados": "", "audiencias_diferidas": ""}
    proceeding = (Proceeding.select().join(ProceedingDefendant).where(ProceedingDefendant.case == case)
                  .order_by(Proceeding.id.desc()).first())
    if proceeding is None:
        return found
    for name, value in (("tribunal", proceeding.court), ("expediente", proceeding.file_number),
                        ("juez", proceeding.judge), ("fiscal", proceeding.prosecutor)):
        if value:
            found[name] = value
    found["jurisdiccion"] = Jurisdiction(proceeding.jurisdiction).label(language)
    if proceeding.phase != Phase.UNKNOWN.value:
        found["fase"] = Phase(proceeding.phase).label(language)
    others = (Person.select(Person.given_names, Person.surnames).join(DetentionCase)
              .join(ProceedingDefendant, on=(ProceedingDefendant.case == DetentionCase.id))
              .where((ProceedingDefendant.proceeding == proceeding) & (DetentionCase.id != case.id))
              .order_by(Person.sort_key))
    found["coimputados"] = "; ".join(person.full_name for person in others)
    deferred = ProceedingEvent.select().where((ProceedingEvent.proceeding == proceeding)
                                              & (ProceedingEvent.outcome == HearingOutcome.DEFERRED.value))
    found["audiencias_diferidas"] = str(deferred.count())
    return found


def filing_values(case_uuid: str, language: str, *, today: date | None = None,
                  organisation: Letterhead | None = None) -> dict[str, str]:
    """Every placeholder's value for one case, as text in `language`; what the vault does not
    know reads "[completar: …]" / "[complete: …]"."""
    if language not in LANGUAGES:
        raise InvalidInput("A filing is written in Spanish (es) or English (en).",
                           "Un escrito se redacta en español (es) o en inglés (en).")
    today = today or date.today()
    case = find_case(case_uuid)
    person = case.person
    profile = organisation if organisation is not None else letterhead()
    facility = case.facility
    where = ", ".join(part for part in ((facility.location, facility.state) if facility else ()) if part)
    held = days_held(case.arrest_date, case.status, case.status_since, today)
    fuzzy = (case.arrest_date_precision or "day") != DatePrecision.DAY.value
    about = "aproximadamente " if language == "es" else "about "
    values: dict[str, Any] = {
        "nombre": person.full_name, "nombres": person.given_names, "apellidos": person.surnames,
        "cedula": national_id_written(person.national_id),
        "fecha_nacimiento": written_date(person.birth_date, person.birth_date_precision, language),
        "edad": _age(person.birth_date, person.birth_date_precision, today),
        "sexo": Sex(person.sex).label(language) if person.sex != Sex.UNKNOWN.value else "",
        "nacionalidad": person.nationality, "ocupacion": person.occupation,
        **_gender(person.sex),
        "fecha_detencion": written_date(case.arrest_date, case.arrest_date_precision, language),
        "lugar_detencion": case.arrest_place, "estado_detencion": case.arrest_state,
        "organismo": case.agency.name if case.agency else "",
        "centro_reclusion": facility.name if facility else "", "centro_reclusion_ubicacion": where,
        "cargos": case.charges,
        "dias_detenido": "" if held is None else (about if fuzzy else "") + _number(held, language),
        "tiempo_detenido": "",
        "fecha_dos_anos": "",
        "situacion": _agreeing(Status(case.status).label(language), person.sex)
        if case.status != Status.UNKNOWN.value else "",
        "situacion_desde": written_date(case.status_since, "day", language),
        "situacion_procesal": _agreeing(Stage(case.stage).label(language), person.sex)
        if case.stage != Stage.UNKNOWN.value else "",
        "paradero_desconocido_desde": "", "dias_sin_paradero": "", "paradero_desconocido": "",
        "salud": _health(case, language), "tratamiento_requerido": getattr(case, "treatment_needed", ""),
        "atencion_negada": _care_denied(case, language),
        **_proceeding(case, language),
        "organizacion": profile.organisation, "organizacion_direccion": ", ".join(profile.address.splitlines()),
        "membrete_organizacion": profile.organisation, "membrete_direccion": profile.address,
        "abogado": profile.lawyer or case.lawyer,
        "firma": "\n".join(profile.signature_lines()) or profile.lawyer or case.lawyer,
        "fecha_hoy": long_date(today, language),
    }
    if case.arrest_date:
        arrested = date.fromisoformat(case.arrest_date)
        if held is not None:
            values["tiempo_detenido"] = (about if fuzzy else "") + time_span(arrested, arrested + timedelta(days=held),
                                                                              language)
        values["fecha_dos_anos"] = written_date(_add_months(arrested, 24).isoformat(),
                                                case.arrest_date_precision, language)
    if case.status == Status.WHEREABOUTS_UNKNOWN.value and case.status_since:
        since = date.fromisoformat(case.status_since)
        values["paradero_desconocido_desde"] = long_date(since, language)
        values["dias_sin_paradero"] = _number(max(0, (today - since).days), language)
        values["paradero_desconocido"] = "sí" if language == "es" else "yes"
    filled = {name: _clean(value) for name, value in values.items()}
    # Each missing value asks for itself, except the page header's letterhead lines (without
    # a letterhead the header is empty, as on dossiers) and the yes-or-empty switches.
    word = "completar" if language == "es" else "complete"
    for name, (missing_es, missing_en) in _MISSING.items():
        if not filled.get(name):
            filled[name] = f"[{word}: {missing_es if language == 'es' else missing_en}]"
    return filled


def _number(value: int, language: str) -> str:
    return f"{value:,}".replace(",", ".") if language == "es" else f"{value:,}"


def _health(case: DetentionCase, language: str) -> str:
    conditions = (getattr(case, "health_conditions", "") or "").strip()
    since = getattr(case, "health_since", None)
    if conditions and since:
        joiner = ", desde el " if language == "es" else ", since "
        return f"{conditions}{joiner}{long_date(date.fromisoformat(since), language)}"
    return conditions


def _care_denied(case: DetentionCase, language: str) -> str:
    denied = (getattr(case, "care_denied", "") or "").strip()
    since = getattr(case, "care_denied_since", None)
    if denied and since:
        joiner = ", desde el " if language == "es" else ", since "
        return f"{denied}{joiner}{long_date(date.fromisoformat(since), language)}"
    return denied


# --- rendering ---------------------------------------------------------------------------------

def _environment():
    """Jinja's sandbox: a template is a file from outside and may not reach into Python; a
    name it does not know is an error, never an empty gap."""
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment
    return SandboxedEnvironment(undefined=StrictUndefined, autoescape=True)


def template_placeholders(path: Path) -> set[str]:
    """The placeholders a template file uses (body, tables, headers and footers)."""
    from docxtpl import DocxTemplate
    from jinja2 import TemplateSyntaxError
    try:
        return set(DocxTemplate(str(path)).get_undeclared_template_variables(_environment()))
    except TemplateSyntaxError as error:
        raise InvalidInput(f"The template {path.name} has a placeholder written wrong ({error.message}).",
                           f"La plantilla {path.name} tiene un campo mal escrito ({error.message}).") from None


def check_template(path: Path) -> None:
    """Refuse a template that uses a placeholder CaseDesk does not fill, naming it."""
    unknown = sorted(template_placeholders(path) - set(PLACEHOLDERS))
    if unknown:
        names = ", ".join("{{ " + name + " }}" for name in unknown)
        raise InvalidInput(
            f"The template {path.name} uses {names}, which CaseDesk does not fill; the placeholders it fills are "
            "listed in resources/templates/README.md.",
            f"La plantilla {path.name} usa {names}, que CaseDesk no rellena; los campos que rellena están en "
            "resources/templates/README.md.")


def render_template(path: Path, values: dict[str, str], *, logo: bytes | None = None, title: str = "",
                    author: str = "") -> bytes:
    """Fill a DOCX template with `values` (plain text, escaped here) and return the new file;
    its properties say `title` and `author` (the organisation), and nothing about the person."""
    from docx.shared import Mm
    from docxtpl import DocxTemplate, InlineImage
    from jinja2 import TemplateError, UndefinedError
    path = Path(path)
    if not path.is_file():
        raise InvalidInput(f"The template file {path} is missing.", f"Falta el archivo de plantilla {path}.")
    check_template(path)
    document = DocxTemplate(str(path))
    context: dict[str, Any] = dict(values)
    context["logo"] = InlineImage(document, io.BytesIO(logo), height=Mm(16)) if logo else ""
    try:
        document.render(context, _environment(), autoescape=True)
    except UndefinedError as error:
        raise InvalidInput(f"The template {path.name} uses something CaseDesk does not fill ({error.message}).",
                           f"La plantilla {path.name} usa algo que CaseDesk no rellena ({error.message}).") from None
    except TemplateError as error:
        raise InvalidInput(f"The template {path.name} cannot be filled ({error.message}).",
                           f"La plantilla {path.name} no se puede rellenar ({error.message}).") from None
    _highlight_what_is_missing(document.docx)
    properties = document.docx.core_properties
    # What Word shows under File > Properties: the kind of filing, no one's name.
    properties.title, properties.subject, properties.comments, properties.keywords = title, "", "", ""
    properties.author = properties.last_modified_by = _clean(author)
    properties.created = properties.modified = datetime.now(timezone.utc).replace(microsecond=0, tzinfo=None)
    properties.revision = 1
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


_TO_COMPLETE = re.compile(r"(\[complet(?:ar|e)(?::[^\]]*)?\])")


def _highlight_what_is_missing(document: Any) -> None:
    """Every "[completar: …]" in yellow, as the templates mark theirs: what is left to write is
    seen at a glance, whether the template asked for it or the vault did not know it."""
    from copy import deepcopy

    from docx.enum.text import WD_COLOR_INDEX
    from docx.oxml.ns import qn
    from docx.text.run import Run
    roots = [document.element.body]
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer,
                     section.even_page_header, section.even_page_footer):
            if not part.is_linked_to_previous:
                roots.append(part._element)
    for root in roots:
        for element in list(root.iter(qn("w:r"))):
            run = Run(element, None)
            pieces = [piece for piece in _TO_COMPLETE.split(run.text) if piece]
            if len(pieces) < 2 and not (pieces and _TO_COMPLETE.fullmatch(pieces[0])):
                continue
            if any(child.tag not in (qn("w:rPr"), qn("w:t"), qn("w:br"), qn("w:tab")) for child in element):
                continue            # a picture or a field: not text to mark
            for piece in pieces:
                copy = deepcopy(element)
                element.addprevious(copy)
                marked = Run(copy, None)
                marked.text = piece
                if _TO_COMPLETE.fullmatch(piece):
                    marked.font.highlight_color = WD_COLOR_INDEX.YELLOW
            element.getparent().remove(element)


def make_filing(case_uuid: str, template_name: str, language: str | None = None) -> bytes:
    """The filled DOCX for one case, as bytes (nothing recorded, nothing written)."""
    template = find_template(template_name)
    language = _language_of(template, language)
    organisation = letterhead()
    values = filing_values(case_uuid, language, organisation=organisation)
    return render_template(template.path(language), values, logo=organisation.logo, title=template.title(language),
                           author=organisation.organisation)


@dataclass(frozen=True)
class Filing:
    """A filing written to disk: where, and the timeline event that records it (None in a
    damaged vault opened only to read, which can record nothing)."""

    path: Path
    template: str
    language: str
    event_id: str | None


def draft_filing(vault: Vault, case_uuid: str, template_name: str, target: Path, *,
                 language: str | None = None) -> Filing:
    """Fill a template from a case, write it to `target` (owner-only permissions) and record
    it in the case's timeline and the audit log, all or nothing."""
    from casedesk.services.dossiers import write_export
    template = find_template(template_name)
    language = _language_of(template, language)
    case = find_case(case_uuid)
    data = make_filing(case.uuid, template.name, language)
    target = Path(target)
    if read_only():
        write_export(target, data)
        return Filing(target, template.name, language, None)
    with database.atomic("IMMEDIATE"):
        event_id = add_event(vault, case.uuid, NewEvent(
            EventKind.FILING, FuzzyDate(date.today(), DatePrecision.DAY),
            description=template.title(language), source="CaseDesk"))
        AuditTrail(vault.actor).write("export", "filing", case.uuid, {
            "template": [None, template.name], "language": [None, language], "event": [None, event_id]})
        write_export(target, data)       # written last: if it fails, nothing is recorded
    return Filing(target, template.name, language, event_id)
