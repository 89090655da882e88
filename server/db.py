"""The server database: SQLite in the data folder by default, PostgreSQL
(psycopg 3) for real deployments; migrated by the server's own Alembic
environment at start.

Nothing that matters lives in memory: several server processes may share
one PostgreSQL.  Writes are serialized by the sync counter row (see
`server.sequence`); on SQLite every transaction starts with BEGIN IMMEDIATE
so two processes never deadlock upgrading a read lock.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import weakref
from pathlib import Path
from typing import Any

import orjson
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import sessionmaker

from app.core import stamping
from app.core.clock import HybridLogicalClock, node_from_device_id
from app.models.ids import new_id

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
DB_FILE = "caravane-server.sqlite3"
# Any constant works: it only serializes concurrent migrations on PostgreSQL.
MIGRATION_LOCK = 742_015_001


def default_url(data_dir: str | Path) -> str:
    folder = Path(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / DB_FILE}"


def normalize_url(url: str) -> str:
    """postgresql:// means psycopg 3 here (SQLAlchemy would pick psycopg2)."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


class _CursorTrackingConnection(sqlite3.Connection):
    """A SQLite connection that closes, when it goes back to the pool, any
    cursor a failed request left half-read.  Such a cursor keeps its
    connection on an old snapshot (WAL): every later write through it failed
    with "database is locked", for every team, until a restart."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._cursors: weakref.WeakSet[sqlite3.Cursor] = weakref.WeakSet()

    def cursor(self, factory: Any = sqlite3.Cursor) -> Any:
        made = super().cursor(factory)
        self._cursors.add(made)
        return made

    def close_cursors(self) -> None:
        for cursor in list(self._cursors):
            cursor.close()
        self._cursors.clear()


def make_engine(url: str) -> Engine:
    """The server's engine.  `hide_parameters`: a database error's text never
    carries the values of the statement (names, CINs, phones, hashes)."""
    url = normalize_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            connect_args={
                "timeout": 30,
                "check_same_thread": False,
                "factory": _CursorTrackingConnection,
            },
            hide_parameters=True,
        )

        @event.listens_for(engine, "checkin")
        def _checkin(dbapi_connection: Any, connection_record: Any) -> None:
            if isinstance(dbapi_connection, _CursorTrackingConnection):
                dbapi_connection.close_cursors()

        @event.listens_for(engine, "connect")
        def _connect(dbapi_connection: Any, connection_record: Any) -> None:
            dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Any) -> None:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    engine = create_engine(
        url, pool_size=10, max_overflow=20, pool_pre_ping=True, hide_parameters=True
    )

    @event.listens_for(engine, "connect")
    def _json_loads(dbapi_connection: Any, connection_record: Any) -> None:
        # psycopg parses json columns itself; orjson does it several times faster
        # (pull pages read thousands of field_hlcs maps).
        from psycopg.types.json import set_json_loads

        set_json_loads(orjson.loads, dbapi_connection)

    return engine


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    config = alembic_config(str(engine.url))
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class ServerDatabase(stamping.ClockedSessions):
    """Engine and sessions of the server.  Server-side writes made through
    the ORM (admin commands, a laptop joining) are stamped with this process's own
    clock, like a laptop's, then given sequence numbers (`server.sequence`)."""

    def __init__(self, url: str, *, migrate: bool = True) -> None:
        self.url = normalize_url(url)
        self.engine = make_engine(self.url)
        if migrate:
            upgrade(self.engine)
        self.factory = sessionmaker(self.engine, expire_on_commit=False)
        stamping.install(self.factory)
        # One identity per process: two processes never share a clock node.
        self.device_id = new_id()
        self.clock = HybridLogicalClock(node_from_device_id(self.device_id))

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def dispose(self) -> None:
        self.engine.dispose()
