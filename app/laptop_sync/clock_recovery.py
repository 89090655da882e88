"""Bringing a laptop's clocks back within the bound (docs/sync.md, "Clock bound").

A laptop whose wall clock was ahead (a wrong date) stamped its edits in the
future; the server refused them (`clock_ahead`) and they stayed in the
outbox.  Once the clock is right, `recover` (called when the database opens
and before every sync) re-stamps those edits with the present and brings
the clock itself back, so nothing is lost and nothing stays in the future.
It also repairs what the laptop was left with before clocks were bounded:
33-character clocks from an overflowed HLC, and a far-future clock received
from the server (kept as it is, but never adopted).

Only the laptop's own unpushed writes are re-stamped: every other clock is
shared with the server and changing it here would make the replicas
disagree.  Re-stamping keeps the merge's meaning:

* a re-stamped field gets a fresh clock, greater than every clock within the
  bound this laptop holds, so it wins over what it had seen, as it did;
* its *base* (what the laptop had seen before the edit, which tells the
  server a later edit from a concurrent one) is kept when within the bound;
  a base beyond the bound becomes the write's own clock, so the server still
  records a conflict rather than losing the edit silently;
* a row created here and never pushed is re-stamped whole (its creation
  clock and every later clock beyond the bound), no field clock older than
  its creation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from app.core.clock import HybridLogicalClock, ceiling, within
from app.laptop_sync import config
from app.models.sync_state import read_state, write_state
from app.sync.batches import decode_push
from app.sync.wire import CODECS, WireError

NEW = "*"
# The last server time this laptop saw (ms since 1970, UTC): with its wall
# clock, its notion of "now" (`HybridLogicalClock.reference`).
SERVER_TIME = "sync.server_time"


@dataclass(frozen=True)
class Recovery:
    rewound: bool  # the clock itself was beyond the bound
    restamped: int  # rows whose unpushed clocks were re-stamped
    dropped_batch: bool  # an in-flight batch the server could never accept


def load_server_time(session: Session) -> int | None:
    raw = read_state(session, SERVER_TIME)
    return int(raw) if raw and raw.isdigit() else None


def save_server_time(session: Session, clock: HybridLogicalClock, millis: int) -> None:
    clock.note_server_time(millis)
    write_state(session, SERVER_TIME, str(millis))


def restamp_state(
    created: str,
    field_hlcs: dict[str, str],
    pending: dict[str, str],
    *,
    limit: str,
    fresh: str,
) -> tuple[str, dict[str, str], dict[str, str]]:
    """A pending row's clocks with its unpushed ones beyond `limit` (a
    `ceiling`) re-stamped `fresh`; every other clock as it was."""

    def bad(clock: str) -> bool:
        return not within(clock, limit)

    if NEW in pending:  # never pushed: every clock on it is ours
        new_created = fresh if bad(created) else created
        fixed = {f: fresh if bad(c) else c for f, c in field_hlcs.items()}
        return new_created, {f: c for f, c in fixed.items() if c > new_created}, pending
    clocks = dict(field_hlcs)
    bases = dict(pending)
    for name, base in pending.items():
        clock = clocks.get(name, created)
        if bad(clock):
            clocks[name] = clock = fresh
        if base and bad(base):
            bases[name] = clock
    return created, clocks, bases


def _inflight_rows(session: Session) -> tuple[set[tuple[str, str]], bool]:
    """Rows of the saved in-flight batch, left alone (the server may have
    applied it: only its answer knows), unless the batch carries a
    malformed clock, which the server can never have accepted: then it is
    dropped and its rows (still pending) go into a new batch."""
    batch = config.load_inflight(session)
    if batch is None:
        return set(), False
    try:
        decode_push(batch["tables"])
    except WireError as exc:
        if exc.reason == "bad_hlc":
            config.save_inflight(session, None)
            return set(), True
    return {(str(entry[0]), str(entry[1])) for entry in batch["rows"]}, False


def recover(
    session: Session, clock: HybridLogicalClock, *, limit_ms: int | None = None
) -> Recovery:
    """Re-stamp unpushed clocks beyond the bound and bring the clock back.

    `limit_ms` is the latest acceptable clock (the server's time plus the
    bound, when the server just gave it); by default the clock's own limit.
    Cheap when there is nothing to do: one indexed range query per table.
    """
    if limit_ms is None:
        limit_ms = clock.limit()
    limit = ceiling(limit_ms)
    keep, dropped = _inflight_rows(session)
    connection = session.connection()
    latest = ""
    beyond: list[tuple[str, list[Any]]] = []
    for name, codec in CODECS.items():
        table = codec.table
        top = session.scalar(
            select(table.c.hlc).where(table.c.hlc <= limit).order_by(table.c.hlc.desc()).limit(1)
        )
        if top and within(top, limit):
            latest = max(latest, top)
        rows = list(
            connection.execute(
                select(
                    table.c.id, table.c.created_hlc, table.c.field_hlcs, table.c.pending
                ).where(table.c.hlc > limit)
            )
        )
        if rows:
            beyond.append((name, rows))
            for row in rows:  # their clocks within the bound count too
                for value in (row.created_hlc, *(row.field_hlcs or {}).values()):
                    if within(value, limit):
                        latest = max(latest, value)
    rewound = clock.rewind(latest or None, limit=limit_ms)
    if latest and not rewound:
        clock.observe(latest)
    restamped = 0
    fresh: str | None = None
    for name, rows in beyond:
        table = CODECS[name].table
        changes: list[dict[str, Any]] = []
        for row in rows:
            if not row.pending or (name, row.id) in keep:
                continue
            fresh = fresh or clock.tick()  # one repair, one timestamp
            if not within(fresh, limit):
                return Recovery(rewound, restamped, dropped)  # the wall clock is still wrong
            old = (row.created_hlc, dict(row.field_hlcs or {}), dict(row.pending))
            created, field_hlcs, pending = restamp_state(*old, limit=limit, fresh=fresh)
            if (created, field_hlcs, pending) == old:
                continue  # only clocks received from elsewhere are beyond: kept
            changes.append(
                {
                    "b_id": row.id,
                    "created_hlc": created,
                    "field_hlcs": field_hlcs,
                    "hlc": max([created, *field_hlcs.values()]),
                    "pending": pending,
                }
            )
        if changes:
            connection.execute(
                update(table)
                .where(table.c.id == bindparam("b_id"))
                .values(
                    created_hlc=bindparam("created_hlc"),
                    field_hlcs=bindparam("field_hlcs"),
                    hlc=bindparam("hlc"),
                    pending=bindparam("pending"),
                ),
                changes,
            )
            restamped += len(changes)
    return Recovery(rewound, restamped, dropped)

