"""PDF reports and text copied out of them, made by an outside tester who wrote down what each
holds before CaseDesk read it (tests/data/reports/outsider/truth.json: every person's name,
cédula, status and civilian/military, and the figures a group would publish).

The layouts are the ones that broke the first PDF reader: headers centred over their columns,
labels wrapped over two lines, no rules between rows, a legend printed as a small table (above
the list, below it, or beside the title), two tables with different columns on one page, the
table printed twice side by side, long names centred over three lines around the row, and
text copied with `pdftotext -layout`, where each page is laid out anew.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from casedesk.domain.errors import InvalidInput
from casedesk.services.census import census_as_of
from casedesk.services.importing import import_file
from casedesk.storage.models import Person

FOLDER = Path(__file__).parent.parent / "data" / "reports" / "outsider"
TRUTH = json.loads((FOLDER / "truth.json").read_text(encoding="utf-8"))
CASES = {
    "p01_ruled_portrait.pdf": "p01_ruled_portrait.pdf",          # centred headers and a row number
    "t01_p01_layout.txt": "p01_ruled_portrait.pdf",
    "p02_long_landscape.pdf": "p02_long_landscape.pdf",          # 24 pages, legend table at the end
    "t04_p02_layout.txt": "p02_long_landscape.pdf",              # its text: every page laid out anew
    "p03_unruled_two_tables.pdf": "p03_unruled_two_tables.pdf",  # civilians, then soldiers with a rank
    "p04_side_by_side_small.pdf": "p04_side_by_side_small.pdf",  # the table twice on each page
    "p05_legend_table_letter.pdf": "p05_legend_table_letter.pdf",  # legend table beside the title
    "t02_p05_layout.txt": "p05_legend_table_letter.pdf",
    "v02_centered_headers.pdf": "variants",
    "v05_legend_table_start.pdf": "variants",
    "v06_legend_table_end.pdf": "variants",
    "v07_no_lines.pdf": "variants",                              # "Fecha" over, "detención" under
    "v11_CIV_MIL_codes.pdf": "variants",                         # "Cond." with CIV/MIL, explained
    "v16_wrapped_names_no_lines.pdf": "variants",                # names over and under their row
}


def _digits(text: str | None) -> str:
    return re.sub(r"\D", "", text or "")


@pytest.mark.parametrize("name", CASES)
def test_every_person_and_every_figure_as_the_report_gives_them(vault, name):
    truth = TRUTH[CASES[name]]
    expected = truth["summary"]
    day = date.fromisoformat(expected["status_date"])
    summary = import_file(vault, FOLDER / name, status_date=day)

    assert summary["accounted"], summary["skipped"]
    assert (summary["people_created"], summary["duplicates_in_file"], len(summary["to_review"])) == (
        expected["distinct_people"], expected["duplicates_in_file"], 0)
    # Names compare as words: "de la Concepción" and "De la Concepción" are the same person.
    people = {(person.full_name.casefold(), _digits(person.national_id)) for person in Person.select()}
    missing = [(row["name"], row["id"]) for row in truth["rows"]
               if (row["name"].casefold(), _digits(row["id"])) not in people]
    assert missing == []
    census = census_as_of(day).to_json()
    assert (census["held"], census["military_held"], census["foreigners_held"]) == (
        expected["held"], expected["military_held"], expected["foreigners_held"])


def test_a_list_in_newspaper_columns_is_refused_saying_what_to_do(vault):
    with pytest.raises(InvalidInput) as refused:
        import_file(vault, FOLDER / "p06_two_text_columns.pdf", status_date=date(2025, 1, 31))
    assert "newspaper-style columns" in refused.value.message("en") and "--map" in refused.value.message("en")
    assert "columnas de periódico" in refused.value.message("es")
    assert Person.select().count() == 0


def test_a_report_and_the_text_copied_out_of_it_are_the_same_people(vault):
    """The cédulas and dates are read from both, so the second import merges every row."""
    day = date(2025, 3, 31)
    first = import_file(vault, FOLDER / "v01_control_left_headers.pdf", status_date=day)
    second = import_file(vault, FOLDER / "v01_as_text.txt", status_date=day)
    assert (first["people_created"], second["people_created"], second["people_merged"], second["to_review"]) == (
        20, 0, 20, [])
    assert census_as_of(day).to_json()["held"] == 16
