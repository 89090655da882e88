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
- *Selection* counts applications received in the period as a funnel:
  received (all), shortlisted (reached the shortlist: shortlisted or
  selected), selected, rejected.
- The area filter (province or commune) applies to where people live for
  people counts, coaching, selection and support, and to where the bus stood
  (the session's stop) for sessions, training hours and attendance rate.
- The team filter applies to the team that recorded the activity.

Everything is computed with aggregate SQL (GROUP BY), never by looping over
people in Python.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    distinct,
    func,
    or_,
    select,
    union,
)
from sqlalchemy.orm import Session

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
from app.models.enums import AgeBand, ApplicationStatus, AttendanceStatus, SessionStatus
from app.services.errors import ValidationError
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
    hours_attended: float
    hours_per_person: float
    attendance_expected: int
    attendance_present: int
    attendance_rate: float | None  # None when nobody was expected
    coaching_sessions: int
    coaching_hours: float
    people_coached: int
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


def compute_indicators(*, session: Session, filters: IndicatorFilter) -> Indicators:
    if filters.date_to < filters.date_from:
        raise ValidationError.single("date_to", "ends_before_start")
    session.flush()
    scope = _Scope(filters)
    held = scope.held_sessions().subquery()

    # -- people present at held sessions, and coached people
    present_query = select(Attendance.beneficiary_id, Attendance.hours_attended).where(
        Attendance.session_id.in_(select(held.c.id)),
        Attendance.deleted.is_(False),
        Attendance.status == AttendanceStatus.PRESENT.value,
    )
    if scope.people_area():
        present_query = present_query.join(
            Beneficiary, Beneficiary.id == Attendance.beneficiary_id
        ).where(*scope.people_area())
    present_rows = present_query.subquery()
    people_trained, hours_attended = session.execute(
        select(
            func.count(distinct(present_rows.c.beneficiary_id)),
            func.coalesce(func.sum(present_rows.c.hours_attended), 0.0),
        )
    ).one()

    coaching_where = [
        CoachingSession.deleted.is_(False),
        CoachingSession.held_on.between(filters.date_from, filters.date_to),
        *scope.team(CoachingSession.team_id),
    ]
    coaching_area = scope.area_of(func.coalesce(Beneficiary.commune_code, Enterprise.commune_code))
    coaching_query = (
        select(
            func.count(CoachingSession.id),
            func.coalesce(func.sum(CoachingSession.duration_minutes), 0),
            func.count(distinct(CoachingSession.beneficiary_id)),
        )
        .join(Beneficiary, Beneficiary.id == CoachingSession.beneficiary_id, isouter=True)
        .join(Enterprise, Enterprise.id == CoachingSession.enterprise_id, isouter=True)
        .where(*coaching_where)
    )
    if coaching_area is not None:
        coaching_query = coaching_query.where(coaching_area)
    coaching_sessions, coaching_minutes, people_coached = session.execute(coaching_query).one()

    coached_people = (
        select(CoachingSession.beneficiary_id.label("beneficiary_id"))
        .join(Beneficiary, Beneficiary.id == CoachingSession.beneficiary_id)
        .where(*coaching_where, *scope.people_area())
    )
    reached = union(
        select(present_rows.c.beneficiary_id.label("beneficiary_id")), coached_people
    ).subquery()

    # One pass over the people reached, grouped by every dimension at once;
    # the few thousand groups are then summed per dimension.
    dimensions = {
        "commune": Beneficiary.commune_code,
        "sex": Beneficiary.sex,
        "age_band": age_band_sql(filters.date_to),
        "sector": Beneficiary.sector,
        "project_stage": Beneficiary.project_stage,
        "status": Beneficiary.status,
    }
    labels = [func.coalesce(column, UNKNOWN) for column in dimensions.values()]
    grouped = session.execute(
        select(*labels, func.count())
        .select_from(Beneficiary)
        .where(Beneficiary.id.in_(select(reached.c.beneficiary_id)))
        .group_by(*labels)
    ).all()
    counts: dict[str, Counter[str]] = {name: Counter() for name in dimensions}
    for *keys, count in grouped:
        for name, key in zip(dimensions, keys, strict=True):
            counts[name][key] += count
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
    reached_total = sum(by_sex.values())
    by_age = breakdown("age_band")
    by_area = breakdown("area")
    by_commune = breakdown("commune")
    commune_names = {code: names[0] for code, names in communes.items()}
    commune_names_ar = {code: names[1] for code, names in communes.items()}

    # -- sessions and hours (few rows: one per held session)
    times = session.execute(
        select(TrainingSession.start_time, TrainingSession.end_time).where(
            TrainingSession.id.in_(select(held.c.id))
        )
    ).all()
    training_hours = sum(_hours(start, end) for start, end in times)

    # Expected: every (session, person) pair enrolled or marked (walk-ins too).
    expected_pairs = union(
        select(Enrolment.session_id, Enrolment.beneficiary_id).where(
            Enrolment.session_id.in_(select(held.c.id)), Enrolment.deleted.is_(False)
        ),
        select(Attendance.session_id, Attendance.beneficiary_id).where(
            Attendance.session_id.in_(select(held.c.id)), Attendance.deleted.is_(False)
        ),
    ).subquery()
    attendance_expected = int(
        session.scalar(select(func.count()).select_from(expected_pairs)) or 0
    )
    attendance_present = int(
        session.scalar(
            select(func.count()).where(
                Attendance.session_id.in_(select(held.c.id)),
                Attendance.deleted.is_(False),
                Attendance.status == AttendanceStatus.PRESENT.value,
            )
        )
        or 0
    )

    support_by_kind, support_value_mad = _support(session, scope)
    return Indicators(
        filters=filters,
        beneficiaries_reached=reached_total,
        by_sex=by_sex,
        by_age_band=by_age,
        by_area=by_area,
        by_commune=by_commune,
        commune_names=commune_names,
        commune_names_ar=commune_names_ar,
        by_sector=breakdown("sector"),
        by_project_stage=breakdown("project_stage"),
        by_status=breakdown("status"),
        sessions_held=len(times),
        training_hours=training_hours,
        people_trained=int(people_trained),
        hours_attended=float(hours_attended),
        hours_per_person=float(hours_attended) / people_trained if people_trained else 0.0,
        attendance_expected=attendance_expected,
        attendance_present=attendance_present,
        attendance_rate=(
            attendance_present / attendance_expected if attendance_expected else None
        ),
        coaching_sessions=int(coaching_sessions),
        coaching_hours=int(coaching_minutes) / 60,
        people_coached=int(people_coached),
        projects_by_stage=_projects_by_stage(session, scope),
        applications=_applications(session, scope),
        support_by_kind=support_by_kind,
        support_value_mad=support_value_mad,
    )


