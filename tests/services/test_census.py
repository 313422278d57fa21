"""The census on a vault whose answer is known by construction."""

import csv
from datetime import date

import pytest

from casedesk.domain.normalize import parse_date
from casedesk.domain.vocabulary import ClaimKind, EventKind, SourceKind, Status
from casedesk.services.cases import NewCase, NewEvent, add_case, add_cases, status_on
from casedesk.services.census import census_as_of, held_counts, held_over_time, month_ends, people_on, write_census_csv
from casedesk.services.demo import fill_demo_vault
from casedesk.services.verification import add_check, report_claim, verify_claim
from casedesk.storage.models import DetentionCase

DAY = date(2025, 12, 29)

from tests.conftest import pdf_text, run_cli


def _event(kind, day, status=None):
    return NewEvent(kind, parse_date(day), status)


@pytest.fixture
def known(vault):
    ids = add_cases(vault, [
        NewCase.named("Ana Pérez", national_id="V-1000001", sex="female", facility="Rodeo I", agency="SEBIN",
                      arrest_date=parse_date("2024-01-10")),                                   # held
        NewCase.named("Luis Páez", national_id="E-8000001", sex="male", nationality="Colombia", facility="Rodeo I",
                      civilian_military="military", arrest_date=parse_date("2023-06-01"),
                      events=[_event(EventKind.HOUSE_ARREST, "2025-03-01")]),                   # held, foreign
        NewCase.named("Inés Marcano", sex="female", facility="Yare III", arrest_date=parse_date("2025-02-01"),
                      events=[_event(EventKind.RELEASE_VERIFIED, "2025-11-30", Status.RELEASED_FULL)]),  # left before
        NewCase.named("Óscar Rondón", sex="male", arrest_date=parse_date("2026-01-05")),        # arrested after
        NewCase.named("Zoila Chacón", sex="female", arrest_date=parse_date("2025-06-01"),
                      events=[_event(EventKind.WHEREABOUTS_UNKNOWN, "2025-06-02")]),            # held, disappeared
        NewCase.named("Rosa Quintero", sex="female", arrest_date=parse_date("2025-12-20")),     # entered in Dec
    ])
    # Released after the census date: still counted on the 29th.
    claim = report_claim(vault, ids[0], ClaimKind.RELEASE, date(2026, 1, 8), claimed_status=Status.RELEASED_CONDITIONAL)
    add_check(vault, claim, SourceKind.OFFICIAL_DOCUMENT, "Boleta")
    add_check(vault, claim, SourceKind.FAMILY_CONFIRMATION, "La madre")
    verify_claim(vault, claim)
    return ids


def test_the_census_counts_who_was_held_on_the_date(known):
    census = census_as_of(DAY).to_json()
    assert census["held"] == 4
    assert census["by_status"]["detained"] == 2 and census["by_status"]["house_arrest"] == 1
    assert census["by_status"]["whereabouts_unknown"] == 1 and census["by_status"]["released_full"] == 1
    assert census["by_sex"] == {"female": 3, "male": 1}
    assert census["by_months_held"] == {"0-3": 1, "6-12": 1, "12-24": 1, "24-60": 1}
    assert census["foreigners_held"] == 1 and census["military_held"] == 1
    assert census["by_facility"]["Rodeo I"] == 2
    assert census_as_of(date(2026, 1, 8)).to_json()["held"] == 4     # Ana out, Óscar in


def test_between_two_dates_it_names_who_entered_and_who_left_and_why(known):
    census = census_as_of(DAY, since=date(2025, 11, 1)).to_json()
    assert [p["name"] for p in census["entered"]] == ["Rosa Quintero"]
    assert [(p["name"], p["reason"], p["status"]) for p in census["left"]] == [
        ("Inés Marcano", "release_verified", "released_full")]
    later = census_as_of(date(2026, 1, 10), since=DAY).to_json()
    assert [p["name"] for p in later["entered"]] == ["Óscar Rondón"]
    assert [(p["name"], p["reason"]) for p in later["left"]] == [("Ana Pérez", "release_verified")]


def test_a_person_arrested_twice_counts_once(vault):
    first = add_case(vault, NewCase.named("Wilmer Salazar", national_id="V-3000003",
                                          arrest_date=parse_date("2020-01-01"),
                                          events=[_event(EventKind.RELEASE_VERIFIED, "2021-01-01")]))
    person = DetentionCase.get(DetentionCase.uuid == first).person.uuid
    add_case(vault, NewCase(arrest_date=parse_date("2024-05-05"), existing_person_uuid=person))
    assert census_as_of(DAY).to_json()["held"] == 1
    assert census_as_of(date(2022, 1, 1)).to_json()["held"] == 0


