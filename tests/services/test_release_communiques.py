"""Release communiqués as groups and families send them, matched against a vault of people
held. The expected outcome of every line was written by hand before the matcher was."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casedesk.domain.normalize import parse_date
from casedesk.domain.vocabulary import EventKind, Status
from casedesk.lists.releases import read_release_lines
from casedesk.services.cases import NewCase, NewEvent, add_cases
from casedesk.services.releases import match_release_list, read_list_file

RELEASES = Path(__file__).parent.parent / "data" / "releases"
HELD = {
    "A": ("José Gregorio Rincón Lugo", "V-12345601"), "B": ("Jesús Alberto Oropeza Romero", "V-14222333"),
    "C": ("María del Valle Pérez de la Cruz", None), "D": ("Yolimar Méndez Álvarez", "V-20111444"),
    "E": ("Carlos Gómez Díaz", "V-22111000"), "F": ("Andrés Gómez Díaz", "V-22111001"),
    "G": ("Luis Alberto Rojas", "V-5555444"), "H": ("Juan de Dios Pérez Gutiérrez", "V-6666777"),
    "I": ("Juan de Dios Pérez Gutiérrez", "V-6666778"), "J": ("Zoila Margarita Chacón Ibáñez", "E-81574853"),
    "K": ("Néstor Luis Rondón Marcano", "V-9000001"), "L": ("Néstor Rondón Chacón", "V-9000002"),
    "M": ("Ana Rojas de Pérez", "V-4444333"), "N": ("Wilmer Antonio Torres Salazar", "V-15333222"),
    "P": ("Genesis Bravo Quintero", "V-27000111"), "Q": ("Ramón Antonio Herrera Silva", "V-11000001"),
}


@pytest.fixture
def people(vault) -> dict[str, str]:
    """Case ids by letter; Rafael Hernández (O) was released already."""
    arrested = parse_date("2024-05-05")
    cases = [NewCase.named(name, national_id=national_id, arrest_date=arrested) for name, national_id in HELD.values()]
    cases.append(NewCase.named("Rafael Hernández", national_id="V-18765432", arrest_date=arrested, events=[
        NewEvent(EventKind.RELEASE_VERIFIED, parse_date("2025-01-02"), Status.RELEASED_FULL)]))
    return dict(zip([*HELD, "O"], add_cases(vault, cases)))


def test_a_families_committee_communique(people):
    letter = {case: key for key, case in people.items()}
    result = match_release_list((RELEASES / "comunicado_familiares.txt").read_text(encoding="utf-8"))
    matched = {}
    for item in result["matched"]:
        matched.setdefault(item["line"], []).append(letter[item["case_id"]])
    assert matched == {4: ["A", "B"], 5: ["D"], 6: ["C"], 7: ["E"], 8: ["G"], 11: ["J"], 16: ["Q"], 17: ["N"]}
    partial = {item["line"] for item in result["matched"] if item["partial"]}
    assert partial == {17}                                           # "Sgto. Wilmer Torres": part of the name
    assert {item["line"]: {letter[c["case_id"]] for c in item["candidates"]} for item in result["ambiguous"]} == {
        9: {"H", "I"}, 10: {"K", "L"}}                               # namesakes; "Néstor Rondón" fits two
    unmatched = {item["line"]: item.get("note", "") for item in result["unmatched"]}
    assert set(unmatched) == {12, 13}
    assert "Rafael Hernández" in unmatched[12] and unmatched[13] == ""   # released already; nobody
    assert [item["line"] for item in result["not_names"]] == [1, 2, 3, 15, 18]


def test_a_forwarded_message_saved_by_a_windows_phone_tool(people):
    letter = {case: key for key, case in people.items()}
    text = read_list_file((RELEASES / "mensaje_whatsapp_cp1252.txt").read_bytes())
    result = match_release_list(text)
    matched = {}
    for item in result["matched"]:
        matched.setdefault(item["line"], []).append((letter[item["case_id"]], item["partial"]))
    assert matched == {2: [("P", False)], 3: [("E", True), ("F", False)], 4: [("M", False)], 5: [("M", False)],
                       6: [("M", True)], 7: [("A", True)]}
    assert result["ambiguous"] == [] and result["unmatched"] == []
    assert [item["line"] for item in result["not_names"]] == [1, 8]


def test_no_line_matches_a_wrong_person_when_names_are_only_close(people):
    result = match_release_list("Josué Gregorio Rincón Lugo\nJesus Alberto Oropesa Romero\nNéstor Rondón Marcano\n")
    assert [item["line"] for item in result["ambiguous"]] == [1, 2]   # another first name; a typo: never guessed
    [partial] = result["matched"]                                     # a middle name left out, one person fits
    assert (partial["line"], partial["case_id"], partial["partial"]) == (3, people["K"], True)


# --- The line reader alone ------------------------------------------------------------------

@pytest.mark.parametrize("line, names", [
    ("1. JUAN PÉREZ y ANA GÓMEZ", ["JUAN PÉREZ", "ANA GÓMEZ"]),
    ("Juan Pérez e Ignacio Gómez Salas", ["Juan Pérez", "Ignacio Gómez Salas"]),
    ("los hermanos Carlos y Andrés Gómez Díaz", ["Carlos Gómez Díaz", "Andrés Gómez Díaz"]),
    ("PÉREZ RODRÍGUEZ, MARÍA JOSÉ", ["MARÍA JOSÉ PÉREZ RODRÍGUEZ"]),
    ("el periodista Luis Carlos Díaz, con medidas cautelares", ["Luis Carlos Díaz"]),
    ("Tte. Cnel. Igbert Marín Chaparro", ["Igbert Marín Chaparro"]),
    ("➡️ Rocío San Miguel 🙏 #LiberenlosATodos", ["Rocío San Miguel"]),
    ("• Javier Tarazona (FundaRedes) — excarcelado en Caracas", ["Javier Tarazona"]),
])
def test_the_line_reader_finds_each_person_named(line, names):
    assert [mention.text for reading in read_release_lines(line) for mention in reading.mentions] == names


@pytest.mark.parametrize("line", ["CIVILES:", "#URGENTE", "Fuente: Foro Penal", "MILITARES (12)", "🚨🚨🚨",
                                  "Lista de excarcelados del 8 de enero", "Total: 18 personas", "vía @foropenal"])
def test_headings_sources_and_notes_are_not_names(line):
    [reading] = read_release_lines(line)
    assert reading.mentions == [] and reading.not_a_name


_GIVEN = st.sampled_from(["José", "María", "Luis", "Ana", "Carlos", "Rosa", "Pedro", "Yolimar"])
_SURNAME = st.sampled_from(["Pérez", "Gómez", "Rondón", "Chacón", "Marcano", "Oropeza", "Quintero"])
_NAME = st.tuples(_GIVEN, _GIVEN, _SURNAME, _SURNAME).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(_NAME, min_size=1, max_size=4, unique=True),
       st.sampled_from([", ", " y ", "; "]), st.sampled_from(["", "1. ", "- ", "• ", "👉 "]),
       st.sampled_from(["", ", con régimen de presentación", " (Rodeo I)", " — liberado en Caracas"]),
       st.booleans())
def test_the_splitter_returns_exactly_the_people_written(names, joiner, bullet, remark, upper):
    line = bullet + joiner.join(names) + remark
    if upper:
        line = line.upper()
    [reading] = read_release_lines(line)
    found = [mention.text for mention in reading.mentions]
    assert found == [name.upper() if upper else name for name in names]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_text_is_read_without_crashing(text):
    for reading in read_release_lines(text):
        assert reading.mentions or reading.not_a_name


# --- Statements in prose ----------------------------------------------------------------------

def _by_letter(people, items) -> dict[str, bool]:
    letter = {case: key for key, case in people.items()}
    return {letter[item["case_id"]]: item["partial"] for item in items}


def test_a_news_article_names_the_released_and_others_who_are_not(people):
    """Released: José Gregorio Rincón Lugo (A), the sergeant Luis Alberto Rojas (G), the brothers
    Carlos (E, his surnames from his brother's) and Andrés Gómez Díaz (F), the journalist Ana
    Rojas de Pérez (M), Zoila Margarita Chacón Ibáñez (J). Not released: the NGO's director
    who speaks, a mother, her daughter who remains detained (D), a man who remains in prison (B)
    and his lawyer, who shares his name with two people held (H, I)."""
    result = match_release_list((RELEASES / "nota_de_prensa.txt").read_text(encoding="utf-8"))
    assert _by_letter(people, result["matched"]) == {"A": False, "G": False, "E": True, "F": False, "M": False,
                                                     "J": False}
    assert result["ambiguous"] == [] and result["unmatched"] == []
    assert {item["text"] for item in result["not_released"]} == {
        "Alfredo Romero", "Yolimar Méndez", "Carmen Álvarez de Méndez", "Jesús Alberto Oropeza Romero",
        "Juan de Dios Pérez Gutiérrez"}
    rojas = next(item for item in result["matched"] if item["case_id"] == people["G"])
    assert "el sargento Luis Alberto Rojas" in rojas["sentence"]          # each mention shows its sentence


def test_an_official_statement_with_a_list_inside_a_sentence(people):
    """Released: Genesis Bravo Quintero (P), Wilmer Antonio Torres Salazar (N), Néstor Luis Rondón
    Marcano (K), María del Valle Pérez de la Cruz (C), the captain Ramón Antonio Herrera Silva (Q);
    "la señora Ana Gómez" is nobody held. The prosecutor who informs is not released; the title
    line names nobody."""
    result = match_release_list((RELEASES / "comunicado_oficial.txt").read_text(encoding="utf-8"))
    assert _by_letter(people, result["matched"]) == {"P": False, "N": False, "K": False, "C": False, "Q": False}
    assert [item["text"] for item in result["unmatched"]] == ["Ana Gómez"]
    assert [item["text"] for item in result["not_released"]] == ["Pedro Infante Salcedo"]
    assert [item["text"] for item in result["not_names"]] == ["COMUNICADO OFICIAL"]
