"""Every census breakdown, the press paragraph and the open data, on a vault whose answers were
worked out by hand before the code ran (see the comments beside each person)."""

import csv
import json
from datetime import date

import pytest

from casedesk.domain.normalize import parse_date
from casedesk.domain.vocabulary import EventKind, Health, Stage
from casedesk.services.cases import NewCase, NewEvent, add_cases, case_details, find_case
from casedesk.services.census import (
    census_as_of, method_note_path, open_data, overview, press_summary, releases_over_time, write_census_csv,
    write_open_data,
)
from casedesk.storage.models import Facility
from tests.conftest import pdf_text, run_cli

DAY = date(2025, 12, 15)


def _event(kind, day, status=None, stage=None):
    return NewEvent(kind, parse_date(day), status, stage=stage)


@pytest.fixture
def known(vault):
    """Held on 15 December 2025: Ana, Luis, José, Inés, Zoila and Pedro (6). Óscar was released
    on 1 November; Rosa was arrested in January 2026."""
    ids = add_cases(vault, [
        # Minor: 16 when arrested. Awaiting trial. Serious illness since June. State of the arrest
        # (Zulia) before the facility's (Miranda).
        NewCase.named("Ana Pérez", national_id="V-1000001", sex="female", civilian_military="civilian",
                      birth_date=parse_date("2008-03-10"), arrest_date=parse_date("2025-03-09"),
                      arrest_state="Zulia", facility="Rodeo I", health_conditions="Diabetes tipo 1",
                      health_since=parse_date("2025-06-01"), events=[_event(EventKind.CHARGE, "2025-04-01")]),
        # Minor: arrested the day before his 18th birthday. Foreign (Colombian), military, no stage.
        NewCase.named("Luis Páez", national_id="E-8000001", sex="male", civilian_military="military",
                      nationality="Colombiana", birth_date=parse_date("2007-12-15"),
                      arrest_date=parse_date("2025-12-14"), arrest_state="Táchira"),
        # Adult: arrested on his 18th birthday. Charged the same day. No serious illness. The state
        # comes from the facility (Yare III, Miranda).
        NewCase.named("José Rojas", national_id="V-1000003", sex="male", civilian_military="civilian",
                      birth_date=parse_date("2007-12-14"), arrest_date=parse_date("2025-12-14"), facility="Yare III",
                      health=Health.NOT_SERIOUS, events=[_event(EventKind.CHARGE, "2025-12-14")]),
        # Adult (born in 1990, only the year known). Charged, then sentenced on 1 December: awaiting
        # trial before it. Seriously ill only from January 2026. No state.
        NewCase.named("Inés Marcano", sex="female", civilian_military="civilian", nationality="Venezolana",
                      birth_date=parse_date("1990"), arrest_date=parse_date("2024-01-10"),
                      health=Health.SERIOUS, health_conditions="Cáncer", health_since=parse_date("2026-01-10"),
                      events=[_event(EventKind.CHARGE, "2024-02-01"), _event(EventKind.SENTENCE, "2025-12-01")]),
        # Marked a minor (no birth date). Disappeared 30 days in June-July, and again since
        # 5 December: 10 days on the 15th, 40 in all. No charges yet. Nationality and
        # civilian/military not recorded.
        NewCase.named("Zoila Chacón", sex="female", arrest_date=parse_date("2025-06-01"), minor_at_arrest=True,
                      events=[_event(EventKind.WHEREABOUTS_UNKNOWN, "2025-06-02"),
                              _event(EventKind.HEARING, "2025-06-10", stage=Stage.NONE),
                              _event(EventKind.WHEREABOUTS_ESTABLISHED, "2025-07-02"),
                              _event(EventKind.WHEREABOUTS_UNKNOWN, "2025-12-05")]),
        # Born in May 2007, arrested in May 2025 (both to the month): 17 or 18, unknown. House
        # arrest, sentenced. Venezuelan and Spanish: a dual national, not a foreigner.
        NewCase.named("Pedro Ruiz", sex="male", civilian_military="civilian", nationality="Venezuela / España",
                      birth_date=parse_date("05/2007"), arrest_date=parse_date("05/2025"), arrest_state="Lara",
                      events=[_event(EventKind.SENTENCE, "2025-09-01"), _event(EventKind.HOUSE_ARREST, "2025-08-01")]),
        # Released (verified) on 1 November: not held on the 15th.
        NewCase.named("Óscar Rondón", sex="male", arrest_date=parse_date("2025-01-01"),
                      events=[_event(EventKind.RELEASE_VERIFIED, "2025-11-01")]),
        # Arrested after the census date.
        NewCase.named("Rosa Quintero", civilian_military="civilian", arrest_date=parse_date("2026-01-05")),
    ])
    Facility.update(state="Miranda").execute()           # both facilities are in Miranda
    return ids


