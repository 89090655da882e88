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
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Float,
    Select,
    case,
    distinct,
    func,
    literal,
    null,
    or_,
    select,
    union,
    union_all,
)
from sqlalchemy.orm import Session, aliased

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
    """The filters of one span of dates (team, area), and the day from which
    a row of the span is "recent": in the period, when the span is longer
    than the period (the totals since the programme started)."""

    def __init__(self, filters: IndicatorFilter, period_start: dt.date | None = None) -> None:
        self.f = filters
        self.period_start = period_start

    def recent(self, day: Any) -> ColumnElement[int]:
        """1 when a date column falls in the period, else 0."""
        if self.period_start is None:
            return literal(1)
        return case((day >= self.period_start, 1), else_=0)

    def recent_attendance(self) -> ColumnElement[int]:
        """1 when an attendance row's session was held in the period."""
        if self.period_start is None:
            return literal(1)
        in_period = self.held_sessions().where(
            TrainingSession.session_date >= self.period_start
        )
        return case((Attendance.session_id.in_(in_period), 1), else_=0)

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
    activity report's commune pages (the same passes, no second query);
    with `since`, also the indicators from `since` to the period's end."""

    indicators: Indicators
    # (commune code or "unknown", sex, age band) -> people reached
    people: dict[tuple[str, str, str], int]
    sessions: dict[str, SessionFigures]  # held session id -> its figures
    cumulative: Indicators | None = None
    session_hours: dict[str, float] = field(default_factory=dict)  # held session -> planned
    # commune of the person coached (or of the enterprise) -> coaching sessions
    coaching_by_commune: dict[str, int] = field(default_factory=dict)


def compute_indicators(*, session: Session, filters: IndicatorFilter) -> Indicators:
    return indicator_details(session=session, filters=filters).indicators


def indicator_details(
    *, session: Session, filters: IndicatorFilter, since: dt.date | None = None
) -> IndicatorDetails:
    """The period's indicators and what they were summed from; with `since`
    (before the period's start), also the indicators from `since` to the
    period's end, in the same passes: every row of the longer span carries
    whether it falls in the period ("recent"), and each statement sums both
    ways (a person reached only before the period counts in the totals
    since, not in the period's)."""
    if filters.date_to < filters.date_from:
        raise ValidationError.single("date_to", "ends_before_start")
    session.flush()
    split = since is not None and since < filters.date_from
    wide = replace(filters, date_from=since) if split and since is not None else filters
    scope = _Scope(wide, period_start=filters.date_from if split else None)
    period_reach, wide_reach = _reach(session, scope)
    communes = {
        code: (name_fr, name_ar, kind)
        for code, name_fr, name_ar, kind in session.execute(
            select(Commune.code, Commune.name_fr, Commune.name_ar, Commune.kind).where(
                Commune.code.in_([c for c in wide_reach.counts["commune"] if c != UNKNOWN])
            )
        )
    }
    held = [
        _Held(str(sid), day, planned_hours(start, end, break_start, break_end))
        for sid, day, start, end, break_start, break_end in session.execute(
            select(
                TrainingSession.id, TrainingSession.session_date,
                TrainingSession.start_time, TrainingSession.end_time,
                TrainingSession.break_start, TrainingSession.break_end,
            ).where(TrainingSession.id.in_(scope.held_sessions()))
        )
    ]
    figures = _session_figures(session, scope)
    coaching = _coaching(session, scope)
    certified = _certified_by_sex(session, scope)
    projects = _projects_by_stage(session, scope)
    applications = _applications(session, scope)
    support = _support(session, scope)

    def build(part: int, span: IndicatorFilter, reach: _Reach) -> Indicators:
        sessions = [h for h in held if h.day >= span.date_from]
        return _indicators(
            span, reach, communes, sessions, figures, coaching[part], certified[part],
            projects, applications[part], support[part],
        )

    indicators = build(0, filters, period_reach)
    in_period = [h for h in held if h.day >= filters.date_from]
    return IndicatorDetails(
        indicators=indicators,
        people=period_reach.people,
        sessions={h.id: figures[h.id] for h in in_period if h.id in figures},
        cumulative=build(1, wide, wide_reach) if split else None,
        session_hours={h.id: h.hours for h in in_period},
        coaching_by_commune=coaching[0].by_commune,
    )


