"""The activity report: the programme's indicators for a period (and team),
beside the totals since the programme started and its targets; a summary by
province and every commune; a page per commune the bus stood in; the
sessions held."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, distinct, func, literal, select, union, union_all
from sqlalchemy.orm import Session

from app.models import (
    Attendance,
    Commune,
    Province,
    TourStop,
    TrainingModule,
    TrainingSession,
)
from app.models.enums import AgeBand, AttendanceStatus, SessionStatus, Sex
from app.rules import hours as hours_rule
from app.services import programme_targets
from app.services.documents.common import team_name
from app.services.indicators import (
    UNKNOWN,
    IndicatorFilter,
    Indicators,
    SessionFigures,
    indicator_details,
)
from app.services.programme_targets import ProgrammeTargets


@dataclass(frozen=True)
class ModuleActivity:
    """The sessions of one module held in a commune."""

    module_code: str
    title_fr: str
    title_ar: str
    sessions: int
    first_date: dt.date
    last_date: dt.date
    hours: float
    expected: int
    present: int


@dataclass(frozen=True)
class CommuneVisit:
    """One commune the bus stood in during the period, for its own page.
    People counts are over people *living* in the commune reached in the
    period (present at a held session or coached); sessions, hours and
    attendance are those held *in* the commune (indicators.py definitions)."""

    code: str
    name_fr: str
    name_ar: str
    province_fr: str
    province_ar: str
    kind: str  # CommuneType
    stops: tuple[tuple[dt.date, dt.date], ...]
    reached: int
    by_sex: dict[str, int]
    by_age_band: dict[str, int]
    sessions_held: int
    training_hours: float
    hours_attended: float
    attendance_expected: int
    attendance_present: int
    coaching_sessions: int
    modules: tuple[ModuleActivity, ...]
    participants: int = 0  # distinct people present at sessions held in the commune

    @property
    def attendance_rate(self) -> float | None:
        if not self.attendance_expected:
            return None
        return self.attendance_present / self.attendance_expected


@dataclass(frozen=True)
class CommuneRow:
    """One line of the full table of communes: the people *living* in the
    commune reached in the period (residents), and what was held *in* it
    (sessions, and the distinct people present at them, wherever they
    live).  `code` is "unknown" for the people reached with no commune."""

    code: str
    name_fr: str
    name_ar: str
    province_code: str
    kind: str  # CommuneType, "" when unknown
    visited: bool  # a tour stop or a held session in the period
    residents: int
    women: int
    youth: int
    sessions_held: int
    participants: int
    presences: int


@dataclass(frozen=True)
class ProvinceRow:
    """A province's line of the summary: the sums of its communes, and the
    distinct people present at sessions held in it."""

    code: str
    name_fr: str
    name_ar: str
    communes_visited: int
    residents: int
    women: int
    youth: int
    sessions_held: int
    training_hours: float
    participants: int


@dataclass(frozen=True)
class SessionHeld:
    """A line of the annex: one session held in the period."""

    session_date: dt.date
    commune_fr: str
    commune_ar: str
    title_fr: str
    title_ar: str
    hours: float
    expected: int
    present: int


@dataclass(frozen=True)
class ActivityReportData:
    filters: IndicatorFilter
    team_name: str
    indicators: Indicators
    communes: tuple[CommuneVisit, ...]
    generated_on: dt.date
    # Totals since the programme started (the first day of `since`), beside
    # the period's; the period's own indicators when it starts that day or
    # before.
    since: dt.date
    cumulative: Indicators
    communes_visited_since: int
    programme: ProgrammeTargets | None
    commune_rows: tuple[CommuneRow, ...]
    provinces: tuple[ProvinceRow, ...]
    sessions: tuple[SessionHeld, ...]


@dataclass(frozen=True)
class _HeldSession:
    id: str
    module_id: str
    module_code: str
    title_fr: str
    title_ar: str
    commune_code: str  # "" for a session planned without a stop
    session_date: dt.date
    hours: float


def _held_sessions(
    session: Session, filters: IndicatorFilter, hours: dict[str, float]
) -> list[_HeldSession]:
    """Held sessions of the period (and team), in date order: the few
    columns the commune pages and the annex need, no ORM objects (their
    hours come with the indicators)."""
    query = (
        select(
            TrainingSession.id, TrainingSession.module_id, TrainingModule.code,
            TrainingModule.title_fr, TrainingModule.title_ar, TourStop.commune_code,
            TrainingSession.session_date,
        )
        .join(TourStop, TourStop.id == TrainingSession.stop_id, isouter=True)
        .join(TrainingModule, TrainingModule.id == TrainingSession.module_id, isouter=True)
        .where(
            TrainingSession.deleted.is_(False),
            TrainingSession.status == SessionStatus.HELD.value,
            TrainingSession.session_date.between(filters.date_from, filters.date_to),
        )
        .order_by(TrainingSession.session_date, TrainingSession.start_time, TrainingSession.id)
    )
    if filters.team_id is not None:
        query = query.where(TrainingSession.team_id == filters.team_id)
    return [
        _HeldSession(sid, module_id, code or "", title_fr or "", title_ar or "", commune or "",
                     day, hours.get(sid, 0.0))
        for sid, module_id, code, title_fr, title_ar, commune, day in session.execute(query)
    ]


def _held_query(filters: IndicatorFilter) -> Select[Any]:
    """The ids of the held sessions of the period (and team)."""
    query = select(TrainingSession.id).where(
        TrainingSession.deleted.is_(False),
        TrainingSession.status == SessionStatus.HELD.value,
        TrainingSession.session_date.between(filters.date_from, filters.date_to),
    )
    if filters.team_id is not None:
        query = query.where(TrainingSession.team_id == filters.team_id)
    return query


@dataclass(frozen=True)
class _Attendees:
    by_commune: dict[str, int]  # distinct people present at sessions held there
    by_province: dict[str, int]


def _attendees(session: Session, filters: IndicatorFilter) -> _Attendees:
    """Distinct people present at the sessions held in each commune and in
    each province, in one statement: the distinct (commune, person) pairs
    of the period are made once, then counted both ways."""
    pairs = (
        select(TourStop.commune_code.label("commune"), Attendance.beneficiary_id.label("person"))
        .select_from(Attendance)
        .join(TrainingSession, TrainingSession.id == Attendance.session_id)
        .join(TourStop, TourStop.id == TrainingSession.stop_id)
        .where(
            Attendance.session_id.in_(_held_query(filters)),
            Attendance.deleted.is_(False),
            Attendance.status == AttendanceStatus.PRESENT.value,
        )
        .distinct()
        .cte("pairs")
        .prefix_with("MATERIALIZED")
    )
    statement = union_all(
        select(literal("commune"), pairs.c.commune, func.count()).group_by(pairs.c.commune),
        select(literal("province"), Commune.province_code, func.count(distinct(pairs.c.person)))
        .join(Commune, Commune.code == pairs.c.commune)
        .group_by(Commune.province_code),
    )
    result = _Attendees({}, {})
    for part, code, count in session.execute(statement):
        (result.by_commune if part == "commune" else result.by_province)[str(code)] = int(count)
    return result


def _module_activity(
    sessions: Sequence[_HeldSession], figures: dict[str, SessionFigures]
) -> tuple[ModuleActivity, ...]:
    by_module: dict[str, list[_HeldSession]] = {}
    for held in sessions:
        by_module.setdefault(held.module_id, []).append(held)
    nothing = SessionFigures()
    result = []
    for views in by_module.values():
        first = views[0]
        result.append(
            ModuleActivity(
                module_code=first.module_code,
                title_fr=first.title_fr,
                title_ar=first.title_ar,
                sessions=len(views),
                first_date=min(v.session_date for v in views),
                last_date=max(v.session_date for v in views),
                hours=hours_rule.total_hours(v.hours for v in views),
                expected=sum(figures.get(v.id, nothing).expected for v in views),
                present=sum(figures.get(v.id, nothing).present for v in views),
            )
        )
    return tuple(sorted(result, key=lambda m: (m.first_date, m.module_code)))


def _stops(
    session: Session, filters: IndicatorFilter
) -> dict[str, list[tuple[dt.date, dt.date]]]:
    """The tour stops of the period (and team) by commune, in date order."""
    query = select(TourStop.commune_code, TourStop.starts_on, TourStop.ends_on).where(
        TourStop.deleted.is_(False),
        TourStop.starts_on <= filters.date_to,
        TourStop.ends_on >= filters.date_from,
    )
    if filters.team_id is not None:
        query = query.where(TourStop.team_id == filters.team_id)
    stops: dict[str, list[tuple[dt.date, dt.date]]] = {}
    for code, starts_on, ends_on in session.execute(query.order_by(TourStop.starts_on)):
        stops.setdefault(code, []).append((starts_on, ends_on))
    return stops


def _first_day(
    session: Session, programme: ProgrammeTargets | None, team_id: str | None
) -> dt.date | None:
    """When the programme started: its own start date, or else the first
    day of the bus's tour (its first stop or held session)."""
    if programme is not None and programme.starts_on is not None:
        return programme.starts_on
    stops = select(func.min(TourStop.starts_on)).where(TourStop.deleted.is_(False))
    held = select(func.min(TrainingSession.session_date)).where(
        TrainingSession.deleted.is_(False),
        TrainingSession.status == SessionStatus.HELD.value,
    )
    if team_id is not None:
        stops = stops.where(TourStop.team_id == team_id)
        held = held.where(TrainingSession.team_id == team_id)
    days = [day for day in (session.scalar(stops), session.scalar(held)) if day is not None]
    return min(days) if days else None


