"""Field rules shared by every service: CIN, phone, ICE, dates, codes,
lengths of typed text.

The rules themselves live in `app.rules` (the server checks pushed values
with the very same functions); this module gives the services their raising
forms.  Functions either normalise a value (and raise `ValidationError`
naming the field) or check one and return a `FieldError` (None when fine)
so that a form can collect every problem at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy.orm import Session

from app.core.errors import FieldError, ValidationError
from app.models import Commune, Region
from app.rules.fields import (
    check_birth_date,
    check_birth_year,
    check_code,
    check_length,
    check_period,
    check_required,
    check_session_times,
    cin_text,
    cin_warning,
    ice_digits,
    length_problems,
    phone_e164,
)
from app.rules.fields import check_cin as _check_cin
from app.rules.rows import Context, row_problems

__all__ = [
    "check_birth_date",
    "check_birth_year",
    "check_code",
    "check_length",
    "check_period",
    "check_required",
    "check_row",
    "check_session_times",
    "length_problems",
    "normalize_cin",
    "normalize_phone",
    "raise_if_any",
    "validate_ice",
]


def normalize_cin(raw: str | None) -> tuple[str | None, FieldError | None]:
    """Spaces and dashes dropped, upper case.  A CIN of another shape is kept
    (old cards, foreign papers, typos the trainer will fix later) but comes
    with a "cin_format" warning.  Blank gives (None, None)."""
    cin = cin_text(raw)
    too_long = _check_cin(cin)
    if too_long is not None:
        # Longer than the column: cannot be kept, so it is an error.
        raise ValidationError([too_long])
    return cin, cin_warning(cin)


def normalize_phone(raw: str) -> str:
    """A Moroccan mobile number in E.164 (see `app.rules.fields.phone_e164`);
    raises "phone_invalid" or "phone_not_mobile"."""
    phone, problem = phone_e164(raw)
    if problem is not None or phone is None:
        raise ValidationError([problem or FieldError("phone", "phone_invalid", {"value": raw})])
    return phone


def validate_ice(raw: str) -> str:
    """The ICE (identifiant commun de l'entreprise): exactly 15 digits,
    spaces ignored."""
    ice, problem = ice_digits(raw)
    if problem is not None or ice is None:
        raise ValidationError([problem or FieldError("ice", "ice_format", {"value": raw})])
    return ice


class _Known:
    """Reference codes that exist, read from the session as needed."""

    def __init__(self, session: Session, lookup: Callable[[Session, str], object | None]) -> None:
        self.session = session
        self.lookup = lookup

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and self.lookup(self.session, code) is not None


def row_context(session: Session, today: dt.date) -> Context:
    """The rules' context on this database: its communes and regions."""
    return Context(
        today=today,
        communes=_Known(session, lambda s, code: s.get(Commune, code)),
        regions=_Known(session, lambda s, code: s.get(Region, code)),
    )


def check_row(
    session: Session,
    table: str,
    values: Mapping[str, Any],
    *,
    today: dt.date,
    row_id: str | None = None,
) -> list[FieldError]:
    """The problems the server would find with these values of a `table`
    row (the same rules, `app.rules.rows`): what a service is about to write
    is checked with it, so a laptop never writes what the server refuses."""
    return row_problems(table, values, context=row_context(session, today), row_id=row_id)


def raise_if_any(errors: list[FieldError | None]) -> None:
    """Raise one ValidationError carrying every problem found."""
    found = [e for e in errors if e is not None]
    if found:
        raise ValidationError(found)
