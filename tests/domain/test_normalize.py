from datetime import date

import pytest

from casedesk.domain.errors import InvalidInput
from casedesk.domain.normalize import (
    FuzzyDate, is_foreign_id, normalize_name, normalize_national_id, parse_date, split_full_name,
)
from casedesk.domain.text import fold, sort_key
from casedesk.domain.vocabulary import DatePrecision


@pytest.mark.parametrize("written", [
    "V-12.345.678", "V12345678", "12.345.678", "12345678", "v 12345678", " 12345678 ",
    "V.12.345.678", "C.I. V-12.345.678", "CI 12.345.678", "C.I. N° 12.345.678", "V-012345678",
])
def test_every_written_form_of_a_cedula_is_one_id(written):
    assert normalize_national_id(written) == "V-12345678"


def test_foreigners_keep_their_e_prefix():
    assert normalize_national_id("E-81.234.567") == "E-81234567"
    assert is_foreign_id("E-81234567") and not is_foreign_id("V-81234567")


def test_passport_numbers_are_kept_in_one_form():
    assert normalize_national_id(" ab 123 456 ") == "AB123456"


@pytest.mark.parametrize("garbage", ["", "no posee", "sin cédula", "---", "12"])
def test_text_that_is_not_an_id_is_refused_with_a_sentence(garbage):
    with pytest.raises(InvalidInput) as refused:
        normalize_national_id(garbage)
    assert "cédula" in refused.value.message("es")


@pytest.mark.parametrize("written, expected, precision", [
    ("2025-12-29", date(2025, 12, 29), DatePrecision.DAY),
    ("29/12/2025", date(2025, 12, 29), DatePrecision.DAY),
    ("9/5/2019", date(2019, 5, 9), DatePrecision.DAY),           # day first
    ("01-08-19", date(2019, 8, 1), DatePrecision.DAY),
    ("06-10-23", date(2023, 10, 6), DatePrecision.DAY),
    ("29.12.2025", date(2025, 12, 29), DatePrecision.DAY),
    ("3 dic 2020", date(2020, 12, 3), DatePrecision.DAY),
    ("27 oct 2019", date(2019, 10, 27), DatePrecision.DAY),
    ("3 de diciembre de 2020", date(2020, 12, 3), DatePrecision.DAY),
    ("Diciembre 2020", date(2020, 12, 1), DatePrecision.MONTH),
    ("12/2020", date(2020, 12, 1), DatePrecision.MONTH),
    ("2020", date(2020, 1, 1), DatePrecision.YEAR),
    ("aprox. 3 dic 2020", date(2020, 12, 3), DatePrecision.ESTIMATED),
])
def test_dates_are_read_the_way_spanish_lists_write_them(written, expected, precision):
    assert parse_date(written, today=date(2026, 11, 23)) == FuzzyDate(expected, precision)


def test_two_digit_years_never_land_in_the_future():
    assert parse_date("1/1/30", today=date(2026, 11, 23)).value == date(1930, 1, 1)
    assert parse_date("1/1/26", today=date(2026, 11, 23)).value == date(2026, 1, 1)


@pytest.mark.parametrize("impossible", ["31/02/2024", "2024-13-01", "mañana", "32 dic 2020", ""])
def test_impossible_dates_are_refused(impossible):
    with pytest.raises(InvalidInput):
        parse_date(impossible)


def test_dates_display_as_precisely_as_they_are_known():
    assert FuzzyDate(date(2025, 12, 1), DatePrecision.MONTH).display() == "12/2025"
    assert FuzzyDate(date(2025, 12, 29), DatePrecision.DAY).display("es") == "29/12/2025"
    assert FuzzyDate(date(2025, 12, 29), DatePrecision.ESTIMATED).display("es") == "ca. 29/12/2025"


def test_names_are_tidied_without_mangling_particles():
    assert normalize_name("  JOSÉ  DE LA  cruz ") == "José de la Cruz"
    assert normalize_name("ana maría pérez-gómez") == "Ana María Pérez-Gómez"
    assert normalize_name("McDonald") == "McDonald"


@pytest.mark.parametrize("full, given, surnames", [
    ("María José Pérez Rodríguez", "María José", "Pérez Rodríguez"),
    ("José Íñiguez Pérez", "José", "Íñiguez Pérez"),
    ("Pérez Rodríguez, María José", "María José", "Pérez Rodríguez"),
    ("Juan de la Cruz", "Juan", "de la Cruz"),
    ("Ana Pérez", "Ana", "Pérez"),
])
def test_full_names_split_into_given_names_and_surnames(full, given, surnames):
    assert split_full_name(full) == (given, surnames)


def test_folding_ignores_accents_and_case():
    assert fold("  ÍÑIGUEZ  Pérez") == fold("iniguez perez") == "iniguez perez"


def test_sort_keys_put_enye_after_n_as_in_spanish():
    names = ["Nuzco", "Núñez", "Nunez", "Nunoz", "Ñañez", "Oropeza", "Álvarez"]
    assert sorted(names, key=sort_key) == ["Álvarez", "Nunez", "Nunoz", "Núñez", "Nuzco", "Ñañez", "Oropeza"]