def test_the_census_agrees_with_status_on_for_every_case(vault):
    fill_demo_vault(vault, 400)
    for day in (date(2019, 6, 1), date(2023, 3, 15), date.today()):
        by_person = people_on(day)
        for case in DetentionCase.select():
            expected = status_on(case, day)
            assert by_person.get(case.person.uuid) == (expected.value if expected else None)


def test_the_held_counts_over_time_agree_with_the_census_of_each_day(vault):
    fill_demo_vault(vault, 300)
    days = [date(2018, 1, 31), date(2021, 7, 4), date(2024, 2, 29), DAY, date.today()]
    assert held_counts(days) == {day: census_as_of(day).held for day in days}


def test_the_monthly_series_ends_each_month_and_on_the_day_asked(known):
    series = dict(held_over_time(date(2026, 1, 10), months=4))
    assert list(series) == [date(2025, 10, 31), date(2025, 11, 30), date(2025, 12, 31), date(2026, 1, 10)]
    # Oct: Ana, Luis, Inés, Zoila; Nov 30: Inés released; Dec 20: Rosa; Jan: Ana out, Óscar in.
    assert list(series.values()) == [4, 3, 4, 4]
    everything = held_over_time(date(2026, 1, 10))
    assert everything[0] == (date(2023, 6, 30), 1) and everything[-1] == (date(2026, 1, 10), 4)
    assert month_ends(date(2024, 1, 15), date(2024, 3, 1)) == [date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 1)]


def test_the_held_list_exports_as_csv_with_accents_intact(known, tmp_path):
    target = tmp_path / "censo.csv"
    assert write_census_csv(DAY, target) == 4
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(target, encoding="utf-8-sig", newline="") as rows:
        names = [row["name"] for row in csv.DictReader(rows)]
    assert names == ["Zoila Chacón", "Luis Páez", "Ana Pérez", "Rosa Quintero"]     # by surname


def test_the_command_line_prints_the_census_as_json(tmp_path):
    import json
    folder = str(tmp_path / "vault")
    run_cli("init", folder)
    run_cli("add", folder, "--name", "Ana Pérez", "--arrested", "2025-01-05", "--facility", "Rodeo I")
    run_cli("add", folder, "--name", "Luis Páez", "--arrested", "2025-12-20")
    data = json.loads(run_cli("census", folder, "--as-of", "29/12/2025", "--since", "2025-12-01", "--json",
                               "--csv", str(tmp_path / "censo.csv")))
    assert {key: data[key] for key in ("as_of", "held", "foreigners_held", "military_held")} == {
        "as_of": "2025-12-29", "held": 2, "foreigners_held": 0, "military_held": 0}
    assert data["by_facility"] == {"Rodeo I": 1, "—": 1} and data["by_status"]["detained"] == 2
    assert [p["name"] for p in data["entered"]] == ["Luis Páez"] and data["left"] == []
    assert (tmp_path / "censo.csv").exists()


def test_the_census_report_reads_back_in_spanish_and_english(known, vault):
    import io

    import pikepdf
    from pypdf import PdfReader

    from casedesk.services.census import make_census_pdf
    from casedesk.storage.audit import chain_head
    head = chain_head()
    pdf = make_census_pdf(vault, DAY, since=date(2025, 11, 1), language="es")
    text = pdf_text(pdf)
    for expected in ("Personas detenidas por razones políticas", "Censo al 29 de diciembre de 2025",
                     "4 personas detenidas", "De ellas, 1 extranjera y 1 militar",
                     "1 entraron en la lista y 1 salieron", "Rosa Quintero", "Inés Marcano",
                     "Excarcelación verificada", "Paradero desconocido", "Rodeo I", "CONFIDENCIAL",
                     f"Cabeza de auditoría {head}"):
        assert expected in text, expected
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert f"Página {pages} de {pages}" in text
    with pikepdf.open(io.BytesIO(pdf)) as document:
        assert document.check_pdf_syntax() == []
        fonts = {str(f.get("/BaseFont")) for page in document.pages for f in page.Resources.Font.values()}
    assert fonts and all("BitstreamVera" in font for font in fonts)
    english = pdf_text(make_census_pdf(vault, DAY, language="en"))
    assert "Census as of 29 December 2025" in english and "4 people held" in english
    assert "Rosa Quintero" not in english                                # no --since, no lists
    protected = make_census_pdf(vault, DAY, language="en", password="clave del censo")
    assert PdfReader(io.BytesIO(protected)).is_encrypted
    assert "4 people held" in pdf_text(protected, "clave del censo")


