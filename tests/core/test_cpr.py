"""CPR numbers: format, real dates, the century table, modulus 11, substitutes."""

from __future__ import annotations

from datetime import date

import pytest

from famdesk.core.cpr import century, format_cpr, normalize_cpr, parse_cpr


def test_a_well_formed_number_gives_birth_date_and_sex() -> None:
    info = parse_cpr("070761-4285")
    assert info.birth_date == date(1961, 7, 7)
    assert info.modulus11_ok is True
    assert info.substitute is False
    assert info.sex == "male"


def test_even_last_digit_is_female() -> None:
    assert parse_cpr("230688-1236").sex == "female"


@pytest.mark.parametrize(
    ("cpr", "born"),
    [
        ("010190-0001", date(1990, 1, 1)),  # 0-3: 1900s
        ("010110-3001", date(1910, 1, 1)),
        ("010136-4001", date(2036, 1, 1)),  # 4: 2000s up to 36
        ("010137-4001", date(1937, 1, 1)),  # 4: 1900s from 37
        ("010120-9001", date(2020, 1, 1)),  # 9: like 4
        ("010199-9001", date(1999, 1, 1)),
        ("010157-5001", date(2057, 1, 1)),  # 5-8: 2000s up to 57
        ("010158-8001", date(1858, 1, 1)),  # 5-8: 1800s from 58
        ("311299-6001", date(1899, 12, 31)),
    ],
)
def test_century_follows_the_seventh_digit(cpr: str, born: date) -> None:
    assert parse_cpr(cpr).birth_date == born


def test_century_table_directly() -> None:
    assert [century(d, 36) for d in range(10)] == [1900] * 4 + [2000] * 5 + [2000]
    assert [century(d, 37) for d in range(10)] == [1900] * 4 + [1900] + [2000] * 4 + [1900]
    assert [century(d, 58) for d in range(10)] == [1900] * 4 + [1900] + [1800] * 4 + [1900]


def test_a_number_failing_modulus_11_is_still_valid() -> None:
    info = parse_cpr("070761-4286")
    assert info.modulus11_ok is False
    assert info.birth_date == date(1961, 7, 7)


def test_substitute_number_is_valid_and_marked() -> None:
    info = parse_cpr("651075-2003")
    assert info.substitute is True
    assert info.birth_date == date(1975, 10, 5)


@pytest.mark.parametrize(
    ("cpr", "problem"),
    [
        ("310285-1234", "not a valid CPR number: no such date 31-02"),
        ("300290-1234", "not a valid CPR number: no such date 30-02"),
        ("011390-1234", "not a valid CPR number: no such date 01-13"),
        ("000190-1234", "not a valid CPR number: no such date 00-01"),
        ("290200-1234", "not a valid CPR number: no such date 29-02-1900 (not a leap year)"),
        (
            "920190-1234",
            "not a valid CPR number: no such date 32-01 (substitute number: day 92 - 60)",
        ),
    ],
)
def test_impossible_dates_are_refused(cpr: str, problem: str) -> None:
    with pytest.raises(ValueError) as exc:
        parse_cpr(cpr)
    assert str(exc.value) == problem


def test_leap_day_in_a_leap_year_is_fine() -> None:
    assert parse_cpr("290200-4001").birth_date == date(2000, 2, 29)


@pytest.mark.parametrize(
    "cpr",
    ["0101901234", "01-01-90-1234", " 010190-1234", "010190-123", "abcdef-1234", "", "٠١٠١٩٠-١٢٣٤"],
)
def test_bad_format_is_refused_with_the_expected_form(cpr: str) -> None:
    with pytest.raises(ValueError, match="expected the form DDMMYY-NNNN"):
        parse_cpr(cpr)


def test_normalize_tidies_typed_input() -> None:
    assert normalize_cpr(" 010190 1234 ") == "010190-1234"
    assert normalize_cpr("0101901234") == "010190-1234"
    assert normalize_cpr("hello") == "hello"


def test_format_shows_every_cpr_number_as_ddmmyy_dash_nnnn() -> None:
    assert format_cpr("0101361234") == "010136-1234"
    assert format_cpr("010136 1234") == "010136-1234"
    assert format_cpr("010136-1234") == "010136-1234"
    assert format_cpr("010136-1234", reveal=False) == "010136-xxxx"
    assert format_cpr("0101361234", reveal=False) == "010136-xxxx"
    assert format_cpr(None) == "" and format_cpr("  ") == ""
    # Text that is no CPR number is shown as it is, never masked into something else.
    assert format_cpr("12345", reveal=False) == "12345"