def test_every_breakdown_has_the_figures_worked_out_by_hand(known):
    data = census_as_of(DAY).to_json()
    assert data["held"] == 6
    assert data["by_status"] == {"detained": 4, "house_arrest": 1, "whereabouts_unknown": 1,
                                 "released_conditional": 1, "released_full": 0, "deceased": 0, "unknown": 0}
    assert data["by_sex"] == {"female": 3, "male": 3}
    assert data["by_civilian_military"] == {"civilian": 4, "military": 1, "unknown": 1}
    assert data["by_stage"] == {"awaiting_trial": 2, "sentenced": 2, "none": 1, "unknown": 1}
    assert data["by_minor"] == {"minor": 3, "adult": 2, "unknown": 1}
    assert data["by_health"] == {"serious": 1, "not_serious": 2, "unknown": 3}
    assert data["by_state"] == {"Lara": 1, "Miranda": 1, "Táchira": 1, "Zulia": 1, "—": 2}
    assert data["by_country"] == {"Colombia": 1, "España / Venezuela": 1, "Venezuela": 3, "—": 1}
    assert data["by_whereabouts_unknown_days"] == {"0-7": 0, "8-30": 1, "31-90": 0, "91-365": 0, "365+": 0}
    assert data["forced_disappearance"] == {"held": 1, "longest_days": 10, "days_total": 40,
                                            "ever_in_this_detention": 1}
    assert (data["foreigners_held"], data["dual_nationals_held"], data["military_held"]) == (1, 1, 1)
    assert (data["minors_held"], data["seriously_ill_held"]) == (3, 1)
    assert data["foreigners_by_sex"] == {"male": 1}
    assert data["unknown"] == {"nationality": 1, "country": 1, "sex": 0, "civilian_military": 1, "stage": 1,
                               "state": 2, "minor": 1, "health": 3, "forced_disappearance": 0}


def test_the_stage_and_the_health_are_those_of_the_census_date(known):
    # 30 November: Inés only charged; Luis and José not yet arrested; Óscar released on the 1st.
    before = census_as_of(date(2025, 11, 30)).to_json()
    assert before["held"] == 4
    assert before["by_stage"] == {"awaiting_trial": 2, "none": 1, "sentenced": 1}
    after = census_as_of(date(2025, 12, 1)).to_json()
    assert after["by_stage"] == {"awaiting_trial": 1, "none": 1, "sentenced": 2}
    # 1 February 2026: Rosa held too; Inés's illness is known since 10 January.
    later = census_as_of(date(2026, 2, 1)).to_json()
    assert later["held"] == 7 and later["seriously_ill_held"] == 2
    # Zoila between her two disappearances: held, whereabouts known, 30 days in this detention.
    summer = census_as_of(date(2025, 8, 1)).to_json()
    assert summer["forced_disappearance"] == {"held": 0, "longest_days": 0, "days_total": 30,
                                              "ever_in_this_detention": 1}


def test_one_case_says_its_stage_minority_and_days_disappeared(known):
    zoila = case_details(find_case(known[4]))
    assert (zoila["stage"], zoila["minor_at_arrest"], zoila["health"]) == ("none", True, "unknown")
    assert zoila["whereabouts_unknown_since"] == "2025-12-05"
    assert zoila["days_whereabouts_unknown"] == 30 + (date.today() - date(2025, 12, 5)).days
    assert case_details(find_case(known[1]))["minor_at_arrest"] is True         # 17 on the arrest date
    assert case_details(find_case(known[2]))["minor_at_arrest"] is False        # 18 that day
    assert case_details(find_case(known[5]))["minor_at_arrest"] is None         # month and month: unknown


