"""The programme's indicators for a period, a team and an area.

Definitions (the same numbers feed the CLI, the screens and the PDF report,
through `Indicators.as_rows()`):

- A session is *held* when its status is "held" (checking someone in marks
  a planned session held) and its date is in the period.
- *Beneficiaries reached*: distinct people present at a held session of the
  period, or coached (one-to-one) in the period.  Breakdowns (sex, age band
  on the period's last day, urban/rural, commune, sector, stage, status) are
  over these people; erased people still count, anonymously.
- *Training hours*: the planned hours of held sessions; *hours per person*:
  hours attended by people present / people trained.
- *Attendance rate*: present / (enrolled or marked) over held sessions.
- *Trained, coached, certified by sex*: people trained (present at a held
  session), people coached, and people given a certificate (not revoked)
  in the period, by their sex; *sex x age band*: the people reached.
- *Selection* counts applications received in the period as a funnel:
  received (all), shortlisted (reached the shortlist: shortlisted or
  selected), selected, rejected.
- The area filter (province or commune) applies to where people live for
  people counts, coaching, selection and support, and to where the bus stood
  (the session's stop) for sessions, training hours and attendance rate.
- The team filter applies to the team that recorded the activity.

Everything is computed with aggregate SQL (GROUP BY), never by looping over
people in Python: the people reached are grouped once (`_reach`), the
attendance once per held session (`_session_figures`); the activity report
reuses both through `indicator_details`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Float,
    Select,
    distinct,
    func,
    literal,
    null,
    or_,
    select,
    union,
    union_all,
)
from sqlalchemy.orm import Session

from app.core.errors import ValidationError
from app.models import (
    Application,
    Attendance,
    Beneficiary,
    CoachingSession,
    Commune,
    Enrolment,
    Enterprise,
    EnterpriseStage,
    SupportDelivered,
    TourStop,
    TrainingSession,
)
from app.models.enums import (
    AgeBand,
    ApplicationStatus,
    AttendanceStatus,
    SessionStatus,
    SupportKind,
)
from app.rules import hours as hours_rule
from app.services.search import age_band_sql as age_band_sql  # re-exported for documents

UNKNOWN = "unknown"


@dataclass(frozen=True)
class IndicatorFilter:
    date_from: dt.date
    date_to: dt.date
    team_id: str | None = None
    province_code: str | None = None
    commune_code: str | None = None


@dataclass(frozen=True)
class IndicatorRow:
    section: str  # "reach", "sex", "age_band", "area", "commune", ...
    label: str  # a code: "F", "18_35", "rural", a commune code, ...
    value: float | int


@dataclass(frozen=True)
class Indicators:
    filters: IndicatorFilter
    beneficiaries_reached: int
    by_sex: dict[str, int]
    by_age_band: dict[str, int]
    by_sex_age: dict[str, dict[str, int]]  # sex -> age band -> people reached
    by_area: dict[str, int]  # "urban" / "rural" / "unknown"
    by_commune: dict[str, int]  # commune code -> people
    commune_names: dict[str, str]  # commune code -> French name
    commune_names_ar: dict[str, str]
    by_sector: dict[str, int]
    by_project_stage: dict[str, int]
    by_status: dict[str, int]
    sessions_held: int
    training_hours: float
    people_trained: int
    trained_by_sex: dict[str, int]
    hours_attended: float
    hours_per_person: float
    attendance_expected: int
    attendance_present: int
    attendance_rate: float | None  # None when nobody was expected
    coaching_sessions: int
    coaching_hours: float
    people_coached: int
    coached_by_sex: dict[str, int]
    certified_by_sex: dict[str, int]  # people given a certificate (not revoked)
    projects_by_stage: dict[str, int]
    applications: dict[str, int]  # received / shortlisted / selected / rejected
    support_by_kind: dict[str, int]
    support_value_mad: float

    @property
    def youth_18_35(self) -> int:
        return self.by_age_band.get(AgeBand.YOUTH_18_35.value, 0)

    @property
    def women(self) -> int:
        return self.by_sex.get("F", 0)

    @property
    def young_women(self) -> int:
        """Women aged 18 to 35 among the people reached."""
        return self.by_sex_age.get("F", {}).get(AgeBand.YOUTH_18_35.value, 0)

    @property
    def people_certified(self) -> int:
        return sum(self.certified_by_sex.values())

    def as_rows(self) -> list[IndicatorRow]:
        """(section, label code, value) in display order."""
        rows = [
            IndicatorRow("reach", "beneficiaries_reached", self.beneficiaries_reached),
            IndicatorRow("reach", "people_trained", self.people_trained),
            IndicatorRow("reach", "people_coached", self.people_coached),
        ]
        for section, counts in (
            ("sex", self.by_sex),
            ("age_band", self.by_age_band),
            ("area", self.by_area),
            ("commune", self.by_commune),
            ("sector", self.by_sector),
            ("project_stage", self.by_project_stage),
            ("status", self.by_status),
        ):
            rows.extend(IndicatorRow(section, label, value) for label, value in counts.items())
        rows += [
            IndicatorRow("training", "sessions_held", self.sessions_held),
            IndicatorRow("training", "training_hours", round(self.training_hours, 2)),
            IndicatorRow("training", "hours_attended", round(self.hours_attended, 2)),
            IndicatorRow("training", "hours_per_person", round(self.hours_per_person, 2)),
            IndicatorRow("training", "attendance_expected", self.attendance_expected),
            IndicatorRow("training", "attendance_present", self.attendance_present),
            IndicatorRow(
                "training",
                "attendance_rate",
                round(self.attendance_rate, 4) if self.attendance_rate is not None else 0,
            ),
            IndicatorRow("coaching", "coaching_sessions", self.coaching_sessions),
            IndicatorRow("coaching", "coaching_hours", round(self.coaching_hours, 2)),
        ]
        rows.extend(IndicatorRow("projects", k, v) for k, v in self.projects_by_stage.items())
        rows.extend(IndicatorRow("selection", k, v) for k, v in self.applications.items())
        rows.extend(IndicatorRow("support", k, v) for k, v in self.support_by_kind.items())
        rows.append(IndicatorRow("support", "value_mad", round(self.support_value_mad, 2)))
        return rows


class _Scope:
    def __init__(self, filters: IndicatorFilter) -> None:
        self.f = filters

    def area_of(self, commune_code: Any) -> ColumnElement[bool] | None:
        """A condition on a commune code column, or None when no area filter."""
        if self.f.commune_code is not None:
            return commune_code == self.f.commune_code  # type: ignore[no-any-return]
        if self.f.province_code is not None:
            return commune_code.in_(  # type: ignore[no-any-return]
                select(Commune.code).where(Commune.province_code == self.f.province_code)
            )
        return None

    def team(self, column: Any) -> list[ColumnElement[bool]]:
        return [column == self.f.team_id] if self.f.team_id is not None else []

    def held_sessions(self) -> Select[Any]:
        query = select(TrainingSession.id).where(
            TrainingSession.deleted.is_(False),
            TrainingSession.status == SessionStatus.HELD.value,
            TrainingSession.session_date.between(self.f.date_from, self.f.date_to),
            *self.team(TrainingSession.team_id),
        )
        area = self.area_of(TourStop.commune_code)
        if area is not None:
            query = query.join(TourStop, TourStop.id == TrainingSession.stop_id).where(area)
        return query

    def people_area(self) -> list[ColumnElement[bool]]:
        area = self.area_of(Beneficiary.commune_code)
        return [area] if area is not None else []


@dataclass(frozen=True)
class SessionFigures:
    """One held session's attendance: expected (enrolled or marked), present,
    and hours attended by the people present."""

    expected: int = 0
    present: int = 0
    hours_attended: float = 0.0


@dataclass(frozen=True)
class IndicatorDetails:
    """The indicators and the groups they were summed from, for the
    activity report's commune pages (the same passes, no second query)."""

    indicators: Indicators
    # (commune code or "unknown", sex, age band) -> people reached
    people: dict[tuple[str, str, str], int]
    sessions: dict[str, SessionFigures]  # held session id -> its figures


