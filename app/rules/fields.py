"""Rules of single fields: CIN, phone, ICE, dates, codes, ranges.

Each function checks one value and returns a `FieldError` (None when fine),
or normalises a value and returns it with its problem, so that a form can
collect every problem at once and the server can name the first one.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from app.core.problems import FieldError

# CIN (carte d'identité nationale): 1-2 letters then 5-6 digits, e.g. K123456, AB12345.
_CIN = re.compile(r"^[A-Z]{1,2}[0-9]{5,6}$")
_CIN_NOISE = re.compile(r"[\s\-./_]+")
CIN_MAX = 12
_ICE = re.compile(r"^[0-9]{15}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
OLDEST_YEAR = 1900
OLDEST_DATE = dt.date(OLDEST_YEAR, 1, 1)
# Sessions, tour stops, programmes and next steps are planned ahead, but not
# by decades: a date further than this is a typo (or a hostile value).
PLANNING_YEARS = 10
_E164_MA = re.compile(r"\+212([0-9]{9})")


# phonenumbers is imported when a phone is first checked: a process that
# never reads one (`caravane print …`) does not load its ~40 modules.
@functools.cache
def _mobile_types() -> frozenset[int]:
    import phonenumbers

    return frozenset(
        {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
    )


@functools.cache
def _ma_mobile() -> re.Pattern[str]:
    import phonenumbers

    metadata = phonenumbers.PhoneMetadata.metadata_for_region("MA")
    return re.compile(str(metadata.mobile.national_number_pattern))  # type: ignore[union-attr]


# ---- identity papers and numbers -------------------------------------------


def cin_text(raw: str | None) -> str | None:
    """A CIN as stored: spaces, dashes, dots dropped, upper case; None if blank."""
    if raw is None:
        return None
    return _CIN_NOISE.sub("", raw).upper() or None


def check_cin(cin: str | None) -> FieldError | None:
    """A stored CIN fits its column (its shape is only a warning)."""
    if cin is not None and len(cin) > CIN_MAX:
        return FieldError("cin", "cin_too_long", {"max": CIN_MAX})
    return None


def cin_warning(cin: str | None) -> FieldError | None:
    """A CIN of another shape is kept (old cards, foreign papers, typos the
    trainer will fix later) but comes with a "cin_format" warning."""
    if cin is not None and not _CIN.match(cin):
        return FieldError("cin", "cin_format", {"value": cin})
    return None


def phone_e164(raw: str) -> tuple[str | None, FieldError | None]:
    """A Moroccan mobile number in E.164 (+2126XXXXXXXX / +2127XXXXXXXX).

    Accepts 06/07..., +212 6/7..., 00212..., 212... with spaces, dots or
    dashes.  Landlines (05...) are refused with "phone_not_mobile": the
    number is used to reach the person by SMS/WhatsApp, which a landline
    cannot receive.  Anything unparsable is "phone_invalid"."""
    text = raw.strip()
    digits = re.sub(r"\D", "", text)
    invalid = FieldError("phone", "phone_invalid", {"value": raw})
    if not digits or len(digits) > 20:
        return None, invalid
    if not text.startswith("+"):
        if digits.startswith("00"):
            text = "+" + digits[2:]
        elif digits.startswith("212") and len(digits) == 12:
            text = "+" + digits
        else:
            text = digits
    import phonenumbers

    try:
        number = phonenumbers.parse(text, "MA")
    except phonenumbers.NumberParseException:
        return None, invalid
    if number.country_code != 212 or not phonenumbers.is_valid_number(number):
        return None, invalid
    if phonenumbers.number_type(number) not in _mobile_types():
        return None, FieldError("phone", "phone_not_mobile", {"value": raw})
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), None


def check_stored_phone(phone: str | None) -> FieldError | None:
    """A stored phone is a Moroccan mobile already in E.164."""
    if phone is None:
        return None
    national = _E164_MA.fullmatch(phone)
    if national is not None and _ma_mobile().fullmatch(national.group(1)):
        # The usual case, straight from the library's own metadata (parsing
        # every number of a 5,000-person push took a third of a second).
        return None
    normalised, problem = phone_e164(phone)
    if problem is not None:
        return problem
    if normalised != phone:
        return FieldError("phone", "not_normalized")
    return None


def ice_digits(raw: str) -> tuple[str | None, FieldError | None]:
    """The ICE (identifiant commun de l'entreprise): exactly 15 digits,
    spaces ignored."""
    ice = re.sub(r"\s+", "", raw)
    if not _ICE.match(ice):
        return None, FieldError("ice", "ice_format", {"value": raw})
    return ice, None


def check_stored_ice(ice: str | None) -> FieldError | None:
    if ice is not None and not _ICE.match(ice):
        return FieldError("ice", "ice_format", {"value": ice})
    return None


# ---- dates -----------------------------------------------------------------


def check_birth_date(birth_date: dt.date | None, today: dt.date) -> FieldError | None:
    """A birth date cannot be in the future nor before 1900."""
    if birth_date is None:
        return None
    if birth_date > today:
        return FieldError("birth_date", "birth_date_future")
    if birth_date.year < OLDEST_YEAR:
        return FieldError("birth_date", "birth_date_implausible")
    return None


def check_birth_year(birth_year: int | None, today: dt.date) -> FieldError | None:
    if birth_year is None:
        return None
    if birth_year > today.year:
        return FieldError("birth_year", "birth_date_future")
    if birth_year < OLDEST_YEAR:
        return FieldError("birth_year", "birth_date_implausible")
    return None


def _day(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def check_past_date(
    field: str, value: dt.date | dt.datetime | None, today: dt.date
) -> FieldError | None:
    """Something that happened (a registration, a consent, a coaching...):
    not after today, not before 1900."""
    if value is None:
        return None
    day = _day(value)
    if day > today:
        return FieldError(field, "date_future")
    if day < OLDEST_DATE:
        return FieldError(field, "date_implausible")
    return None


def planning_limit(today: dt.date) -> dt.date:
    try:
        return today.replace(year=today.year + PLANNING_YEARS)
    except ValueError:  # 29 February
        return today.replace(year=today.year + PLANNING_YEARS, day=28)


def check_date(
    field: str, value: dt.date | dt.datetime | None, today: dt.date
) -> FieldError | None:
    """Any other date (planned or done): from 1900 to ten years ahead."""
    if value is None:
        return None
    day = _day(value)
    if day > planning_limit(today):
        return FieldError(field, "date_too_far")
    if day < OLDEST_DATE:
        return FieldError(field, "date_implausible")
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


# ---- lengths of typed text -------------------------------------------------

# The longest text a user may type in each field, as typed (CIN and phone
# with their spaces and dashes; a CIN stored is at most CIN_MAX once they
# are dropped).  Long enough for any real name, place or note, short enough
# for a table column, the attendance sheet and the certificate; never longer
# than the column that stores it (the server refuses a longer value on the
# wire, tests/test_services_walk_in.py checks).  The services refuse longer
# text with "too_long" and the window's fields stop typing at the limit.
TEXT_LIMITS: dict[str, dict[str, int]] = {
    "beneficiary": {
        "first_name": 60,
        "last_name": 60,
        "name_ar": 100,
        "cin": 16,
        "phone": 24,
        "douar": 100,
        "notes": 2000,
    },
    "enterprise": {"name": 150, "ice": 24, "notes": 2000},
    "enterprise_member": {"role": 60},
    "tour_stop": {"place": 150, "notes": 1000},
    "training_session": {"place": 150, "notes": 1000},
    "coaching_session": {"topics": 100, "notes": 4000},  # topics: each one
    "next_step": {"description": 300},
    "team": {"name": 80},
    "app_user": {"name": 80},
    "programme": {"name": 150, "funder": 120, "description": 2000},
    "application": {"notes": 2000},
}


def text_limit(table: str, field: str) -> int:
    """The most characters a user may type in this field."""
    return TEXT_LIMITS[table][field]


def check_length(table: str, field: str, value: str | None) -> FieldError | None:
    """Typed text longer than its field's limit (spaces around it aside)."""
    limit = TEXT_LIMITS[table][field]
    if value is not None and len(value.strip()) > limit:
        return FieldError(field, "too_long", {"max": limit})
    return None


def length_problems(table: str, values: Mapping[str, Any]) -> list[FieldError]:
    """`check_length` of every limited text field present in `values`."""
    problems: list[FieldError] = []
    for field, limit in TEXT_LIMITS.get(table, {}).items():
        value = values.get(field)
        if isinstance(value, str) and len(value.strip()) > limit:
            problems.append(FieldError(field, "too_long", {"max": limit}))
    return problems


# ---- codes, text, numbers, lists -------------------------------------------


def check_code(field: str, value: str | None, vocabulary: type[StrEnum]) -> FieldError | None:
    """A value of a closed vocabulary (app.models.enums), None allowed."""
    if value is None:
        return None
    if value not in _vocabulary(vocabulary):
        return FieldError(field, "invalid_choice", {"value": value})
    return None


@functools.cache
def _vocabulary(vocabulary: type[StrEnum]) -> frozenset[str]:
    return frozenset(member.value for member in vocabulary)


def check_required(field: str, value: str | None) -> FieldError | None:
    if value is None or not value.strip():
        return FieldError(field, "required")
    return None


def check_number(
    field: str, value: float | None, *, low: float, high: float, positive: bool = False
) -> FieldError | None:
    """A number within its range ("must_be_positive" below a positive range)."""
    if value is None:
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return FieldError(field, "out_of_range")
    if value < low:
        return FieldError(field, "must_be_positive" if positive else "out_of_range")
    if value > high:
        return FieldError(field, "out_of_range", {"max": high})
    return None


def is_row_id(value: Any) -> bool:
    """The id of a synced row: a lower-case UUID (v7 or derived v5)."""
    return isinstance(value, str) and _UUID.match(value) is not None


def check_reference(field: str, value: Any) -> FieldError | None:
    if value is not None and not is_row_id(value):
        return FieldError(field, "bad_reference")
    return None


def check_code_list(
    field: str, value: Any, vocabulary: type[StrEnum] | None = None, *, max_items: int = 50,
    max_length: int = 200,
) -> FieldError | None:
    """A JSON list of distinct non-empty strings (of `vocabulary` when given)."""
    if not isinstance(value, list) or len(value) > max_items:
        return FieldError(field, "bad_shape")
    if not all(isinstance(v, str) and v.strip() and len(v) <= max_length for v in value):
        return FieldError(field, "bad_shape")
    if len(set(value)) != len(value):
        return FieldError(field, "bad_shape")
    if vocabulary is not None:
        for item in value:
            problem = check_code(field, item, vocabulary)
            if problem is not None:
                return problem
    return None


def check_id_list(field: str, value: Any, *, max_items: int = 50) -> FieldError | None:
    """A JSON list of distinct row ids (e.g. a session's trainers)."""
    if not isinstance(value, list) or len(value) > max_items:
        return FieldError(field, "bad_shape")
    if not all(is_row_id(v) for v in value) or len(set(value)) != len(value):
        return FieldError(field, "bad_shape")
    return None
