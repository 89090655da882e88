"""Applying rows received from the server to the laptop database.

Each received row is merged field by field with the local one
(`app.sync.merge`).  A local edit not pushed yet that loses to a newer
concurrent write from elsewhere is kept as a Conflict row (pushed like any
local write), and leaves the outbox; a local edit that wins stays in the
outbox and the server records the other side's loss when it arrives.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from app.core.clock import HybridLogicalClock, ceiling
from app.sync import erasure
from app.sync.batches import FullRow
from app.sync.merge import LostWrite, RowDelta, RowState, merge, received_whole, same_value
from app.sync.rowstore import (
    CONFLICT_TABLE,
    conflict_state,
    db_row,
    insert_rows,
    latest_clock,
    load,
    merged_conflicts,
    update_rows,
)
from app.sync.wire import CODECS

NEW = "*"


def apply_rows(
    session: Session,
    rows: Iterable[FullRow],
    *,
    device_id: str,
    clock: HybridLogicalClock | None = None,
) -> tuple[int, int]:
    """Merge received whole rows; returns (rows changed, conflicts recorded)."""
    by_table: dict[str, list[FullRow]] = {}
    latest = ""
    # The clock adopts what it received, except clocks beyond the bound
    # (docs/sync.md, "Clock bound"): the rows are stored as they are, but
    # such a clock would drag this laptop, and every other, into the future.
    limit = ceiling(clock.limit()) if clock is not None else ""
    for row in rows:
        by_table.setdefault(row.table, []).append(row)
    conflicts: list[tuple[str, RowState]] = []
    written: dict[str, dict[str, RowState]] = {}
    changed = 0
    for name, received in by_table.items():
        codec = CODECS[name]
        rule = erasure.rule(name)
        stored_rows = load(session, codec, (r.id for r in received))
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        for row in received:
            for clock_value in (row.state.created_hlc, *row.state.field_hlcs.values()):
                if latest < clock_value <= limit:
                    latest = clock_value
            stored = stored_rows.get(row.id)
            if stored is None:
                state = received_whole(row.state, erasure=rule)
            else:
                result = merge(stored.state, RowDelta.of_state(row.state), erasure=rule)
                if not result.changed or result.state is None:
                    continue
                state = result.state
            pending = stored.pending if stored else None
            if stored is not None and pending and NEW not in pending:
                pending = dict(pending)
                for field in list(pending):
                    if field not in state.values:
                        continue
                    mine = stored.state.values.get(field)
                    if state.clock(field) == stored.state.clock(field):
                        continue  # ours stands; the server hears of it at push
                    # Our unpushed edit lost to a newer write from elsewhere.
                    del pending[field]
                    if rule is not None and rule.erased(state.values) and (
                        field in rule.blank or field == rule.marker
                    ):
                        continue  # erased: nothing of it is kept, not even as a loss
                    if not same_value(state.values[field], mine):
                        lost = LostWrite(
                            field,
                            state.values[field],
                            state.clock(field),
                            mine,
                            stored.state.clock(field),
                            True,
                        )
                        conflicts.append(_conflict(name, row.id, state, lost, device_id))
                pending = pending or None
            writer = row.device_id
            if stored is not None and latest_clock(state) == stored.hlc:
                writer = stored.device_id
            values = db_row(
                codec,
                row.id,
                state,
                device_id=writer,
                server_seq=row.seq or (stored.server_seq if stored else None),
                pending=pending,
            )
            (updates if stored else inserts).append(values)
            changed += 1
            if rule is not None and (name != erasure.PERSON_TABLE or rule.erased(state.values)):
                written.setdefault(name, {})[row.id] = state
        insert_rows(session, codec, inserts)
        update_rows(session, codec, updates)
    if conflicts:
        written.setdefault(CONFLICT_TABLE, {}).update(
            _record_conflicts(session, conflicts, device_id)
        )
    _cover_dependents(session, written)
    if clock is not None and latest:
        clock.observe(latest)
    return changed, len(conflicts)


def _conflict(
    table: str, row_id: str, state: RowState, lost: LostWrite, device_id: str
) -> tuple[str, RowState]:
    return conflict_state(
        table_name=table,
        row_id=row_id,
        team_id=state.values.get("team_id"),
        lost=lost,
        lost_device_id=device_id,
        hlc=max(lost.kept_hlc, lost.lost_hlc),
    )


def _record_conflicts(
    session: Session, conflicts: list[tuple[str, RowState]], device_id: str
) -> dict[str, RowState]:
    """Conflicts found here are local writes: in the outbox, to be pushed."""
    codec = CODECS[CONFLICT_TABLE]
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    written: dict[str, RowState] = {}
    for conflict_id, stored, result in merged_conflicts(
        session, conflicts, erasure=erasure.rule(CONFLICT_TABLE)
    ):
        if result.state is None or (stored is not None and not result.changed):
            continue
        values = db_row(
            codec, conflict_id, result.state, device_id="", server_seq=None, pending={NEW: ""}
        )
        (updates if stored else inserts).append(values)
        written[conflict_id] = result.state
    insert_rows(session, codec, inserts)
    update_rows(session, codec, updates)
    return written


def _cover_dependents(session: Session, written: dict[str, dict[str, RowState]]) -> None:
    """Erase the coaching notes and conflicts of rows found erased.  The
    server does the same and computes the same state; the marker is still
    pushed (a no-op there) in case it has not."""
    by_table: dict[str, list[dict[str, Any]]] = {}
    for covered in erasure.cover_dependents(session, written):
        stored = covered.stored
        pending = dict(stored.pending) if stored.pending else {}
        if NEW not in pending:
            pending.setdefault(erasure.MARKER, stored.state.clock(erasure.MARKER))
        values = db_row(
            CODECS[covered.table],
            stored.id,
            covered.state,
            device_id=stored.device_id,
            server_seq=stored.server_seq,
            pending=pending,
        )
        by_table.setdefault(covered.table, []).append(values)
    for name, rows in by_table.items():
        update_rows(session, CODECS[name], rows)
