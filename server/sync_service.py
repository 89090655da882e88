"""Applying pushes and serving pull pages (the server's half of sync).

Scope and trust: a device writes only rows of its own team and reads only
its team's rows plus shared reference data (team_id NULL).  A pushed row
whose stored copy belongs to someone else, or that tries to move a row to
another team, is refused row by row (listed in `rejected`), never applied;
so is a row whose values break the domain's rules (`server.meaning`).

Erasure dominates (law 09-08): rows merge under their table's erasure rule,
and the coaching sessions and conflicts of an erased row are erased in the
same transaction (`app.sync.erasure`), whatever order things arrive in.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence as Seq
from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.sync import erasure
from app.sync.batches import PushRow, encode_full
from app.sync.merge import MergeResult, RowState, merge
from app.sync.rowstore import (
    CONFLICT_TABLE,
    META,
    StoredRow,
    conflict_state,
    db_row,
    insert_rows,
    load,
    merged_conflicts,
    table_access,
    update_rows,
)
from app.sync.wire import CODECS
from server.api.errors import ApiError
from server.db import utcnow
from server.meaning import PushChecks
from server.models import PushReceipt, ServerDevice
from server.sequence import Sequence, committed_high

MAX_SKIP_RANGES = 64
PAGE_LIMIT = 5000


@dataclass
class PushOutcome:
    batch_id: str
    first_seq: int | None = None
    last_seq: int | None = None
    duplicate: bool = False
    accepted: int = 0
    # Rows whose merged state the device does not have yet (full rows).
    merged: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[list[str]] = field(default_factory=list)
    conflicts: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "batch": self.batch_id,
            "range": [self.first_seq, self.last_seq] if self.first_seq is not None else None,
            "duplicate": self.duplicate,
            "accepted": self.accepted,
            "conflicts": self.conflicts,
            "merged": self.merged,
            "rejected": self.rejected,
        }


def _seen(seq: int | None, cursor: int, skip: Seq[tuple[int, int]]) -> bool:
    """Whether the device already holds the stored version numbered `seq`."""
    if seq is None or seq <= cursor:
        return True
    return any(lo <= seq <= hi for lo, hi in skip)


def _device_of_node(session: Session, hlc: str, fallback: str) -> str:
    """The device (a laptop that joined) whose clock wrote `hlc` (its node is the tail of its id)."""
    node = hlc[-16:]
    suffix = f"{node[:4]}-{node[4:]}"
    found = session.scalar(select(ServerDevice.id).where(ServerDevice.id.like(f"%{suffix}")))
    return found or fallback


def batch_digest(rows: list[PushRow]) -> str:
    """SHA-256 of what a batch says (decoded, so the JSON's spelling does not
    matter): a resend has the same digest, another batch under the same id not."""
    content = [
        [r.table, r.id, r.delta.created_hlc, r.delta.clocks, r.delta.bases, r.delta.values]
        for r in rows
    ]
    return hashlib.sha256(
        orjson.dumps(content, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS)
    ).hexdigest()


@dataclass
class _Decision:
    """What the merge made of one pushed row (before sequence numbers)."""

    row: PushRow
    stored: StoredRow | None
    refused: str | None = None
    result: MergeResult | None = None
    conflicts: list[tuple[str, RowState]] = field(default_factory=list)


def _decide(
    session: Session,
    device: ServerDevice,
    meaning: PushChecks,
    table_name: str,
    table_rows: list[PushRow],
) -> list[_Decision]:
    """Check and merge one table's pushed rows against what is stored."""
    codec = CODECS[table_name]
    rule = erasure.rule(table_name)
    team = device.team_id
    stored_rows = load(session, codec, (r.id for r in table_rows))
    decisions: list[_Decision] = []
    for row in table_rows:
        stored = stored_rows.get(row.id)
        decision = _Decision(row, stored)
        decisions.append(decision)
        decision.refused = _refusal(row, stored, team) or meaning.refusal(row, stored)
        if decision.refused:
            continue
        result = merge(stored.state if stored else None, row.delta, erasure=rule)
        if result.state is None:
            decision.refused = "unknown_row"
            continue
        decision.result = result
        for lost in result.lost:
            lost_device = device.id
            if not lost.incoming_lost:
                lost_device = _device_of_node(
                    session, lost.lost_hlc, stored.device_id if stored else ""
                )
            decision.conflicts.append(
                conflict_state(
                    table_name=table_name,
                    row_id=row.id,
                    team_id=team,
                    lost=lost,
                    lost_device_id=lost_device,
                    hlc=max(lost.kept_hlc, lost.lost_hlc),
                )
            )
    return decisions


