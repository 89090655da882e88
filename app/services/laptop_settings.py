"""The laptop's settings that people set (`caravane settings`, the window's
Settings): for now what a person's record must state under law 09-08 about
the CCIS as controller of their data.

Kept in LocalState, where the laptop keeps its other settings (the server it
joined, its team), under dotted keys ("privacy.cndp_reference").  A setting
never set, or set to nothing, is None: documents then say it is not given
rather than print an invented value.  The CCIS server may hand these to its
laptops at sync one day; until then each laptop is set by hand."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.changes import NOTHING, Done
from app.core.errors import ValidationError
from app.models import LocalState
from app.models.sync_state import read_state, write_state

PRIVACY_ADDRESS = "privacy.controller_address"
PRIVACY_CONTACT = "privacy.contact"
PRIVACY_CNDP_REFERENCE = "privacy.cndp_reference"
PRIVACY_RETENTION_YEARS = "privacy.retention_years"

# The longest retention a declaration would give; beyond it is a typing slip.
MAX_RETENTION_YEARS = 50


@dataclass(frozen=True)
class SettingSpec:
    key: str
    kind: str  # "text" or "years" (a whole number of years)
    max_length: int  # of a text
    # What it is for, in French, for `caravane settings list` and --help.
    description: str


SETTINGS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        SettingSpec(
            PRIVACY_ADDRESS, "text", 200,
            "adresse du responsable du traitement (la CCIS), imprimée sur la fiche 09-08",
        ),
        SettingSpec(
            PRIVACY_CONTACT, "text", 200,
            "où exercer ses droits (service, téléphone ou courriel de la CCIS)",
        ),
        SettingSpec(
            PRIVACY_CNDP_REFERENCE, "text", 60,
            "référence de la déclaration (ou de l'autorisation) à la CNDP",
        ),
        SettingSpec(
            PRIVACY_RETENTION_YEARS, "years", 0,
            "durée de conservation, en années après la dernière activité de la personne",
        ),
    )
}


@dataclass(frozen=True)
class SettingView:
    key: str
    value: str | None  # None: not set
    description: str


@dataclass(frozen=True)
class PrivacySettings:
    """What the record states about the controller; None where not set."""

    address: str | None
    contact: str | None
    cndp_reference: str | None
    retention_years: int | None


def _spec(key: str) -> SettingSpec:
    spec = SETTINGS.get(key)
    if spec is None:
        raise ValidationError.single(key, "unknown_field", field=key, fields=", ".join(SETTINGS))
    return spec


def _clean(spec: SettingSpec, value: str | None) -> str | None:
    """The value to store (None clears), or ValidationError."""
    text = " ".join((value or "").split())  # one line: it is printed as one
    if not text:
        return None
    if spec.kind == "years":
        if not (text.isascii() and text.isdigit()):
            raise ValidationError.single(spec.key, "invalid_number")
        if not 1 <= int(text) <= MAX_RETENTION_YEARS:
            raise ValidationError.single(spec.key, "out_of_range")
        return str(int(text))
    if len(text) > spec.max_length:
        raise ValidationError.single(spec.key, "too_long", max=spec.max_length)
    return text


def read_setting(*, session: Session, key: str) -> str | None:
    _spec(key)
    return read_state(session, key) or None


def list_settings(*, session: Session) -> list[SettingView]:
    """Every setting people may set, in a fixed order, set or not."""
    session.scalars(select(LocalState).where(LocalState.key.in_(list(SETTINGS)))).all()
    return [
        SettingView(key, read_state(session, key) or None, spec.description)
        for key, spec in SETTINGS.items()
    ]


def change_setting(*, session: Session, key: str, value: str | None) -> Done[str | None]:
    """Set (or, with an empty value, clear) one setting; returns what is
    stored.  A refused value raises ValidationError and changes nothing."""
    clean = _clean(_spec(key), value)
    if (read_state(session, key) or None) != clean:
        write_state(session, key, clean or "")
    # LocalState is no screen's data: nothing to redraw.
    return Done(clean, NOTHING)


def privacy_settings(*, session: Session) -> PrivacySettings:
    values = {view.key: view.value for view in list_settings(session=session)}
    years = values[PRIVACY_RETENTION_YEARS]
    return PrivacySettings(
        address=values[PRIVACY_ADDRESS],
        contact=values[PRIVACY_CONTACT],
        cndp_reference=values[PRIVACY_CNDP_REFERENCE],
        retention_years=int(years) if years and years.isdigit() else None,
    )
