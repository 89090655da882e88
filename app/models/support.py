"""Programmes, the selection funnel and support delivered."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import ID, Base, Syncable

# A programme's targets over its whole duration, by the indicator each is
# measured against (app/services/programme_targets.py): people reached,
# women, youth 18-35, young women 18-35, people trained, coached and
# certified, projects supported (candidates selected).  Empty: no target.
TARGET_FIELDS = (
    "target_reached",
    "target_women",
    "target_youth",
    "target_young_women",
    "target_trained",
    "target_coached",
    "target_certified",
    "target_projects",
)


class Programme(Syncable, Base):
    """A call or support programme (e.g. an INDH equipment call, or the
    travelling TPE house itself), with the targets its funder set."""

    __tablename__ = "programme"

    name: Mapped[str] = mapped_column(String(200))
    funder: Mapped[str | None] = mapped_column(String(120))
    starts_on: Mapped[dt.date | None] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    description: Mapped[str | None] = mapped_column(Text)
    target_reached: Mapped[int | None] = mapped_column(Integer)
    target_women: Mapped[int | None] = mapped_column(Integer)
    target_youth: Mapped[int | None] = mapped_column(Integer)
    target_young_women: Mapped[int | None] = mapped_column(Integer)
    target_trained: Mapped[int | None] = mapped_column(Integer)
    target_coached: Mapped[int | None] = mapped_column(Integer)
    target_certified: Mapped[int | None] = mapped_column(Integer)
    target_projects: Mapped[int | None] = mapped_column(Integer)


class Application(Syncable, Base):
    """A candidate's application to a programme: received -> shortlisted ->
    selected / rejected."""

    __tablename__ = "application"

    programme_id: Mapped[str] = mapped_column(ID, index=True)
    beneficiary_id: Mapped[str] = mapped_column(ID, index=True)
    enterprise_id: Mapped[str | None] = mapped_column(ID)
    status: Mapped[str] = mapped_column(String(12))  # ApplicationStatus
    received_on: Mapped[dt.date] = mapped_column(Date, index=True)
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    score: Mapped[float | None] = mapped_column(Float)
    notes: Mapped[str | None] = mapped_column(Text)


class SupportDelivered(Syncable, Base):
    """Equipment handed over, a referral to financing, a certificate issued."""

    __tablename__ = "support_delivered"

    beneficiary_id: Mapped[str | None] = mapped_column(ID, index=True)
    enterprise_id: Mapped[str | None] = mapped_column(ID, index=True)
    programme_id: Mapped[str | None] = mapped_column(ID, index=True)
    kind: Mapped[str] = mapped_column(String(16))  # SupportKind
    description: Mapped[str] = mapped_column(Text, default="")
    value_mad: Mapped[float | None] = mapped_column(Float)
    delivered_on: Mapped[dt.date] = mapped_column(Date, index=True)
    delivered_by: Mapped[str | None] = mapped_column(ID)
    # Certificates: the serial printed with its QR code, and revocation.
    serial: Mapped[str | None] = mapped_column(String(40), index=True)
    revoked: Mapped[bool] = mapped_column(default=False)
