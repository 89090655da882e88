"""Field rules: CIN, phone, ICE, dates (directly and through registration)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.errors import FieldError, ValidationError
from app.db import Database
from app.services.beneficiaries import BeneficiaryInput, register_beneficiary
from app.services.validation import (
    check_birth_date,
    check_session_times,
    normalize_cin,
    normalize_phone,
    validate_ice,
)
from tests.test_services_fixtures import TODAY, consent


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("K123456", "K123456"),
        ("k 123456", "K123456"),
        ("AB-12345", "AB12345"),
        (" bk 654321 ", "BK654321"),
        ("L12345", "L12345"),
    ],
)
def test_valid_cin_shapes_are_normalised_without_warning(raw: str, expected: str) -> None:
    assert normalize_cin(raw) == (expected, None)


@pytest.mark.parametrize("raw", ["123456", "ABC12345", "K1234", "K1234567", "K12A456"])
def test_other_cin_shapes_are_kept_with_a_warning(raw: str) -> None:
    cin, warning = normalize_cin(raw)
    assert cin == raw.upper()
    assert warning == FieldError("cin", "cin_format", {"value": raw.upper()})


def test_blank_cin_is_none_and_overlong_is_refused() -> None:
    assert normalize_cin("  ") == (None, None)
    assert normalize_cin(None) == (None, None)
    with pytest.raises(ValidationError) as caught:
        normalize_cin("K1234567890123")
    assert caught.value.codes() == {"cin": "cin_too_long"}


@pytest.mark.parametrize(
    "raw",
    [
        "0612345678",
        "06 12 34 56 78",
        "06.12.34.56.78",
        "06-12-34-56-78",
        "+212612345678",
        "+212 6 12 34 56 78",
        "00212612345678",
        "212612345678",
    ],
)
def test_mobile_number_forms_give_one_e164(raw: str) -> None:
    assert normalize_phone(raw) == "+212612345678"


def test_07_numbers_are_mobiles_too() -> None:
    assert normalize_phone("07 00 11 22 33") == "+212700112233"


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("0539991234", "phone_not_mobile"),  # a landline (Tétouan) cannot get SMS
        ("+212 5 22 12 34 56", "phone_not_mobile"),
        ("12345", "phone_invalid"),
        ("hello", "phone_invalid"),
        ("+33612345678", "phone_invalid"),  # French mobile
        ("061234567", "phone_invalid"),  # a digit short
    ],
)
def test_landlines_foreign_and_garbage_numbers_are_refused(raw: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_phone(raw)
    assert caught.value.codes() == {"phone": code}


def test_ice_is_fifteen_digits() -> None:
    assert validate_ice("001234567000089") == "001234567000089"
    assert validate_ice("001 234 567 000 089") == "001234567000089"
    for bad in ("12345", "00123456700008A", "0012345670000891"):
        with pytest.raises(ValidationError) as caught:
            validate_ice(bad)
        assert caught.value.codes() == {"ice": "ice_format"}


def test_date_rules() -> None:
    assert check_birth_date(dt.date(1990, 1, 1), TODAY) is None
    assert check_birth_date(TODAY + dt.timedelta(days=1), TODAY) == FieldError(
        "birth_date", "birth_date_future"
    )
    assert check_session_times(dt.time(9), dt.time(12)) is None
    assert check_session_times(dt.time(12), dt.time(9)) == FieldError(
        "end_time", "session_ends_before_start"
    )
    assert check_session_times(dt.time(9), dt.time(9)) is not None


def test_registration_reports_every_bad_field_at_once(db: Database) -> None:
    data = BeneficiaryInput(
        first_name=" ",
        last_name="Alami",
        sex="X",
        birth_date=TODAY + dt.timedelta(days=3),
        phone="0539991234",
        commune_code="99.999",
        sector="space",
    )
    with db.session() as s, pytest.raises(ValidationError) as caught:
        register_beneficiary(session=s, data=data, consent=consent(), team_id=None, today=TODAY)
    assert caught.value.codes() == {
        "first_name": "required",
        "sex": "invalid_choice",
        "birth_date": "birth_date_future",
        "phone": "phone_not_mobile",
        "commune_code": "unknown_commune",
        "sector": "invalid_choice",
    }
