import pytest

from casedesk.domain.errors import InvalidInput
from casedesk.domain.vocabulary import ALL_VOCABULARIES, Status, parse_status


@pytest.mark.parametrize("vocabulary", ALL_VOCABULARIES, ids=lambda v: v.__name__)
def test_every_term_has_a_spanish_and_an_english_label(vocabulary):
    for term in vocabulary:
        assert term.label("es").strip() and term.label("en").strip()
    assert len({term.label("es") for term in vocabulary}) == len(vocabulary)
    assert len({term.label("en") for term in vocabulary}) == len(vocabulary)


def test_statuses_cover_the_census_vocabulary():
    assert {s.value for s in Status} >= {"detained", "house_arrest", "whereabouts_unknown",
                                         "released_conditional", "released_full", "deceased", "unknown"}


@pytest.mark.parametrize("written, status", [
    ("Detenido/a", Status.DETAINED), ("DETENIDO", Status.DETAINED), ("detenida", Status.DETAINED),
    ("Privado de libertad", Status.DETAINED), ("Privada de Libertad", Status.DETAINED),
    ("Medida cautelar", Status.RELEASED_CONDITIONAL), ("Excarcelado", Status.RELEASED_CONDITIONAL),
    ("Excarcelado (medida cautelar)", Status.RELEASED_CONDITIONAL),
    ("Libertad plena", Status.RELEASED_FULL), ("LIBERTAD PLENA", Status.RELEASED_FULL),
    ("Desaparecido", Status.WHEREABOUTS_UNKNOWN), ("Paradero desconocido", Status.WHEREABOUTS_UNKNOWN),
    ("Arresto domiciliario", Status.HOUSE_ARREST), ("Casa por cárcel", Status.HOUSE_ARREST),
    ("Fallecido", Status.DECEASED), ("house_arrest", Status.HOUSE_ARREST),
])
def test_spanish_spreadsheet_words_map_onto_the_vocabulary(written, status):
    assert parse_status(written) is status


def test_unknown_words_are_not_guessed():
    assert parse_status("en la luna") is None
    assert parse_status("") is None


def test_a_wrong_code_is_refused_with_the_codes_that_exist():
    with pytest.raises(InvalidInput) as refused:
        Status.coerce("held")
    assert "house_arrest" in refused.value.message("en")