def compute_indicators(*, session: Session, filters: IndicatorFilter) -> Indicators:
    return indicator_details(session=session, filters=filters).indicators


def indicator_details(*, session: Session, filters: IndicatorFilter) -> IndicatorDetails:
    if filters.date_to < filters.date_from:
        raise ValidationError.single("date_to", "ends_before_start")
    session.flush()
    scope = _Scope(filters)
    reach = _reach(session, scope)
    counts = reach.counts
    communes = {
        code: (name_fr, name_ar, kind)
        for code, name_fr, name_ar, kind in session.execute(
            select(Commune.code, Commune.name_fr, Commune.name_ar, Commune.kind).where(
                Commune.code.in_([c for c in counts["commune"] if c != UNKNOWN])
            )
        )
    }
    counts["area"] = Counter()
    for code, count in counts["commune"].items():
        counts["area"][communes[code][2] if code in communes else UNKNOWN] += count

    def breakdown(name: str) -> dict[str, int]:
        return dict(sorted(counts[name].items(), key=lambda kv: (-kv[1], kv[0])))

    by_sex = breakdown("sex")
    times = session.execute(
        select(
            TrainingSession.start_time, TrainingSession.end_time,
            TrainingSession.break_start, TrainingSession.break_end,
        ).where(TrainingSession.id.in_(scope.held_sessions()))
    ).all()
    sessions = _session_figures(session, scope)
    attendance_expected = sum(figures.expected for figures in sessions.values())
    attendance_present = sum(figures.present for figures in sessions.values())
    coaching = _coaching(session, scope)
    support_by_kind, support_value_mad = _support(session, scope)
    by_sex_age: dict[str, dict[str, int]] = {}
    for (_, sex, age), count in sorted(reach.people.items()):
        ages = by_sex_age.setdefault(sex, {})
        ages[age] = ages.get(age, 0) + count
    indicators = Indicators(
        filters=filters,
        beneficiaries_reached=sum(by_sex.values()),
        by_sex=by_sex,
        by_age_band=breakdown("age_band"),
        by_sex_age=by_sex_age,
        by_area=breakdown("area"),
        by_commune=breakdown("commune"),
        commune_names={code: names[0] for code, names in communes.items()},
        commune_names_ar={code: names[1] for code, names in communes.items()},
        by_sector=breakdown("sector"),
        by_project_stage=breakdown("project_stage"),
        by_status=breakdown("status"),
        sessions_held=len(times),
        training_hours=hours_rule.total_hours(planned_hours(*row) for row in times),
        people_trained=reach.people_trained,
        trained_by_sex=_by_count(reach.trained_by_sex),
        hours_attended=hours_rule.total_hours([reach.hours_attended]),
        hours_per_person=(
            reach.hours_attended / reach.people_trained if reach.people_trained else 0.0
        ),
        attendance_expected=attendance_expected,
        attendance_present=attendance_present,
        attendance_rate=(
            attendance_present / attendance_expected if attendance_expected else None
        ),
        coaching_sessions=coaching.sessions,
        coaching_hours=coaching.minutes / 60,
        people_coached=sum(coaching.people_by_sex.values()),
        coached_by_sex=_by_count(coaching.people_by_sex),
        certified_by_sex=_certified_by_sex(session, scope),
        projects_by_stage=_projects_by_stage(session, scope),
        applications=_applications(session, scope),
        support_by_kind=support_by_kind,
        support_value_mad=support_value_mad,
    )
    return IndicatorDetails(indicators=indicators, people=reach.people, sessions=sessions)


