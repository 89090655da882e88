"""Columnar batches of rows, the body of pushes and pulls (docs/sync.md).

A batch is a list of table groups.  Each group names its table (`t`) and
its fields once (`f`), then carries one short list per row, so field names
never repeat per row and gzip finds the rest of the repetition:

* whole rows (pulls, and new rows in pushes):
  `{"t": table, "f": [...], "n": 1, "r": [[id, seq, created_hlc, field_hlcs|0, device, *values]]}`
  (`seq` is 0 in pushes: the server assigns it)
* changed fields of a known row (pushes):
  `{"t": table, "f": [changed...], "n": 0, "r": [[id, clock|{f: clock}, base|{f: base}, *values]]}`
  — one clock and one base per row when all its fields share them, which
  is the usual case (one edit, one clock).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.sync.merge import RowDelta, RowState
from app.sync.wire import TableCodec, WireError, check_hlc, check_id, codec

MAX_ROWS = 50_000
FULL_PREFIX = 5
PARTIAL_PREFIX = 3


@dataclass(frozen=True)
class FullRow:
    table: str
    id: str
    seq: int
    state: RowState
    device_id: str


@dataclass(frozen=True)
class PushRow:
    table: str
    id: str
    delta: RowDelta
    full: bool


# ---------------------------------------------------------------- encoding


def encode_full(
    table: TableCodec, rows: Iterable[tuple[str, int, RowState, str]]
) -> dict[str, Any]:
    fields = table.fields
    enc = table.encoders
    out: list[list[Any]] = []
    for row_id, seq, state, device_id in rows:
        out.append(
            [row_id, seq, state.created_hlc, dict(state.field_hlcs) or 0, device_id]
            + [enc[f](state.values[f]) for f in fields]
        )
    return {"t": table.name, "f": list(fields), "n": 1, "r": out}


def encode_partial(
    table: TableCodec,
    fields: tuple[str, ...],
    rows: Iterable[tuple[str, dict[str, str], dict[str, str], dict[str, Any]]],
) -> dict[str, Any]:
    """rows: (id, clocks by field, bases by field, python values by field)."""
    enc = table.encoders
    out: list[list[Any]] = []
    for row_id, clocks, bases, values in rows:
        clock_set = {clocks[f] for f in fields}
        base_set = {bases[f] for f in fields}
        out.append(
            [
                row_id,
                clocks[fields[0]] if len(clock_set) == 1 else {f: clocks[f] for f in fields},
                bases[fields[0]] if len(base_set) == 1 else {f: bases[f] for f in fields},
            ]
            + [enc[f](values[f]) for f in fields]
        )
    return {"t": table.name, "f": list(fields), "n": 0, "r": out}


# ---------------------------------------------------------------- decoding


def _group(raw: Any) -> tuple[TableCodec, list[str], bool, list[Any]]:
    if not isinstance(raw, dict):
        raise WireError("bad_batch", "table group must be an object")
    table = codec(raw.get("t"))
    fields = raw.get("f")
    if (
        not isinstance(fields, list)
        or not fields
        or not all(isinstance(f, str) for f in fields)
        or len(set(fields)) != len(fields)
    ):
        raise WireError("bad_fields", table.name)
    for name in fields:
        if name not in table.decoders:
            raise WireError("unknown_field", f"{table.name}.{name}"[:80])
    whole = raw.get("n")
    if whole not in (0, 1) or isinstance(whole, bool):
        raise WireError("bad_batch", "n must be 0 or 1")
    rows = raw.get("r")
    if not isinstance(rows, list):
        raise WireError("bad_batch", "r must be a list")
    if whole and set(fields) != set(table.fields):
        raise WireError("incomplete_row", table.name)
    return table, fields, bool(whole), rows


def _groups(raw: Any) -> list[Any]:
    if not isinstance(raw, list):
        raise WireError("bad_batch", "expected a list of table groups")
    return raw


def _decoders(table: TableCodec, fields: list[str]) -> list[Any]:
    """The decoders of a group's fields (each name already checked by `_group`)."""
    return [table.decoders[name] for name in fields]