SUMMARY_ES = ("Al 15 de diciembre de 2025 hay 6 personas detenidas por motivos políticos: 3 hombres y 3 mujeres; "
              "4 civiles y 1 militar; 1 extranjero; 1 en desaparición forzada; 2 condenadas, 2 en espera de sentencia "
              "y 1 aún sin cargos; 3 menores de edad; 1 con una enfermedad grave. Se desconoce la condición civil o "
              "militar de 1, la nacionalidad de 1, el estado procesal de 1, la edad de 1 y el estado de salud de 3.")
SUMMARY_EN = ("As of 15 December 2025, 6 people are held for political reasons: 3 men and 3 women; 4 civilians and "
              "1 military; 1 foreigner; 1 in forced disappearance; 2 sentenced, 2 awaiting sentence and 1 not yet "
              "charged; 3 minors; 1 with a serious illness. Not known: the civilian or military status of 1, the "
              "nationality of 1, the procedural stage of 1, the age of 1 and the health of 3.")


def test_the_press_paragraph_in_both_languages(known):
    census = census_as_of(DAY)
    assert census.summary("es") == SUMMARY_ES
    assert census.summary("en") == SUMMARY_EN


def _press(**changes):
    data = {"as_of": "2025-12-15", "held": 902, "by_sex": {"male": 782, "female": 120},
            "by_civilian_military": {"civilian": 728, "military": 174}, "foreigners_held": 86,
            "foreigners_by_sex": {"male": 80, "female": 6}, "forced_disappearance": {"held": 62},
            "by_stage": {"sentenced": 162, "awaiting_trial": 740}, "minors_held": 4, "seriously_ill_held": 91,
            "unknown": {}}
    return {**data, **changes}


def test_the_press_paragraph_reads_as_the_groups_publish_it():
    assert press_summary(_press(), "es") == (
        "Al 15 de diciembre de 2025 hay 902 personas detenidas por motivos políticos: 782 hombres y 120 mujeres; "
        "728 civiles y 174 militares; 86 extranjeros; 62 en desaparición forzada; 162 condenadas y 740 en espera de "
        "sentencia; 4 menores de edad; 91 con enfermedades graves.")
    assert press_summary(_press(), "en") == (
        "As of 15 December 2025, 902 people are held for political reasons: 782 men and 120 women; 728 civilians "
        "and 174 military; 86 foreigners; 62 in forced disappearance; 162 sentenced and 740 awaiting sentence; "
        "4 minors; 91 with serious illnesses.")
    # Thousands grouped as each language writes them; one unknown said on its own.
    bigger = _press(held=1084, by_sex={"male": 940, "female": 144}, by_civilian_military={"civilian": 900,
                    "military": 184}, by_stage={"sentenced": 300, "awaiting_trial": 772}, unknown={"stage": 12})
    assert press_summary(bigger, "es").startswith("Al 15 de diciembre de 2025 hay 1.084 personas detenidas")
    assert press_summary(bigger, "es").endswith("91 con enfermedades graves. El estado procesal de 12 se desconoce.")
    assert press_summary(bigger, "en").startswith("As of 15 December 2025, 1,084 people are held")
    assert press_summary(bigger, "en").endswith("91 with serious illnesses. The procedural stage of 12 is not known.")


def test_the_press_paragraph_agrees_in_number_and_gender():
    one = _press(held=1, by_sex={"female": 1}, by_civilian_military={"military": 1}, foreigners_held=1,
                 foreigners_by_sex={"female": 1}, forced_disappearance={"held": 0}, by_stage={"sentenced": 1},
                 minors_held=0, seriously_ill_held=1)
    assert press_summary(one, "es") == (
        "Al 15 de diciembre de 2025 hay 1 persona detenida por motivos políticos: 0 hombres y 1 mujer; 0 civiles y "
        "1 militar; 1 extranjera; ninguna en desaparición forzada; 1 persona condenada; ningún menor de edad; "
        "1 con una enfermedad grave.")
    assert press_summary(one, "en") == (
        "As of 15 December 2025, 1 person is held for political reasons: 0 men and 1 woman; 0 civilians and "
        "1 military; 1 foreigner; none in forced disappearance; 1 sentenced; no minors; 1 with a serious illness.")
    nobody = _press(held=0)
    assert press_summary(nobody, "es") == "Al 15 de diciembre de 2025 no hay personas detenidas por motivos políticos."
    assert press_summary(nobody, "en") == "As of 15 December 2025, no one is held for political reasons."
    # Nobody's health recorded: no "none ill", only the unknown.
    unrecorded = press_summary(_press(unknown={"health": 902}), "en")
    assert "serious" not in unrecorded and unrecorded.endswith("The health of 902 is not known.")