def _by_count(counts: dict[str, int]) -> dict[str, int]:
    """Largest first, then by code (the order of every breakdown)."""
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


@dataclass(frozen=True)
class _Reach:
    people_trained: int
    trained_by_sex: dict[str, int]
    hours_attended: float
    people: dict[tuple[str, str, str], int]
    counts: dict[str, Counter[str]]  # dimension -> label -> people


def _reach(session: Session, scope: _Scope) -> _Reach:
    """People trained, hours attended and the people reached by every
    dimension, in one statement.

    `reach` (one row per person: trained or only coached, hours attended) is
    computed once and materialised; `people` adds each person's dimensions;
    two GROUP BYs over it give the few hundred groups summed here per
    dimension."""
    f = scope.f
    present = select(
        Attendance.beneficiary_id.label("beneficiary_id"),
        literal(1).label("trained"),
        Attendance.hours_attended.label("hours"),
    ).where(
        Attendance.session_id.in_(scope.held_sessions()),
        Attendance.deleted.is_(False),
        Attendance.status == AttendanceStatus.PRESENT.value,
    )
    coached = select(
        CoachingSession.beneficiary_id, literal(0), literal(0.0, Float)
    ).where(
        CoachingSession.deleted.is_(False),
        CoachingSession.beneficiary_id.is_not(None),
        CoachingSession.held_on.between(f.date_from, f.date_to),
        *scope.team(CoachingSession.team_id),
    )
    if scope.people_area():
        present = present.join(Beneficiary, Beneficiary.id == Attendance.beneficiary_id).where(
            *scope.people_area()
        )
        coached = coached.join(
            Beneficiary, Beneficiary.id == CoachingSession.beneficiary_id
        ).where(*scope.people_area())
    rows = union_all(present, coached).subquery("reach_rows")
    reach = (
        select(
            rows.c.beneficiary_id,
            func.max(rows.c.trained).label("trained"),
            func.sum(rows.c.hours).label("hours"),
        )
        .group_by(rows.c.beneficiary_id)
        .cte("reach")
        .prefix_with("MATERIALIZED")
    )
    people = (
        select(
            func.coalesce(Beneficiary.commune_code, UNKNOWN).label("commune"),
            func.coalesce(Beneficiary.sex, UNKNOWN).label("sex"),
            func.coalesce(age_band_sql(f.date_to), UNKNOWN).label("age_band"),
            func.coalesce(Beneficiary.sector, UNKNOWN).label("sector"),
            func.coalesce(Beneficiary.project_stage, UNKNOWN).label("project_stage"),
            func.coalesce(Beneficiary.status, UNKNOWN).label("status"),
            reach.c.trained,
        )
        .select_from(reach)
        .join(Beneficiary, Beneficiary.id == reach.c.beneficiary_id)
        .cte("people")
        .prefix_with("MATERIALIZED")
    )
    nothing = null()
    statement = union_all(
        select(
            literal("trained"), nothing, nothing, nothing,
            func.coalesce(func.sum(reach.c.trained), 0),
            func.coalesce(func.sum(reach.c.hours), 0.0),
        ),
        select(
            literal("people"), people.c.commune, people.c.sex, people.c.age_band,
            func.count(), func.sum(people.c.trained),
        ).group_by(people.c.commune, people.c.sex, people.c.age_band),
        select(
            literal("profile"), people.c.sector, people.c.project_stage, people.c.status,
            func.count(), nothing,
        ).group_by(people.c.sector, people.c.project_stage, people.c.status),
    )
    people_trained, hours_attended = 0, 0.0
    groups: dict[tuple[str, str, str], int] = {}
    trained_by_sex: Counter[str] = Counter()
    counts: dict[str, Counter[str]] = {
        name: Counter()
        for name in ("commune", "sex", "age_band", "sector", "project_stage", "status")
    }
    for part, first, second, third, count, hours in session.execute(statement):
        if part == "trained":
            people_trained, hours_attended = int(count), float(hours)
            continue
        names = ("commune", "sex", "age_band") if part == "people" else (
            "sector", "project_stage", "status"
        )
        for name, key in zip(names, (first, second, third), strict=True):
            counts[name][key] += count
        if part == "people":
            groups[(first, second, third)] = int(count)
            if hours:  # here: the people trained of the group (others were only coached)
                trained_by_sex[second] += int(hours)
    return _Reach(people_trained, dict(trained_by_sex), hours_attended, groups, counts)


