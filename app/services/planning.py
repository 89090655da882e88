"""The tour: module catalogue, stops (days of the bus in a commune),
training sessions, enrolment and cohort carry-forward."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.core.changes import NOTHING, Changes, Done, Topic
from app.core.errors import FieldError, NotFoundError, ValidationError
from app.models import (
    Attendance,
    Beneficiary,
    Commune,
    Enrolment,
    TourStop,
    TrainingModule,
    TrainingSession,
    User,
)
from app.models.enums import AttendanceStatus, SessionStatus
from app.models.ids import enrolment_id
from app.rules import hours
from app.services.validation import (
    check_code,
    check_period,
    check_session_times,
    length_problems,
    raise_if_any,
)


@dataclass(frozen=True)
class ModuleView:
    id: str
    code: str
    title_fr: str
    title_ar: str
    theme: str
    planned_hours: float
    description: str | None


@dataclass(frozen=True)
class StopView:
    id: str
    team_id: str | None
    commune_code: str
    commune_name: str
    commune_name_ar: str
    starts_on: dt.date
    ends_on: dt.date
    place: str
    notes: str | None


@dataclass(frozen=True)
class SessionView:
    id: str
    team_id: str | None
    module_id: str
    module_code: str
    module_title_fr: str
    module_title_ar: str
    stop_id: str | None
    commune_code: str | None
    commune_name: str | None
    commune_name_ar: str | None  # the window shows it in Arabic
    session_date: dt.date
    start_time: dt.time
    end_time: dt.time
    break_start: dt.time | None
    break_end: dt.time | None
    planned_hours: float  # less the break (app/rules/hours.py)
    trainer_ids: tuple[str, ...]
    capacity: int | None
    status: str
    cohort_from_id: str | None
    place: str | None
    notes: str | None
    expected: int  # live enrolments
    present: int  # live attendance rows marked present


class Keep(enum.Enum):
    """`update_session`'s "leave this field as it is", where None means "none"."""

    KEEP = "keep"


KEEP: Final = Keep.KEEP


def _module_view(module: TrainingModule) -> ModuleView:
    return ModuleView(
        id=module.id,
        code=module.code,
        title_fr=module.title_fr,
        title_ar=module.title_ar,
        theme=module.theme,
        planned_hours=module.planned_hours,
        description=module.description,
    )


def list_modules(*, session: Session) -> list[ModuleView]:
    modules = session.scalars(
        select(TrainingModule)
        .where(TrainingModule.deleted.is_(False))
        .order_by(TrainingModule.theme, TrainingModule.code)
    )
    return [_module_view(m) for m in modules]


def get_module(*, session: Session, module_id: str) -> ModuleView:
    module = session.get(TrainingModule, module_id)
    if module is None or module.deleted:
        raise NotFoundError("module", module_id)
    return _module_view(module)


# ---- stops -----------------------------------------------------------------


def _stop_view(stop: TourStop, commune: Commune | None) -> StopView:
    return StopView(
        id=stop.id,
        team_id=stop.team_id,
        commune_code=stop.commune_code,
        commune_name=commune.name_fr if commune else stop.commune_code,
        commune_name_ar=commune.name_ar if commune else "",
        starts_on=stop.starts_on,
        ends_on=stop.ends_on,
        place=stop.place,
        notes=stop.notes,
    )


def plan_stop(
    *,
    session: Session,
    team_id: str,
    commune_code: str,
    starts_on: dt.date,
    ends_on: dt.date | None = None,
    place: str = "",
    notes: str | None = None,
) -> Done[StopView]:
    """A day (or days) of the bus in a commune; one day when `ends_on` is None."""
    ends_on = ends_on or starts_on
    commune = session.get(Commune, commune_code)
    raise_if_any(
        [
            None if commune else FieldError("commune_code", "unknown_commune"),
            check_period(starts_on, ends_on),
            *length_problems("tour_stop", {"place": place, "notes": notes}),
        ]
    )
    stop = TourStop(
        team_id=team_id,
        commune_code=commune_code,
        starts_on=starts_on,
        ends_on=ends_on,
        place=place.strip(),
        notes=notes,
    )
    session.add(stop)
    session.flush()
    return Done(_stop_view(stop, commune), Changes.of(Topic.STOP))


def get_stop(*, session: Session, stop_id: str) -> StopView:
    stop = session.get(TourStop, stop_id)
    if stop is None or stop.deleted:
        raise NotFoundError("stop", stop_id)
    return _stop_view(stop, session.get(Commune, stop.commune_code))