def _decode_values(fields: list[str], decoders: list[Any], cells: list[Any]) -> dict[str, Any]:
    return dict(zip(fields, [d(v) for d, v in zip(decoders, cells, strict=True)], strict=True))


def _clock_map(raw: Any, fields: list[str], *, allow_empty: bool) -> dict[str, str]:
    if isinstance(raw, str):
        value = check_hlc(raw, allow_empty=allow_empty)
        return dict.fromkeys(fields, value)
    if isinstance(raw, dict) and set(raw) == set(fields):
        return {f: check_hlc(raw[f], allow_empty=allow_empty) for f in fields}
    raise WireError("bad_hlc", "clock must be a string or a map of the fields")


def _field_hlcs(raw: Any, table: TableCodec) -> dict[str, str]:
    if raw == 0 and not isinstance(raw, bool):
        return {}
    if not isinstance(raw, dict):
        raise WireError("bad_hlc", "field_hlcs")
    for name in raw:
        if name not in table.decoders:
            raise WireError("unknown_field", f"{table.name}.{name}"[:80])
    return {name: check_hlc(value) for name, value in raw.items()}


def decode_full(raw: Any) -> list[FullRow]:
    """Whole rows (a pull page, or new rows of a push)."""
    result: list[FullRow] = []
    for group in _groups(raw):
        table, fields, whole, rows = _group(group)
        if not whole:
            raise WireError("bad_batch", "expected whole rows")
        decoders = _decoders(table, fields)
        for row in rows:
            if not isinstance(row, list) or len(row) != FULL_PREFIX + len(fields):
                raise WireError("bad_row", table.name)
            row_id = check_id(row[0])
            seq = row[1]
            if isinstance(seq, bool) or not isinstance(seq, int) or seq < 0:
                raise WireError("bad_seq", repr(seq)[:40])
            created = check_hlc(row[2])
            field_hlcs = _field_hlcs(row[3], table)
            device = row[4]
            if not isinstance(device, str) or len(device) > 36:
                raise WireError("bad_id", "device")
            values = _decode_values(fields, decoders, row[FULL_PREFIX:])
            state = RowState(created, field_hlcs, values)
            result.append(FullRow(table.name, row_id, seq, state, device))
    if len(result) > MAX_ROWS:
        raise WireError("too_many_rows", str(len(result)))
    return result


def decode_push(raw: Any) -> list[PushRow]:
    """The rows of a pushed batch, validated; duplicates refused."""
    result: list[PushRow] = []
    seen: set[tuple[str, str]] = set()
    for group in _groups(raw):
        table, fields, whole, rows = _group(group)
        prefix = FULL_PREFIX if whole else PARTIAL_PREFIX
        decoders = _decoders(table, fields)
        creation_bases = dict.fromkeys(fields, "")  # read-only, shared by the group's rows
        for row in rows:
            if not isinstance(row, list) or len(row) != prefix + len(fields):
                raise WireError("bad_row", table.name)
            row_id = check_id(row[0])
            if (table.name, row_id) in seen:
                raise WireError("duplicate_row", row_id)
            seen.add((table.name, row_id))
            values = _decode_values(fields, decoders, row[prefix:])
            if whole:
                created = check_hlc(row[2])
                field_hlcs = _field_hlcs(row[3], table)
                clocks = dict.fromkeys(fields, created)
                for name, value in field_hlcs.items():
                    if value < created:
                        raise WireError("bad_hlc", f"{name} older than the row")
                    clocks[name] = value  # a whole row names every field
                delta = RowDelta(created, clocks, values, creation_bases)
            else:
                clocks = _clock_map(row[1], fields, allow_empty=False)
                bases = _clock_map(row[2], fields, allow_empty=True)
                for name in fields:
                    if bases[name] > clocks[name]:
                        raise WireError("bad_hlc", f"{name}: base after the write")
                delta = RowDelta(None, clocks, values, bases)
            result.append(PushRow(table.name, row_id, delta, whole))
            if len(result) > MAX_ROWS:
                raise WireError("too_many_rows", str(len(result)))
    return result