def _session_figures(session: Session, scope: _Scope) -> dict[str, SessionFigures]:
    """Expected, present and hours attended per held session.  Expected is
    every (session, person) pair enrolled or marked (walk-ins too); the
    ORDER BY lets SQLite merge the two index-ordered lists of pairs instead
    of building a temporary b-tree of all of them."""
    held = scope.held_sessions()
    enrolled = select(
        Enrolment.session_id.label("session_id"), Enrolment.beneficiary_id.label("beneficiary_id")
    ).where(Enrolment.session_id.in_(held), Enrolment.deleted.is_(False))
    marked = select(Attendance.session_id, Attendance.beneficiary_id).where(
        Attendance.session_id.in_(held), Attendance.deleted.is_(False)
    )
    pairs = union(enrolled, marked).order_by("session_id", "beneficiary_id").subquery("pairs")
    expected = {
        str(sid): int(n)
        for sid, n in session.execute(
            select(pairs.c.session_id, func.count()).group_by(pairs.c.session_id)
        )
    }
    present = {
        str(sid): (int(n), hours_rule.total_hours([float(hours)]))
        for sid, n, hours in session.execute(
            select(
                Attendance.session_id,
                func.count(),
                func.coalesce(func.sum(Attendance.hours_attended), 0.0),
            )
            .where(
                Attendance.session_id.in_(held),
                Attendance.deleted.is_(False),
                Attendance.status == AttendanceStatus.PRESENT.value,
            )
            .group_by(Attendance.session_id)
        )
    }
    return {
        sid: SessionFigures(expected.get(sid, 0), *present.get(sid, (0, 0.0)))
        for sid in expected.keys() | present.keys()
    }