def _communes_visited(session: Session, filters: IndicatorFilter) -> int:
    """Distinct communes with a tour stop or a held session in the period."""
    stops = select(TourStop.commune_code.label("code")).where(
        TourStop.deleted.is_(False),
        TourStop.starts_on <= filters.date_to,
        TourStop.ends_on >= filters.date_from,
    )
    held = (
        select(TourStop.commune_code)
        .join(TrainingSession, TrainingSession.stop_id == TourStop.id)
        .where(TrainingSession.id.in_(_held_query(filters)))
    )
    if filters.team_id is not None:
        stops = stops.where(TourStop.team_id == filters.team_id)
    codes = union(stops, held).subquery("visited")
    return int(session.scalar(select(func.count()).select_from(codes)) or 0)


@dataclass
class _Tally:
    residents: int = 0
    women: int = 0
    youth: int = 0


def _residents(people: dict[tuple[str, str, str], int]) -> dict[str, _Tally]:
    """People reached by commune of residence (with women and youth), from
    the groups the indicators were summed from."""
    tallies: dict[str, _Tally] = {}
    for (code, sex, age), n in people.items():
        tally = tallies.setdefault(code, _Tally())
        tally.residents += n
        if sex == Sex.FEMALE.value:
            tally.women += n
        if age == AgeBand.YOUTH_18_35.value:
            tally.youth += n
    return tallies