def list_stops(
    *,
    session: Session,
    team_id: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> list[StopView]:
    """Stops overlapping [date_from, date_to], in date order."""
    query = (
        select(TourStop, Commune)
        .join(Commune, Commune.code == TourStop.commune_code, isouter=True)
        .where(TourStop.deleted.is_(False))
        .order_by(TourStop.starts_on, TourStop.id)
    )
    if team_id is not None:
        query = query.where(TourStop.team_id == team_id)
    if date_from is not None:
        query = query.where(TourStop.ends_on >= date_from)
    if date_to is not None:
        query = query.where(TourStop.starts_on <= date_to)
    return [_stop_view(stop, commune) for stop, commune in session.execute(query)]


# ---- sessions --------------------------------------------------------------


def _session_query() -> Select[TrainingSession, TrainingModule, TourStop, Commune, int, int]:
    # Counted per session by correlated subqueries (one index range each):
    # grouped subqueries joined on the session made SQLite count every
    # enrolment and attendance row of the database for each call.
    expected = (
        select(func.count())
        .where(Enrolment.session_id == TrainingSession.id, Enrolment.deleted.is_(False))
        .correlate(TrainingSession)
        .scalar_subquery()
    )
    present = (
        select(func.count())
        .where(
            Attendance.session_id == TrainingSession.id,
            Attendance.deleted.is_(False),
            Attendance.status == AttendanceStatus.PRESENT,
        )
        .correlate(TrainingSession)
        .scalar_subquery()
    )
    return (
        select(TrainingSession, TrainingModule, TourStop, Commune, expected, present)
        .join(TrainingModule, TrainingModule.id == TrainingSession.module_id, isouter=True)
        .join(TourStop, TourStop.id == TrainingSession.stop_id, isouter=True)
        .join(Commune, Commune.code == TourStop.commune_code, isouter=True)
    )


def _session_view(
    row: TrainingSession,
    module: TrainingModule | None,
    commune: Commune | None,
    expected: int,
    present: int,
) -> SessionView:
    return SessionView(
        id=row.id,
        team_id=row.team_id,
        module_id=row.module_id,
        module_code=module.code if module else "",
        module_title_fr=module.title_fr if module else "",
        module_title_ar=module.title_ar if module else "",
        stop_id=row.stop_id,
        commune_code=commune.code if commune else None,
        commune_name=commune.name_fr if commune else None,
        commune_name_ar=commune.name_ar if commune else None,
        session_date=row.session_date,
        start_time=row.start_time,
        end_time=row.end_time,
        break_start=row.break_start,
        break_end=row.break_end,
        planned_hours=hours.as_hours(hours.planned_minutes(hours.SessionTimes.of(row))),
        trainer_ids=tuple(row.trainer_ids or ()),
        capacity=row.capacity,
        status=row.status,
        cohort_from_id=row.cohort_from_id,
        place=row.place,
        notes=row.notes,
        expected=int(expected),
        present=int(present),
    )


def get_session(*, session: Session, session_id: str) -> SessionView:
    session.flush()
    found = session.execute(
        _session_query().where(TrainingSession.id == session_id)
    ).first()
    if found is None or found[0].deleted:
        raise NotFoundError("session", session_id)
    row, module, _stop, commune, expected, present = found
    return _session_view(row, module, commune, expected, present)


def live_session(session: Session, session_id: str) -> TrainingSession:
    """The ORM row of a session that exists and is not deleted (for sibling services)."""
    row = session.get(TrainingSession, session_id)
    if row is None or row.deleted:
        raise NotFoundError("session", session_id)
    return row


def list_sessions(
    *,
    session: Session,
    team_id: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    stop_id: str | None = None,
) -> list[SessionView]:
    """Sessions in date order with module title, commune, expected and present counts."""
    session.flush()
    query = _session_query().where(TrainingSession.deleted.is_(False))
    if team_id is not None:
        query = query.where(TrainingSession.team_id == team_id)
    if date_from is not None:
        query = query.where(TrainingSession.session_date >= date_from)
    if date_to is not None:
        query = query.where(TrainingSession.session_date <= date_to)
    if stop_id is not None:
        query = query.where(TrainingSession.stop_id == stop_id)
    query = query.order_by(TrainingSession.session_date, TrainingSession.start_time)
    return [
        _session_view(row, module, commune, expected, present)
        for row, module, _stop, commune, expected, present in session.execute(query)
    ]


def _check_session_fields(
    session: Session,
    *,
    module_id: str,
    start_time: dt.time,
    end_time: dt.time,
    break_start: dt.time | None,
    break_end: dt.time | None,
    stop_id: str | None,
    trainer_ids: Sequence[str],
    capacity: int | None,
    texts: dict[str, str | None],
) -> None:
    errors: list[FieldError | None] = [check_session_times(start_time, end_time)]
    errors += length_problems("training_session", texts)
    errors += hours.session_problems(start_time, end_time, break_start, break_end)
    module = session.get(TrainingModule, module_id)
    if module is None or module.deleted:
        errors.append(FieldError("module_id", "unknown_module"))
    if stop_id is not None:
        stop = session.get(TourStop, stop_id)
        if stop is None or stop.deleted:
            errors.append(FieldError("stop_id", "unknown_stop"))
    for trainer_id in trainer_ids:
        user = session.get(User, trainer_id)
        if user is None or user.deleted:
            errors.append(FieldError("trainer_ids", "unknown_user", {"id": trainer_id}))
    if capacity is not None and capacity <= 0:
        errors.append(FieldError("capacity", "must_be_positive"))
    raise_if_any(errors)


def plan_session(
    *,
    session: Session,
    team_id: str,
    module_id: str,
    session_date: dt.date,
    start_time: dt.time,
    end_time: dt.time,
    break_start: dt.time | None = None,
    break_end: dt.time | None = None,
    stop_id: str | None = None,
    trainer_ids: Sequence[str] = (),
    capacity: int | None = None,
    cohort_from_id: str | None = None,
    place: str | None = None,
    notes: str | None = None,
) -> Done[SessionView]:
    """Plan a session (with a break inside it, or none).  With
    `cohort_from_id`, the new session expects the earlier session's people:
    its enrolments plus whoever was present."""
    _check_session_fields(
        session,
        module_id=module_id,
        start_time=start_time,
        end_time=end_time,
        break_start=break_start,
        break_end=break_end,
        stop_id=stop_id,
        trainer_ids=trainer_ids,
        capacity=capacity,
        texts={"place": place, "notes": notes},
    )
    if cohort_from_id is not None:
        earlier = session.get(TrainingSession, cohort_from_id)
        if earlier is None or earlier.deleted:
            raise ValidationError.single("cohort_from_id", "unknown_session")
    row = TrainingSession(
        team_id=team_id,
        module_id=module_id,
        stop_id=stop_id,
        session_date=session_date,
        start_time=start_time,
        end_time=end_time,
        break_start=break_start,
        break_end=break_end,
        trainer_ids=list(trainer_ids),
        capacity=capacity,
        status=SessionStatus.PLANNED.value,
        cohort_from_id=cohort_from_id,
        place=place,
        notes=notes,
    )
    session.add(row)
    session.flush()
    if cohort_from_id is not None:
        enrol(session=session, session_id=row.id, beneficiary_ids=cohort_of(session, cohort_from_id))
    return Done(get_session(session=session, session_id=row.id), Changes.of(Topic.SESSION))


def cohort_of(session: Session, session_id: str) -> list[str]:
    """The people of a session: enrolled or present (live rows only, people not deleted)."""
    enrolled = select(Enrolment.beneficiary_id).where(
        Enrolment.session_id == session_id, Enrolment.deleted.is_(False)
    )
    present = select(Attendance.beneficiary_id).where(
        Attendance.session_id == session_id,
        Attendance.deleted.is_(False),
        Attendance.status == AttendanceStatus.PRESENT,
    )
    people = enrolled.union(present).subquery()
    query = (
        select(Beneficiary.id)
        .where(Beneficiary.id.in_(select(people.c.beneficiary_id)))
        .where(Beneficiary.deleted.is_(False))
        .order_by(Beneficiary.id)
    )
    return list(session.scalars(query))


def update_session(
    *,
    session: Session,
    session_id: str,
    module_id: str | None = None,
    session_date: dt.date | None = None,
    start_time: dt.time | None = None,
    end_time: dt.time | None = None,
    break_start: dt.time | None | Keep = KEEP,
    break_end: dt.time | None | Keep = KEEP,
    stop_id: str | None = None,
    trainer_ids: Sequence[str] | None = None,
    capacity: int | None = None,
    place: str | None = None,
    notes: str | None = None,
) -> Done[SessionView]:
    """Change the given fields (None leaves a field as it is; for the break,
    KEEP does, and None takes the break away).  The hours of the people
    present follow new times, a new break or a new day."""
    row = live_session(session, session_id)
    new_module = module_id if module_id is not None else row.module_id
    new_start = start_time if start_time is not None else row.start_time
    new_end = end_time if end_time is not None else row.end_time
    new_break_start = row.break_start if isinstance(break_start, Keep) else break_start
    new_break_end = row.break_end if isinstance(break_end, Keep) else break_end
    new_stop = stop_id if stop_id is not None else row.stop_id
    new_trainers = list(trainer_ids) if trainer_ids is not None else list(row.trainer_ids or [])
    new_capacity = capacity if capacity is not None else row.capacity
    _check_session_fields(
        session,
        module_id=new_module,
        start_time=new_start,
        end_time=new_end,
        break_start=new_break_start,
        break_end=new_break_end,
        stop_id=new_stop,
        trainer_ids=new_trainers,
        capacity=new_capacity,
        texts={"place": place, "notes": notes},
    )
    before = hours.SessionTimes.of(row)
    # Assign only what changed so that sync sends only changed fields.
    if new_module != row.module_id:
        row.module_id = new_module
    if session_date is not None and session_date != row.session_date:
        row.session_date = session_date
    if new_start != row.start_time:
        row.start_time = new_start
    if new_end != row.end_time:
        row.end_time = new_end
    if new_break_start != row.break_start:
        row.break_start = new_break_start
    if new_break_end != row.break_end:
        row.break_end = new_break_end
    if new_stop != row.stop_id:
        row.stop_id = new_stop
    if new_trainers != list(row.trainer_ids or []):
        row.trainer_ids = new_trainers
    if new_capacity != row.capacity:
        row.capacity = new_capacity
    if place is not None and place != row.place:
        row.place = place
    if notes is not None and notes != row.notes:
        row.notes = notes
    changes = Changes.of(Topic.SESSION) if session.is_modified(row) else NOTHING
    if hours.SessionTimes.of(row) != before and _follow_times(session, row, before.day):
        changes |= Changes.of(Topic.ATTENDANCE)
    session.flush()
    return Done(get_session(session=session, session_id=session_id), changes)


def _follow_times(session: Session, row: TrainingSession, old_day: dt.date) -> bool:
    """The stored hours of the people present, by the rule, after the
    session's times changed; arrival and departure keep their time of day
    when it moved to another day.  True if any row changed."""
    times = hours.SessionTimes.of(row)

    def moved(moment: dt.datetime | None) -> dt.datetime | None:
        if moment is None or moment.date() != old_day:
            return moment
        return dt.datetime.combine(times.day, moment.time())

    changed = False
    for mark in session.scalars(
        select(Attendance).where(
            Attendance.session_id == row.id,
            Attendance.deleted.is_(False),
            Attendance.status == AttendanceStatus.PRESENT,
        )
    ):
        arrived, left = moved(mark.arrived_at), moved(mark.left_at)
        values = {
            "arrived_at": arrived,
            "left_at": left,
            "hours_attended": hours.as_hours(hours.minutes_attended(times, arrived, left)),
        }
        for key, value in values.items():
            if getattr(mark, key) != value:  # only what changes travels
                setattr(mark, key, value)
                changed = True
    return changed


def set_session_status(
    *, session: Session, session_id: str, status: str
) -> Done[SessionView]:
    raise_if_any([check_code("status", status, SessionStatus)])
    row = live_session(session, session_id)
    changes = NOTHING
    if row.status != status:
        row.status = status
        changes = Changes.of(Topic.SESSION)
    session.flush()
    return Done(get_session(session=session, session_id=session_id), changes)


def enrol(*, session: Session, session_id: str, beneficiary_ids: Iterable[str]) -> Done[int]:
    """Expect these people at the session (idempotent; revives a cancelled
    enrolment).  Its value is how many were newly enrolled."""
    row = live_session(session, session_id)
    added = 0
    for beneficiary_id in dict.fromkeys(beneficiary_ids):
        person = session.get(Beneficiary, beneficiary_id)
        if person is None or person.deleted:
            raise NotFoundError("beneficiary", beneficiary_id)
        key = enrolment_id(session_id, beneficiary_id)
        enrolment = session.get(Enrolment, key)
        if enrolment is None:
            session.add(
                Enrolment(
                    id=key, team_id=row.team_id, session_id=session_id,
                    beneficiary_id=beneficiary_id,
                )
            )
            added += 1
        elif enrolment.deleted:
            enrolment.deleted = False
            added += 1
    session.flush()
    return Done(added, Changes.of(Topic.SESSION) if added else NOTHING)


def unenrol(*, session: Session, session_id: str, beneficiary_id: str) -> Done[None]:
    enrolment = session.get(Enrolment, enrolment_id(session_id, beneficiary_id))
    if enrolment is None or enrolment.deleted:
        return Done(None, NOTHING)
    enrolment.deleted = True
    session.flush()
    return Done(None, Changes.of(Topic.SESSION))