def test_the_command_line_prints_the_paragraph_and_the_pdf_opens_with_it(known, vault, tmp_path):
    vault.lock()
    folder = str(vault.folder)
    assert run_cli("census", folder, "--as-of", "15/12/2025", "--summary", "--language", "es").strip() == SUMMARY_ES
    assert run_cli("census", folder, "--as-of", "2025-12-15", "--summary", "--language", "en").strip() == SUMMARY_EN
    data = json.loads(run_cli("census", folder, "--as-of", "2025-12-15", "--json"))
    assert data["by_minor"] == {"minor": 3, "adult": 2, "unknown": 1} and data["unknown"]["health"] == 3
    run_cli("census", folder, "--as-of", "2025-12-15", "--pdf", str(tmp_path / "censo.pdf"), "--language", "es")
    text = pdf_text((tmp_path / "censo.pdf").read_bytes())
    assert " ".join(SUMMARY_ES.split()) in text
    assert text.index("Al 15 de diciembre") < text.index("Personas detenidas al cierre de cada mes")
    for heading in ("Excarcelaciones verificadas cada mes", "Menores de edad al ser detenidas", "Enfermedad grave",
                    "En desaparición forzada, por días", "Por país"):
        assert heading in text, heading


def test_releases_verified_are_counted_month_by_month(known):
    series = dict(releases_over_time(DAY, months=3))
    assert series == {date(2025, 10, 31): 0, date(2025, 11, 30): 1, DAY: 0}      # Óscar, 1 November
    figures = overview(DAY, months=3)
    assert figures.releases == list(series.items())
    assert figures.census.to_json()["by_minor"] == {"minor": 3, "adult": 2, "unknown": 1}


def test_the_held_list_carries_the_new_columns_and_runs_no_formula(known, tmp_path):
    Facility.update(name="=HYPERLINK(\"http://x\")").where(Facility.name == "Rodeo I").execute()
    target = tmp_path / "censo.csv"
    assert write_census_csv(DAY, target) == 6
    with open(target, encoding="utf-8-sig", newline="") as rows:
        listed = {row["name"]: row for row in csv.DictReader(rows)}
    assert listed["Ana Pérez"]["facility"] == "'=HYPERLINK(\"http://x\")"
    assert (listed["Ana Pérez"]["minor_at_arrest"], listed["Ana Pérez"]["health"]) == ("minor", "serious")
    assert listed["Zoila Chacón"]["days_whereabouts_unknown"] == "40"
    assert listed["Pedro Ruiz"]["minor_at_arrest"] == "unknown"


# --- Open data ---------------------------------------------------------------------------------

@pytest.fixture
def publishable(vault):
    """Six women charged in March 2025 in Zulia, alike in everything published; five military men
    in Lara, each arrested in a different month of 2024 (the month alone tells them apart)."""
    women = [NewCase.named(f"Ana María Pérez{n}", national_id=f"V-200000{n}", sex="female",
                           civilian_military="civilian", birth_date=parse_date(f"1990-0{n + 1}-10"),
                           arrest_date=parse_date(f"2025-03-1{n}"), arrest_state="Zulia",
                           events=[_event(EventKind.CHARGE, f"2025-03-2{n}")]) for n in range(6)]
    men = [NewCase.named(f"Luis Páez{n}", national_id=f"V-300000{n}", sex="male", civilian_military="military",
                         birth_date=parse_date(f"1980-0{n + 1}-01"), arrest_date=parse_date(f"2024-0{n + 1}-15"),
                         arrest_state="Lara") for n in range(5)]
    return add_cases(vault, women + men)