def _moved(session: Session, table_name: str, decisions: list[_Decision]) -> set[str]:
    """The pushed rows written by another transaction since they were read."""
    codec = CODECS[table_name]
    table = codec.table
    ids = [d.row.id for d in decisions]
    now: dict[str, int | None] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for row_id, seq in session.execute(
            select(table.c.id, table.c.server_seq).where(table.c.id.in_(chunk))
        ):
            now[row_id] = seq
    return {
        d.row.id
        for d in decisions
        if (d.stored.server_seq if d.stored else "absent") != now.get(d.row.id, "absent")
    }


def apply_push(
    session: Session,
    *,
    device: ServerDevice,
    batch_id: str,
    rows: list[PushRow],
    cursor: int,
    skip: Seq[tuple[int, int]],
) -> PushOutcome:
    """Merge one pushed batch; at most once per (device, batch id).

    A resent batch (same id, same content) is answered "already applied";
    another batch under an applied id is refused (`batch_reused`, 409), never
    dropped as a duplicate: the laptop rebuilds it under a new id.  A batch
    of which nothing was applied (every row refused) leaves no receipt, so a
    resend is evaluated again and gets the same answer.

    The checks and the merge run before the sequence counter is locked (the
    counter makes every writer of every team wait): once it is held, only
    rows another push wrote in between are read and merged again, then
    everything is numbered and written.  The caller holds this device's row
    locked, so one device's batches never race each other."""
    outcome = PushOutcome(batch_id=batch_id)
    digest = batch_digest(rows)
    receipt = session.get(PushReceipt, (device.id, batch_id))
    if receipt is not None:
        if receipt.digest is not None and receipt.digest != digest:
            raise ApiError(409, "batch_reused", "another batch was applied under this id")
        outcome.duplicate = True
        outcome.first_seq, outcome.last_seq = receipt.first_seq, receipt.last_seq
        return outcome

    meaning = PushChecks(session, device=device, rows=rows)
    by_table: dict[str, list[PushRow]] = {}
    for row in rows:
        by_table.setdefault(row.table, []).append(row)
    plans = {
        name: _decide(session, device, meaning, name, table_rows)
        for name, table_rows in by_table.items()
    }
    sequence = Sequence(session)  # from here on, writers wait for us
    if session.connection().dialect.name != "sqlite":  # SQLite: one writer at a time anyway
        for name, decisions in plans.items():
            moved = _moved(session, name, decisions)
            if moved:
                stale = [d.row for d in decisions if d.row.id in moved]
                again = iter(_decide(session, device, meaning, name, stale))
                plans[name] = [next(again) if d.row.id in moved else d for d in decisions]

    conflicts: list[tuple[str, RowState]] = []
    merged_out: dict[str, list[tuple[str, int, RowState, str]]] = {}
    written: dict[str, dict[str, RowState]] = {}
    for table_name, decisions in plans.items():
        codec = CODECS[table_name]
        rule = erasure.rule(table_name)
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        for decision in decisions:
            row, stored, result = decision.row, decision.stored, decision.result
            if decision.refused or result is None or result.state is None:
                outcome.rejected.append([table_name, row.id, decision.refused or "unknown_row"])
                continue
            outcome.accepted += 1
            conflicts += decision.conflicts
            seq = stored.server_seq if stored else None
            if result.changed:
                seq = sequence.next()
                writer = device.id
                if stored and max(row.delta.clocks.values()) < stored.hlc:
                    writer = stored.device_id
                values = db_row(
                    codec, row.id, result.state, device_id=writer, server_seq=seq, pending=None
                )
                (updates if stored else inserts).append(values)
                if rule is not None:
                    written.setdefault(table_name, {})[row.id] = result.state
            echo_free = (
                stored is None or _seen(stored.server_seq, cursor, skip)
            ) and not result.incoming_lost_any
            if not echo_free:
                merged_out.setdefault(table_name, []).append(
                    (row.id, seq or 0, result.state, device.id)
                )
        insert_rows(session, codec, inserts)
        update_rows(session, codec, updates)

    if conflicts:
        outcome.conflicts = len(conflicts)
        written.setdefault(CONFLICT_TABLE, {}).update(
            _write_conflicts(session, conflicts, sequence, merged_out)
        )
    _cover_dependents(session, written, sequence, merged_out)

    for table_name, entries in merged_out.items():
        outcome.merged.append(encode_full(CODECS[table_name], entries))
    sequence.save()
    if sequence.last != sequence.start:
        outcome.first_seq, outcome.last_seq = sequence.start + 1, sequence.last
    if outcome.accepted or not outcome.rejected:
        session.add(
            PushReceipt(
                device_id=device.id,
                batch_id=batch_id,
                first_seq=outcome.first_seq,
                last_seq=outcome.last_seq,
                received_at=utcnow(),
                digest=digest,
            )
        )
    return outcome


