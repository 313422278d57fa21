"""Lists where they are really published: PDF reports (drawn with ReportLab here) and text
copied out of one. Figures worked out by hand from tests/lists/reports.py:

36 rows; row 36 repeats row 25 (same cédula), rows 26 and 27 are namesakes with different
cédulas: 35 people. By status: DET 10, PROC 8, COND 5, CC 2, DESAP 2, EXC 3, LIB 2, FALL 3.
Held (DET, PROC, COND, CC, DESAP): 27 — awaiting trial 8, sentenced 5, stage unknown 14.
Military among the held: rows 2, 5, 8, 10, 13, 22, 23, 24, 25 = 9. Foreigners (E- cédulas)
among the held: rows 12 and 18 = 2. Held without any ID: rows 3, 11, 15, 28 = 4.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from casedesk.domain.text import fold
from casedesk.services.census import census_as_of
from casedesk.services.importing import import_file
from casedesk.storage.models import Person
from tests.lists.reports import lawyers_report, observatory_report

DAY = date(2025, 12, 15)
TEXT = Path(__file__).parent.parent / "data" / "reports" / "copiado_de_pdf.txt"
BY_STATUS = {"detained": 23, "house_arrest": 2, "whereabouts_unknown": 2, "released_conditional": 3,
             "released_full": 2, "deceased": 3, "unknown": 0}


def _counts(summary: dict) -> dict:
    return {key: summary[key] if not isinstance(summary[key], list) else len(summary[key])
            for key in ("people_created", "people_merged", "duplicates_in_file", "to_review", "kept_as_written")}


def test_a_report_without_rules_over_several_pages(vault, tmp_path):
    path = observatory_report(tmp_path / "reporte.pdf")
    summary = import_file(vault, path, status_date=DAY)
    assert summary["read_as"] == "PDF" and summary["accounted"]
    assert _counts(summary) == {"people_created": 35, "people_merged": 0, "duplicates_in_file": 1, "to_review": 0,
                                "kept_as_written": 0}
    assert [item["reason"] for item in summary["skipped"]] == ["a total or a note, not a person"] * 2
    notes = " ".join(summary["reading_notes"])
    assert "legend read: DET = Detenido" in notes and "wrapped lines joined" in notes and "page headers" in notes
    columns = {column["header"]: column["field"] for column in summary["sheets"][0]["columns"]}
    assert columns == {"Apellidos y nombres": "full_name", "C.I.": "national_id", "Sexo": "sex",
                       "C/M": "civilian_military", "Fecha de detención": "arrest_date", "Estado": "state",
                       "Situación": "status"}
    census = census_as_of(DAY).to_json()
    assert (census["held"], census["by_status"]) == (27, BY_STATUS)
    assert census["by_stage"] == {"awaiting_trial": 8, "sentenced": 5, "unknown": 14}
    assert (census["military_held"], census["foreigners_held"], census["unknown"]["nationality"]) == (9, 2, 4)
    wrapped = Person.get(Person.surnames == "Pérez de la Cruz de Montesinos")
    assert wrapped.given_names == "María del Valle"                          # a name wrapped onto two lines
    assert Person.get(Person.national_id == "V-19222111").surnames == "Rodríguez Alvarado"   # "RODRÍ-" + "GUEZ"
    assert Person.select().where(Person.surnames == "Pérez Gutiérrez").count() == 2           # namesakes


def test_a_ruled_grid_with_cells_centred_vertically(vault, tmp_path):
    path = lawyers_report(tmp_path / "defendidos.pdf")
    summary = import_file(vault, path, status_date=DAY)
    assert _counts(summary) == {"people_created": 35, "people_merged": 0, "duplicates_in_file": 1, "to_review": 0,
                                "kept_as_written": 0}
    assert summary["skipped"] == []
    census = census_as_of(DAY).to_json()
    assert (census["held"], census["by_status"]) == (27, BY_STATUS)
    assert census["unknown"]["civilian_military"] == 27                       # this list does not say
    assert any(fold(p.full_name) == fold("María del Valle Pérez de la Cruz de Montesinos") for p in Person.select())


def test_text_copied_out_of_a_pdf(vault):
    """12 people (rows 1 to 12 above), a name wrapped onto its own line, a page break with the
    running title, page numbers and the table header again: held 10 (rows 1-5, 8-12),
    deceased 1, released 1; military held 4 (rows 2, 5, 8, 10); foreigners 1 (row 12)."""
    summary = import_file(vault, TEXT, status_date=DAY)
    assert summary["read_as"].startswith("text in columns") and summary["accounted"]
    assert _counts(summary) == {"people_created": 12, "people_merged": 0, "duplicates_in_file": 0, "to_review": 0,
                                "kept_as_written": 0}
    census = census_as_of(DAY).to_json()
    assert census["held"] == 10 and census["military_held"] == 4 and census["foreigners_held"] == 1
    assert census["by_stage"] == {"awaiting_trial": 5, "sentenced": 2, "unknown": 3}
    assert Person.get(Person.surnames == "Pérez de la Cruz de Montesinos").given_names == "María del Valle"


def test_a_scanned_or_broken_pdf_is_refused_in_plain_words(vault, tmp_path):
    from reportlab.pdfgen.canvas import Canvas
    from casedesk.domain.errors import InvalidInput
    scan = tmp_path / "escaneo.pdf"
    canvas = Canvas(str(scan))
    canvas.rect(50, 50, 200, 200, fill=1)                 # a page with a picture and no text
    canvas.save()
    broken = tmp_path / "roto.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    for path, words in ((scan, "scan"), (broken, "cannot read")):
        with pytest.raises(InvalidInput) as refused:
            import_file(vault, path)
        assert words in refused.value.message("en")
