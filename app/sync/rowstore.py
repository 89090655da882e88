"""Reading and writing syncable rows in bulk (SQLAlchemy Core), for the
merge.  Shared by the laptop (applying pulled pages) and the server
(applying pushes): the ORM is too slow for 10,000-row pages and its
stamping hook must not see received changes anyway.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from app.models import beneficiary_name_keys, beneficiary_search_text
from app.models.ids import derived_id
from app.sync.merge import LostWrite, RowState
from app.sync.wire import CODECS, TableCodec

CHUNK = 500
CONFLICT_TABLE = "conflict"


@dataclass
class StoredRow:
    id: str
    state: RowState
    team_id: str | None
    server_seq: int | None
    pending: dict[str, str] | None
    device_id: str
    hlc: str


def latest_clock(state: RowState) -> str:
    return max([state.created_hlc, *state.field_hlcs.values()])


def load(session: Session, codec: TableCodec, ids: Iterable[str]) -> dict[str, StoredRow]:
    """The stored rows among `ids`, by id."""
    table = codec.table
    columns = [table.c[name] for name in codec.fields] + [
        table.c.id,
        table.c.created_hlc,
        table.c.field_hlcs,
        table.c.server_seq,
        table.c.pending,
        table.c.device_id,
        table.c.hlc,
    ]
    wanted = list(dict.fromkeys(ids))
    found: dict[str, StoredRow] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        for row in session.execute(select(*columns).where(table.c.id.in_(chunk))).mappings():
            values = {name: row[name] for name in codec.fields}
            found[row["id"]] = StoredRow(
                id=row["id"],
                state=RowState(row["created_hlc"], dict(row["field_hlcs"] or {}), values),
                team_id=row["team_id"],
                server_seq=row["server_seq"],
                pending=row["pending"],
                device_id=row["device_id"],
                hlc=row["hlc"],
            )
    return found


def db_row(
    codec: TableCodec,
    row_id: str,
    state: RowState,
    *,
    device_id: str,
    server_seq: int | None,
    pending: dict[str, str] | None,
) -> dict[str, Any]:
    """Column values of a row in its merged state."""
    row: dict[str, Any] = dict(state.values)
    row.update(
        id=row_id,
        created_hlc=state.created_hlc,
        field_hlcs=dict(state.field_hlcs),
        hlc=latest_clock(state),
        device_id=device_id,
        server_seq=server_seq,
        pending=pending,
    )
    if codec.name == "beneficiary":
        row["search_text"] = beneficiary_search_text(
            first_name=row.get("first_name"),
            last_name=row.get("last_name"),
            name_ar=row.get("name_ar"),
            cin=row.get("cin"),
            phone=row.get("phone"),
        )
        row["name_keys"] = beneficiary_name_keys(  # local, like search_text
            first_name=row.get("first_name"),
            last_name=row.get("last_name"),
            name_ar=row.get("name_ar"),
        )
    return row


def insert_rows(session: Session, codec: TableCodec, rows: Sequence[dict[str, Any]]) -> None:
    if rows:
        session.execute(insert(codec.table), list(rows))


def update_rows(session: Session, codec: TableCodec, rows: Sequence[dict[str, Any]]) -> None:
    """Rewrite whole rows by id (every row must carry the same keys)."""
    if not rows:
        return
    by_keys: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        params = {k: v for k, v in row.items() if k != "id"}
        params["b_id"] = row["id"]
        by_keys.setdefault(tuple(sorted(params)), []).append(params)
    table = codec.table
    for group in by_keys.values():
        statement = update(table).where(table.c.id == bindparam("b_id"))
        session.connection().execute(statement, group)


def conflict_state(
    *,
    table_name: str,
    row_id: str,
    team_id: str | None,
    lost: LostWrite,
    lost_device_id: str,
    hlc: str,
) -> tuple[str, RowState]:
    """The Conflict row recording a lost write.  Its id is derived from what
    was lost, so the laptop and the server recording it converge on one row."""
    source = CODECS[table_name]
    conflict_id = derived_id("conflict", table_name, row_id, lost.field, lost.lost_hlc)
    values = {
        "team_id": team_id,
        "deleted": False,
        "table_name": table_name,
        "row_id": row_id,
        "field": lost.field,
        "kept_value": source.encode(lost.field, lost.kept_value),
        "kept_hlc": lost.kept_hlc,
        "lost_value": source.encode(lost.field, lost.lost_value),
        "lost_hlc": lost.lost_hlc,
        "lost_device_id": lost_device_id,
        "resolved": False,
        "resolution": None,
        "resolved_by": None,
    }
    return conflict_id, RowState(hlc, {}, values)