def _refusal(row: PushRow, stored: StoredRow | None, team: str) -> str | None:
    if stored is not None and stored.team_id != team:
        return "not_your_team" if stored.team_id is not None else "shared_row"
    if "team_id" in row.delta.values and row.delta.values["team_id"] != team:
        return "wrong_team"
    return None


def _write_conflicts(
    session: Session,
    conflicts: list[tuple[str, RowState]],
    sequence: Sequence,
    merged_out: dict[str, list[tuple[str, int, RowState, str]]],
) -> dict[str, RowState]:
    codec = CODECS[CONFLICT_TABLE]
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    written: dict[str, RowState] = {}
    for conflict_id, stored, result in merged_conflicts(
        session, conflicts, erasure=erasure.rule(CONFLICT_TABLE)
    ):
        if not result.changed or result.state is None:
            continue
        seq = sequence.next()
        values = db_row(codec, conflict_id, result.state, device_id="", server_seq=seq, pending=None)
        (updates if stored else inserts).append(values)
        merged_out.setdefault(CONFLICT_TABLE, []).append((conflict_id, seq, result.state, ""))
        written[conflict_id] = result.state
    insert_rows(session, codec, inserts)
    update_rows(session, codec, updates)
    return written


def _cover_dependents(
    session: Session,
    written: dict[str, dict[str, RowState]],
    sequence: Sequence,
    merged_out: dict[str, list[tuple[str, int, RowState, str]]],
) -> None:
    """Erase the coaching notes and conflicts of the rows erased by (or
    pushed for an erased row in) this batch; the device gets them back."""
    by_table: dict[str, list[dict[str, Any]]] = {}
    for covered in erasure.cover_dependents(session, written):
        seq = sequence.next()
        stored = covered.stored
        values = db_row(
            CODECS[covered.table],
            stored.id,
            covered.state,
            device_id=stored.device_id,
            server_seq=seq,
            pending=None,
        )
        by_table.setdefault(covered.table, []).append(values)
        merged_out.setdefault(covered.table, []).append(
            (stored.id, seq, covered.state, stored.device_id)
        )
    for name, rows in by_table.items():
        update_rows(session, CODECS[name], rows)


@dataclass
class PullPage:
    groups: list[dict[str, Any]]
    cursor: int
    more: bool
    rows: int


def pull_page(
    session: Session,
    *,
    team_id: str,
    cursor: int,
    skip: Seq[tuple[int, int]],
    limit: int = PAGE_LIMIT,
) -> PullPage:
    """The next changes after `cursor` the device may see, in sequence order."""
    high = committed_high(session)
    if high <= cursor:
        return PullPage([], max(cursor, high), False, 0)
    ranges = [(lo, hi) for lo, hi in skip if hi > cursor][:MAX_SKIP_RANGES]
    connection = session.connection()
    candidates: list[tuple[int, str, list[Any]]] = []
    for name, codec in CODECS.items():
        access = table_access(codec, connection.dialect)
        mark = access.mark
        where = [
            f"server_seq > {mark}",
            f"server_seq <= {mark}",
            f"(team_id = {mark} OR team_id IS NULL)",
        ]
        params: list[Any] = [cursor, high, team_id]
        for lo, hi in ranges:
            where.append(f"NOT (server_seq BETWEEN {mark} AND {mark})")
            params += [lo, hi]
        statement = " AND ".join(where) + f" ORDER BY server_seq LIMIT {int(limit) + 1}"
        seq_at = len(codec.fields) + META.index("server_seq")
        for row in access.select_where(connection, statement, tuple(params)):
            candidates.append((row[seq_at], name, row))
    candidates.sort(key=lambda c: c[0])
    more = len(candidates) > limit
    page = candidates[:limit]
    next_cursor = page[-1][0] if more else high
    by_table: dict[str, list[tuple[str, int, RowState, str]]] = {}
    for seq, name, row in page:
        codec = CODECS[name]
        n = len(codec.fields)
        row_id, created, field_hlcs, _, _, device_id, _ = row[n:]
        state = RowState(created, field_hlcs or {}, dict(zip(codec.fields, row[:n], strict=True)))
        by_table.setdefault(name, []).append((row_id, seq, state, device_id))
    groups = [encode_full(CODECS[name], entries) for name, entries in by_table.items()]
    return PullPage(groups, next_cursor, more, len(page))
