"""The case list as CSV or XLSX: the current filter, the chosen columns, a redaction profile.

An export is a decrypted copy leaving the vault, so it is audited (what, how many, where; no
case data) and each profile keeps out what it must. CSV is UTF-8 with a BOM so spreadsheet
programs keep the accents; cells that a spreadsheet would run as a formula are written as
text.
"""

from __future__ import annotations

from pathlib import Path

from casedesk.domain.errors import InvalidInput
from casedesk.domain.vocabulary import CivilianMilitary, Health, Sex, Stage, Status
from casedesk.services.census import MINOR_SQL
from casedesk.services.dossiers import write_export
from casedesk.services.search import CaseQuery
from casedesk.services.spreadsheet_out import FORMULA_STARTS, csv_bytes, xlsx_bytes
from casedesk.storage.audit import AuditTrail
from casedesk.storage.models import database
from casedesk.storage.vault import Vault

#: column -> (SQL, English header, Spanish header)
COLUMNS: dict[str, tuple[str, str, str]] = {
    "name": ("p.given_names || ' ' || p.surnames", "Name", "Nombre"),
    "national_id": ("coalesce(p.national_id, '')", "National ID", "Cédula"),
    "sex": ("p.sex", "Sex", "Sexo"),
    "nationality": ("p.nationality", "Nationality", "Nacionalidad"),
    "civilian_military": ("p.civilian_military", "Civilian/military", "Civil/militar"),
    "status": ("c.status", "Status", "Situación"),
    "status_since": ("coalesce(c.status_since, '')", "Status since", "Situación desde"),
    "arrest_date": ("coalesce(c.arrest_date, '')", "Arrest date", "Fecha de detención"),
    "facility": ("coalesce(f.name, '')", "Facility", "Centro de reclusión"),
    "agency": ("coalesce(a.name, '')", "Arresting agency", "Organismo aprehensor"),
    "charges": ("c.charges", "Charges", "Cargos"),
    "court": ("c.court", "Court", "Tribunal"),
    "case_file_number": ("c.case_file_number", "Case file", "Expediente"),
    "proceeding": ("coalesce((SELECT group_concat(r.file_number || CASE WHEN r.court != '' THEN ' — ' || r.court "
                   "ELSE '' END, '; ') FROM proceeding_defendant d JOIN proceeding r ON r.id = d.proceeding_id "
                   "WHERE d.case_id = c.id), '')", "Proceeding", "Causa"),
    "co_defendants": ("(SELECT count(DISTINCT o.case_id) FROM proceeding_defendant d JOIN proceeding_defendant o "
                      "ON o.proceeding_id = d.proceeding_id AND o.case_id != d.case_id WHERE d.case_id = c.id)",
                      "Co-defendants", "Coimputados"),
    "lawyer": ("c.lawyer", "Lawyer", "Abogado/a"),
    "stage": ("c.stage", "Procedural stage", "Situación procesal"),
    "state": ("coalesce(nullif(c.arrest_state, ''), f.state, '')", "State", "Estado"),
    "minor_at_arrest": (MINOR_SQL, "Minor when arrested", "Menor al ser detenido/a"),
    "health": ("c.health", "Serious illness", "Enfermedad grave"),
    "health_conditions": ("c.health_conditions", "Health conditions", "Padecimientos"),
    "notes": ("c.notes", "Notes", "Notas"),
    "case_id": ("c.uuid", "Case id", "Id del caso"),
}
DEFAULT_COLUMNS = ("name", "national_id", "status", "arrest_date", "facility", "agency")
#: What each profile never lets out, whatever columns are asked for.
PROFILE_HIDES: dict[str, frozenset[str]] = {
    "internal": frozenset(),
    "court": frozenset({"notes"}),
    "family": frozenset({"notes", "lawyer", "case_file_number", "proceeding"}),
    "public": frozenset({"national_id", "notes", "case_file_number", "lawyer", "court", "proceeding", "health",
                         "health_conditions"}),
}
_LABELS = {"sex": Sex, "civilian_military": CivilianMilitary, "status": Status, "stage": Stage, "health": Health}
#: Minor when arrested, as the census rule says it (unknown: left blank).
_MINOR_WORDS = {"en": {"minor": "Yes", "adult": "No"}, "es": {"minor": "Sí", "adult": "No"}}
_FORMULA_STARTS = FORMULA_STARTS          # the shared writer's; kept under this name for its importers


def export_rows(query: CaseQuery, columns: list[str], *, profile: str, language: str) -> tuple[list[str], list[list[str]]]:
    """The header and rows an export holds, in the list's order."""
    unknown = [name for name in columns if name not in COLUMNS]
    if unknown or profile not in PROFILE_HIDES:
        known = ", ".join(COLUMNS)
        raise InvalidInput(f"Unknown column or profile: {', '.join(unknown) or profile}. The columns are: {known}.",
                           f"Columna o perfil desconocido: {', '.join(unknown) or profile}. Las columnas son: {known}.")
    shown = [name for name in columns if name not in PROFILE_HIDES[profile]]
    if not shown:
        raise InvalidInput("Choose at least one column this profile allows.",
                           "Elija al menos una columna que este perfil permita.")
    where, values = query._where()
    sql = (f"SELECT {', '.join(COLUMNS[name][0] for name in shown)} FROM person p "
           "JOIN detention_case c ON c.person_id = p.id LEFT JOIN facility f ON f.id = c.facility_id "
           f"LEFT JOIN agency a ON a.id = c.agency_id{where} ORDER BY {query._order()}")
    rows = []
    for record in database.execute_sql(sql, values):
        minor_words = _MINOR_WORDS["es" if language == "es" else "en"]
        rows.append([_LABELS[name](value).label(language) if name in _LABELS and value else
                     minor_words.get(value, "") if name == "minor_at_arrest" else str(value or "")
                     for name, value in zip(shown, record)])
    header = [COLUMNS[name][2 if language == "es" else 1] for name in shown]
    return header, rows


def export_cases(vault: Vault, query: CaseQuery, target: Path, *, columns: list[str] | None = None,
                 profile: str = "internal", language: str = "es") -> int:
    """Write the list to `target` (.csv or .xlsx by its suffix); returns how many cases."""
    target = Path(target)
    header, rows = export_rows(query, list(columns or DEFAULT_COLUMNS), profile=profile, language=language)
    kind = target.suffix.lower()
    if kind == ".xlsx":
        data = xlsx_bytes(header, rows)
    elif kind in (".csv", ".txt", ""):
        data = csv_bytes(header, rows)
    else:
        raise InvalidInput("Export to a .csv or .xlsx file.", "Exporte a un archivo .csv o .xlsx.")
    write_export(target, data)
    AuditTrail(vault.actor).write("export", "case_list", vault.header.vault_id, {
        "format": [None, kind.lstrip(".") or "csv"], "cases": [None, len(rows)], "profile": [None, profile],
        "columns": [None, ",".join(header)], "to": [None, str(target)]})
    return len(rows)


def column_labels(language: str) -> dict[str, str]:
    return {name: spec[2 if language == "es" else 1] for name, spec in COLUMNS.items()}
