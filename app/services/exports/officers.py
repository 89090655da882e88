"""The rows of the CCIS officers' exports (beneficiaries, attendance,
coaching, indicators), streamed; app/reports/exports/officers.py writes them
as CSV or XLSX with readable headers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.core.errors import ValidationError
from app.models import (
    Attendance,
    Beneficiary,
    CoachingSession,
    Commune,
    Province,
    TourStop,
    TrainingModule,
    TrainingSession,
    User,
)
from app.services.indicators import IndicatorFilter, age_band_sql, compute_indicators

EXPORT_KINDS = ("beneficiaries", "attendance", "coaching", "indicators")


@dataclass(frozen=True)
class ExportTable:
    """Column keys and a stream of rows (codes as stored; the writer
    translates headers and codes).  `rows` is consumed once."""

    kind: str
    columns: tuple[str, ...]
    rows: Iterator[tuple[Any, ...]]


def _stream(session: Session, query: Select[*tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
    # Core rows through the session's connection (its transaction): columns
    # only, so the ORM's loading layer has nothing to add.
    session.flush()
    result = session.connection().execution_options(yield_per=2000).execute(query)
    for row in result:
        yield tuple(row)


def export_table(
    *,
    session: Session,
    kind: str,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    team_id: str | None = None,
    personal: bool = False,
) -> ExportTable:
    """Rows for a CCIS officer's export.  `personal` adds CIN and phone
    (left out by default: funders' figures do not need them, law 09-08)."""
    if kind not in EXPORT_KINDS:
        raise ValidationError.single("kind", "unknown_export", value=kind)
    if date_from and date_to and date_to < date_from:
        raise ValidationError.single("date_to", "ends_before_start")
    on = date_to or dt.date.today()
    if kind == "indicators":
        filters = IndicatorFilter(
            date_from=date_from or dt.date(2000, 1, 1), date_to=on, team_id=team_id
        )
        rows = compute_indicators(session=session, filters=filters).as_rows()
        return ExportTable(
            kind, ("section", "indicator", "value"),
            iter([(r.section, r.label, r.value) for r in rows]),
        )
    if kind == "beneficiaries":
        columns = [
            Beneficiary.id, Beneficiary.last_name, Beneficiary.first_name, Beneficiary.name_ar,
            Beneficiary.sex, Beneficiary.birth_date, Beneficiary.birth_year,
            age_band_sql(on), Commune.name_fr, Province.name_fr, Commune.kind,
            Beneficiary.douar, Beneficiary.education_level, Beneficiary.status,
            Beneficiary.sector, Beneficiary.project_stage, Beneficiary.registered_on,
        ]
        keys = [
            "id", "last_name", "first_name", "name_ar", "sex", "birth_date", "birth_year",
            "age_band", "commune", "province", "area", "douar", "education_level", "status",
            "sector", "project_stage", "registered_on",
        ]
        if personal:
            columns += [Beneficiary.cin, Beneficiary.phone]
            keys += ["cin", "phone"]
        query: Select[*tuple[Any, ...]] = (
            select(*columns)
            .join(Commune, Commune.code == Beneficiary.commune_code, isouter=True)
            .join(Province, Province.code == Commune.province_code, isouter=True)
            .where(Beneficiary.deleted.is_(False), Beneficiary.merged_into_id.is_(None))
            .order_by(Beneficiary.last_name, Beneficiary.first_name, Beneficiary.id)
        )
        if date_from:
            query = query.where(Beneficiary.registered_on >= date_from)
        if date_to:
            query = query.where(Beneficiary.registered_on <= date_to)
        if team_id:
            query = query.where(Beneficiary.team_id == team_id)
        return ExportTable(kind, tuple(keys), _stream(session, query))
    if kind == "attendance":
        attendance_query: Select[*tuple[Any, ...]] = (
            select(
                TrainingSession.session_date, TrainingModule.code, TrainingModule.title_fr,
                Commune.name_fr, TrainingSession.id, Beneficiary.id, Beneficiary.last_name,
                Beneficiary.first_name, Beneficiary.sex,
                age_band_sql(on), Attendance.status,
                Attendance.hours_attended,
            )
            .join(TrainingSession, TrainingSession.id == Attendance.session_id)
            .join(TrainingModule, TrainingModule.id == TrainingSession.module_id, isouter=True)
            .join(TourStop, TourStop.id == TrainingSession.stop_id, isouter=True)
            .join(Commune, Commune.code == TourStop.commune_code, isouter=True)
            .join(Beneficiary, Beneficiary.id == Attendance.beneficiary_id)
            .where(Attendance.deleted.is_(False), TrainingSession.deleted.is_(False))
            .order_by(TrainingSession.session_date, TrainingSession.id, Beneficiary.last_name)
        )
        if date_from:
            attendance_query = attendance_query.where(TrainingSession.session_date >= date_from)
        if date_to:
            attendance_query = attendance_query.where(TrainingSession.session_date <= date_to)
        if team_id:
            attendance_query = attendance_query.where(TrainingSession.team_id == team_id)
        attendance_keys = (
            "session_date", "module_code", "module", "commune", "session_id", "beneficiary_id",
            "last_name", "first_name", "sex", "age_band", "attendance_status", "hours_attended",
        )
        return ExportTable(kind, attendance_keys, _stream(session, attendance_query))
    coaching_query: Select[*tuple[Any, ...]] = (
        select(
            CoachingSession.held_on, CoachingSession.beneficiary_id, Beneficiary.last_name,
            Beneficiary.first_name, Beneficiary.sex, Commune.name_fr,
            CoachingSession.duration_minutes, CoachingSession.topics,
            CoachingSession.stage_assessed, User.name,
        )
        .join(Beneficiary, Beneficiary.id == CoachingSession.beneficiary_id, isouter=True)
        .join(Commune, Commune.code == Beneficiary.commune_code, isouter=True)
        .join(User, User.id == CoachingSession.trainer_id, isouter=True)
        .where(CoachingSession.deleted.is_(False))
        .order_by(CoachingSession.held_on, CoachingSession.id)
    )
    if date_from:
        coaching_query = coaching_query.where(CoachingSession.held_on >= date_from)
    if date_to:
        coaching_query = coaching_query.where(CoachingSession.held_on <= date_to)
    if team_id:
        coaching_query = coaching_query.where(CoachingSession.team_id == team_id)
    coaching_keys = (
        "held_on", "beneficiary_id", "last_name", "first_name", "sex", "commune",
        "duration_minutes", "topics", "stage_assessed", "trainer",
    )
    return ExportTable(kind, coaching_keys, _stream(session, coaching_query))
