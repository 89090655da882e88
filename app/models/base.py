"""Declarative base and the columns every syncable row carries (DESIGN.md)."""

from __future__ import annotations

import sqlite3
from typing import Any, ClassVar

from sqlalchemy import JSON, BigInteger, Boolean, Index, MetaData, String, event, false, text
from sqlalchemy.dialects.sqlite.base import ischema_names as sqlite_type_names
from sqlalchemy.engine import Engine
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.sql.compiler import TypeCompiler

from app.models.ids import new_id

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID = String(36)
HLC = String(32)



class JSONText(JSON):
    """JSON stored as text on SQLite, `json` on PostgreSQL.

    SQLite gives a column declared `JSON` NUMERIC affinity: the JSON text
    '25' comes back as the integer 25, which no JSON reader accepts (one
    conflict on a number field broke a team's pulls for good).  Declared
    `JSON_TEXT` the column has TEXT affinity (the name contains "TEXT"), so
    every JSON document is read back as the text that was written."""

    cache_ok = True


SQLITE_JSON_TYPE = "JSON_TEXT"


@compiles(JSONText, "sqlite")
def _json_text_on_sqlite(type_: JSONText, compiler: TypeCompiler, **kw: Any) -> str:
    return SQLITE_JSON_TYPE


# Reflection (Alembic's comparisons, batch migrations) reads it back as ours.
sqlite_type_names[SQLITE_JSON_TYPE] = JSONText

# JSON that stores Python None as SQL NULL, so "IS NULL" finds clean rows.
NullableJSON = JSONText(none_as_null=True)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Syncable:
    """Mixin for every row that syncs between laptops and the server.

    - `id`: UUIDv7 made on the device (or a deterministic UUIDv5).
    - `deleted`: tombstone; rows are never SQL-deleted.
    - `team_id`: the team (bus) that owns the row; NULL for shared reference
      data.  The server scopes pulls with it.
    - `created_hlc`: the clock of the row's creation; the clock of every field
      not listed in `field_hlcs`.
    - `field_hlcs`: {field: hlc} for fields written after creation.
    - `hlc`: the latest clock on the row (max of the above).
    - `device_id`: the device that made the latest write.
    - `server_seq`: the server's sequence number once it accepted the row.
    - `pending`: local outbox, never synced: None when clean, {"*": ""} for a
      row created here and not yet pushed, else {field: base_hlc} where
      base_hlc is the field's clock before the first unpushed local edit (the
      server uses it to tell a concurrent edit from a later one).

    No database foreign keys between syncable tables: pages of a pull may
    bring a child before its parent, and a tombstoned parent keeps its
    children.  Services keep references valid.
    """

    # Columns that are computed locally and never synced.
    local_columns: ClassVar[frozenset[str]] = frozenset()

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    team_id: Mapped[str | None] = mapped_column(ID, index=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_hlc: Mapped[str] = mapped_column(HLC, default="")
    field_hlcs: Mapped[dict[str, str]] = mapped_column(JSONText, default=dict)
    hlc: Mapped[str] = mapped_column(HLC, default="", index=True)
    device_id: Mapped[str] = mapped_column(ID, default="")
    server_seq: Mapped[int | None] = mapped_column(BigInteger, index=True)
    pending: Mapped[dict[str, str] | None] = mapped_column(NullableJSON)

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Any, ...]:
        name = cls.__tablename__  # type: ignore[attr-defined]
        return (
            Index(
                f"ix_{name}_outbox",
                "hlc",
                sqlite_where=text("pending IS NOT NULL"),
                postgresql_where=text("pending IS NOT NULL"),
            ),
        )

    def field_hlc(self, field: str) -> str:
        return self.field_hlcs.get(field, self.created_hlc) if self.field_hlcs else self.created_hlc


SYNC_META_COLUMNS = frozenset(
    {"id", "team_id", "created_hlc", "field_hlcs", "hlc", "device_id", "server_seq", "pending"}
)


def synced_fields(cls: type[Syncable]) -> list[str]:
    """The fields of a syncable class that travel and merge per field
    (`deleted` and `team_id` included: a tombstone is a field write)."""
    table = cls.__table__  # type: ignore[attr-defined]
    skip = (SYNC_META_COLUMNS - {"team_id"}) | cls.local_columns
    return [c.key for c in table.columns if c.key not in skip]


def syncable_classes() -> list[type[Syncable]]:
    """Every mapped syncable class, parents before children (stable order)."""
    classes = [m.class_ for m in Base.registry.mappers if issubclass(m.class_, Syncable)]
    order = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
    return sorted(classes, key=lambda c: order[c.__tablename__])  # type: ignore[attr-defined]


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    # isinstance, not the class's module: a subclass of the driver's
    # connection (the server's, which closes stray cursors) is SQLite too.
    if not isinstance(dbapi_connection, sqlite3.Connection) and (
        "sqlite" not in type(dbapi_connection).__module__
    ):
        return
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()
