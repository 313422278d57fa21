"""What a release statement says about each person it names: released, still held, transferred,
named in another role (a lawyer, a relative, an official), or unclear. Read from the words
around each name in its clause, its sentence and the heading above it. The expected outcome
of every probe was written by hand before the reader was."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casedesk.lists.releases import read_release_statement

RELEASED, HELD, TRANSFERRED, OTHER, UNCLEAR = "released", "still_held", "transferred", "other_role", "unclear"


def _statuses(text: str) -> list[tuple[str, str]]:
    return [(mention.text, mention.status) for mention in read_release_statement(text).mentions]


@pytest.mark.parametrize("sentence, expected", [
    # The verb before the name, after it, or a heading before a list
    ("Fue excarcelado Juan Carlos Pérez Rondón.", [("Juan Carlos Pérez Rondón", RELEASED)]),
    ("Juan Carlos Pérez Rondón fue excarcelado ayer en la noche.", [("Juan Carlos Pérez Rondón", RELEASED)]),
    ("Excarcelados: Juan Carlos Pérez Rondón y María Elena Rivas Mora.",
     [("Juan Carlos Pérez Rondón", RELEASED), ("María Elena Rivas Mora", RELEASED)]),
    # A past detention described next to the name is not "still held"
    ("Juan Carlos Pérez Rondón, detenido desde marzo de 2024, fue excarcelado.",
     [("Juan Carlos Pérez Rondón", RELEASED)]),
    ("Juan Carlos Pérez Rondón, quien permaneció once meses detenido, fue excarcelado este martes.",
     [("Juan Carlos Pérez Rondón", RELEASED)]),
    # Still held: continuing verbs, negation, demands, a detention order upheld
    ("Juan Carlos Pérez Rondón sigue detenido en Tocorón.", [("Juan Carlos Pérez Rondón", HELD)]),
    ("Juan Carlos Pérez Rondón no ha sido excarcelado.", [("Juan Carlos Pérez Rondón", HELD)]),
    ("Aún no ha sido liberada María Elena Rivas Mora.", [("María Elena Rivas Mora", HELD)]),
    ("Exigimos la libertad de Juan Carlos Pérez Rondón.", [("Juan Carlos Pérez Rondón", HELD)]),
    ("El tribunal ratificó la medida privativa de libertad de Juan Carlos Pérez Rondón.",
     [("Juan Carlos Pérez Rondón", HELD)]),
    ("Siguen presos, pese a tener boleta de excarcelación: Juan Carlos Pérez Rondón y María Elena Rivas Mora.",
     [("Juan Carlos Pérez Rondón", HELD), ("María Elena Rivas Mora", HELD)]),
    # A relative clause after a list speaks of the whole list
    (("Juan Carlos Pérez Rondón, María Elena Rivas Mora y Pedro José Salas Rivas, quienes permanecen en El "
      "Helicoide, no han tenido audiencia."),
     [("Juan Carlos Pérez Rondón", HELD), ("María Elena Rivas Mora", HELD), ("Pedro José Salas Rivas", HELD)]),
    # Two clauses, two outcomes
    ("Fue excarcelado Juan Carlos Pérez Rondón; María Elena Rivas Mora sigue en Tocuyito.",
     [("Juan Carlos Pérez Rondón", RELEASED), ("María Elena Rivas Mora", HELD)]),
    (("El periodista Juan Carlos Pérez Rondón sigue detenido, y la activista María Elena Rivas Mora fue "
      "trasladada a La Crisálida."),
     [("Juan Carlos Pérez Rondón", HELD), ("María Elena Rivas Mora", TRANSFERRED)]),
    # A transfer is not a release, whatever the gender of the participle
    ("María Elena Rivas Mora fue trasladada al Rodeo I.", [("María Elena Rivas Mora", TRANSFERRED)]),
    ("María Elena Rivas Mora fue trasladado al Rodeo I.", [("María Elena Rivas Mora", TRANSFERRED)]),
    ("Trasladado a Yare, no excarcelado: Juan Carlos Pérez Rondón", [("Juan Carlos Pérez Rondón", TRANSFERRED)]),
    # Unsure: say so
    ("María Elena Rivas Mora será excarcelada mañana, según la familia.", [("María Elena Rivas Mora", UNCLEAR)]),
    ("Sin confirmar: Juan Carlos Pérez Rondón habría sido excarcelado.", [("Juan Carlos Pérez Rondón", UNCLEAR)]),
    ("Tienen boleta de excarcelación: Juan Carlos Pérez Rondón.", [("Juan Carlos Pérez Rondón", UNCLEAR)]),
    # Other roles, before or after the name; a relative who is released too
    ("La madre de Luis, María Elena Rivas Mora, habló con la prensa.", [("María Elena Rivas Mora", OTHER)]),
    ("María Elena Rivas Mora, madre de Luis, habló con la prensa tras la excarcelación.",
     [("María Elena Rivas Mora", OTHER)]),
    ("Pedro José Salas Rivas, abogado de la familia, confirmó la excarcelación.", [("Pedro José Salas Rivas", OTHER)]),
    ("Excarcelaron a Juan Carlos Pérez Rondón y a su esposa María Elena Rivas Mora.",
     [("Juan Carlos Pérez Rondón", RELEASED), ("María Elena Rivas Mora", RELEASED)]),
    ("Juan Carlos Pérez Rondón fue liberado junto a su hermano, Luis Alberto Pérez Rondón.",
     [("Juan Carlos Pérez Rondón", RELEASED), ("Luis Alberto Pérez Rondón", RELEASED)]),
    ("La madre de Juan Carlos Pérez Rondón celebró su excarcelación.", [("Juan Carlos Pérez Rondón", RELEASED)]),
    ("Según su abogado, Pedro José Salas Rivas, fue excarcelada María Elena Rivas Mora.",
     [("Pedro José Salas Rivas", OTHER), ("María Elena Rivas Mora", RELEASED)]),
    # Released and arrested again: both said, so unclear
    ("Juan Carlos Pérez Rondón, excarcelado el lunes, fue detenido de nuevo el martes.",
     [("Juan Carlos Pérez Rondón", UNCLEAR)]),
    # A month that is a given name is part of the name
    ("Héctor Julio Salcedo Peña fue excarcelado el 4 de julio.", [("Héctor Julio Salcedo Peña", RELEASED)]),
])
def test_each_name_gets_what_its_clause_says(sentence, expected):
    assert _statuses(sentence) == expected


def test_the_role_is_named_and_each_mention_keeps_its_sentence():
    text = "Fue excarcelado Juan Carlos Pérez Rondón. Su abogado, Pedro José Salas Rivas, lo confirmó."
    released, lawyer = read_release_statement(text).mentions
    assert (lawyer.status, lawyer.role) == (OTHER, "lawyer")
    assert released.sentence == "Fue excarcelado Juan Carlos Pérez Rondón."
    assert lawyer.sentence == "Su abogado, Pedro José Salas Rivas, lo confirmó."
    assert "excarcelado" in released.cues and "abogado" in lawyer.cues


def test_a_heading_governs_the_list_below_it_until_the_next_heading():
    text = ("EXCARCELADOS HOY:\n- Juan Carlos Pérez Rondón\n- María Elena Rivas Mora\n\n"
            "❌ SIGUEN DETENIDOS\n- Pedro José Salas Rivas\n- Ana Lucía Torres Mena (trasladada a Tocorón)\n\n"
            "Civiles:\n- Luis Alberto Díaz Soto\n")
    assert _statuses(text) == [("Juan Carlos Pérez Rondón", RELEASED), ("María Elena Rivas Mora", RELEASED),
                               ("Pedro José Salas Rivas", HELD), ("Ana Lucía Torres Mena", TRANSFERRED),
                               ("Luis Alberto Díaz Soto", HELD)]   # a heading without a verb changes nothing


def test_a_list_with_no_heading_is_a_list_of_releases():
    assert _statuses("1. JUAN CARLOS PÉREZ RONDÓN\n2. María Elena Rivas Mora, con régimen de presentación\n") == [
        ("JUAN CARLOS PÉREZ RONDÓN", RELEASED), ("María Elena Rivas Mora", RELEASED)]


def test_a_sentence_that_says_nothing_takes_the_statement_s_subject():
    text = ("Excarcelan a nueve presos políticos en Caracas tras meses de reclusión en El Helicoide y Tocorón.\n"
            "La lista divulgada por la ONG incluye además a Juan Carlos Pérez Rondón y a María Elena Rivas Mora.")
    assert _statuses(text) == [("Juan Carlos Pérez Rondón", RELEASED), ("María Elena Rivas Mora", RELEASED)]
    alone = "La lista divulgada por la ONG incluye además a Juan Carlos Pérez Rondón y a María Elena Rivas Mora."
    assert {status for _, status in _statuses(alone)} == {UNCLEAR}   # nothing says what happened to them


def test_signatures_offices_and_bar_numbers_are_not_people_to_find():
    text = ("DECLARACIÓN PÚBLICA\n\nInformo que fue excarcelado mi defendido Juan Carlos Pérez Rondón en horas de "
            "la noche, tras once meses de detención.\n\nAbg. Luisa Elena Carvajal Ponte\nInpreabogado N° 123.456\n")
    reading = read_release_statement(text)
    assert [(m.text, m.status, m.role) for m in reading.mentions] == [
        ("Juan Carlos Pérez Rondón", RELEASED, None), ("Luisa Elena Carvajal Ponte", OTHER, "signatory")]
    assert [(line, reason) for line, _, reason in reading.not_names] == [(1, "a heading"),
                                                                           (6, "a bar or reference number")]
    assert all(m.national_id is None for m in reading.mentions)


def test_capital_headings_and_an_office_under_a_signature_are_not_names():
    text = ("REPÚBLICA BOLIVARIANA DE VENEZUELA\nMINISTERIO PÚBLICO\nCOMUNICADO\n"
            "1. ROSAURA DEL CARMEN LEAL, V-5.999.101\n\nCaracas, 3 de julio de 2025\n\n"
            "Abg. Hermes Villamizar Rondón\nFiscal Superior del Área Metropolitana de Caracas\n")
    reading = read_release_statement(text)
    assert [(m.text, m.status, m.role) for m in reading.mentions] == [
        ("ROSAURA DEL CARMEN LEAL", RELEASED, None), ("Hermes Villamizar Rondón", OTHER, "signatory")]
    assert [line for line, _, _ in reading.not_names] == [1, 2, 3, 6, 9]


def test_an_id_after_c_i_is_one_person_with_the_name():
    [mention] = read_release_statement("2. NELSON JAVIER ARIAS QUEVEDO, C.I. 17004556;").mentions
    assert (mention.text, str(mention.national_id)) == ("NELSON JAVIER ARIAS QUEVEDO", "V-17004556")


def test_remarks_after_each_name_of_a_list_say_what_happened_to_that_one():
    text = ("EXCARCELADOS\n1. Juan Carlos Pérez Rondón\n2. María Elena Rivas Mora (sigue en el Helicoide)\n"
            "3. Pedro José Salas Rivas - trasladado a Yare\n")
    assert _statuses(text) == [("Juan Carlos Pérez Rondón", RELEASED), ("María Elena Rivas Mora", HELD),
                               ("Pedro José Salas Rivas", TRANSFERRED)]
    [first, *_] = read_release_statement(text).mentions
    assert first.cues == ["EXCARCELADOS"]                  # the heading it comes from


_WORDS = st.sampled_from(["Juan", "Pérez", "María", "Rivas", "no", "fue", "excarcelado", "sigue", "detenida",
                          "trasladado", "a", "y", "su", "esposa", "madre", "de", ",", ":", ";", ".", "quienes",
                          "permanecen", "Sin", "confirmar", "pese", "V-12.345.678", "Inpreabogado", "\n", "(", ")"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=40).map(" ".join) | st.text(max_size=300))
def test_any_statement_is_read_without_crashing_and_every_name_gets_a_status(text):
    reading = read_release_statement(text)
    assert all(mention.status in (RELEASED, HELD, TRANSFERRED, OTHER, UNCLEAR) for mention in reading.mentions)
    assert all((mention.role is not None) == (mention.status == OTHER) for mention in reading.mentions)
