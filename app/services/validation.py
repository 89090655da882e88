"""Field rules shared by every service: CIN, phone, ICE, dates, codes.

Functions either normalise a value (and raise `ValidationError` naming the
field) or check one and return a `FieldError` (None when fine) so that a
form can collect every problem at once.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum

import phonenumbers

from app.services.errors import FieldError, ValidationError

# CIN (carte d'identité nationale): 1-2 letters then 5-6 digits, e.g. K123456, AB12345.
_CIN = re.compile(r"^[A-Z]{1,2}[0-9]{5,6}$")
_CIN_NOISE = re.compile(r"[\s\-./_]+")
_ICE = re.compile(r"^[0-9]{15}$")
_OLDEST_BIRTH_YEAR = 1900
_MOBILE_TYPES = {
    phonenumbers.PhoneNumberType.MOBILE,
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
}


def normalize_cin(raw: str | None) -> tuple[str | None, FieldError | None]:
    """Spaces and dashes dropped, upper case.  A CIN of another shape is kept
    (old cards, foreign papers, typos the trainer will fix later) but comes
    with a "cin_format" warning.  Blank gives (None, None)."""
    if raw is None:
        return None, None
    cin = _CIN_NOISE.sub("", raw).upper()
    if not cin:
        return None, None
    if len(cin) > 12:
        # Longer than the column: cannot be kept, so it is an error.
        raise ValidationError.single("cin", "cin_too_long", max=12)
    if not _CIN.match(cin):
        return cin, FieldError("cin", "cin_format", {"value": cin})
    return cin, None


def normalize_phone(raw: str) -> str:
    """A Moroccan mobile number in E.164 (+2126XXXXXXXX / +2127XXXXXXXX).

    Accepts 06/07..., +212 6/7..., 00212..., 212... with spaces, dots or
    dashes.  Landlines (05...) are refused with "phone_not_mobile": the
    number is used to reach the person by SMS/WhatsApp, which a landline
    cannot receive.  Anything unparsable is "phone_invalid"."""
    text = raw.strip()
    digits = re.sub(r"\D", "", text)
    if not digits:
        raise ValidationError.single("phone", "phone_invalid", value=raw)
    if not text.startswith("+"):
        if digits.startswith("00"):
            text = "+" + digits[2:]
        elif digits.startswith("212") and len(digits) == 12:
            text = "+" + digits
        else:
            text = digits
    try:
        number = phonenumbers.parse(text, "MA")
    except phonenumbers.NumberParseException:
        raise ValidationError.single("phone", "phone_invalid", value=raw) from None
    if number.country_code != 212 or not phonenumbers.is_valid_number(number):
        raise ValidationError.single("phone", "phone_invalid", value=raw)
    if phonenumbers.number_type(number) not in _MOBILE_TYPES:
        raise ValidationError.single("phone", "phone_not_mobile", value=raw)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def validate_ice(raw: str) -> str:
    """The ICE (identifiant commun de l'entreprise): exactly 15 digits,
    spaces ignored."""
    ice = re.sub(r"\s+", "", raw)
    if not _ICE.match(ice):
        raise ValidationError.single("ice", "ice_format", value=raw)
    return ice


def check_birth_date(birth_date: dt.date | None, today: dt.date) -> FieldError | None:
    """A birth date cannot be in the future nor before 1900."""
    if birth_date is None:
        return None
    if birth_date > today:
        return FieldError("birth_date", "birth_date_future")
    if birth_date.year < _OLDEST_BIRTH_YEAR:
        return FieldError("birth_date", "birth_date_implausible")
    return None


def check_birth_year(birth_year: int | None, today: dt.date) -> FieldError | None:
    if birth_year is None:
        return None
    if birth_year > today.year:
        return FieldError("birth_year", "birth_date_future")
    if birth_year < _OLDEST_BIRTH_YEAR:
        return FieldError("birth_year", "birth_date_implausible")
    return None


def check_session_times(start_time: dt.time, end_time: dt.time) -> FieldError | None:
    """A session ends after it starts (same day)."""
    if end_time <= start_time:
        return FieldError("end_time", "session_ends_before_start")
    return None


def check_period(starts_on: dt.date, ends_on: dt.date, field: str = "ends_on") -> FieldError | None:
    if ends_on < starts_on:
        return FieldError(field, "ends_before_start")
    return None


def check_code(field: str, value: str | None, vocabulary: type[StrEnum]) -> FieldError | None:
    """A value of a closed vocabulary (app.models.enums), None allowed."""
    if value is None:
        return None
    if value not in {member.value for member in vocabulary}:
        return FieldError(field, "invalid_choice", {"value": value})
    return None


def check_required(field: str, value: str | None) -> FieldError | None:
    if value is None or not value.strip():
        return FieldError(field, "required")
    return None


def raise_if_any(errors: list[FieldError | None]) -> None:
    """Raise one ValidationError carrying every problem found."""
    found = [e for e in errors if e is not None]
    if found:
        raise ValidationError(found)
