"""Stamps every local write with the clock (DESIGN.md, "Sync in one page").

Installed on the laptop's session factory: services just change objects and
flush; before each flush every new or changed syncable row gets its HLC per
changed field, this device's id, and an outbox entry (`pending`) for push.
The sync engine turns stamping off (session.info["applying_remote"]) while
it applies changes received from the server, which carry their own clocks.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from app.core.clock import HybridLogicalClock
from app.models.base import SYNC_META_COLUMNS, Syncable

NEW_ROW = {"*": ""}


def new_row_stamp(*, hlc: str, device_id: str) -> dict[str, Any]:
    """The sync columns of a row first written on this device: one
    definition for the flush hook and for bulk writers (the demo data)."""
    return {
        "created_hlc": hlc,
        "hlc": hlc,
        "field_hlcs": {},
        "device_id": device_id,
        "pending": dict(NEW_ROW),
    }


def stamp_new(row: Syncable, *, hlc: str, device_id: str) -> None:
    for column, value in new_row_stamp(hlc=hlc, device_id=device_id).items():
        setattr(row, column, value)


def stamp_changed(row: Syncable, fields: list[str], *, hlc: str, device_id: str) -> None:
    field_hlcs = dict(row.field_hlcs or {})
    pending = dict(row.pending) if row.pending else {}
    if "*" not in pending:
        for field in fields:
            # The field's clock before the edit, unless that clock was beyond
            # the bound and not adopted (docs/sync.md, "Clock bound"): a base
            # after its write would get the whole batch refused.
            before = field_hlcs.get(field, row.created_hlc)
            pending.setdefault(field, before if before <= hlc else hlc)
    for field in fields:
        field_hlcs[field] = hlc
    row.field_hlcs = field_hlcs
    row.hlc = hlc
    row.device_id = device_id
    row.pending = pending


def changed_fields(row: Syncable) -> list[str]:
    state = inspect(row)
    skip = SYNC_META_COLUMNS | type(row).local_columns
    return [
        attr.key
        for attr in state.mapper.column_attrs
        if attr.key not in skip and state.attrs[attr.key].history.has_changes()
    ]


def _before_flush(session: Session, flush_context: Any, instances: Any) -> None:
    if session.info.get("applying_remote"):
        return
    new_rows = [row for row in session.new if isinstance(row, Syncable)]
    changed = [
        (row, fields)
        for row in session.dirty
        if isinstance(row, Syncable) and (fields := changed_fields(row))
    ]
    if not new_rows and not changed:
        return
    clock: HybridLogicalClock | None = session.info.get("clock")
    device_id: str | None = session.info.get("device_id")
    if clock is None or device_id is None:
        raise RuntimeError("session has no clock: open it with Database.session()")
    hlc = clock.tick()  # one write, one timestamp, whatever its size
    for row in new_rows:
        stamp_new(row, hlc=hlc, device_id=device_id)
    for row, fields in changed:
        stamp_changed(row, fields, hlc=hlc, device_id=device_id)


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)


class ClockedSessions:
    """Sessions whose writes are stamped with one device's clock: the
    laptop's database and the server's (each process its own node) share it."""

    factory: sessionmaker[Session]
    clock: HybridLogicalClock
    device_id: str

    def new_session(self) -> Session:
        session = self.factory()
        session.info["clock"] = self.clock
        session.info["device_id"] = self.device_id
        return session

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """One transaction for one user action or job: commit or roll back.

        `write`: the transaction will write, so on the laptop's SQLite it
        takes the write lock when it begins (BEGIN IMMEDIATE) and waits its
        turn there.  A transaction that read first and wrote later would be
        refused at once ("database is locked") whenever another writer (a
        sync, a check-in) committed in between."""
        session = self.new_session()
        try:
            with session.begin():
                if write:
                    session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
                yield session
        finally:
            session.close()

