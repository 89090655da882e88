"""Conflict records (synced) and the laptop's own key/value state (local)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import HLC, ID, Base, JSONText, Syncable


class Conflict(Syncable, Base):
    """A value that lost a concurrent write to the same field, kept so a
    coordinator can see it and restore it (nothing silently lost)."""

    __tablename__ = "conflict"

    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(ID, index=True)
    field: Mapped[str] = mapped_column(String(60))
    kept_value: Mapped[Any] = mapped_column(JSONText, nullable=True)
    kept_hlc: Mapped[str] = mapped_column(HLC)
    lost_value: Mapped[Any] = mapped_column(JSONText, nullable=True)
    lost_hlc: Mapped[str] = mapped_column(HLC)
    lost_device_id: Mapped[str] = mapped_column(ID)
    resolved: Mapped[bool] = mapped_column(default=False)
    resolution: Mapped[str | None] = mapped_column(String(10))  # "kept" / "restored"
    resolved_by: Mapped[str | None] = mapped_column(ID)


class LocalState(Base):
    """This laptop's settings and sync bookkeeping (device id, cursor...)."""

    __tablename__ = "local_state"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
