"""Nine synthetic release statements an outside tester wrote (tests/data/releases/statements),
matched against the 55 people held in their test vault. What each person named must come out
as was written by hand, person by person, before the reader was changed: released and
matched, ambiguous (with the reason), nobody held by that name, still held, transferred,
named in another role (lawyer, relative, official, signatory), or unclear."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casedesk.domain.normalize import parse_date
from casedesk.services.cases import NewCase, add_cases
from casedesk.services.releases import create_release_claims, match_release_list
from casedesk.storage.models import Verification
from tests.conftest import run_cli

STATEMENTS = Path(__file__).parent.parent / "data" / "releases" / "statements"
ID_DIFFERS = "the ID in the statement differs from the vault's"


def _held() -> list[tuple[str, str, str]]:
    lines = (STATEMENTS / "vault_people.tsv").read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line.strip() and not line.startswith("#")]


@pytest.fixture
def names(vault) -> dict[str, str]:
    """Vault name by case id."""
    held = _held()
    ids = add_cases(vault, [NewCase.named(name, national_id=national_id, arrest_date=parse_date(arrested))
                            for name, national_id, arrested in held])
    return dict(zip(ids, (name for name, _, _ in held)))


def _outcomes(result: dict, names: dict[str, str]) -> set[tuple]:
    """One tuple per person named, in a form a reader checks at a glance."""
    out: set[tuple] = set()
    for item in result["matched"]:
        out.add(("released", item["line"], names[item["case_id"]], "partial" if item["partial"] else "whole"))
    for item in result["ambiguous"]:
        out.add(("ambiguous", item["line"], item["text"], frozenset(names[c["case_id"]] for c in item["candidates"]),
                 item.get("reason", "")))
    for item in result["unmatched"]:
        out.add(("nobody held", item["line"], item["text"]))
    for item in result["not_released"]:
        out.add((item["status"], item["line"], item["text"], item["role"]))
    for item in result["unclear"]:
        out.add(("unclear", item["line"], item["text"]))
    return out


def _match(name: str) -> dict:
    return match_release_list((STATEMENTS / name).read_text(encoding="utf-8"))


def test_s1_a_news_article(names):
    assert _outcomes(_match("s1_noticia.txt"), names) == {
        ("released", 5, "Luis Alberto Mora Villegas", "whole"),
        ("ambiguous", 5, "Ana Rojas de Pérez", frozenset({"Ana Cecilia Rojas de Pérez", "Ana María Rojas Pérez"}),
         "several people held fit the name"),
        ("released", 5, "Carlos Eduardo Gómez Díaz", "partial"),
        ("released", 5, "Andrés Felipe Gómez Díaz", "partial"),
        ("released", 5, "Ramón Eduardo Tirado Lugo", "whole"),
        ("released", 7, "Jesús Alberto Piña Romero", "whole"),
        ("nobody held", 7, "Pedro Nolasco Urbáez"),
        ("released", 7, "Yorman Enrique Castillo Uribe", "partial"),
        ("released", 7, "María Gabriela Sulbarán Peña", "whole"),
        ("ambiguous", 7, "Kelvin José Ortega", frozenset({"Kelvin José Ortega Blanco", "Kelvin José Ortega Rivas"}),
         "several people held fit the name"),
        ("released", 7, "Delia Rosa Marín Chirinos", "partial"),
        ("other_role", 9, "Alfredo Ruiz Quintana", "lawyer"),
        ("other_role", 9, "Carmen Ortega", "relative"),
        ("other_role", 11, "Remigio Salas Aponte", "official"),
        ("still_held", 13, "Víctor Manuel Lara Ochoa", None),
        ("transferred", 13, "Tomás Iriarte Belisario", None),
    }


def test_s2_an_official_communique_with_ids(names):
    result = _match("s2_comunicado.txt")
    assert _outcomes(result, names) == {
        ("released", 9, "Gonzalo Enrique Paredes Lira", "whole"),
        ("released", 10, "Nelson Javier Arias Quevedo", "whole"),          # by name and by ID: once
        ("released", 11, "John Freddy Barreto Salas", "whole"),            # "JHON": the ID says who
        ("ambiguous", 12, "ELIO RAFAEL CAMPOS DURÁN V-11000222", frozenset({"Elio Rafael Campos Durán"}), ID_DIFFERS),
        ("released", 13, "Wuilmer José Zambrano Guevara", "whole"),
        ("nobody held", 14, "ROSAURA DEL CARMEN LEAL V-5999101"),
        ("still_held", 16, "FRANKLIN JOSÉ OSUNA MEDRANO V-14876320", None),  # "se ratificó la medida privativa"
        ("other_role", 22, "Hermes Villamizar Rondón", "signatory"),
    }
    assert {item["line"] for item in result["not_names"]} == {1, 2, 3, 5, 7, 18, 20, 23}
    [campos] = result["ambiguous"]
    assert campos["reason_es"] == "la cédula de la declaración no es la de la bóveda"


def test_s2_one_claim_per_person_even_when_named_and_identified(vault, names):
    matched = _match("s2_comunicado.txt")["matched"]
    create_release_claims(vault, matched, parse_date("2025-07-03").value, source="Comunicado del MP")
    assert Verification.select().count() == 4
    [nelson] = [item for item in matched if item["line"] == 10]
    assert nelson["by"] == "name and id"


def test_s3_an_ngo_thread(names):
    assert _outcomes(_match("s3_hilo_ong.txt"), names) == {
        ("released", 4, "Wilmer Antonio Guédez Pinto", "whole"),
        ("released", 5, "Frank Alexander Lugo Sifontes", "partial"),
        ("released", 6, "Eudis Ramón Colina Parra", "whole"),
        ("released", 9, "Marbelys Coromoto Aponte Rivas", "partial"),
        ("released", 10, "Rosangel Beatriz Villegas Mota", "partial"),
        ("nobody held", 11, "Jhoan Sebastián Mavárez"),
        ("still_held", 14, "Pedro Luis Aray Díaz", None),                  # "Siguen detenidos …, pese a tener boleta"
        ("still_held", 14, "Yenny Carolina Medina", None),
    }


def test_s4_a_lawyers_statement(names):
    result = _match("s4_abogado.txt")
    outcomes = _outcomes(result, names)
    wife = {outcome for outcome in outcomes if outcome[1] == 3 and "Mariela" in str(outcome)}
    assert wife == {("released", 3, "Mariela Josefina Ochoa Lander", "partial")}   # "y su esposa, …": released too
    assert outcomes - wife == {
        ("released", 3, "Héctor Julio Salcedo Peña", "whole"),
        ("other_role", 5, "Ernesto Salas Ugarte", "official"),
        ("still_held", 7, "Ramiro Antonio Uzcátegui Pérez", None),
        ("other_role", 9, "Luisa Elena Carvajal Ponte", "signatory"),
    }
    assert [(item["line"], item["reason"]) for item in result["not_names"] if item["line"] in (1, 10)] == [
        (1, "a heading"), (10, "a bar or reference number")]


def test_s5_a_families_committee(names):
    assert _outcomes(_match("s5_comite_familiares.txt"), names) == {
        ("released", 5, "Daniel Ernesto Parra Gil", "partial"),
        ("ambiguous", 5, "Yelitza Ramos", frozenset({"Yelitza Carolina Ramos Prieto", "Yelitza del Carmen Ramos Urbina"}),
         "several people held fit the name"),
        ("released", 5, "Jorge Luis Bracamonte Vera", "partial"),
        ("other_role", 7, "Rosa Elvira Márquez", "relative"),              # "…, madre de Daniel"
        ("still_held", 9, "Andrés Blanco", None),                          # "…, quienes permanecen en Tocorón"
        ("still_held", 9, "Luisa Medina", None),
        ("still_held", 9, "Samuel Ortiz", None),
    }


def test_s6_a_forwarded_message(names):
    assert _outcomes(_match("s6_reenviado_whatsapp.txt"), names) == {
        ("released", 3, "Kelvin José Ortega Blanco", "whole"),
        ("released", 4, "Ana María Rojas Pérez", "whole"),
        ("ambiguous", 5, "Luis Alberto Mora", frozenset({"Luis Alberto Mora Villegas", "Luis Alberto Mora Castillo"}),
         "several people held fit the name"),
        ("released", 6, "Génesis Valeria Ortega Pinto", "partial"),
        ("released", 7, "Marianela Rosa Ruiz Herrera", "partial"),
        ("unclear", 9, "Ender José Medina Urdaneta"),                      # "Sin confirmar, … sigue adentro"
        ("transferred", 10, "Nohely Díaz Blanco", None),                   # "Trasladada …, no excarcelada"
    }


def test_s7_minimal_pairs(names):
    assert _outcomes(_match("s7_minimal_pairs.txt"), names) == {
        ("still_held", 1, "Pedro Luis Aray Díaz", None),
        ("still_held", 2, "Pedro Luis Aray Díaz", None),
        ("still_held", 3, "Samuel David Ortiz Leal", None),
        ("still_held", 4, "Samuel David Ortiz Leal", None),
        ("transferred", 5, "Nohely Díaz Blanco", None),
        ("transferred", 6, "Nohely Díaz Blanco", None),
        ("other_role", 7, "Rosa Elvira Márquez", "relative"),
        ("still_held", 8, "Franklin José Osuna Medrano", None),
        ("still_held", 9, "Ender José Medina Urdaneta", None),
        ("released", 10, "Daniel Ernesto Parra Gil", "whole"),
        ("released", 11, "Jorge Luis Bracamonte Vera", "whole"),
        ("released", 11, "Yelitza Carolina Ramos Prieto", "whole"),
        ("released", 12, "Héctor Julio Salcedo Peña", "whole"),
        ("released", 12, "Mariela Josefina Ochoa Lander", "whole"),         # "y a su esposa …": released too
    }


def test_s8_and_s9_probes(names):
    assert _outcomes(_match("s8_probes.txt"), names) == {
        ("released", 1, "Daniel Ernesto Parra Gil", "whole"),
        ("released", 2, "Daniel Ernesto Parra Gil", "whole"),
        ("released", 3, "Daniel Ernesto Parra Gil", "whole"),
        ("released", 4, "Héctor Julio Salcedo Peña", "whole"),
        ("transferred", 5, "Nohely Díaz Blanco", None),
        ("transferred", 6, "Tomás Iriarte Belisario", None),
    }
    assert _outcomes(_match("s9_transfer_probe.txt"), names) == {
        ("transferred", 1, "Tomás Iriarte Belisario", None),
        ("transferred", 2, "Tomás Iriarte Belisario", None),
    }


def test_every_mention_keeps_its_sentence_and_the_case_it_would_be(names):
    result = _match("s1_noticia.txt")
    [tomas] = [item for item in result["not_released"] if item["text"] == "Tomás Iriarte Belisario"]
    assert tomas["sentence"].startswith("Sin embargo, el periodista Víctor Manuel Lara Ochoa sigue detenido")
    assert names[tomas["case_id"]] == "Tomás Iriarte Belisario" and "trasladado" in tomas["cues"]
    for bucket in ("matched", "ambiguous", "unmatched", "not_released", "unclear"):
        assert all(item["sentence"] for item in result[bucket])


def test_the_command_line_shows_each_category_in_both_languages(tmp_path):
    folder = str(tmp_path / "vault")
    run_cli("init", folder)
    for name, national_id in (("Pedro Luis Aray Díaz", "V-12.884.019"), ("Nohely Coromoto Díaz Blanco", "V-23.112.660"),
                              ("Rosa Elvira Márquez Tovar", "V-6.880.412"), ("Daniel Ernesto Parra Gil", "V-30.115.402"),
                              ("Elio Rafael Campos Durán", "V-11.002.222"), ("Ender José Medina Urdaneta", "V-14.662.003")):
        run_cli("add", folder, "--name", name, "--national-id", national_id, "--arrested", "2024-08-01")
    statement = tmp_path / "declaracion.txt"
    statement.write_text("Siguen detenidos: Pedro Luis Aray Díaz.\n"
                         "Nohely Díaz Blanco fue trasladada a La Crisálida.\n"
                         "Rosa Elvira Márquez, madre de Daniel, habló con la prensa.\n"
                         "Fue excarcelado Daniel Ernesto Parra Gil.\n"
                         "ELIO RAFAEL CAMPOS DURÁN, V-11.000.222\n"
                         "Sin confirmar, la familia dice que sigue adentro: Ender José Medina Urdaneta\n", encoding="utf-8")
    english = run_cli("releases", "match", folder, str(statement))
    spanish = run_cli("releases", "match", folder, str(statement), lang="es_VE.UTF-8")
    for output, words in ((english, ("still held", "transferred", "relative", "the ID in the statement differs",
                                     "unclear", "Sin confirmar, la familia dice")),
                          (spanish, ("sigue detenido/a", "trasladado/a", "familiar", "la cédula de la declaración",
                                     "dudoso", "Sin confirmar, la familia dice"))):
        for word in words:
            assert word in output, (word, output)
    assert "Daniel Ernesto Parra Gil" in next(line for line in english.splitlines() if line.startswith("✓"))
    data = json.loads(run_cli("releases", "match", folder, str(statement), "--json"))
    assert [(item["line"], item["status"]) for item in data["not_released"]] == [
        (1, "still_held"), (2, "transferred"), (3, "other_role")]
    assert [item["line"] for item in data["unclear"]] == [6] and data["unclear"][0]["case_id"]
    assert [item["line"] for item in data["matched"]] == [4]
    assert [item["line"] for item in data["ambiguous"]] == [5]
