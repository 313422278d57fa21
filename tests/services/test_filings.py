"""Filings drafted from a case: the DOCX read back as a lawyer would open it."""

from __future__ import annotations

import io
import json
import re
import stat
import zipfile
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from PIL import Image

from casedesk.domain.errors import InvalidInput
from casedesk.domain.normalize import FuzzyDate, parse_date
from casedesk.domain.vocabulary import DatePrecision, Sex
from casedesk.paths import resource_path
from casedesk.services.cases import NewCase, add_case, update_case
from casedesk.services.filings import (
    PLACEHOLDERS, TEMPLATES, draft_filing, filing_values, make_filing, national_id_written, render_template,
    template_placeholders, time_span, written_date,
)
from casedesk.services.letterhead import Letterhead, logo_from_bytes, save_letterhead
from casedesk.storage.models import AuditEntry, DetentionCase, Event, Facility

RAW_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{%|%\}")
EVERY_FILING = [(template.name, language) for template in TEMPLATES for language in template.languages]


def _texts(data: bytes) -> dict[str, list[str]]:
    """Every paragraph of the body, its tables, headers and footers, as Word shows them."""
    document = Document(io.BytesIO(data))
    cells = [paragraph.text for table in document.tables for row in table.rows for cell in row.cells
             for paragraph in cell.paragraphs]
    headers, footers = [], []
    for section in document.sections:
        for part, into in ((section.header, headers), (section.footer, footers)):
            into += [paragraph.text for paragraph in part.paragraphs]
            into += [paragraph.text for table in part.tables for row in table.rows for cell in row.cells
                     for paragraph in cell.paragraphs]
    return {"body": [paragraph.text for paragraph in document.paragraphs], "tables": cells, "headers": headers,
            "footers": footers}


def _all_text(data: bytes) -> str:
    return "\n".join(line for lines in _texts(data).values() for line in lines)


