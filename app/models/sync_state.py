"""Conflict records (synced) and the laptop's own key/value state (local),
read and written with `read_state` / `write_state`."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import Date, String, Text
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.models.base import HLC, ID, Base, JSONText, Syncable


class Conflict(Syncable, Base):
    """A value that lost a concurrent write to the same field, kept so a
    coordinator can see it and restore it (nothing silently lost)."""

    __tablename__ = "conflict"
    # A conflict about an erased row keeps neither value (app.sync.merge.Erasure).
    erasure_blank: ClassVar[dict[str, Any]] = {"kept_value": None, "lost_value": None}

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
    erased_on: Mapped[dt.date | None] = mapped_column(Date)  # the row it is about was erased


class LocalState(Base):
    """This laptop's settings and sync bookkeeping (device id, cursor...)."""

    __tablename__ = "local_state"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# The team (bus) this laptop belongs to: set at first start or when it joins
# the server's team (app.services.accounts, app.laptop_sync.joining).
LOCAL_TEAM_KEY = "team_id"
# The CCIS server this laptop joined (written by app.laptop_sync when it
# joins; read there to sync and by the certificate, whose QR code points
# at the server's verification page).
SERVER_URL_KEY = "sync.server_url"


def read_state(session: Session, key: str) -> str | None:
    row = session.get(LocalState, key)
    return row.value if row else None


def write_state(session: Session, key: str, value: str) -> None:
    row = session.get(LocalState, key)
    if row is None:
        session.add(LocalState(key=key, value=value))
    else:
        row.value = value
