"""The case list as CSV or XLSX: the current filter, the chosen columns, a redaction profile.

An export is a decrypted copy leaving the vault, so it is audited (what, how many, where; no
case data) and each profile keeps out what it must. CSV is UTF-8 with a BOM so spreadsheet
programs keep the accents; cells that a spreadsheet would run as a formula are written as
text.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from casedesk.domain.errors import InvalidInput
from casedesk.domain.vocabulary import CivilianMilitary, Sex, Status
from casedesk.services.dossiers import write_export
from casedesk.services.search import CaseQuery
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
    "lawyer": ("c.lawyer", "Lawyer", "Abogado/a"),
    "notes": ("c.notes", "Notes", "Notas"),
    "case_id": ("c.uuid", "Case id", "Id del caso"),
}
DEFAULT_COLUMNS = ("name", "national_id", "status", "arrest_date", "facility", "agency")
#: What each profile never lets out, whatever columns are asked for.
PROFILE_HIDES: dict[str, frozenset[str]] = {
    "internal": frozenset(),
    "court": frozenset({"notes"}),
    "family": frozenset({"notes", "lawyer", "case_file_number"}),
    "public": frozenset({"national_id", "notes", "case_file_number", "lawyer", "court"}),
}
_LABELS = {"sex": Sex, "civilian_military": CivilianMilitary, "status": Status}
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


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
        rows.append([_LABELS[name](value).label(language) if name in _LABELS and value else str(value or "")
                     for name, value in zip(shown, record)])
    header = [COLUMNS[name][2 if language == "es" else 1] for name in shown]
    return header, rows


def _safe(cell: str) -> str:
    """A cell a spreadsheet would run as a formula ("=HYPERLINK(…)") is kept as text."""
    return f"'{cell}" if cell.startswith(_FORMULA_STARTS) else cell


def export_cases(vault: Vault, query: CaseQuery, target: Path, *, columns: list[str] | None = None,
                 profile: str = "internal", language: str = "es") -> int:
    """Write the list to `target` (.csv or .xlsx by its suffix); returns how many cases."""
    target = Path(target)
    header, rows = export_rows(query, list(columns or DEFAULT_COLUMNS), profile=profile, language=language)
    kind = target.suffix.lower()
    if kind == ".xlsx":
        data = _xlsx(header, rows)
    elif kind in (".csv", ".txt", ""):
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows([[_safe(cell) for cell in row] for row in rows])
        data = out.getvalue().encode("utf-8-sig")
    else:
        raise InvalidInput("Export to a .csv or .xlsx file.", "Exporte a un archivo .csv o .xlsx.")
    write_export(target, data)
    AuditTrail(vault.actor).write("export", "case_list", vault.header.vault_id, {
        "format": [None, kind.lstrip(".") or "csv"], "cases": [None, len(rows)], "profile": [None, profile],
        "columns": [None, ",".join(header)], "to": [None, str(target)]})
    return len(rows)


def _xlsx(header: list[str], rows: list[list[str]]) -> bytes:
    import xlsxwriter
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False})
    sheet = book.add_worksheet()
    bold = book.add_format({"bold": True})
    sheet.write_row(0, 0, header, bold)
    for number, row in enumerate(rows, start=1):
        for column, cell in enumerate(row):
            sheet.write_string(number, column, cell)
    sheet.freeze_panes(1, 0)
    for column, title in enumerate(header):
        width = max([len(title)] + [len(row[column]) for row in rows[:200]])
        sheet.set_column(column, column, min(60, width + 2))
    book.close()
    return out.getvalue()


def column_labels(language: str) -> dict[str, str]:
    return {name: spec[2 if language == "es" else 1] for name, spec in COLUMNS.items()}