def _hours(start: dt.time, end: dt.time) -> float:
    day = dt.date(2000, 1, 1)
    delta = dt.datetime.combine(day, end) - dt.datetime.combine(day, start)
    return max(0.0, delta.total_seconds() / 3600)


def _projects_by_stage(session: Session, scope: _Scope) -> dict[str, int]:
    """Live enterprises by their latest stage assessed up to the period's end."""
    f = scope.f
    ranked = (
        select(
            EnterpriseStage.enterprise_id,
            EnterpriseStage.stage,
            func.row_number()
            .over(
                partition_by=EnterpriseStage.enterprise_id,
                order_by=(EnterpriseStage.assessed_on.desc(), EnterpriseStage.hlc.desc()),
            )
            .label("rank"),
        ).where(EnterpriseStage.deleted.is_(False), EnterpriseStage.assessed_on <= f.date_to)
    ).subquery()
    latest = select(ranked.c.enterprise_id, ranked.c.stage).where(ranked.c.rank == 1).subquery()
    label = func.coalesce(latest.c.stage, UNKNOWN)
    query = (
        select(label, func.count())
        .select_from(Enterprise)
        .join(latest, latest.c.enterprise_id == Enterprise.id, isouter=True)
        .where(
            Enterprise.deleted.is_(False),
            or_(Enterprise.created_on.is_(None), Enterprise.created_on <= f.date_to),
            *scope.team(Enterprise.team_id),
        )
        .group_by(label)
    )
    area = scope.area_of(Enterprise.commune_code)
    if area is not None:
        query = query.where(area)
    return {str(k): int(v) for k, v in session.execute(query)}


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


