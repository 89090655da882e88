"""The laptop's outbox: rows with `pending` set, sent in batches.

A batch is built, saved in LocalState (so a cut link resends the *same*
batch, which the server recognizes by its id and does not apply twice),
sent, and acknowledged.  On acknowledgement a row is marked clean only if
it was not edited while its batch was in flight; an edited row stays
pending, with its bases moved up to what the server now holds, so its next
push is not mistaken for a concurrent edit of itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from app.models.ids import new_id
from app.sync.batches import encode_full, encode_partial
from app.sync.merge import RowState
from app.sync.rowstore import CHUNK, table_access
from app.sync.wire import CODECS, TableCodec

NEW = "*"
BATCH_ROWS = 5000  # as many as a pull page; fewer round trips (each a commit on both sides)


def count_pending(session: Session) -> int:
    total = 0
    for codec in CODECS.values():
        table = codec.table
        count = session.scalar(
            select(func.count()).select_from(table).where(table.c.pending.is_not(None))
        )
        total += int(count or 0)
    return total


def _pending_rows(session: Session, codec: TableCodec, limit: int) -> list[list[Any]]:
    """Synced fields then `META` columns, oldest change first (driver rows:
    SQLAlchemy's per-row processing was most of building a batch)."""
    connection = session.connection()
    access = table_access(codec, connection.dialect)
    where = f"pending IS NOT NULL ORDER BY hlc, id LIMIT {int(limit)}"
    return access.select_where(connection, where, ())


def build_batch(session: Session, *, limit: int | None = BATCH_ROWS) -> dict[str, Any] | None:
    """The next batch of pending rows, or None when the outbox is empty.

    Returns {"id", "tables": wire groups, "rows": [[table, id, hlc, created, field_hlcs]]}
    (the last part stays on the laptop: what the ack needs)."""
    left = limit if limit is not None else 10**12
    groups: list[dict[str, Any]] = []
    memo: list[list[Any]] = []
    for codec in CODECS.values():
        if left <= 0:
            break
        rows = _pending_rows(session, codec, left)
        if not rows:
            continue
        left -= len(rows)
        full: list[tuple[str, int, RowState, str]] = []
        partial: dict[tuple[str, ...], list[Any]] = {}
        n = len(codec.fields)
        for row in rows:
            row_id, created, field_hlcs, _, pending, _, hlc = row[n:]
            field_hlcs = dict(field_hlcs or {})
            memo.append([codec.name, row_id, hlc, created, field_hlcs])
            values = dict(zip(codec.fields, row[:n], strict=True))
            if NEW in pending:
                full.append((row_id, 0, RowState(created, field_hlcs, values), ""))
                continue
            fields = tuple(f for f in codec.fields if f in pending)
            if not fields:
                continue
            clocks = {f: field_hlcs.get(f, created) for f in fields}
            partial.setdefault(fields, []).append((row_id, clocks, pending, values))
        if full:
            groups.append(encode_full(codec, full))
        for fields, entries in partial.items():
            groups.append(encode_partial(codec, fields, entries))
    if not memo:
        return None
    return {"id": new_id(), "tables": groups, "rows": memo}


def acknowledge(session: Session, batch: dict[str, Any], rejected: Iterable[list[str]]) -> None:
    """The server applied `batch`: clean what was not edited meanwhile."""
    refused = {(t, i): reason for t, i, reason in rejected}
    by_table: dict[str, list[list[Any]]] = {}
    for entry in batch["rows"]:
        by_table.setdefault(entry[0], []).append(entry)
    connection = session.connection()
    for name, entries in by_table.items():
        codec = CODECS[name]
        table = codec.table
        built = {e[1]: e for e in entries}
        # The usual case in one statement: rows untouched since the batch was built.
        untouched = [(e[1], e[2]) for e in entries if (name, e[1]) not in refused]
        cleaned = 0
        if untouched:
            mark = table_access(codec, connection.dialect).mark
            cleaned = connection.exec_driver_sql(
                f'UPDATE "{table.name}" SET pending = NULL WHERE id = {mark} AND hlc = {mark}',
                untouched,
            ).rowcount
        if cleaned == len(entries):
            continue  # every row cleaned: none edited meanwhile, none refused
        ids = list(built)
        still: list[Any] = []
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            statement = select(
                table.c.id, table.c.hlc, table.c.created_hlc, table.c.field_hlcs
            ).where(table.c.id.in_(chunk), table.c.pending.is_not(None))
            still.extend(session.execute(statement).mappings())
        clean: list[dict[str, Any]] = []
        rebased: list[dict[str, Any]] = []
        for row in still:
            row_id = row["id"]
            _, _, hlc, created, field_hlcs = built[row_id]
            reason = refused.get((name, row_id))
            if reason == "unknown_row":
                # The server lost track of it (restored backup): send it whole.
                rebased.append({"b_id": row_id, "pending": {NEW: ""}})
            elif reason is not None:
                clean.append({"b_id": row_id})  # refused for good: kept here only
            else:
                # Edited while in flight: still pending, based on what the server has now.
                now = RowState(row["created_hlc"], dict(row["field_hlcs"] or {}), {})
                then = RowState(created, field_hlcs, {})
                pending = {
                    f: then.clock(f) for f in codec.fields if now.clock(f) > hlc
                } or None
                rebased.append({"b_id": row_id, "pending": pending})
        if clean:
            connection.execute(
                update(table).where(table.c.id == bindparam("b_id")).values(pending=None), clean
            )
        if rebased:
            connection.execute(
                update(table)
                .where(table.c.id == bindparam("b_id"))
                .values(pending=bindparam("pending")),
                rebased,
            )


def wire_batch(batch: dict[str, Any]) -> dict[str, Any]:
    """The part of a batch that travels."""
    return {"id": batch["id"], "tables": batch["tables"]}