def activity_report_data(
    *,
    session: Session,
    date_from: dt.date,
    date_to: dt.date,
    team_id: str | None = None,
    programme_id: str | None = None,
    today: dt.date | None = None,
) -> ActivityReportData:
    """The programme's indicators for a period (and team), the same numbers
    as `caravane indicators`, with the totals since the programme started,
    its targets, a summary by province, every commune, a section per
    commune visited and the sessions held (a few grouped queries for all
    communes at once, not one pass per commune).

    The programme is `programme_id`, or else the one with targets running
    during the period (`programme_targets.report_programme`)."""
    filters = IndicatorFilter(date_from=date_from, date_to=date_to, team_id=team_id)
    if programme_id is not None:
        programme: ProgrammeTargets | None = programme_targets.get_programme(
            session=session, programme_id=programme_id
        )
    else:
        programme = programme_targets.report_programme(
            session=session, date_from=date_from, date_to=date_to, team_id=team_id
        )
    first_day = _first_day(session, programme, team_id)
    since = min(first_day, date_from) if first_day is not None else date_from
    # The overall figures (and those since the programme started, in the
    # same passes), and the groups and per-session figures they were summed
    # from, which the commune pages split by commune.
    details = indicator_details(session=session, filters=filters, since=since)
    cumulative = details.cumulative or details.indicators

    stops = _stops(session, filters)
    held_sessions = _held_sessions(session, filters, details.session_hours)
    held: dict[str, list[_HeldSession]] = {}
    for view in held_sessions:
        if view.commune_code:
            held.setdefault(view.commune_code, []).append(view)
    people: dict[str, dict[tuple[str, str], int]] = {}
    for (code, sex, age), n in details.people.items():
        if code != UNKNOWN:
            people.setdefault(code, {})[(sex, age)] = n
    residents = _residents(details.people)
    attendees = _attendees(session, filters)
    participants = attendees.by_commune
    counts = details.sessions
    coaching = details.coaching_by_commune
    visited = set(stops) | set(held)
    codes = visited | {code for code in residents if code != UNKNOWN}
    communes = {c.code: c for c in session.scalars(select(Commune).where(Commune.code.in_(codes)))}
    provinces = {
        p.code: p
        for p in session.scalars(
            select(Province).where(
                Province.code.in_({c.province_code for c in communes.values()})
            )
        )
    }
    nothing = SessionFigures()
    visits = []
    for commune in sorted((communes[c] for c in visited if c in communes),
                          key=lambda c: c.name_fr):
        province = provinces.get(commune.province_code)
        groups = people.get(commune.code, {})
        by_sex: dict[str, int] = {}
        by_age: dict[str, int] = {}
        for (sex, age), n in groups.items():
            by_sex[sex] = by_sex.get(sex, 0) + n
            by_age[age] = by_age.get(age, 0) + n
        sessions = held.get(commune.code, [])
        session_counts = [counts.get(v.id, nothing) for v in sessions]
        visits.append(
            CommuneVisit(
                code=commune.code,
                name_fr=commune.name_fr,
                name_ar=commune.name_ar,
                province_fr=province.name_fr if province else "",
                province_ar=province.name_ar if province else "",
                kind=commune.kind,
                stops=tuple(stops.get(commune.code, ())),
                reached=sum(groups.values()),
                by_sex=dict(sorted(by_sex.items(), key=lambda kv: (-kv[1], kv[0]))),
                by_age_band=by_age,
                sessions_held=len(sessions),
                training_hours=hours_rule.total_hours(v.hours for v in sessions),
                hours_attended=hours_rule.total_hours(c.hours_attended for c in session_counts),
                attendance_expected=sum(c.expected for c in session_counts),
                attendance_present=sum(c.present for c in session_counts),
                coaching_sessions=coaching.get(commune.code, 0),
                modules=_module_activity(sessions, counts),
                participants=participants.get(commune.code, 0),

            )
        )
    rows = []
    for code in codes | ({UNKNOWN} if UNKNOWN in residents else set()):
        place = communes.get(code)
        tally = residents.get(code, _Tally())
        sessions = held.get(code, [])
        rows.append(
            CommuneRow(
                code=code,
                name_fr=place.name_fr if place else "",
                name_ar=place.name_ar if place else "",
                province_code=place.province_code if place else "",
                kind=place.kind if place else "",
                visited=code in visited,
                residents=tally.residents,
                women=tally.women,
                youth=tally.youth,
                sessions_held=len(sessions),
                participants=participants.get(code, 0),
                presences=sum(counts.get(v.id, nothing).present for v in sessions),
            )
        )
    province_names = {code: (p.name_fr, p.name_ar) for code, p in provinces.items()}
    # Provinces in the order of their names; communes by province, then name;
    # the people with no commune last.
    rows.sort(key=lambda r: (r.code == UNKNOWN, province_names.get(r.province_code, ("",))[0],
                             r.name_fr))
    summary = []
    for code, (name_fr, name_ar) in sorted(province_names.items(), key=lambda kv: kv[1][0]):
        mine = [r for r in rows if r.province_code == code]
        summary.append(
            ProvinceRow(
                code=code,
                name_fr=name_fr,
                name_ar=name_ar,
                communes_visited=sum(r.visited for r in mine),
                residents=sum(r.residents for r in mine),
                women=sum(r.women for r in mine),
                youth=sum(r.youth for r in mine),
                sessions_held=sum(r.sessions_held for r in mine),
                training_hours=hours_rule.total_hours(
                    v.hours for r in mine for v in held.get(r.code, [])
                ),
                participants=attendees.by_province.get(code, 0),
            )
        )
    annex = tuple(
        SessionHeld(
            session_date=v.session_date,
            commune_fr=communes[v.commune_code].name_fr if v.commune_code in communes else "",
            commune_ar=communes[v.commune_code].name_ar if v.commune_code in communes else "",
            title_fr=v.title_fr,
            title_ar=v.title_ar,
            hours=v.hours,
            expected=counts.get(v.id, nothing).expected,
            present=counts.get(v.id, nothing).present,
        )
        for v in held_sessions
    )
    return ActivityReportData(
        filters=filters,
        team_name=team_name(session, team_id),
        indicators=details.indicators,
        communes=tuple(visits),
        generated_on=today or dt.date.today(),
        since=since,
        cumulative=cumulative,
        communes_visited_since=(
            _communes_visited(session, IndicatorFilter(since, date_to, team_id))
            if since < date_from else len(visits)
        ),
        programme=programme,
        commune_rows=tuple(rows),
        provinces=tuple(summary),
        sessions=annex,
    )
