"""Attendance at a session: check in / undo, partial presence, absent or
excused, walk-ins, and the roster with its counts.

Hours attended follow the one rule of `app/rules/hours.py`
(docs/attendance-hours.md): a check-in or a walk-in during the session
counts from arrival, one recorded before or after it counts the whole
session, partial presence counts arrival to departure, never the break.

Attendance ids derive from (session, person), so two laptops marking the
same person converge on one row.  Undoing a check-in makes the row a
tombstone (the mark never happened: the person leaves the roster if they
were a walk-in, or goes back to "expected" if enrolled); checking in again
revives the same row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.changes import NOTHING, Changes, Done, Topic
from app.core.errors import NotFoundError, StateError
from app.models import Attendance, Beneficiary, Commune, Enrolment, TrainingSession
from app.models.enums import AttendanceStatus, SessionStatus
from app.models.ids import attendance_id
from app.models.people import full_name, name_order
from app.rules import hours
from app.services.beneficiaries import (
    BeneficiaryInput,
    BeneficiaryView,
    ConsentInput,
    register_beneficiary,
)
from app.services.planning import SessionView, get_session, live_session
from app.services.validation import check_code, raise_if_any


@dataclass(frozen=True)
class AttendanceView:
    id: str
    session_id: str
    beneficiary_id: str
    status: str  # AttendanceStatus
    arrived_at: dt.datetime | None
    left_at: dt.datetime | None
    hours_attended: float
    recorded_by: str | None


@dataclass(frozen=True)
class RosterRow:
    beneficiary_id: str
    first_name: str
    last_name: str
    name_ar: str | None
    sex: str
    cin: str | None
    phone: str | None
    commune_name: str | None
    enrolled: bool
    status: str | None  # None: expected, not marked yet
    arrived_at: dt.datetime | None
    left_at: dt.datetime | None
    hours_attended: float

    @property
    def present(self) -> bool:
        return self.status == AttendanceStatus.PRESENT

    @property
    def display_name(self) -> str:
        return full_name(self.first_name, self.last_name, self.name_ar)


@dataclass(frozen=True)
class Roster:
    session: SessionView
    rows: list[RosterRow]  # by last name, first name
    expected: int  # enrolled
    present: int


def _view(row: Attendance) -> AttendanceView:
    return AttendanceView(
        id=row.id,
        session_id=row.session_id,
        beneficiary_id=row.beneficiary_id,
        status=row.status,
        arrived_at=row.arrived_at,
        left_at=row.left_at,
        hours_attended=row.hours_attended or 0.0,
        recorded_by=row.recorded_by,
    )


def _open_session(session: Session, session_id: str) -> TrainingSession:
    row = live_session(session, session_id)
    if row.status == SessionStatus.CANCELLED:
        raise StateError("session_cancelled")
    return row


def _live_person(session: Session, beneficiary_id: str) -> Beneficiary:
    person = session.get(Beneficiary, beneficiary_id)
    if person is None or person.deleted:
        raise NotFoundError("beneficiary", beneficiary_id)
    return person


def _set(row: Attendance, **values: object) -> None:
    """Write only what changes, so sync sends only changed fields."""
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)


def _mark(
    session: Session,
    training: TrainingSession,
    beneficiary_id: str,
    recorded_by: str | None,
    **values: object,
) -> Done[Attendance]:
    _live_person(session, beneficiary_id)
    key = attendance_id(training.id, beneficiary_id)
    row = session.get(Attendance, key)
    if row is None:
        row = Attendance(
            id=key,
            team_id=training.team_id,
            session_id=training.id,
            beneficiary_id=beneficiary_id,
            recorded_by=recorded_by,
            **values,
        )
        session.add(row)
    else:
        _set(row, deleted=False, **values)
        if recorded_by is not None:
            _set(row, recorded_by=recorded_by)
    changes = Changes.of(Topic.ATTENDANCE)
    # People are being marked: the session is happening.
    if training.status == SessionStatus.PLANNED:
        training.status = SessionStatus.HELD.value
        changes |= Changes.of(Topic.SESSION)
    session.flush()
    return Done(row, changes)


def _as_datetime(day: dt.date, value: dt.datetime | dt.time | None) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.combine(day, value)


def check_in(
    *,
    session: Session,
    session_id: str,
    beneficiary_id: str,
    at: dt.datetime | dt.time | None = None,
    recorded_by: str | None = None,
) -> Done[AttendanceView]:
    """Mark a person present at the moment `at` (None: no moment known).
    During the session the hours run from that arrival; before the start,
    after the end or another day (recording after the fact) the whole
    session counts and no arrival is recorded.  Idempotent: checking in
    someone already present changes nothing (partial presence edits the
    times); revives an undone check-in."""
    training = _open_session(session, session_id)
    existing = session.get(Attendance, attendance_id(session_id, beneficiary_id))
    if (
        existing is not None
        and not existing.deleted
        and existing.status == AttendanceStatus.PRESENT
    ):
        return Done(_view(existing), NOTHING)
    times = hours.SessionTimes.of(training)
    arrived = hours.recorded_arrival(times, _as_datetime(training.session_date, at))
    marked = _mark(
        session,
        training,
        beneficiary_id,
        recorded_by,
        status=AttendanceStatus.PRESENT.value,
        arrived_at=arrived,
        left_at=None,
        hours_attended=hours.as_hours(hours.minutes_attended(times, arrived, None)),
    )
    return Done(_view(marked.value), marked.changes)


def undo_check_in(*, session: Session, session_id: str, beneficiary_id: str) -> Done[None]:
    """Take back a mark made by mistake: the row becomes a tombstone."""
    row = session.get(Attendance, attendance_id(session_id, beneficiary_id))
    if row is None or row.deleted:
        return Done(None, NOTHING)
    row.deleted = True
    session.flush()
    return Done(None, Changes.of(Topic.ATTENDANCE))


def set_presence_times(
    *,
    session: Session,
    session_id: str,
    beneficiary_id: str,
    arrived_at: dt.datetime | dt.time | None,
    left_at: dt.datetime | dt.time | None,
    recorded_by: str | None = None,
) -> Done[AttendanceView]:
    """Partial presence: a late arrival or an early leave.  The person is
    present; hours attended run from arrival to departure (None = from the
    start / to the end), less the break.  Both must lie in the session and
    the departure come after the arrival."""
    training = _open_session(session, session_id)
    times = hours.SessionTimes.of(training)
    arrived = _as_datetime(training.session_date, arrived_at)
    left = _as_datetime(training.session_date, left_at)
    raise_if_any([*hours.presence_problems(times, arrived, left)])
    marked = _mark(
        session,
        training,
        beneficiary_id,
        recorded_by,
        status=AttendanceStatus.PRESENT.value,
        arrived_at=arrived,
        left_at=left,
        hours_attended=hours.as_hours(hours.minutes_attended(times, arrived, left)),
    )
    return Done(_view(marked.value), marked.changes)


def mark_status(
    *,
    session: Session,
    session_id: str,
    beneficiary_id: str,
    status: str,
    recorded_by: str | None = None,
) -> Done[AttendanceView]:
    """Mark present (as check_in), absent or excused (no hours)."""
    raise_if_any([check_code("status", status, AttendanceStatus)])
    if status == AttendanceStatus.PRESENT:
        return check_in(
            session=session, session_id=session_id, beneficiary_id=beneficiary_id,
            recorded_by=recorded_by,
        )
    training = _open_session(session, session_id)
    marked = _mark(
        session,
        training,
        beneficiary_id,
        recorded_by,
        status=status,
        arrived_at=None,
        left_at=None,
        hours_attended=0.0,
    )
    return Done(_view(marked.value), marked.changes)


def register_walk_in(
    *,
    session: Session,
    session_id: str,
    data: BeneficiaryInput,
    consent: ConsentInput | None,
    team_id: str | None,
    recorded_by: str | None = None,
    confirm_not_duplicate: bool = False,
    today: dt.date | None = None,
    at: dt.datetime | dt.time | None = None,
) -> Done[tuple[BeneficiaryView, AttendanceView]]:
    """Someone who turns up unannounced: register them (same rules and
    duplicate check as any registration) and check them in at `at`, by
    exactly the rule of `check_in`."""
    _open_session(session, session_id)
    registered = register_beneficiary(
        session=session,
        data=data,
        consent=consent,
        team_id=team_id,
        registered_by=recorded_by,
        today=today,
        confirm_not_duplicate=confirm_not_duplicate,
    )
    person = registered.value.beneficiary
    checked = check_in(
        session=session,
        session_id=session_id,
        beneficiary_id=person.id,
        at=at,
        recorded_by=recorded_by,
    )
    return Done((person, checked.value), registered.changes | checked.changes)


def get_attendance(
    *, session: Session, session_id: str, beneficiary_id: str
) -> AttendanceView | None:
    row = session.get(Attendance, attendance_id(session_id, beneficiary_id))
    return _view(row) if row is not None and not row.deleted else None


def roster(*, session: Session, session_id: str) -> Roster:
    """Everyone expected at the session (enrolled) plus anyone marked there,
    with their attendance; merged or deleted people are left out."""
    view = get_session(session=session, session_id=session_id)
    enrolled_ids = set(
        session.scalars(
            select(Enrolment.beneficiary_id).where(
                Enrolment.session_id == session_id, Enrolment.deleted.is_(False)
            )
        )
    )
    marks = {
        row.beneficiary_id: row
        for row in session.scalars(
            select(Attendance).where(
                Attendance.session_id == session_id, Attendance.deleted.is_(False)
            )
        )
    }
    people = session.execute(
        select(Beneficiary, Commune.name_fr)
        .join(Commune, Commune.code == Beneficiary.commune_code, isouter=True)
        .where(Beneficiary.id.in_(enrolled_ids | set(marks)), Beneficiary.deleted.is_(False))
    )
    rows: list[RosterRow] = []
    for person, commune_name in people:
        mark = marks.get(person.id)
        rows.append(
            RosterRow(
                beneficiary_id=person.id,
                first_name=person.first_name,
                last_name=person.last_name,
                name_ar=person.name_ar,
                sex=person.sex,
                cin=person.cin,
                phone=person.phone,
                commune_name=commune_name,
                enrolled=person.id in enrolled_ids,
                status=mark.status if mark else None,
                arrived_at=mark.arrived_at if mark else None,
                left_at=mark.left_at if mark else None,
                hours_attended=(mark.hours_attended or 0.0) if mark else 0.0,
            )
        )
    rows.sort(key=lambda r: (*name_order(r.first_name, r.last_name, r.name_ar), r.beneficiary_id))
    return Roster(
        session=view,
        rows=rows,
        expected=sum(1 for r in rows if r.enrolled),
        present=sum(1 for r in rows if r.present),
    )