def test_open_data_keeps_no_one_identifiable(publishable):
    table = open_data(DAY, "es")
    assert table.header == ["situacion", "situacion_procesal", "sexo", "edad", "menor_al_ser_detenida",
                            "civil_militar", "pais", "estado", "mes_de_detencion", "enfermedad_grave",
                            "dias_desaparicion_forzada"]
    men = ["Detenido/a", "Desconocida", "Hombre", "45-54", "no", "Militar", "Venezuela", "Lara", "[suprimido]",
           "sin dato", "no aplica"]
    women = ["Detenido/a", "Procesado/a (sin sentencia)", "Mujer", "35-44", "no", "Civil", "Venezuela", "Zulia",
             "2025-03", "sin dato", "no aplica"]
    assert table.rows == [men] * 5 + [women] * 6
    assert table.suppressed == {name: (5 if name == "mes_de_detencion" else 0) for name in table.header}


def test_open_data_is_written_with_its_method_and_nothing_personal(publishable, vault, tmp_path):
    target = tmp_path / "datos.csv"
    write_open_data(vault, DAY, target, language="en")
    content = target.read_bytes().decode("utf-8-sig")
    for private in ("Pérez", "Páez", "2000001", "V-", "2025-03-1"):
        assert private not in content
    with open(target, encoding="utf-8-sig", newline="") as rows:
        read = list(csv.DictReader(rows))
    assert len(read) == 11 and {row["arrest_month"] for row in read} == {"2025-03", "[suppressed]"}
    combinations = {}
    for row in read:
        combinations[tuple(row.values())] = combinations.get(tuple(row.values()), 0) + 1
    assert min(combinations.values()) >= 5
    note = method_note_path(target).read_text(encoding="utf-8")
    assert note.startswith("Open data of the census of people held for political reasons as of 15 December 2025")
    assert "fewer than 5 people" in note and "month_of_arrest" not in note
    with pytest.raises(Exception):
        write_open_data(vault, DAY, target)                       # never over an earlier file


def test_the_command_line_writes_open_data(tmp_path):
    folder = str(tmp_path / "vault")
    run_cli("init", folder)
    for n in range(5):
        run_cli("add", folder, "--name", f"Ana Pérez{n}", "--arrested", "2025-01-05", "--sex", "female",
                "--state", "edo. zulia", "--stage", "awaiting_trial")
    run_cli("census", folder, "--as-of", "2025-12-15", "--open-data", str(tmp_path / "abiertos.csv"),
            "--language", "es")
    rows = list(csv.reader((tmp_path / "abiertos.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 6 and all(row[7] == "Zulia" and row[8] == "2025-01" for row in rows[1:])
    assert (tmp_path / "abiertos.method.txt").read_text(encoding="utf-8").startswith("Datos abiertos del censo")


def test_add_and_show_carry_the_census_facts(tmp_path):
    folder = str(tmp_path / "vault")
    run_cli("init", folder)
    case_id = run_cli("add", folder, "--name", "Luis Páez", "--arrested", "2025-12-14", "--born", "2007-12-15",
                      "--stage", "awaiting_trial", "--state", "tachira", "--serious-illness", "Asma severa").strip()
    shown = json.loads(run_cli("show", folder, case_id, "--json"))
    assert (shown["stage"], shown["minor_at_arrest"], shown["health"]) == ("awaiting_trial", True, "serious")
    assert (shown["case"]["arrest_state"], shown["case"]["health_conditions"]) == ("Táchira", "Asma severa")
    assert shown["days_whereabouts_unknown"] == 0
    marked = run_cli("add", folder, "--name", "Zoila Chacón", "--arrested", "2025-06-01", "--minor").strip()
    assert json.loads(run_cli("show", folder, marked, "--json"))["minor_at_arrest"] is True
    run_cli("add", folder, "--name", "Inés Marcano", "--arrested", "2025-06-01", "--facility", "Rodeo I",
            "--facility-state", "Edo. Miranda")
    refused = run_cli("add", folder, "--name", "Ana Pérez", "--state", "Narnia", expect=1)
    assert refused == ""
    data = json.loads(run_cli("census", folder, "--as-of", "2025-12-15", "--json"))
    assert data["held"] == 3 and data["by_state"] == {"Miranda": 1, "Táchira": 1, "—": 1}
