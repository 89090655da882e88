"""The sync wire format: per-table codecs between database values and JSON.

Shared by the laptop client and the server, so both read and write exactly
the same thing.  Decoding is strict: the server feeds it whatever a device
(or an attacker) sent, so every value is checked against its column (type,
length, nullability) and a bad one raises `WireError` with a reason, which
the server turns into a 4xx answer without touching the database.

Rows travel as columnar batches (see docs/sync.md): one list of field names
per batch, then one short list per row.  Dates, times and datetimes travel
as ISO strings.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    String,
    Table,
    Text,
    Time,
)

from app.core.clock import HLC_WIDTH
from app.models import Syncable, syncable_classes, synced_fields

# 2: erasure markers, meaning refusals ("code:field"), clock_ahead and
# server_time, batch digests. A laptop of protocol 1 would misread rows
# with the new fields: it is told to update instead.
# 3: a session's break (training_session.break_start / break_end) and hours
# attended by one rule (migration 0007), and a user's sex (app_user.sex,
# migration 0008): a laptop of protocol 2 would refuse the new fields and
# push hours of the old rule; a programme's targets (programme.target_*,
# migration 0009), which a laptop of protocol 2 would refuse.
PROTOCOL_VERSION = 3
# The oldest laptop protocol the server still understands.
MIN_PROTOCOL_VERSION = 3
PROTOCOL_HEADER = "X-Caravane-Protocol"

ID_LENGTH = 36
MAX_TEXT = 100_000
MAX_JSON_DEPTH = 8
_HEX_CHARS = "0123456789abcdef"
_ID_CHAR_SET = "0123456789abcdef-"


class WireError(ValueError):
    """A payload that does not follow the protocol; `reason` is a short code."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


def check_hlc(value: Any, *, allow_empty: bool = False) -> str:
    if not isinstance(value, str):
        raise WireError("bad_hlc", repr(value)[:60])
    if value == "" and allow_empty:
        return value
    if len(value) != HLC_WIDTH or value.strip(_HEX_CHARS):  # strip leaves non-hex
        raise WireError("bad_hlc", value[:60])
    return value


def check_id(value: Any) -> str:
    if not isinstance(value, str) or len(value) != ID_LENGTH or value.strip(_ID_CHAR_SET):
        raise WireError("bad_id", repr(value)[:60])
    return value


def _json_depth_ok(value: Any, depth: int = 0) -> bool:
    if depth > MAX_JSON_DEPTH:
        return False
    if isinstance(value, list):
        return all(_json_depth_ok(v, depth + 1) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _json_depth_ok(v, depth + 1) for k, v in value.items())
    if isinstance(value, float):
        return math.isfinite(value)
    return value is None or isinstance(value, str | int | bool)


Encoder = Callable[[Any], Any]
Decoder = Callable[[Any], Any]


def _identity(value: Any) -> Any:
    return value


def _iso(value: Any) -> Any:
    return None if value is None else value.isoformat()


