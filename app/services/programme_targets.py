"""A programme's targets (what its funder expects over the programme's whole
duration) and the indicator each one is measured against.

| target | measured by (`app/services/indicators.py`) |
|---|---|
| `reached` | beneficiaries reached |
| `women` | women among them |
| `youth` | people aged 18-35 among them |
| `young_women` | women aged 18-35 among them |
| `trained` | people trained |
| `coached` | people coached |
| `certified` | people given a certificate (not revoked) |
| `projects` | projects supported: applications selected |

The activity report compares each target with the results since the
programme started (its `starts_on`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.core.changes import NOTHING, Changes, Done, Topic
from app.core.errors import NotFoundError, StateError, ValidationError
from app.core.problems import FieldError
from app.models import Programme
from app.models.enums import ApplicationStatus
from app.models.support import TARGET_FIELDS
from app.rules.rows import MAX_TARGET
from app.services.indicators import Indicators

# Target codes, in the report's order, and their columns.
TARGETS: dict[str, str] = {field.removeprefix("target_"): field for field in TARGET_FIELDS}

# A part cannot have a larger target than its whole: (part, whole).
_PARTS = (
    ("women", "reached"),
    ("youth", "reached"),
    ("young_women", "women"),
    ("young_women", "youth"),
    ("trained", "reached"),
    ("coached", "reached"),
    ("certified", "trained"),
)


@dataclass(frozen=True)
class ProgrammeTargets:
    id: str
    team_id: str | None
    name: str
    funder: str | None
    starts_on: dt.date | None
    ends_on: dt.date | None
    targets: dict[str, int]  # target code -> value, only those set, in TARGETS order


def achieved(indicators: Indicators, code: str) -> int:
    """The result a target is measured against."""
    measures = {
        "reached": indicators.beneficiaries_reached,
        "women": indicators.women,
        "youth": indicators.youth_18_35,
        "young_women": indicators.young_women,
        "trained": indicators.people_trained,
        "coached": indicators.people_coached,
        "certified": indicators.people_certified,
        "projects": indicators.applications.get(ApplicationStatus.SELECTED.value, 0),
    }
    return measures[code]


def _view(row: Programme) -> ProgrammeTargets:
    targets = {
        code: value
        for code, column in TARGETS.items()
        if (value := getattr(row, column)) is not None
    }
    return ProgrammeTargets(
        id=row.id, team_id=row.team_id, name=row.name, funder=row.funder,
        starts_on=row.starts_on, ends_on=row.ends_on, targets=targets,
    )


def _live(session: Session, programme_id: str) -> Programme:
    row = session.get(Programme, programme_id)
    if row is None or row.deleted:
        raise NotFoundError("programme", programme_id)
    return row


def _visible(team_id: str | None) -> list[object]:
    """A team sees its own programmes and the shared ones."""
    if team_id is None:
        return [Programme.deleted.is_(False)]
    return [
        Programme.deleted.is_(False),
        or_(Programme.team_id.is_(None), Programme.team_id == team_id),
    ]


def list_programmes(*, session: Session, team_id: str | None = None) -> list[ProgrammeTargets]:
    """Live programmes (a team's and the shared ones), latest start first."""
    rows = session.scalars(
        select(Programme)
        .where(*_visible(team_id))  # type: ignore[arg-type]
        .order_by(Programme.starts_on.desc(), Programme.name)
    )
    return [_view(row) for row in rows]


def get_programme(*, session: Session, programme_id: str) -> ProgrammeTargets:
    return _view(_live(session, programme_id))


def find_programme(*, session: Session, text: str) -> ProgrammeTargets:
    """A programme by its id or its name (case ignored)."""
    wanted = text.strip()
    row = session.get(Programme, wanted)
    if row is None or row.deleted:
        row = session.scalars(
            select(Programme).where(
                Programme.deleted.is_(False), func.lower(Programme.name) == wanted.lower()
            )
        ).first()
    if row is None:
        raise NotFoundError("programme", wanted)
    return _view(row)


def target_problems(targets: Mapping[str, int | None]) -> list[FieldError]:
    """Problems with a whole set of targets (code -> value or None)."""
    problems: list[FieldError] = []
    for code, value in targets.items():
        if code not in TARGETS:
            problems.append(FieldError(code, "invalid_choice", {"value": code}))
        elif value is None:
            continue
        elif isinstance(value, bool) or not isinstance(value, int):
            problems.append(FieldError(code, "invalid_number", {"value": value}))
        elif value < 1:
            problems.append(FieldError(code, "must_be_positive"))
        elif value > MAX_TARGET:
            problems.append(FieldError(code, "out_of_range", {"max": MAX_TARGET}))
    if problems:
        return problems
    for part, whole in _PARTS:
        low, high = targets.get(part), targets.get(whole)
        if low is not None and high is not None and low > high:
            problems.append(FieldError(part, "out_of_range", {"max": high}))
    return problems


def set_targets(
    *, session: Session, programme_id: str, targets: Mapping[str, int | None]
) -> Done[ProgrammeTargets]:
    """Change some of a team programme's targets (None clears one); the
    others stay.  The whole set must hold together (women no more than people
    reached, young women no more than women nor youth...)."""
    row = _live(session, programme_id)
    if row.team_id is None:
        # Shared programmes are the CCIS's: the server refuses a laptop's
        # change to a shared row, so it is not made here either.
        raise StateError("shared_programme")
    current: dict[str, int | None] = dict(_view(row).targets)
    unknown = [FieldError(code, "invalid_choice", {"value": code})
               for code in targets if code not in TARGETS]
    if unknown:
        raise ValidationError(unknown)
    current.update(targets)
    problems = target_problems(current)
    if problems:
        raise ValidationError(problems)
    changed = False
    for code, value in targets.items():
        column = TARGETS[code]
        if getattr(row, column) != value:
            setattr(row, column, value)
            changed = True
    session.flush()
    return Done(_view(row), Changes.of(Topic.SUPPORT) if changed else NOTHING)


def report_programme(
    *, session: Session, date_from: dt.date, date_to: dt.date, team_id: str | None = None
) -> ProgrammeTargets | None:
    """The programme a report on this period is held against: among the
    live programmes with targets that this team sees and that run during
    the period, the one that started last (None: no such programme)."""
    rows = session.scalars(
        select(Programme)
        .where(
            *_visible(team_id),  # type: ignore[arg-type]
            or_(*(getattr(Programme, column).is_not(None) for column in TARGETS.values())),
            or_(Programme.starts_on.is_(None), Programme.starts_on <= date_to),
            or_(Programme.ends_on.is_(None), Programme.ends_on >= date_from),
        )
        .order_by(Programme.starts_on.desc(), Programme.id)
    ).first()
    return None if rows is None else _view(rows)
