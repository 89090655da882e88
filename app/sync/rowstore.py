"""Reading and writing syncable rows in bulk (SQLAlchemy Core), for the
merge.  Shared by the laptop (applying pulled pages) and the server
(applying pushes): the ORM is too slow for 10,000-row pages and its
stamping hook must not see received changes anyway.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, cast

import orjson
from sqlalchemy import JSON, Boolean, Column, Connection, Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.models import beneficiary_name_keys, beneficiary_search_text
from app.models.ids import derived_id
from app.models.search_text import name_tokens
from app.sync.merge import Erasure, LostWrite, MergeResult, RowDelta, RowState, merge
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


META = ("id", "created_hlc", "field_hlcs", "server_seq", "pending", "device_id", "hlc")
Processor = Callable[[Any], Any] | None


def _json_dumps(value: Any) -> str:
    return orjson.dumps(value).decode()


def _bind_processor(column: Column[Any], dialect: Dialect) -> Processor:
    """The column's value -> driver conversion; JSON through orjson (the
    standard library's encoder was a third of the write time)."""
    kind = column.type
    if isinstance(kind, JSON):
        if kind.none_as_null:
            return lambda v: None if v is None else _json_dumps(v)
        return _json_dumps
    if isinstance(kind, Boolean):
        return None  # both drivers take Python bools as they are
    return cast(Processor, kind._cached_bind_processor(dialect))  # noqa: SLF001


def _result_processor(column: Column[Any], dialect: Dialect) -> Processor:
    kind = column.type
    if dialect.name != "sqlite":
        return None  # psycopg returns Python values (JSON parsed, dates, floats)
    if isinstance(kind, JSON):
        return orjson.loads
    return cast(Processor, kind._cached_result_processor(dialect, None))  # noqa: SLF001


class TableAccess:
    """Driver-level statements for one syncable table on one dialect: no
    per-row SQLAlchemy work, values converted by the columns' own processors."""

    def __init__(self, codec: TableCodec, dialect: Dialect) -> None:
        self.table = codec.table
        self.dialect = dialect
        self.postgres = dialect.name == "postgresql"
        self.mark = "%s" if dialect.paramstyle in ("format", "pyformat") else "?"
        self.read_columns = [*codec.fields, *META]
        self.result = [_result_processor(self.table.c[n], dialect) for n in self.read_columns]
        # Result processors all map None to None: only other values are converted.
        self.converted = [(i, p) for i, p in enumerate(self.result) if p is not None]
        self.select_head = (
            "SELECT "
            + ", ".join(f'"{name}"' for name in self.read_columns)
            + f' FROM "{self.table.name}" WHERE "id"'
        )
        self._writes: dict[tuple[bool, tuple[str, ...]], tuple[str, list[str], list[Processor]]] = {}

    def _write(self, columns: tuple[str, ...], *, update: bool) -> tuple[str, list[str], list[Processor]]:
        key = (update, columns)
        found = self._writes.get(key)
        if found is None:
            names = [c for c in columns if c != "id"] + ["id"] if update else list(columns)
            if update:
                sets = ", ".join(f'"{n}" = {self.mark}' for n in names[:-1])
                sql = f'UPDATE "{self.table.name}" SET {sets} WHERE "id" = {self.mark}'
            else:
                quoted = ", ".join(f'"{n}"' for n in names)
                marks = ", ".join(self.mark for _ in names)
                sql = f'INSERT INTO "{self.table.name}" ({quoted}) VALUES ({marks})'
            procs = [_bind_processor(self.table.c[n], self.dialect) for n in names]
            found = self._writes[key] = (sql, names, procs)
        return found

    def execute_write(
        self, connection: Connection, rows: Sequence[dict[str, Any]], *, update: bool
    ) -> None:
        """One executemany per set of columns (`db_row` gives every row the same)."""
        by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for row in rows:
            by_columns.setdefault(tuple(row), []).append(row)
        for columns, group in by_columns.items():
            sql, names, procs = self._write(columns, update=update)
            getter = operator.itemgetter(*names)
            converted = [(i, p) for i, p in enumerate(procs) if p is not None]
            params: list[tuple[Any, ...]] = []
            for row in group:
                values = list(getter(row))
                for i, process in converted:
                    values[i] = process(values[i])
                params.append(tuple(values))
            if self.postgres and not update:
                self._copy_in(connection, names, params)
            else:
                connection.exec_driver_sql(sql, params)

    def _copy_in(self, connection: Connection, names: list[str], rows: list[tuple[Any, ...]]) -> None:
        """PostgreSQL: new rows by COPY, in this transaction (several times
        faster than one INSERT per row, even pipelined)."""
        raw = connection.connection.driver_connection
        assert raw is not None
        columns = ", ".join(f'"{name}"' for name in names)
        statement = f'COPY "{self.table.name}" ({columns}) FROM STDIN'
        dbapi_error = self.dialect.loaded_dbapi.Error
        try:
            with raw.cursor() as cursor, cursor.copy(statement) as copy:
                for row in rows:
                    copy.write_row(row)
        except dbapi_error as exc:
            # As SQLAlchemy would raise it (IntegrityError, DataError...): callers
            # turn a value the database refuses into a 4xx answer.
            raise DBAPIError.instance(statement, None, exc, dbapi_error) from exc

    def decode(self, raw: Sequence[Any]) -> list[Any]:
        values = list(raw)
        for i, process in self.converted:
            value = values[i]
            if value is not None:
                values[i] = process(value)
        return values

    def select_where(self, connection: Connection, where: str, params: tuple[Any, ...]) -> list[Any]:
        """Decoded rows (synced fields, then META) matching `where`, which
        uses `self.mark` for its parameters."""
        sql = self.select_head[: -len(' WHERE "id"')] + " WHERE " + where
        # Every row fetched before any is decoded: a value that fails to
        # decode must not leave the cursor open (on SQLite an open cursor
        # pins its connection to an old snapshot, and that pooled connection
        # then answered every later write with "database is locked").
        rows = connection.exec_driver_sql(sql, params).fetchall()
        return [self.decode(raw) for raw in rows]

    def select_by_ids(self, connection: Connection, ids: list[str]) -> list[Any]:
        if self.postgres:  # one round trip: the ids as one array parameter
            return list(connection.exec_driver_sql(self.select_head + " = ANY(%s)", (ids,)))
        rows: list[Any] = []
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            marks = ", ".join(self.mark for _ in chunk)
            rows.extend(connection.exec_driver_sql(f"{self.select_head} IN ({marks})", tuple(chunk)))
        return rows


