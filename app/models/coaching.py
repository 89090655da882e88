"""One-to-one coaching (accompagnement) and its next steps."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import ID, Base, JSONText, Syncable


class CoachingSession(Syncable, Base):
    __tablename__ = "coaching_session"
    # The notes of an erased person stay empty (app.sync.merge.Erasure).
    erasure_blank: ClassVar[dict[str, Any]] = {"notes": None}

    beneficiary_id: Mapped[str | None] = mapped_column(ID, index=True)
    enterprise_id: Mapped[str | None] = mapped_column(ID, index=True)
    trainer_id: Mapped[str | None] = mapped_column(ID, index=True)
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    topics: Mapped[list[str]] = mapped_column(JSONText, default=list)
    notes: Mapped[str | None] = mapped_column(Text)
    stage_assessed: Mapped[str | None] = mapped_column(String(16))  # ProjectStage
    erased_on: Mapped[dt.date | None] = mapped_column(Date)  # the person was erased


class NextStep(Syncable, Base):
    __tablename__ = "next_step"

    coaching_id: Mapped[str] = mapped_column(ID, index=True)
    beneficiary_id: Mapped[str | None] = mapped_column(ID, index=True)
    description: Mapped[str] = mapped_column(Text)
    due_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    done: Mapped[bool] = mapped_column(default=False)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
