"""Case list exports read back as a spreadsheet program would read them."""

from __future__ import annotations

import csv
import io
import json

import pytest

from casedesk.domain.errors import InvalidInput
from casedesk.domain.normalize import parse_date
from casedesk.domain.vocabulary import Status
from casedesk.services.cases import NewCase, add_case
from casedesk.services.exporting import export_cases
from casedesk.services.search import CaseQuery
from casedesk.storage.models import AuditEntry
from tests.conftest import run_cli


@pytest.fixture
def cases(vault):
    add_case(vault, NewCase.named("José Íñiguez Páez", national_id="V-12345678", facility="El Helicoide (SEBIN)",
                                  arrest_date=parse_date("2024-03-05"), notes="Estrategia reservada"))
    add_case(vault, NewCase.named("=HYPERLINK(\"http://x\") Pérez", arrest_date=parse_date("2023-01-01")))
    add_case(vault, NewCase.named("Ana Núñez", status=Status.RELEASED_FULL))


def test_csv_is_utf8_with_bom_accents_intact_filtered_and_formulas_defused(vault, cases, tmp_path):
    target = tmp_path / "lista.csv"
    count = export_cases(vault, CaseQuery(statuses=frozenset({"detained"})), target,
                         columns=["name", "national_id", "status", "facility", "notes"], language="es")
    assert count == 2
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["Nombre", "Cédula", "Situación", "Centro de reclusión", "Notas"]
    assert ["José Íñiguez Páez", "V-12345678", "Detenido/a", "El Helicoide (SEBIN)", "Estrategia reservada"] in rows
    assert any(row[0].startswith("'=HYPERLINK") for row in rows)          # text, not a formula
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert entry.action == "export" and json.loads(entry.changes)["cases"] == [None, 2]
    assert "Íñiguez" not in entry.changes                                   # the log holds no case data


def test_a_profile_keeps_out_what_it_must_whatever_columns_are_asked(vault, cases, tmp_path):
    target = tmp_path / "publica.csv"
    export_cases(vault, CaseQuery(), target, columns=["name", "national_id", "notes"], profile="public", language="en")
    text = target.read_text(encoding="utf-8-sig")
    assert "José Íñiguez Páez" in text and "V-12345678" not in text and "Estrategia" not in text
    assert text.splitlines()[0] == "Name"
    with pytest.raises(InvalidInput):
        export_cases(vault, CaseQuery(), tmp_path / "nada.csv", columns=["notes"], profile="court")


def test_xlsx_opens_with_its_header_and_ids_as_text(vault, cases, tmp_path):
    from python_calamine import CalamineWorkbook
    target = tmp_path / "lista.xlsx"
    export_cases(vault, CaseQuery(text="iniguez"), target, columns=["name", "national_id"], language="en")
    rows = CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0).to_python()
    assert rows == [["Name", "National ID"], ["José Íñiguez Páez", "V-12345678"]]


def test_the_command_line_exports_the_held(tmp_path):
    folder = str(tmp_path / "vault")
    run_cli("init", folder)
    run_cli("add", folder, "--name", "Inés Marcano", "--arrested", "2024-02-02")
    run_cli("add", folder, "--name", "Luis Páez", "--status", "released_full")
    run_cli("export", folder, "-o", str(tmp_path / "held.csv"), "--status", "held", "--language", "es")
    text = (tmp_path / "held.csv").read_text(encoding="utf-8-sig")
    assert "Inés Marcano" in text and "Luis Páez" not in text
