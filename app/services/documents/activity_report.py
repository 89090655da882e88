"""The activity report: the programme's indicators for a period (and team),
plus a page per commune the bus stood in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    Beneficiary,
    CoachingSession,
    Commune,
    Enterprise,
    Province,
    TourStop,
    TrainingModule,
    TrainingSession,
)
from app.models.enums import SessionStatus
from app.rules import hours as hours_rule
from app.services.documents.common import team_name
from app.services.indicators import (
    UNKNOWN,
    IndicatorFilter,
    Indicators,
    SessionFigures,
    indicator_details,
    planned_hours,
)


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

    @property
    def attendance_rate(self) -> float | None:
        if not self.attendance_expected:
            return None
        return self.attendance_present / self.attendance_expected


@dataclass(frozen=True)
class ActivityReportData:
    filters: IndicatorFilter
    team_name: str
    indicators: Indicators
    communes: tuple[CommuneVisit, ...]
    generated_on: dt.date


@dataclass(frozen=True)
class _HeldSession:
    id: str
    module_id: str
    module_code: str
    title_fr: str
    title_ar: str
    commune_code: str
    session_date: dt.date
    hours: float


def _held_by_commune(
    session: Session, filters: IndicatorFilter
) -> dict[str, list[_HeldSession]]:
    """Held sessions of the period (and team) by the commune of their stop,
    in date order: the few columns the commune pages need, no ORM objects."""
    query = (
        select(
            TrainingSession.id, TrainingSession.module_id, TrainingModule.code,
            TrainingModule.title_fr, TrainingModule.title_ar, TourStop.commune_code,
            TrainingSession.session_date, TrainingSession.start_time, TrainingSession.end_time,
            TrainingSession.break_start, TrainingSession.break_end,
        )
        .join(TourStop, TourStop.id == TrainingSession.stop_id)
        .join(TrainingModule, TrainingModule.id == TrainingSession.module_id, isouter=True)
        .where(
            TrainingSession.deleted.is_(False),
            TrainingSession.status == SessionStatus.HELD.value,
            TrainingSession.session_date.between(filters.date_from, filters.date_to),
        )
        .order_by(TrainingSession.session_date, TrainingSession.start_time)
    )
    if filters.team_id is not None:
        query = query.where(TrainingSession.team_id == filters.team_id)
    held: dict[str, list[_HeldSession]] = {}
    for sid, module_id, code, title_fr, title_ar, commune, day, *times in session.execute(query):
        held.setdefault(commune, []).append(
            _HeldSession(sid, module_id, code or "", title_fr or "", title_ar or "", commune, day,
                         planned_hours(*times))
        )
    return held


def _coaching_by_commune(session: Session, filters: IndicatorFilter) -> dict[str, int]:
    # The enterprise is looked up only for the rare coaching of nobody or of
    # somebody without a commune (COALESCE stops at its first value).
    enterprise_commune = (
        select(Enterprise.commune_code)
        .where(Enterprise.id == CoachingSession.enterprise_id)
        .scalar_subquery()
    )
    commune = func.coalesce(Beneficiary.commune_code, enterprise_commune)
    query = (
        select(commune, func.count())
        .select_from(CoachingSession)
        .join(Beneficiary, Beneficiary.id == CoachingSession.beneficiary_id, isouter=True)
        .where(
            CoachingSession.deleted.is_(False),
            CoachingSession.held_on.between(filters.date_from, filters.date_to),
        )
        .group_by(commune)
    )
    if filters.team_id is not None:
        query = query.where(CoachingSession.team_id == filters.team_id)
    return {str(code): int(n) for code, n in session.execute(query) if code}


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


def activity_report_data(
    *,
    session: Session,
    date_from: dt.date,
    date_to: dt.date,
    team_id: str | None = None,
    today: dt.date | None = None,
) -> ActivityReportData:
    """The programme's indicators for a period (and team), the same numbers
    as `caravane indicators`, plus a section per commune visited (a few
    grouped queries for all communes at once, not one pass per commune)."""
    filters = IndicatorFilter(date_from=date_from, date_to=date_to, team_id=team_id)
    # The overall figures, and the groups and per-session figures they were
    # summed from, which the commune pages split by commune.
    details = indicator_details(session=session, filters=filters)
    stops_query = select(TourStop.commune_code, TourStop.starts_on, TourStop.ends_on).where(
        TourStop.deleted.is_(False),
        TourStop.starts_on <= date_to,
        TourStop.ends_on >= date_from,
    )
    if team_id is not None:
        stops_query = stops_query.where(TourStop.team_id == team_id)
    stops: dict[str, list[tuple[dt.date, dt.date]]] = {}
    for code, starts_on, ends_on in session.execute(stops_query.order_by(TourStop.starts_on)):
        stops.setdefault(code, []).append((starts_on, ends_on))
    held = _held_by_commune(session, filters)
    people: dict[str, dict[tuple[str, str], int]] = {}
    for (code, sex, age), n in details.people.items():
        if code != UNKNOWN:
            people.setdefault(code, {})[(sex, age)] = n
    counts = details.sessions
    coaching = _coaching_by_commune(session, filters)
    codes = set(stops) | set(held)
    communes = session.scalars(select(Commune).where(Commune.code.in_(codes))).all()
    provinces = {
        p.code: p
        for p in session.scalars(
            select(Province).where(Province.code.in_({c.province_code for c in communes}))
        )
    }
    visits = []
    for commune in sorted(communes, key=lambda c: c.name_fr):
        province = provinces.get(commune.province_code)
        groups = people.get(commune.code, {})
        by_sex: dict[str, int] = {}
        by_age: dict[str, int] = {}
        for (sex, age), n in groups.items():
            by_sex[sex] = by_sex.get(sex, 0) + n
            by_age[age] = by_age.get(age, 0) + n
        sessions = held.get(commune.code, [])
        nothing = SessionFigures()
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
            )
        )
    return ActivityReportData(
        filters=filters,
        team_name=team_name(session, team_id),
        indicators=details.indicators,
        communes=tuple(visits),
        generated_on=today or dt.date.today(),
    )