_ACCESS: dict[tuple[str, str], TableAccess] = {}


def table_access(codec: TableCodec, dialect: Dialect) -> TableAccess:
    key = (codec.name, dialect.name)
    access = _ACCESS.get(key)
    if access is None:
        access = _ACCESS[key] = TableAccess(codec, dialect)
    return access


def latest_clock(state: RowState) -> str:
    return max([state.created_hlc, *state.field_hlcs.values()])


def load(session: Session, codec: TableCodec, ids: Iterable[str]) -> dict[str, StoredRow]:
    """The stored rows among `ids`, by id (one query per chunk of ids)."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return {}
    connection = session.connection()
    access = table_access(codec, connection.dialect)
    nfields = len(codec.fields)
    found: dict[str, StoredRow] = {}
    for raw in access.select_by_ids(connection, wanted):
        row = access.decode(raw)
        values = dict(zip(codec.fields, row[:nfields], strict=True))
        row_id, created, field_hlcs, server_seq, pending, device_id, hlc = row[nfields:]
        found[row_id] = StoredRow(
            id=row_id,
            state=RowState(created, dict(field_hlcs or {}), values),
            team_id=values.get("team_id"),
            server_seq=server_seq,
            pending=pending,
            device_id=device_id,
            hlc=hlc,
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
        row["search_text"] = search_text(row)
        row["name_keys"] = beneficiary_name_keys(  # local, like search_text
            first_name=row.get("first_name"),
            last_name=row.get("last_name"),
            name_ar=row.get("name_ar"),
        )
    return row


@functools.lru_cache(maxsize=65_536)
def _name_tokens(name: str | None) -> tuple[str, ...]:
    return tuple(name_tokens(name))


def search_text(row: dict[str, Any]) -> str:
    """`beneficiary_search_text` of a row, with the tokens of each name
    remembered (first and last names repeat a lot; folding them was a
    fifth of applying a page)."""
    names = dict.fromkeys(
        (
            *_name_tokens(row.get("first_name")),
            *_name_tokens(row.get("last_name")),
            *_name_tokens(row.get("name_ar")),
        )
    )
    rest = beneficiary_search_text(
        first_name=None, last_name=None, name_ar=None, cin=row.get("cin"), phone=row.get("phone")
    )
    return " ".join([*names, rest]) if rest else " ".join(names)


def insert_rows(session: Session, codec: TableCodec, rows: Sequence[dict[str, Any]]) -> None:
    """Insert whole rows (as made by `db_row`)."""
    if rows:
        connection = session.connection()
        access = table_access(codec, connection.dialect)
        access.execute_write(connection, rows, update=False)


def update_rows(session: Session, codec: TableCodec, rows: Sequence[dict[str, Any]]) -> None:
    """Rewrite rows by id (every column given, `id` included)."""
    if rows:
        connection = session.connection()
        access = table_access(codec, connection.dialect)
        access.execute_write(connection, rows, update=True)


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
        "erased_on": None,
    }
    return conflict_id, RowState(hlc, {}, values)


def merged_conflicts(
    session: Session, conflicts: Iterable[tuple[str, RowState]], *, erasure: Erasure | None
) -> Iterator[tuple[str, StoredRow | None, MergeResult]]:
    """Each conflict record found (by id: the same loss seen twice is one
    record) merged with its stored copy, under the conflict table's erasure
    rule; the laptop and the server then write the results their own way."""
    unique = dict(conflicts)
    stored_rows = load(session, CODECS[CONFLICT_TABLE], unique)
    for conflict_id, state in unique.items():
        stored = stored_rows.get(conflict_id)
        yield conflict_id, stored, merge(
            stored.state if stored else None, RowDelta.of_state(state), erasure=erasure
        )