@dataclass(frozen=True)
class _Held:
    id: str
    day: dt.date
    hours: float


def _by_count(counts: dict[str, int]) -> dict[str, int]:
    """Largest first, then by code (the order of every breakdown)."""
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _indicators(
    filters: IndicatorFilter,
    reach: _Reach,
    communes: dict[str, tuple[str, str, str]],
    held: list[_Held],
    figures: dict[str, SessionFigures],
    coaching: _Coaching,
    certified: dict[str, int],
    projects: dict[str, int],
    applications: dict[str, int],
    support: tuple[dict[str, int], float],
) -> Indicators:
    counts = dict(reach.counts)
    counts["area"] = Counter()
    for code, count in counts["commune"].items():
        counts["area"][communes[code][2] if code in communes else UNKNOWN] += count

    def breakdown(name: str) -> dict[str, int]:
        return _by_count(dict(counts[name]))

    by_sex = breakdown("sex")
    sessions = [figures[h.id] for h in held if h.id in figures]
    attendance_expected = sum(f.expected for f in sessions)
    attendance_present = sum(f.present for f in sessions)
    by_sex_age: dict[str, dict[str, int]] = {}
    for (_, sex, age), count in sorted(reach.people.items()):
        ages = by_sex_age.setdefault(sex, {})
        ages[age] = ages.get(age, 0) + count
    named = [code for code in counts["commune"] if code in communes]
    support_by_kind, support_value_mad = support
    return Indicators(
        filters=filters,
        beneficiaries_reached=sum(by_sex.values()),
        by_sex=by_sex,
        by_age_band=breakdown("age_band"),
        by_sex_age=by_sex_age,
        by_area=breakdown("area"),
        by_commune=breakdown("commune"),
        commune_names={code: communes[code][0] for code in named},
        commune_names_ar={code: communes[code][1] for code in named},
        by_sector=breakdown("sector"),
        by_project_stage=breakdown("project_stage"),
        by_status=breakdown("status"),
        sessions_held=len(held),
        training_hours=hours_rule.total_hours(h.hours for h in held),
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
        certified_by_sex=_by_count(certified),
        projects_by_stage=projects,
        applications=applications,
        support_by_kind=support_by_kind,
        support_value_mad=support_value_mad,
    )


@dataclass(frozen=True)
class _Reach:
    people_trained: int
    trained_by_sex: dict[str, int]
    hours_attended: float
    people: dict[tuple[str, str, str], int]
    counts: dict[str, Counter[str]]  # dimension -> label -> people


_DIMENSIONS = ("commune", "sex", "age_band", "sector", "project_stage", "status")


