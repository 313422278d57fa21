"""Spreadsheet import on real files: the messy sample, other encodings and shapes, duplicates,
the status date, undo, and random input that must never crash or half-import."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casedesk.domain.errors import CaseDeskError, InvalidInput
from casedesk.domain.normalize import parse_date
from casedesk.services.cases import NewCase, add_case, find_case
from casedesk.services.census import census_as_of
from casedesk.services.importing import (
    decide_review, import_file, pending_reviews, plan_import, read_list, run_import, saved_mapping,
    undo_import,
)
from casedesk.storage.audit import verify_audit_chain
from casedesk.storage.models import AuditEntry, DetentionCase, Event, Person
from tests.conftest import run_cli

SAMPLE = Path(__file__).parent.parent / "data" / "detenidos_muestra.csv"
LIST_DAY = date(2025, 12, 29)


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _counts() -> tuple[int, int, int, int]:
    return (Person.select().count(), DetentionCase.select().count(), Event.select().count(),
            AuditEntry.select().count())


def test_the_messy_sample_imports_with_its_duplicates_folded_and_nothing_dropped(vault):
    dry = import_file(vault, SAMPLE, status_date=LIST_DAY, dry_run=True)
    assert _counts()[:3] == (0, 0, 0)                                   # a dry run writes nothing
    assert dry["rows_read"] == 308 and dry["skipped"] == [] and dry["accounted"]
    assert dry["duplicates_in_file"] == 8                              # the rows marked "registro duplicado"
    assert dry["people_created"] == 300 and "Rodeo I" in dry["new_facilities"]
    done = import_file(vault, SAMPLE, status_date=LIST_DAY)
    assert {k: done[k] for k in ("people_created", "people_merged", "cases_created")} == {
        "people_created": 300, "people_merged": 0, "cases_created": 300}
    assert Person.select().count() == 300
    ivan = Person.get(Person.national_id == "V-13876167")               # "V-13.876.167" and "V13876167"
    assert (ivan.given_names, ivan.surnames) == ("Iván Jesús", "Colmenares Rojas")
    assert Person.get(Person.national_id == "V-28826016").given_names == "Ana María"   # " 28826016 ", ALL CAPS
    assert Person.select().where(Person.national_id.is_null()).count() >= 3             # "S/I", "no posee", blank
    etienne = Person.get(Person.national_id == "E-80248183")
    assert etienne.nationality == "Francia"
    case = etienne.cases.get()
    assert (case.facility.name, case.agency.name, case.status) == ("Uribana", "SEBIN", "detained")


def test_importing_the_same_list_twice_changes_nothing(vault):
    import_file(vault, SAMPLE, status_date=LIST_DAY)
    before = _counts()
    again = import_file(vault, SAMPLE, status_date=LIST_DAY)
    assert again["people_created"] == 0 and again["people_merged"] == 300 and again["to_review"] == []
    assert _counts()[:3] == before[:3]


def test_the_list_status_is_an_event_on_its_date_so_the_census_of_that_day_reflects_it(vault, tmp_path):
    first = _write(tmp_path, "lista.csv", "Nombre;Cédula;Fecha de detención;Estatus\n"
                                          "Ana Pérez;V-1.000.001;10/01/2024;Detenida\n"
                                          "Luis Páez;V-1.000.002;01/06/2023;Preso\n")
    import_file(vault, first, status_date=date(2025, 1, 1))
    assert census_as_of(date(2025, 6, 1)).held == 2
    update = _write(tmp_path, "lista2.csv", "Nombre;Cédula;Estatus\nPÉREZ ANA;1000001;Excarcelada\n")
    summary = import_file(vault, update, status_date=date(2025, 9, 1))
    assert summary["people_merged"] == 1 and summary["people_created"] == 0
    assert census_as_of(date(2025, 8, 31)).held == 2 and census_as_of(date(2025, 9, 1)).held == 1
    event = Event.get(Event.kind == "status_recorded", Event.date == "2025-09-01")
    assert (event.date, event.status, event.description) == ("2025-09-01", "released_conditional",
                                                             "Lista importada: lista2.csv, fila 2")
    assert verify_audit_chain().ok                                     # every write is in the chain, in order


def test_encodings_delimiters_quotes_and_line_breaks_read_the_same(vault, tmp_path):
    rows = [["Apellidos y Nombres", "C.I.", "Situación", "Observaciones"],
            ["Núñez Íñiguez, José", "V-12.345.678", "Detenido", "dijo: \"no firmo\"; sin abogado\nsegunda línea"]]

    def as_csv(delimiter: str) -> str:
        import csv
        import io
        out = io.StringIO()
        csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
        return out.getvalue()
    files = [_write(tmp_path, "a.csv", as_csv(","), "utf-8"),
             _write(tmp_path, "b.csv", "\ufeff" + as_csv(";"), "utf-8"),
             _write(tmp_path, "c.csv", as_csv(";"), "cp1252"),
             _write(tmp_path, "d.csv", as_csv("\t"), "latin-1"),
             _write(tmp_path, "e.tsv", as_csv("\t"), "utf-16")]                # Excel's "Unicode text"
    for path in files:
        sheet = read_list(path).used[0]
        assert sheet.table.headers == rows[0], path.name
        assert sheet.table.rows == [(2, rows[1])], path.name
        assert sheet.mapping == {0: "full_name", 1: "national_id", 2: "status", 3: "notes"}


def test_an_xlsx_workbook_reads_ids_and_dates_as_people_wrote_them(tmp_path, vault):
    import xlsxwriter
    path = tmp_path / "lista.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    date_format = book.add_format({"num_format": "dd/mm/yyyy"})
    sheet.write_row(0, 0, ["Name", "National ID", "Arrest date", "Facility", "Status"])
    sheet.write_row(1, 0, ["Zoila Chacón", 12345678, None, "Rodeo I", "Detained"])
    sheet.write_datetime(1, 2, __import__("datetime").datetime(2024, 3, 5), date_format)
    book.close()
    summary = import_file(vault, path, status_date=LIST_DAY)
    assert summary["people_created"] == 1
    person = Person.get(Person.national_id == "V-12345678")
    assert person.cases.get().arrest_date == "2024-03-05"


def test_blank_rows_totals_and_repeated_headers_are_skipped_and_bad_cells_kept_as_written(vault, tmp_path):
    path = _write(tmp_path, "sucio.csv",
                  "Nombre,Cédula,Fecha de detención,Estatus\n"
                  "Ana Pérez,V-1000001,10/01/2024,Detenida\n"
                  ",,,\n"
                  "Nombre,Cédula,Fecha de detención,Estatus\n"
                  "TOTAL,,,3\n"
                  "Luis Páez,V-1000002,31/02/2024,Detenido\n"
                  "Inés Marcano,V-1000003,01/02/2024,???\n"
                  "Rosa Quintero,V-1,01/02/2024,Detenida\n"
                  "Óscar Rondón,,01/03/2024,Detenido\n")
    summary = import_file(vault, path, status_date=LIST_DAY)
    # A blank row is not worth a line in the report; what was read and left out is.
    assert [s["row"] for s in summary["skipped"]] == ["4", "5"]
    assert [s["reason"] for s in summary["skipped"]] == ["the header repeated", "a total or a note, not a person"]
    # One unreadable cell never drops its row: the person is imported, the words kept as written.
    assert [(k["row"], k["field"], k["value"]) for k in summary["kept_as_written"]] == [
        ("6", "arrest_date", "31/02/2024"), ("7", "status", "???"), ("8", "national_id", "V-1")]
    assert summary["people_created"] == 5
    ines = Person.get(Person.national_id == "V-1000003").cases.get()
    assert ines.status == "unknown" and "«???»" in ines.notes
    assert Person.get(Person.surnames == "Quintero").national_id is None


def test_people_already_in_the_vault_are_merged_and_near_names_wait_for_review(vault, tmp_path):
    known = add_case(vault, NewCase.named("José Gregorio Íñiguez Páez", arrest_date=parse_date("2024-03-05"),
                                          facility="Rodeo I"))
    add_case(vault, NewCase.named("María Fernanda Salas", national_id="V-9000001", arrest_date=parse_date("2020-01-01")))
    path = _write(tmp_path, "otra.csv",
                  "Nombre,Cédula,Fecha de detención,Estatus\n"
                  "IÑIGUEZ PAEZ JOSE GREGORIO,,05/03/2024,Detenido\n"       # same name, other order: sure
                  "José Gregorio Iñiguez,,,Detenido\n"              # a surname short, no date: review
                  "María Fernanda Salas,9.000.001,15/02/2023,Detenida\n")   # same ID, arrested again
    plan = plan_import(read_list(path), status_date=LIST_DAY)
    assert [(row.ref, person) for row, person in plan.merges][0] == ("2", find_case(known).person.uuid)
    assert [row.ref for row, _ in plan.review] == ["3"]
    assert plan.review[0][1][0].person_uuid == find_case(known).person.uuid
    settled = plan_import(read_list(path), status_date=LIST_DAY, decisions={"3": find_case(known).person.uuid})
    assert settled.review == []
    batch = run_import(vault, plan)                                    # undecided rows wait in the vault
    assert [item["row"] for item in pending_reviews()] == ["3"]
    decide_review(vault, pending_reviews()[0]["item"], f"merge:{find_case(known).person.uuid}")
    assert pending_reviews() == [] and batch
    salas = Person.get(Person.national_id == "V-9000001")
    assert salas.cases.count() == 2                                     # the later arrest is a new case
    assert Person.select().count() == 2


def test_a_whole_import_is_undone_and_leaves_the_vault_as_before(vault, tmp_path):
    add_case(vault, NewCase.named("Ana Pérez", national_id="V-1000001", arrest_date=parse_date("2024-01-10")))
    path = _write(tmp_path, "lista.csv", "Nombre,Cédula,Sexo,Estatus\nAna Pérez,V-1000001,F,Excarcelada\n"
                                         "Luis Páez,V-1000002,M,Detenido\n")
    before = _counts()[:3]
    batch = import_file(vault, path, status_date=LIST_DAY)["batch"]
    assert Person.get(Person.national_id == "V-1000001").sex == "female"      # an empty field filled
    assert find_case(Person.get(Person.national_id == "V-1000001").cases.get().uuid).status == "released_conditional"
    counts = undo_import(vault, batch)
    assert counts == {"cases_deleted": 1, "people_deleted": 1, "events_removed": 1, "people_restored": 1}
    assert _counts()[:3] == before and verify_audit_chain().ok
    ana = Person.get(Person.national_id == "V-1000001")
    assert ana.sex == "unknown" and ana.cases.get().status == "detained"
    with pytest.raises(InvalidInput):
        undo_import(vault, batch)


def test_the_mapping_chosen_is_remembered_for_the_next_file_of_that_shape(vault, tmp_path):
    path = _write(tmp_path, "raro.csv", "Col A,Col B\nPÁEZ,V-1000001\nRONDÓN,V-1000002\n")
    assert read_list(path).used == []                                  # one word each: not names
    with pytest.raises(InvalidInput):
        import_file(vault, path)                                        # no column holds the names
    import_file(vault, path, mapping={0: "full_name", 1: "national_id"})
    assert saved_mapping(read_list(path).sheets[0].table.headers) == {0: "full_name", 1: "national_id"}
    second = _write(tmp_path, "raro2.csv", "Col A,Col B\nMARCANO,V-1000003\n")
    assert import_file(vault, second)["people_created"] == 1


def test_a_video_or_binary_file_is_refused_in_plain_words(vault, tmp_path):
    video = tmp_path / "video.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 40)
    with pytest.raises(InvalidInput) as refused:
        import_file(vault, video)
    assert "not a list CaseDesk can read" in refused.value.message("en") and "no es una lista" in refused.value.message("es")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(
    st.binary(max_size=600),
    st.lists(st.lists(st.text(alphabet="aáñ Z0129/-.,;\t\"\n", max_size=12), min_size=1, max_size=6),
             min_size=1, max_size=8).map(lambda rows: "\n".join(";".join(row) for row in rows).encode("utf-8")),
    st.lists(st.tuples(st.sampled_from(["Ana Pérez", "LUIS PÁEZ", "", "Total", "Nombre"]),
                       st.sampled_from(["V-1000001", "12.345.678", "x", "", "S/I"]),
                       st.sampled_from(["01/02/2024", "31/02/2024", "", "3 dic 2020", "2099-01-01"]),
                       st.sampled_from(["Detenido", "libre", "???", ""])), max_size=8)
    .map(lambda rows: ("Nombre,Cédula,Fecha de detención,Estatus\n"
                       + "\n".join(",".join(row) for row in rows)).encode("cp1252")),
))
def test_random_input_either_imports_or_reports_and_never_half_imports(vault, tmp_path, data):
    path = tmp_path / "random.csv"
    path.write_bytes(data)
    before = _counts()
    try:
        summary = import_file(vault, path, status_date=LIST_DAY)
    except CaseDeskError:
        assert _counts() == before                                      # refused: nothing written at all
        return
    accounted = summary["people_created"] + summary["people_merged"] + summary["duplicates_in_file"] \
        + len(summary["skipped"]) + len(summary["to_review"])
    assert accounted == summary["rows_read"] and summary["accounted"]   # every row is somewhere
    undo_import(vault, summary["batch"])


def test_the_command_line_prints_what_the_import_did_as_json(tmp_path):
    folder = str(tmp_path / "vault")
    run_cli("init", folder)
    dry = json.loads(run_cli("import", folder, str(SAMPLE), "--dry-run", "--json"))
    assert {"rows_read", "people_created", "people_merged", "cases_created", "duplicates_in_file",
            "skipped", "kept_as_written", "sheets", "to_review"} <= set(dry) and dry["people_created"] == 300
    done = json.loads(run_cli("import", folder, str(SAMPLE), "--status-date", "29/12/2025", "--json"))
    assert done["people_created"] == 300
    assert json.loads(run_cli("census", folder, "--as-of", "2025-12-29", "--json"))["held"] > 200
    listed = json.loads(run_cli("imports", folder, "--json"))
    assert [batch["id"] for batch in listed] == [done["batch"]] and listed[0]["summary"]["people_created"] == 300
    assert "300" in run_cli("undo-import", folder, done["batch"])
    assert json.loads(run_cli("status", folder, "--json"))["people"] == 0


def test_a_cancelled_import_leaves_nothing(vault):
    from casedesk.services.importing import ImportCancelled
    plan = plan_import(read_list(SAMPLE), status_date=LIST_DAY)
    before = _counts()
    with pytest.raises(ImportCancelled):
        run_import(vault, plan, progress=lambda done, total: done < 100)
    assert _counts() == before


@pytest.mark.parametrize("offset", [40, 20_000], ids=["in the first 8 KB", "after the first 8 KB"])
def test_a_nul_or_an_escape_in_a_list_is_cleared_the_same_wherever_it_is(vault, tmp_path, offset):
    """Issue 14, finding 7: a NUL byte was refused in the first 8 KB of a CSV and taken after
    them. One rule now, for every control character anywhere in any list: replaced by a space,
    the reading says so, the row is imported."""
    filler = "".join(f"Persona{n} Apellido{n},V-{20_000_000 + n},Detenido\n" for n in range(offset // 40))
    data = ("Nombre,Cédula,Estatus\n" + filler + "Ana\x00Rojas\x1b[2J Pérez,V-9999999,Detenida\n").encode()
    assert (data.index(b"\x00") < 8192) == (offset < 8192)
    listing = tmp_path / "lista.csv"
    listing.write_bytes(data)
    summary = import_file(vault, listing, status_date=LIST_DAY)
    ana = Person.get(Person.national_id == "V-9999999")
    assert "\x00" not in ana.given_names + ana.surnames and "\x1b" not in ana.given_names + ana.surnames
    assert "Ana" in ana.given_names and "Pérez" in ana.surnames
    assert any("2 control characters" in note for note in summary["reading_notes"])


# --- A letter is no list; a facility is not split by its parenthesis ---------------------------------

LETTER = ("Querida mamá, estoy bien. No te preocupes por mí, aquí me tratan bien.\n"
          "\n"
          "Te quiero mucho, dale un beso a Luisa.\n"
          "Pedro\n")


def test_a_letter_in_a_text_file_is_refused_like_prose_and_imports_nobody(vault, tmp_path):
    """Split at its commas, a letter's third column ("aquí me tratan bien.") read as names and
    made a person "Aquí Me Tratan Bien."; a sentence is no name, and the letter gets the refusal
    a communiqué in prose gets."""
    before = _counts()
    for dry_run in (True, False):
        with pytest.raises(InvalidInput) as refused:
            import_file(vault, _write(tmp_path, "carta.txt", LETTER), status_date=LIST_DAY, dry_run=dry_run)
        assert "copy it into a spreadsheet first" in refused.value.message("en")
        assert "cópiela antes a una hoja de cálculo" in refused.value.message("es")
    assert _counts() == before


def test_a_sentence_in_a_names_column_is_no_person_but_names_in_lower_case_are(vault, tmp_path):
    path = _write(tmp_path, "lista.csv", "nombre,cedula\n"
                                         "maria perez rojas,V-10000001\n"
                                         "jose gregorio de la cruz,V-10000002\n"
                                         "estoy bien,\n")
    plan = plan_import(read_list(path), status_date=LIST_DAY)
    assert [(row.given_names, row.surnames) for row in plan.new] == [("Maria", "Perez Rojas"),
                                                                     ("Jose Gregorio", "De la Cruz")]
    assert plan.skipped == [{"row": "4", "reason": "a sentence, not a name: not a person",
                             "reason_es": "una frase, no un nombre: no es una persona"}]


def test_a_photo_given_to_the_command_line_is_refused_in_both_languages(tmp_path):
    from tests.hostile_files import png_with_metadata
    folder = str(tmp_path / "vault")
    run_cli("init", folder)
    image = tmp_path / "image.png"
    image.write_bytes(png_with_metadata("Nombre, Cédula, Estatus\nAna Pérez, V-10000001, Detenida\n" * 30))
    for lang in ("en_US.UTF-8", "es_VE.UTF-8"):
        result = _cli_failing("import", folder, str(image), "--dry-run", "--json", lang=lang)
        assert "image.png is not a list of people: it is a PNG image" in result \
            or "image.png no es una lista de personas: es una imagen PNG" in result, result
    assert json.loads(run_cli("status", folder, "--json"))["people"] == 0


def _cli_failing(*args: str, lang: str) -> str:
    import os
    import subprocess
    import sys

    from tests.conftest import PASSPHRASE
    env = {**os.environ, "CASEDESK_PASSPHRASE": PASSPHRASE, "LANG": lang, "LC_ALL": lang}
    result = subprocess.run([sys.executable, "-m", "casedesk", *args], capture_output=True, text=True, env=env,
                            stdin=subprocess.DEVNULL, timeout=120)
    assert result.returncode == InvalidInput.exit_code and "Traceback" not in result.stderr, result.stderr
    return result.stderr


def test_a_facility_written_without_its_parenthesis_is_the_vaults_and_the_report_says_so(vault, tmp_path):
    for name, facility in (("Ana Pérez Rojas", "El Helicoide (SEBIN)"), ("Luis Páez Mora", "Rodeo I"),
                           ("Rosa Díaz Lara", "Tocorón (Aragua)"), ("Juan Lugo Sosa", "Tocorón (Zona 2)")):
        add_case(vault, NewCase.named(name, arrest_date=parse_date("2024-01-10"), facility=facility))
    path = _write(tmp_path, "lista.csv",
                  "Nombre,Cédula,Centro de reclusión,Estatus\n"
                  "Carlos Mendoza Ruiz,V-20000001,El Helicoide,Detenido\n"       # the vault's, without (SEBIN)
                  "Elena Márquez Sol,V-20000002,el  HELICOIDE ,Detenida\n"      # case, spaces: the same
                  "Pablo Rincón Vera,V-20000003,Rodeo I (Guatire),Detenido\n"   # the vault's, with a parenthesis
                  "Sara Ochoa Luna,V-20000004,Rodeo 1,Detenida\n"               # 1 is not I: a new facility
                  "Tomás Gil Peña,V-20000005,Tocorón,Detenido\n"                # two fit: not guessed
                  "Irene Vega Cruz,V-20000006,El Helicoide (DGCIM),Detenida\n")  # another parenthesis: apart
    plan = plan_import(read_list(path), status_date=LIST_DAY)
    summary = plan.summary()
    assert summary["facilities_matched"] == [
        {"written": "El Helicoide", "taken_as": "El Helicoide (SEBIN)"},
        {"written": "Rodeo I (Guatire)", "taken_as": "Rodeo I"},
        {"written": "el HELICOIDE", "taken_as": "El Helicoide (SEBIN)"}]
    assert summary["new_facilities"] == ["El Helicoide (DGCIM)", "Rodeo 1", "Tocorón"]
    assert "facility “El Helicoide” taken as “El Helicoide (SEBIN)”, already in the vault" in summary["reading_notes"]
    assert ("centro de reclusión «El Helicoide» tomado como «El Helicoide (SEBIN)», que ya está en la bóveda"
            in plan.summary("es")["reading_notes"])
    run_import(vault, plan)
    held_in = {case.person.full_name: case.facility.name for case in DetentionCase.select()}
    assert (held_in["Carlos Mendoza Ruiz"], held_in["Elena Márquez Sol"], held_in["Pablo Rincón Vera"],
            held_in["Sara Ochoa Luna"], held_in["Tomás Gil Peña"]) == (
        "El Helicoide (SEBIN)", "El Helicoide (SEBIN)", "Rodeo I", "Rodeo 1", "Tocorón")