def _codec(column: Column[Any]) -> tuple[Encoder, Decoder]:
    """The (encode, decode) pair of one column; decode validates."""
    kind = column.type
    nullable = bool(column.nullable)
    name = column.key

    def fail(value: Any) -> WireError:
        return WireError("bad_value", f"{name}={repr(value)[:60]}")

    def nullable_wrap(decode: Decoder) -> Decoder:
        def wrapped(value: Any) -> Any:
            if value is None:
                if nullable:
                    return None
                raise WireError("missing_value", name)
            return decode(value)

        return wrapped

    if isinstance(kind, Boolean):

        def dec_bool(value: Any) -> Any:
            if not isinstance(value, bool):
                raise fail(value)
            return value

        return _identity, nullable_wrap(dec_bool)
    if isinstance(kind, Integer | BigInteger):

        def dec_int(value: Any) -> Any:
            if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 2**62:
                raise fail(value)
            return value

        return _identity, nullable_wrap(dec_int)
    if isinstance(kind, Float):

        def dec_float(value: Any) -> Any:
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise fail(value)
            if not math.isfinite(value) or abs(value) > 1e15:
                raise fail(value)
            return float(value)

        return _identity, nullable_wrap(dec_float)
    if isinstance(kind, DateTime):

        def dec_datetime(value: Any) -> Any:
            try:
                return dt.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                raise fail(value) from None

        return _iso, nullable_wrap(dec_datetime)
    if isinstance(kind, Date):

        def dec_date(value: Any) -> Any:
            try:
                return dt.date.fromisoformat(value)
            except (TypeError, ValueError):
                raise fail(value) from None

        return _iso, nullable_wrap(dec_date)
    if isinstance(kind, Time):

        def dec_time(value: Any) -> Any:
            try:
                return dt.time.fromisoformat(value)
            except (TypeError, ValueError):
                raise fail(value) from None

        return _iso, nullable_wrap(dec_time)
    if isinstance(kind, String | Text):
        limit = getattr(kind, "length", None) or MAX_TEXT

        def dec_str(value: Any) -> Any:
            # One call per value (the most common kind): None checked inline.
            if isinstance(value, str):
                if len(value) > limit or "\x00" in value:
                    raise fail(value)
                return value
            if value is None:
                if nullable:
                    return None
                raise WireError("missing_value", name)
            raise fail(value)

        return _identity, dec_str
    if isinstance(kind, JSON):

        def dec_json(value: Any) -> Any:
            if type(value) is list and all(type(v) is str for v in value):
                return value  # the usual shape (lists of codes or ids): nothing nested
            if not _json_depth_ok(value):
                raise fail(value)
            return value

        # JSON columns may legitimately hold null even when NOT NULL is set
        # on the column (JSON null); keep SQL nullability rules simple.
        return _identity, dec_json if nullable else nullable_wrap(dec_json)
    raise TypeError(f"no wire codec for {name}: {kind!r}")


@dataclass(frozen=True)
class TableCodec:
    """Everything the wire needs about one syncable table."""

    name: str
    model: type[Syncable]
    table: Table
    fields: tuple[str, ...]  # synced fields, stable order
    encoders: dict[str, Encoder]
    decoders: dict[str, Decoder]
    # Non-nullable columns without default a full row must carry.
    required: frozenset[str]

    def encode(self, field: str, value: Any) -> Any:
        return self.encoders[field](value)

    def decode(self, field: str, value: Any) -> Any:
        decoder = self.decoders.get(field)
        if decoder is None:
            raise WireError("unknown_field", f"{self.name}.{field}"[:80])
        return decoder(value)


def _build_codecs() -> dict[str, TableCodec]:
    codecs: dict[str, TableCodec] = {}
    for model in syncable_classes():
        table: Table = model.__table__  # type: ignore[attr-defined]
        fields = tuple(synced_fields(model))
        encoders: dict[str, Encoder] = {}
        decoders: dict[str, Decoder] = {}
        for field in fields:
            column = table.columns[field]
            if field == "team_id":
                encoders[field] = _identity
                decoders[field] = _decode_team_id
                continue
            encoders[field], decoders[field] = _codec(column)
        required = frozenset(
            f
            for f in fields
            if not table.columns[f].nullable
            and table.columns[f].default is None
            and table.columns[f].server_default is None
        )
        codecs[table.name] = TableCodec(
            name=table.name,
            model=model,
            table=table,
            fields=fields,
            encoders=encoders,
            decoders=decoders,
            required=required,
        )
    return codecs


def _decode_team_id(value: Any) -> Any:
    return None if value is None else check_id(value)


CODECS: dict[str, TableCodec] = _build_codecs()
MODEL_TABLES: dict[type[Syncable], str] = {c.model: name for name, c in CODECS.items()}


def codec(table_name: Any) -> TableCodec:
    if not isinstance(table_name, str) or table_name not in CODECS:
        raise WireError("unknown_table", repr(table_name)[:60])
    return CODECS[table_name]