def _reach(session: Session, scope: _Scope) -> tuple[_Reach, _Reach]:
    """People trained, hours attended and the people reached by every
    dimension, in one statement, for the period and for the whole span.

    `reach` (one row per person: trained or only coached, hours attended,
    and the same within the period) is computed once and materialised;
    `people` adds each person's dimensions; two GROUP BYs over it give the
    few hundred groups summed here per dimension."""
    f = scope.f
    present = select(
        Attendance.beneficiary_id.label("beneficiary_id"),
        literal(1).label("trained"),
        Attendance.hours_attended.label("hours"),
        scope.recent_attendance().label("recent"),
    ).where(
        Attendance.session_id.in_(scope.held_sessions()),
        Attendance.deleted.is_(False),
        Attendance.status == AttendanceStatus.PRESENT.value,
    )
    coached = select(
        CoachingSession.beneficiary_id, literal(0), literal(0.0, Float),
        scope.recent(CoachingSession.held_on),
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
            func.max(rows.c.trained * rows.c.recent).label("trained_recent"),
            func.sum(rows.c.hours * rows.c.recent).label("hours_recent"),
            func.max(rows.c.recent).label("recent"),
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
            reach.c.trained_recent,
            reach.c.recent,
        )
        .select_from(reach)
        .join(Beneficiary, Beneficiary.id == reach.c.beneficiary_id)
        .cte("people")
        .prefix_with("MATERIALIZED")
    )
    nothing = null()
    statement = union_all(
        select(
            literal("trained"), nothing, nothing, nothing, nothing,
            func.coalesce(func.sum(reach.c.trained), 0),
            func.coalesce(func.sum(reach.c.hours), 0.0),
            func.coalesce(func.sum(reach.c.trained_recent), 0),
            func.coalesce(func.sum(reach.c.hours_recent), 0.0),
        ),
        select(
            literal("people"), people.c.commune, people.c.sex, people.c.age_band,
            people.c.recent, func.count(), func.sum(people.c.trained),
            func.sum(people.c.trained_recent), nothing,
        ).group_by(people.c.commune, people.c.sex, people.c.age_band, people.c.recent),
        select(
            literal("profile"), people.c.sector, people.c.project_stage, people.c.status,
            people.c.recent, func.count(), nothing, nothing, nothing,
        ).group_by(people.c.sector, people.c.project_stage, people.c.status, people.c.recent),
    )
    # [period, whole span]: people trained, hours, groups, trained by sex, counts.
    trained = [0, 0]
    hours = [0.0, 0.0]
    groups: list[dict[tuple[str, str, str], int]] = [{}, {}]
    by_sex: list[Counter[str]] = [Counter(), Counter()]
    counts: list[dict[str, Counter[str]]] = [
        {name: Counter() for name in _DIMENSIONS} for _ in range(2)
    ]
    for part, first, second, third, recent, count, all_trained, trained_recent, extra in (
        session.execute(statement)
    ):
        if part == "trained":
            trained = [int(trained_recent), int(count)]
            hours = [float(extra), float(all_trained)]
            continue
        names = _DIMENSIONS[:3] if part == "people" else _DIMENSIONS[3:]
        for index in (0, 1) if recent else (1,):
            for name, key in zip(names, (first, second, third), strict=True):
                counts[index][name][key] += count
            if part == "people":
                key3 = (first, second, third)
                groups[index][key3] = groups[index].get(key3, 0) + int(count)
                by_sex[index][second] += int(trained_recent if index == 0 else all_trained)
    period, whole = (
        _Reach(trained[i], {k: v for k, v in by_sex[i].items() if v}, hours[i], groups[i],
               counts[i])
        for i in (0, 1)
    )
    return period, whole


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
    by_commune: dict[str, int]  # coaching sessions by commune


def _coaching(session: Session, scope: _Scope) -> tuple[_Coaching, _Coaching]:
    """Coaching sessions, minutes and distinct people coached by sex (and
    sessions by commune), for the period and the whole span, in one GROUP
    BY on the person's sex and commune (a person has one sex and one
    commune: the groups add up to the distinct people; sessions of nobody
    fall in no group of people).  The commune is the person's, or the
    enterprise's for the rare coaching of nobody or somebody without one."""
    f = scope.f
    sex = func.coalesce(Beneficiary.sex, UNKNOWN)
    recent = scope.recent(CoachingSession.held_on)
    owner = aliased(Enterprise)  # not the area filter's join
    enterprise_commune = (
        select(owner.commune_code)
        .where(owner.id == CoachingSession.enterprise_id)
        .scalar_subquery()
    )
    commune = func.coalesce(Beneficiary.commune_code, enterprise_commune)
    query = (
        select(
            sex,
            commune,
            func.count(CoachingSession.id),
            func.coalesce(func.sum(CoachingSession.duration_minutes), 0),
            func.count(distinct(CoachingSession.beneficiary_id)),
            func.coalesce(func.sum(recent), 0),
            func.coalesce(func.sum(recent * CoachingSession.duration_minutes), 0),
            func.count(distinct(case((recent == 1, CoachingSession.beneficiary_id)))),
        )
        .select_from(CoachingSession)
        .join(Beneficiary, Beneficiary.id == CoachingSession.beneficiary_id, isouter=True)
        .where(
            CoachingSession.deleted.is_(False),
            CoachingSession.held_on.between(f.date_from, f.date_to),
            *scope.team(CoachingSession.team_id),
        )
        .group_by(sex, commune)
    )
    area = scope.area_of(func.coalesce(Beneficiary.commune_code, Enterprise.commune_code))
    if area is not None:  # the enterprise only matters to the area filter
        query = query.join(
            Enterprise, Enterprise.id == CoachingSession.enterprise_id, isouter=True
        ).where(area)
    sessions, minutes = [0, 0], [0, 0]
    people: list[Counter[str]] = [Counter(), Counter()]
    communes: list[Counter[str]] = [Counter(), Counter()]
    for code, place, count, total, persons, count_recent, total_recent, persons_recent in (
        session.execute(query)
    ):
        for index, (n, m, p) in enumerate(
            ((count_recent, total_recent, persons_recent), (count, total, persons))
        ):
            sessions[index] += int(n)
            minutes[index] += int(m)
            if p:
                people[index][str(code)] += int(p)
            if n and place:
                communes[index][str(place)] += int(n)
    period, whole = (
        _Coaching(sessions[i], minutes[i], dict(people[i]), dict(communes[i])) for i in (0, 1)
    )
    return period, whole