def _xml_parts(data: bytes) -> str:
    """The raw XML of the document, headers, footers and properties (what python-docx does not show)."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return "\n".join(package.read(name).decode("utf-8") for name in package.namelist() if name.endswith(".xml"))


def _logo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (360, 120), "#1f4e79").save(out, "PNG")
    return logo_from_bytes(out.getvalue())


@pytest.fixture
def full_case(vault) -> str:
    save_letterhead(vault, Letterhead(organisation="Foro de Defensa Sintético", address="Av. Ficticia 1\nCaracas",
                                      lawyer="Ana Inventada", signature="Ana Inventada\nInpreabogado 000.001",
                                      logo=_logo()))
    case_id = add_case(vault, NewCase(
        given_names="María José", surnames="Pérez Rondón", national_id="V-12345678", sex=Sex.FEMALE,
        birth_date=parse_date("14/02/1990"), nationality="venezolana", occupation="docente",
        arrest_date=parse_date("3/12/2020"), arrest_place="Plaza Sintética, Caracas", agency="SEBIN",
        facility="El Helicoide", charges="Conspiración; Terrorismo", court="Tribunal 1.º de Control (Caracas)",
        case_file_number="2020-00123", judge="Juez Ficticio"))
    facility = DetentionCase.select().where(DetentionCase.uuid == case_id).get().facility
    Facility.update(location="Roca Tarpeya", state="Distrito Capital").where(Facility.id == facility.id).execute()
    return case_id


@pytest.mark.parametrize(("name", "language"), EVERY_FILING)
def test_every_filing_is_filled_from_the_case_and_the_letterhead(vault, full_case, name, language):
    data = make_filing(full_case, name, language)
    text = _all_text(data)
    parts = _texts(data)
    assert "María José Pérez Rondón" in text
    assert "V-12.345.678" in text                                     # written as a court writes it
    assert "Tribunal 1.º de Control (Caracas)" in text
    assert ("3 de diciembre de 2020" if language == "es" else "3 December 2020") in text
    today = date.today()
    month = (["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
              "noviembre", "diciembre"] if language == "es" else
             ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"])[today.month - 1]
    long_today = f"{today.day} de {month} de {today.year}" if language == "es" else f"{today.day} {month} {today.year}"
    assert long_today in text
    assert "Foro de Defensa Sintético" in " ".join(parts["headers"])   # the letterhead at the top of every page
    assert "Ana Inventada" in text and "Inpreabogado 000.001" in text  # the signature block
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert any(entry.startswith("word/media/") for entry in package.namelist())    # the logo
    for where, lines in parts.items():
        assert not [line for line in lines if RAW_PLACEHOLDER.search(line)], where
    assert not RAW_PLACEHOLDER.search(_xml_parts(data))
    assert "None" not in text
    properties = Document(io.BytesIO(data)).core_properties
    assert "María" not in (properties.title + properties.author + properties.comments)    # no name in the metadata
    assert properties.author == "Foro de Defensa Sintético"


@pytest.mark.parametrize(("name", "language"), EVERY_FILING)
def test_a_case_with_almost_nothing_known_asks_for_what_is_missing(vault, name, language):
    case_id = add_case(vault, NewCase(surnames="Páez"))
    data = make_filing(case_id, name, language)
    text = _all_text(data)
    assert "Páez" in text
    assert ("[completar:" if language == "es" else "[complete:") in text
    assert "None" not in text and "[completar: ]" not in text and "[complete: ]" not in text
    assert not RAW_PLACEHOLDER.search(_xml_parts(data))
    assert not [line for line in _texts(data)["headers"] if line.strip()]     # no letterhead: an empty header


def test_a_filing_is_recorded_in_the_timeline_and_the_audit_log_and_written_for_the_owner_only(vault, full_case,
                                                                                                 tmp_path):
    target = tmp_path / "Decaimiento - María José Pérez Rondón.docx"
    filing = draft_filing(vault, full_case, "decaimiento", target)
    assert target.exists() and filing.path == target
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    event = Event.get(Event.uuid == filing.event_id)
    assert (event.kind, event.date, event.status) == ("filing", date.today().isoformat(), None)
    assert "COPP art. 230" in event.description
    entry = AuditEntry.select().where((AuditEntry.action == "export") & (AuditEntry.entity == "filing")).get()
    changes = json.loads(entry.changes)
    assert entry.entity_uuid == full_case
    assert changes["template"] == [None, "decaimiento"] and changes["language"] == [None, "es"]
    assert "María" not in entry.changes and "Rondón" not in entry.changes and str(tmp_path) not in entry.changes
    assert DetentionCase.get(DetentionCase.uuid == full_case).status == "detained"   # a filing changes no status


def test_a_filing_that_cannot_be_written_records_nothing(vault, full_case, tmp_path):
    before = Event.select().count(), AuditEntry.select().count()
    with pytest.raises(InvalidInput):
        draft_filing(vault, full_case, "paradero", tmp_path / "no-such-folder" / "paradero.docx")
    assert (Event.select().count(), AuditEntry.select().count()) == before


def test_values_are_escaped_and_cleaned_of_control_characters(vault, tmp_path):
    case_id = add_case(vault, NewCase(surnames="Rojas", charges="A & B <w:p/> \"x\"\x07\x0c\x00 {{ cedula }} {% if %}"))
    data = make_filing(case_id, "decaimiento", "es")
    text = _all_text(data)
    assert "A & B <w:p/> \"x\"" in text                 # shown as typed, not read as XML
    assert "\x07" not in text and "\x0c" not in text
    assert not RAW_PLACEHOLDER.search(_xml_parts(data))


def _template_with(tmp_path: Path, text: str) -> Path:
    document = Document()
    document.add_paragraph(text)
    path = tmp_path / "propia.es.docx"
    document.save(path)
    return path


def test_a_template_with_an_unknown_placeholder_is_refused_by_name(tmp_path):
    path = _template_with(tmp_path, "{{ nombre }} alias {{ apodo_secreto }}")
    with pytest.raises(InvalidInput) as refused:
        render_template(path, {"nombre": "Páez"})
    assert "apodo_secreto" in refused.value.message("es") and "apodo_secreto" in refused.value.message("en")


def test_a_template_cannot_reach_into_python(tmp_path):
    path = _template_with(tmp_path, "{{ nombre.__class__.__mro__ }}")
    with pytest.raises(InvalidInput):
        render_template(path, {name: "x" for name in PLACEHOLDERS})


def test_a_template_written_wrong_says_so(tmp_path):
    with pytest.raises(InvalidInput) as refused:
        render_template(_template_with(tmp_path, "{{ nombre "), {"nombre": "Páez"})
    assert "propia.es.docx" in refused.value.message("en")


def test_the_shipped_templates_use_only_documented_placeholders():
    readme = resource_path("templates", "README.md").read_text(encoding="utf-8")
    for name in PLACEHOLDERS:
        assert "{{ " + name + " }}" in readme, name
    for template in TEMPLATES:
        for language in template.languages:
            used = template_placeholders(template.path(language))
            assert used <= set(PLACEHOLDERS), (template.name, used - set(PLACEHOLDERS))
            assert {"nombre", "fecha_hoy", "firma", "logo"} <= used


def test_every_placeholder_has_a_value_and_asks_when_empty(vault):
    case_id = add_case(vault, NewCase(surnames="Páez"))
    for language, word in (("es", "[completar: "), ("en", "[complete: ")):
        values = filing_values(case_id, language)
        assert set(values) == set(PLACEHOLDERS) - {"logo"}
        empty = {name for name, value in values.items() if not value}
        assert empty == {"membrete_organizacion", "membrete_direccion", "paradero_desconocido"}
        assert values["cedula"].startswith(word) and values["tribunal"].startswith(word)


def test_words_agree_with_the_person(vault):
    her = add_case(vault, NewCase(surnames="Rojas", sex=Sex.FEMALE, arrest_date=parse_date("1/3/2024")))
    him = add_case(vault, NewCase(surnames="Rojas", sex=Sex.MALE, arrest_date=parse_date("1/3/2024")))
    unknown = add_case(vault, NewCase(surnames="Rojas", arrest_date=parse_date("1/3/2024")))
    assert "fue detenida en" in _all_text(make_filing(her, "decaimiento"))
    assert "fue detenido en" in _all_text(make_filing(him, "decaimiento"))
    assert "fue detenido(a) en" in _all_text(make_filing(unknown, "decaimiento"))
    assert filing_values(her, "es")["situacion"] == "Detenida"
    assert filing_values(him, "es")["del_de_la"] == "del"


def test_the_language_is_one_the_template_has(vault):
    case_id = add_case(vault, NewCase(surnames="Páez"))
    with pytest.raises(InvalidInput) as refused:
        make_filing(case_id, "decaimiento", "en")
    assert "Spanish" in refused.value.message("en")
    with pytest.raises(InvalidInput) as unknown:
        make_filing(case_id, "amparo-constitucional")
    assert "decaimiento" in unknown.value.message("es")
    assert "Working Group" in _all_text(make_filing(case_id, "wgad"))          # English is wgad's first language
    assert "Grupo de Trabajo" in _all_text(make_filing(case_id, "wgad", "es"))


def test_whereabouts_unknown_since_and_health_come_from_the_case(vault):
    from casedesk.domain.vocabulary import EventKind, Status
    from casedesk.services.cases import NewEvent, add_event
    case_id = add_case(vault, NewCase(surnames="Ochoa", sex=Sex.FEMALE, arrest_date=parse_date("21/10/2025")))
    add_event(vault, case_id, NewEvent(EventKind.WHEREABOUTS_UNKNOWN, FuzzyDate(date(2025, 10, 22), DatePrecision.DAY)))
    values = filing_values(case_id, "es", today=date(2025, 11, 1))
    assert values["paradero_desconocido_desde"] == "22 de octubre de 2025"
    assert values["dias_sin_paradero"] == "10" and values["paradero_desconocido"] == "sí"
    assert Status.WHEREABOUTS_UNKNOWN.label("es") == values["situacion"]
    text = _all_text(make_filing(case_id, "paradero"))
    assert "Desde el 22 de octubre de 2025 sus familiares" in text
    if hasattr(DetentionCase, "health_conditions"):           # the health section of the case, when the vault has it
        update_case(vault, case_id, health_conditions="Hipertensión arterial", treatment_needed="Control cardiológico")
        assert "Hipertensión arterial" in _all_text(make_filing(case_id, "traslado-medico"))


def test_the_proceeding_gives_the_court_and_the_co_defendants(vault):
    from casedesk.services import proceedings
    case_id = add_case(vault, NewCase(surnames="Ochoa", court="Tribunal anotado en el caso", case_file_number="X-1"))
    other = add_case(vault, NewCase(given_names="Luis", surnames="Coimputado Ficticio"))
    proceeding = proceedings.add_proceeding(vault, court="Tribunal Militar 3.º de Control", file_number="CJPM-2024-77",
                                            judge="Jueza Militar Ficticia", prosecutor="Fiscal Militar Ficticio",
                                            case_uuids=[case_id, other])
    proceedings.add_proceeding_event(vault, proceeding, "hearing", FuzzyDate(date(2025, 1, 10), DatePrecision.DAY),
                                     outcome="deferred")
    values = filing_values(case_id, "es")
    assert (values["tribunal"], values["expediente"], values["juez"], values["fiscal"]) == (
        "Tribunal Militar 3.º de Control", "CJPM-2024-77", "Jueza Militar Ficticia", "Fiscal Militar Ficticio")
    assert values["coimputados"] == "Luis Coimputado Ficticio" and values["audiencias_diferidas"] == "1"
    assert values["jurisdiccion"] == "Militar"
    assert "CJPM-2024-77" in _all_text(make_filing(case_id, "decaimiento"))


def test_dates_and_spans_read_as_a_lawyer_writes_them():
    assert time_span(date(2020, 2, 29), date(2022, 2, 28), "es") == "1 año, 11 meses y 30 días"
    assert time_span(date(2020, 2, 29), date(2022, 3, 1), "en") == "2 years and 1 day"
    assert time_span(date(2024, 1, 31), date(2024, 3, 1), "es") == "1 mes y 1 día"
    assert time_span(date(2024, 5, 5), date(2024, 5, 5), "en") == "0 days"
    assert written_date("2024-03-01", "month", "es") == "marzo de 2024 (día no determinado)"
    assert written_date("2024-01-01", "year", "en") == "2024 (exact date unknown)"
    assert written_date("2024-03-03", "estimated", "es") == "3 de marzo de 2024 (fecha aproximada)"
    assert national_id_written("V-12345678") == "V-12.345.678"
    assert national_id_written("E-81234567") == "E-81.234.567"
    assert national_id_written("PASAPORTE 123") == "PASAPORTE 123"


def test_what_is_left_to_write_is_marked_in_yellow(vault):
    from docx.enum.text import WD_COLOR_INDEX
    case_id = add_case(vault, NewCase(surnames="Páez"))
    document = Document(io.BytesIO(make_filing(case_id, "traslado-medico")))
    runs = [run for paragraph in document.paragraphs for run in paragraph.runs]
    marked = [run.text for run in runs if run.font.highlight_color == WD_COLOR_INDEX.YELLOW]
    assert "[completar: cédula de identidad]" in marked               # the vault did not know it
    assert "[completar: centro de salud propuesto]" in marked          # the template asks for it
    assert all(text.startswith("[completar") for text in marked)
    assert "Páez" not in " ".join(marked)


def test_a_drafted_filing_is_in_the_team_s_dossier_but_not_the_public_one(vault, full_case, tmp_path):
    from casedesk.services.dossiers import dossier_data
    draft_filing(vault, full_case, "habeas-corpus", tmp_path / "hc.docx")
    internal = [row[1] for row in dossier_data(full_case, "internal", "es")["timeline"]]
    public = [row[1] for row in dossier_data(full_case, "public", "es")["timeline"]]
    assert "Escrito redactado" in internal and "Escrito redactado" not in public
