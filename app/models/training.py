"""The tour: stops, the module catalogue, sessions, enrolment and attendance."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import ID, Base, JSONText, Syncable


class TourStop(Syncable, Base):
    """A day (or days) of the bus in a commune."""

    __tablename__ = "tour_stop"

    commune_code: Mapped[str] = mapped_column(ForeignKey("commune.code"), index=True)
    starts_on: Mapped[dt.date] = mapped_column(Date, index=True)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str | None] = mapped_column(Text)


class TrainingModule(Syncable, Base):
    """A module of the catalogue; shared reference data (team_id NULL)."""

    __tablename__ = "training_module"

    code: Mapped[str] = mapped_column(String(40), index=True)
    title_fr: Mapped[str] = mapped_column(String(200))
    title_ar: Mapped[str] = mapped_column(String(200))
    theme: Mapped[str] = mapped_column(String(60))
    planned_hours: Mapped[float] = mapped_column(Float)
    description: Mapped[str | None] = mapped_column(Text)


class TrainingSession(Syncable, Base):
    __tablename__ = "training_session"

    module_id: Mapped[str] = mapped_column(ID, index=True)
    stop_id: Mapped[str | None] = mapped_column(ID, index=True)
    session_date: Mapped[dt.date] = mapped_column(Date, index=True)
    start_time: Mapped[dt.time] = mapped_column(Time)
    end_time: Mapped[dt.time] = mapped_column(Time)
    # A break inside the session (lunch): never counted as training
    # (app/rules/hours.py).  Both or neither.
    break_start: Mapped[dt.time | None] = mapped_column(Time)
    break_end: Mapped[dt.time | None] = mapped_column(Time)
    trainer_ids: Mapped[list[str]] = mapped_column(JSONText, default=list)
    capacity: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12), default="planned")  # SessionStatus
    # The earlier session whose roster this one carries forward (a cohort).
    cohort_from_id: Mapped[str | None] = mapped_column(ID, index=True)
    place: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)


class Enrolment(Syncable, Base):
    """A beneficiary expected at a session (deterministic id)."""

    __tablename__ = "enrolment"

    session_id: Mapped[str] = mapped_column(ID)  # indexed with the people below
    beneficiary_id: Mapped[str] = mapped_column(ID, index=True)


class Attendance(Syncable, Base):
    """Session x beneficiary; id derived from both (DESIGN.md)."""

    __tablename__ = "attendance"

    session_id: Mapped[str] = mapped_column(ID)  # indexed with the people below
    beneficiary_id: Mapped[str] = mapped_column(ID, index=True)
    status: Mapped[str] = mapped_column(String(10))  # AttendanceStatus
    arrived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    left_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    hours_attended: Mapped[float] = mapped_column(Float, default=0.0)
    recorded_by: Mapped[str | None] = mapped_column(ID)


# Per session, the people in order (and, for attendance, what the indicators
# read): the indicators and the activity report read these indexes alone,
# never the wide rows, and merge enrolled and marked people without sorting.
Index("ix_enrolment_session_people", Enrolment.session_id, Enrolment.deleted,
      Enrolment.beneficiary_id)
Index("ix_attendance_session_people", Attendance.session_id, Attendance.deleted,
      Attendance.beneficiary_id, Attendance.status, Attendance.hours_attended)