def _certified_by_sex(session: Session, scope: _Scope) -> tuple[dict[str, int], dict[str, int]]:
    """Distinct people given a certificate (not revoked), by sex, for the
    period and the whole span, with the filters of `_support`."""
    f = scope.f
    sex = func.coalesce(Beneficiary.sex, UNKNOWN)
    recent = scope.recent(SupportDelivered.delivered_on)
    query = (
        select(
            sex,
            func.count(distinct(case((recent == 1, SupportDelivered.beneficiary_id)))),
            func.count(distinct(SupportDelivered.beneficiary_id)),
        )
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
    period: dict[str, int] = {}
    whole: dict[str, int] = {}
    for code, recent_people, people in session.execute(query):
        if recent_people:
            period[str(code)] = int(recent_people)
        if people:
            whole[str(code)] = int(people)
    return period, whole


@lru_cache(maxsize=1024)
def planned_hours(
    start: dt.time,
    end: dt.time,
    break_start: dt.time | None = None,
    break_end: dt.time | None = None,
) -> float:
    """A session's hours of training: start to end less the break, in whole
    minutes (0 if the end is not after the start).  Cached: a year's
    thousands of sessions share a few timetables."""
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


def _applications(
    session: Session, scope: _Scope
) -> tuple[dict[str, int], dict[str, int]]:
    """The funnel of the applications received, for the period and the
    whole span."""
    f = scope.f
    query = (
        select(
            Application.status,
            func.coalesce(func.sum(scope.recent(Application.received_on)), 0),
            func.count(),
        )
        .join(Beneficiary, Beneficiary.id == Application.beneficiary_id)
        .where(
            Application.deleted.is_(False),
            Application.received_on.between(f.date_from, f.date_to),
            *scope.team(Application.team_id),
            *scope.people_area(),
        )
        .group_by(Application.status)
    )
    rows = session.execute(query).all()

    def funnel(counts: dict[str, int]) -> dict[str, int]:
        selected = counts.get(ApplicationStatus.SELECTED.value, 0)
        return {
            ApplicationStatus.RECEIVED.value: sum(counts.values()),
            ApplicationStatus.SHORTLISTED.value: counts.get(
                ApplicationStatus.SHORTLISTED.value, 0
            ) + selected,
            ApplicationStatus.SELECTED.value: selected,
            ApplicationStatus.REJECTED.value: counts.get(ApplicationStatus.REJECTED.value, 0),
        }

    return (funnel({str(k): int(recent) for k, recent, _ in rows}),
            funnel({str(k): int(n) for k, _, n in rows}))


def _support(
    session: Session, scope: _Scope
) -> tuple[tuple[dict[str, int], float], tuple[dict[str, int], float]]:
    """Support delivered by kind and its value, for the period and the
    whole span."""
    f = scope.f
    recent = scope.recent(SupportDelivered.delivered_on)
    value = func.coalesce(SupportDelivered.value_mad, 0.0)
    query = (
        select(
            SupportDelivered.kind,
            func.coalesce(func.sum(recent), 0),
            func.coalesce(func.sum(recent * value), 0.0),
            func.count(),
            func.coalesce(func.sum(value), 0.0),
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
    counts: list[dict[str, int]] = [{}, {}]
    values = [0.0, 0.0]
    for kind, count_recent, total_recent, count, total in session.execute(query):
        for index, (n, amount) in enumerate(((count_recent, total_recent), (count, total))):
            if n:
                counts[index][str(kind)] = int(n)
            values[index] += float(amount or 0.0)
    return (counts[0], values[0]), (counts[1], values[1])
