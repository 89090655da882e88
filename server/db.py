"""The server database: SQLite in the data folder by default, PostgreSQL
(psycopg 3) for real deployments; migrated at start by the one migration
history (app/migrations): the shared branch and the server's own
(server/migrations).

Nothing that matters lives in memory: several server processes may share
one PostgreSQL.  Writes are serialized by the sync counter row (see
`server.sequence`); on SQLite every transaction starts with BEGIN IMMEDIATE
so two processes never deadlock upgrading a read lock.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.orm import sessionmaker

from app import migrations
from app.core import stamping
from app.core.clock import HybridLogicalClock, node_from_device_id
from app.models import Base
from app.models.ids import new_id
from server.models import ServerBase

if TYPE_CHECKING:
    from alembic.config import Config

# The server's branch of the one history; the server upgrades shared + server.
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
LOCATIONS = (migrations.SHARED, MIGRATIONS)
# The server's own chain before the shared history (until December 2026):
# each stamp and the revisions of the shared history its schema equals.
# (s0001 already had 0003's wider province codes: 0003 re-run changes nothing.)
SINGLE_CHAIN = {
    "s0001": ("0001", "server_0001"),
    "s0002": ("0002", "server_0001"),
    "s0003": ("0004", "server_0001"),
    "s0004": ("0005", "server_0001"),
    "s0005": ("0006", "server_0002"),
}
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
    return migrations.config(
        url, LOCATIONS, metadata=[Base.metadata, ServerBase.metadata],
        include_object=migrations.server_objects,
    )


def _adopt_single_chain(config: Config) -> Callable[[Connection], None]:
    def adopt(connection: Connection) -> None:
        """Serialize concurrent starts, then re-stamp a database of the old
        server chain to its equivalent revisions (once: in the same
        transaction as the upgrade, so a failure leaves the old stamp)."""
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        stamps = migrations.stamped(connection)
        old = {stamp for stamp in stamps if stamp.startswith("s0")}
        if not old:
            return
        if len(stamps) != 1 or not old <= SINGLE_CHAIN.keys():
            # Said to the officer who starts the server (plain French).
            raise RuntimeError(
                f"La base du serveur est à la révision {', '.join(sorted(stamps))}, inconnue "
                "de cette version de Caravane : installez la version qui l'a créée ou une plus récente."
            )
        migrations.restamp(connection, config, SINGLE_CHAIN[old.pop()])

    return adopt


def upgrade(engine: Engine, target: str = "heads") -> None:
    """Bring the server database to `target` (by default the heads of the
    shared and server branches)."""
    config = alembic_config(str(engine.url))
    migrations.upgrade(engine, config, target, before=_adopt_single_chain(config))


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