@dataclass(frozen=True)
class _Coaching:
    sessions: int
    minutes: int
    people_by_sex: dict[str, int]  # distinct people coached, by sex


def _coaching(session: Session, scope: _Scope) -> _Coaching:
    """Coaching sessions, minutes and distinct people coached by sex, in one
    GROUP BY on the person's sex (a person has one sex: the groups add up
    to the distinct people; sessions of nobody fall in no group of people)."""
    f = scope.f
    sex = func.coalesce(Beneficiary.sex, UNKNOWN)
    query = (
        select(
            sex,
            func.count(CoachingSession.id),
            func.coalesce(func.sum(CoachingSession.duration_minutes), 0),
            func.count(distinct(CoachingSession.beneficiary_id)),
        )
        .select_from(CoachingSession)
        .join(Beneficiary, Beneficiary.id == CoachingSession.beneficiary_id, isouter=True)
        .where(
            CoachingSession.deleted.is_(False),
            CoachingSession.held_on.between(f.date_from, f.date_to),
            *scope.team(CoachingSession.team_id),
        )
        .group_by(sex)
    )
    area = scope.area_of(func.coalesce(Beneficiary.commune_code, Enterprise.commune_code))
    if area is not None:  # the enterprise only matters to the area filter
        query = query.join(
            Enterprise, Enterprise.id == CoachingSession.enterprise_id, isouter=True
        ).where(area)
    sessions = minutes = 0
    people: dict[str, int] = {}
    for code, count, total, distinct_people in session.execute(query):
        sessions += int(count)
        minutes += int(total)
        if distinct_people:
            people[str(code)] = int(distinct_people)
    return _Coaching(sessions, minutes, people)


def _certified_by_sex(session: Session, scope: _Scope) -> dict[str, int]:
    """Distinct people given a certificate (not revoked) in the period, by
    sex, with the filters of `_support`."""
    f = scope.f
    sex = func.coalesce(Beneficiary.sex, UNKNOWN)
    query = (
        select(sex, func.count(distinct(SupportDelivered.beneficiary_id)))
        .select_from(SupportDelivered)
        .join(Beneficiary, Beneficiary.id == SupportDelivered.beneficiary_id)
        .where(
            SupportDelivered.deleted.is_(False),
            SupportDelivered.revoked.is_(False),
            SupportDelivered.kind == SupportKind.CERTIFICATE.value,
            SupportDelivered.delivered_on.between(f.date_from, f.date_to),
            *scope.team(SupportDelivered.team_id),
        )
        .group_by(sex)
    )
    area = scope.area_of(func.coalesce(Beneficiary.commune_code, Enterprise.commune_code))
    if area is not None:
        query = query.join(
            Enterprise, Enterprise.id == SupportDelivered.enterprise_id, isouter=True
        ).where(area)
    return _by_count({str(code): int(n) for code, n in session.execute(query) if n})