def test_the_command_line_writes_the_census_report(tmp_path):
    folder = str(tmp_path / "vault")
    run_cli("init", folder)
    run_cli("add", folder, "--name", "Ana Pérez", "--arrested", "2025-01-05", "--facility", "Rodeo I")
    run_cli("census", folder, "--as-of", "2025-12-29", "--pdf", str(tmp_path / "censo.pdf"), "--language", "es")
    text = pdf_text((tmp_path / "censo.pdf").read_bytes())
    assert "Censo al 29 de diciembre de 2025" in text and "1 persona detenida" in text and "1 personas" not in text


def test_the_overview_agrees_with_the_census_and_names_facilities_by_id(known):
    from casedesk.services.census import overview
    from casedesk.storage.models import Facility
    figures = overview(DAY, months=3)
    census = census_as_of(DAY)
    assert figures.held == census.held == 4
    assert figures.held_30_days_ago == census_as_of(date(2025, 11, 29)).held == 4     # Inés left on the 30th
    assert figures.by_status == census.by_status
    rodeo = Facility.get(Facility.name == "Rodeo I")
    assert figures.by_facility[0] == (rodeo.uuid, "Rodeo I", 2)
    assert [day for day, _ in figures.series] == [date(2025, 10, 31), date(2025, 11, 30), DAY]


def test_a_formula_imported_from_a_list_stays_text_in_every_csv_and_xlsx_written(vault, tmp_path):
    """Issue 14, finding 3: `census --csv` wrote an imported facility '=HYPERLINK(…)' raw, so a
    spreadsheet program ran it. Every CSV and XLSX goes through one writer now: in CSV the cell
    is behind an apostrophe; in XLSX it is a string (never a formula) with Excel's quote prefix."""
    import re
    import zipfile

    from casedesk.services.exporting import export_cases
    from casedesk.services.importing import import_file
    from casedesk.services.search import CaseQuery
    formula = '=HYPERLINK("http://x","y")'
    listing = tmp_path / "lista.csv"
    listing.write_text("Nombre,Cédula,Centro de reclusión,Organismo,Estatus\n"
                       f'Ana Pérez,V-1000001,"{formula.replace(chr(34), chr(34) * 2)}",@SUM(1),Detenida\n'
                       "Luis Páez,V-1000002,+cmd|' /C calc'!A0,-2+3,Detenido\n", encoding="utf-8")
    import_file(vault, listing, status_date=DAY)

    census = tmp_path / "censo.csv"
    write_census_csv(DAY, census)
    with open(census, encoding="utf-8-sig", newline="") as rows:
        held = {row["name"]: row for row in csv.DictReader(rows)}
    assert held["Ana Pérez"]["facility"] == "'" + formula and held["Ana Pérez"]["agency"] == "'@SUM(1)"
    assert held["Luis Páez"]["facility"] == "'+cmd|' /C calc'!A0" and held["Luis Páez"]["agency"] == "'-2+3"

    exported = tmp_path / "lista.xlsx"
    export_cases(vault, CaseQuery(), exported, columns=["name", "facility", "agency"], language="en")
    with zipfile.ZipFile(exported) as workbook:
        sheet = workbook.read("xl/worksheets/sheet1.xml").decode()
        strings = re.findall(r"<t[^>]*>([^<]*)</t>", workbook.read("xl/sharedStrings.xml").decode())
        styles = workbook.read("xl/styles.xml").decode()
    assert "<f>" not in sheet                                        # no formula anywhere
    formats = re.findall(r"<xf [^>]*?/?>", styles.split("<cellXfs", 1)[1])
    quoted = {str(index) for index, xf in enumerate(formats) if 'quotePrefix="1"' in xf}
    for text in (formula, "@SUM(1)", "+cmd|' /C calc'!A0", "-2+3"):
        index = strings.index(text.replace('"', "&quot;") if text not in strings else text)
        cell = re.search(rf'<c r="[A-Z]+\d+"( s="(\d+)")? t="s"><v>{index}</v></c>', sheet)
        assert cell and cell.group(2) in quoted, (text, cell and cell.group(0))
