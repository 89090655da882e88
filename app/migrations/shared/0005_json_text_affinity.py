"""JSON columns with TEXT affinity on SQLite (declared JSON_TEXT)

A column declared `JSON` has NUMERIC affinity in SQLite: the JSON text
'25' was stored as the integer 25 and could no longer be read as JSON (one
conflict on a number field broke a team's sync).  The columns are
re-declared `JSON_TEXT` (TEXT affinity) and the values the old affinity
turned into numbers become their JSON text again.

The declared types are changed in place in the schema (SQLite's documented
"writable_schema" procedure for changes that do not touch the stored
format) rather than by copying every synced table: no column is indexed by
its JSON value, the rows, their rowids (which the FTS index of people
refers to), the triggers and the indexes stay as they are, and a laptop with
years of data upgrades in a moment (a server on SQLite just the same).
PostgreSQL stores `json` and needs nothing.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-08 10:00:00
"""
import re

from alembic import op
from sqlalchemy.engine import Connection

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

OLD = "JSON"
NEW = "JSON_TEXT"


def _json_columns(connection: Connection, declared: str) -> dict[str, list[str]]:
    """{table: [column]} of the columns declared exactly `declared`."""
    tables = [
        name for (name,) in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL "
            "AND name NOT LIKE 'sqlite_%'"
        )
    ]
    found: dict[str, list[str]] = {}
    for table in tables:
        columns = [
            row[1] for row in connection.exec_driver_sql(f'PRAGMA table_info("{table}")')
            if str(row[2]).upper() == declared
        ]
        if columns:
            found[table] = columns
    return found


def _redeclare(sql: str, columns: list[str], old: str, new: str) -> str:
    for column in columns:
        pattern = re.compile(
            rf'((?:^|[\s(,])"?{re.escape(column)}"?\s+){old}\b', re.IGNORECASE
        )
        sql, count = pattern.subn(rf"\g<1>{new}", sql, count=1)
        if count != 1:
            raise RuntimeError(f"cannot find the declaration of column {column}")
    return sql


def retype_json_columns(connection: Connection, old: str = OLD, new: str = NEW) -> int:
    """Re-declare every `old` column as `new` (SQLite only); returns how many.
    Runs inside the migration's transaction: any surprise rolls it all back."""
    if connection.dialect.name != "sqlite":
        return 0
    targets = _json_columns(connection, old)
    if not targets:
        return 0
    version = connection.exec_driver_sql("PRAGMA schema_version").scalar()
    connection.exec_driver_sql("PRAGMA writable_schema = ON")
    try:
        for table, columns in targets.items():
            sql = connection.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
            ).scalar()
            connection.exec_driver_sql(
                "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?",
                (_redeclare(str(sql), columns, old, new), table),
            )
        # A new schema version makes every connection re-read the schema.
        connection.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        connection.exec_driver_sql("PRAGMA writable_schema = OFF")
    after = _json_columns(connection, new)
    for table, columns in targets.items():
        if sorted(after.get(table, [])) != sorted(columns):
            raise RuntimeError(f"{table}: JSON columns not re-declared")
    return sum(len(columns) for columns in targets.values())


def retext_numbers(connection: Connection) -> int:
    """JSON documents the NUMERIC affinity stored as numbers become text again
    (25 -> '25', 2.5 -> '2.5'); returns how many values changed."""
    if connection.dialect.name != "sqlite":
        return 0
    changed = 0
    for table, columns in _json_columns(connection, NEW).items():
        for column in columns:
            result = connection.exec_driver_sql(
                f'UPDATE "{table}" SET "{column}" = CAST("{column}" AS TEXT) '
                f"WHERE typeof(\"{column}\") IN ('integer', 'real')"
            )
            changed += result.rowcount or 0
    return changed


def check_integrity(connection: Connection) -> None:
    """SQLite's own check (it also reports a number left in a TEXT column)."""
    if connection.dialect.name != "sqlite":
        return
    problems = [row[0] for row in connection.exec_driver_sql("PRAGMA quick_check")]
    if problems != ["ok"]:
        raise RuntimeError(f"JSON columns re-declared but the database is not sound: {problems[:5]}")


def upgrade() -> None:
    connection = op.get_bind()
    retype_json_columns(connection)
    retext_numbers(connection)
    check_integrity(connection)


def downgrade() -> None:
    connection = op.get_bind()
    retype_json_columns(connection, old=NEW, new=OLD)
    check_integrity(connection)