def planned_hours(
    start: dt.time,
    end: dt.time,
    break_start: dt.time | None = None,
    break_end: dt.time | None = None,
) -> float:
    """A session's hours of training: start to end less the break, in whole
    minutes (0 if the end is not after the start)."""
    times = hours_rule.SessionTimes(dt.date(2000, 1, 1), start, end, break_start, break_end)
    return hours_rule.as_hours(hours_rule.planned_minutes(times))


def _projects_by_stage(session: Session, scope: _Scope) -> dict[str, int]:
    """Live enterprises by their latest stage assessed up to the period's end
    (latest by date, then clock, then id so that ties have one answer); one
    index seek per enterprise."""
    f = scope.f
    latest = (
        select(EnterpriseStage.stage)
        .where(
            EnterpriseStage.enterprise_id == Enterprise.id,
            EnterpriseStage.deleted.is_(False),
            EnterpriseStage.assessed_on <= f.date_to,
        )
        .order_by(
            EnterpriseStage.assessed_on.desc(),
            EnterpriseStage.hlc.desc(),
            EnterpriseStage.id.desc(),
        )
        .limit(1)
        .correlate(Enterprise)
        .scalar_subquery()
    )
    query = select(func.coalesce(latest, UNKNOWN).label("stage")).where(
        Enterprise.deleted.is_(False),
        or_(Enterprise.created_on.is_(None), Enterprise.created_on <= f.date_to),
        *scope.team(Enterprise.team_id),
    )
    area = scope.area_of(Enterprise.commune_code)
    if area is not None:
        query = query.where(area)
    stages = query.subquery("stages")
    grouped = select(stages.c.stage, func.count()).group_by(stages.c.stage)
    return {str(k): int(v) for k, v in session.execute(grouped)}


def _applications(session: Session, scope: _Scope) -> dict[str, int]:
    f = scope.f
    query = (
        select(Application.status, func.count())
        .join(Beneficiary, Beneficiary.id == Application.beneficiary_id)
        .where(
            Application.deleted.is_(False),
            Application.received_on.between(f.date_from, f.date_to),
            *scope.team(Application.team_id),
            *scope.people_area(),
        )
        .group_by(Application.status)
    )
    counts = {str(k): int(v) for k, v in session.execute(query)}
    selected = counts.get(ApplicationStatus.SELECTED.value, 0)
    return {
        ApplicationStatus.RECEIVED.value: sum(counts.values()),
        ApplicationStatus.SHORTLISTED.value: counts.get(ApplicationStatus.SHORTLISTED.value, 0)
        + selected,
        ApplicationStatus.SELECTED.value: selected,
        ApplicationStatus.REJECTED.value: counts.get(ApplicationStatus.REJECTED.value, 0),
    }


def _support(session: Session, scope: _Scope) -> tuple[dict[str, int], float]:
    f = scope.f
    query = (
        select(
            SupportDelivered.kind,
            func.count(),
            func.coalesce(func.sum(SupportDelivered.value_mad), 0.0),
        )
        .join(Beneficiary, Beneficiary.id == SupportDelivered.beneficiary_id, isouter=True)
        .join(Enterprise, Enterprise.id == SupportDelivered.enterprise_id, isouter=True)
        .where(
            SupportDelivered.deleted.is_(False),
            SupportDelivered.revoked.is_(False),
            SupportDelivered.delivered_on.between(f.date_from, f.date_to),
            *scope.team(SupportDelivered.team_id),
        )
        .group_by(SupportDelivered.kind)
    )
    area = scope.area_of(func.coalesce(Beneficiary.commune_code, Enterprise.commune_code))
    if area is not None:
        query = query.where(area)
    counts: dict[str, int] = {}
    value = 0.0
    for kind, count, total in session.execute(query):
        counts[str(kind)] = int(count)
        value += float(total or 0.0)
    return counts, value


