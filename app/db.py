"""The laptop database: SQLite (WAL) in the data folder, migrated by Alembic
at start, with this device's identity and clock."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.orm import sessionmaker

from app import paths
from app.core import stamping
from app.core.clock import HybridLogicalClock, node_from_device_id, wall_millis
from app.laptop_sync import clock_recovery
from app.models.ids import new_id
from app.models.sync_state import read_state, write_state

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r"^(down_revision|revision)\s*=\s*['\"]?([\w]+)['\"]?", re.MULTILINE)


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url)
    return config


def make_engine(db_path: Path) -> Engine:
    # hide_parameters: a database error's text never carries personal data.
    engine = create_engine(
        f"sqlite:///{db_path}", connect_args={"timeout": 30}, hide_parameters=True
    )

    @event.listens_for(engine, "connect")
    def _wal(dbapi_connection: Any, connection_record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()
        # Let SQLAlchemy, not the sqlite3 driver, decide when a transaction
        # starts: the driver's lazy BEGIN made a savepoint opened before the
        # first write run outside the transaction (and commit on release).
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def script_head() -> str:
    """The newest migration, read from the version files without importing
    Alembic (which costs ~0.5 s of every start-up)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        source = script.read_text(encoding="utf-8")
        found = {m.group(1): m.group(2) for m in _REVISION.finditer(source)}
        revisions.add(found["revision"])
        if found.get("down_revision", "None") != "None":
            parents.add(found["down_revision"])
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {sorted(heads)}")
    return heads.pop()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    if revision == "head" and current_revision(engine) == script_head():
        return
    from alembic import command

    config = alembic_config(str(engine.url))
    with engine.connect() as connection:
        # Batch migrations re-create tables (SQLite's 12-step ALTER), which
        # foreign keys would forbid; the pragma only works outside a
        # transaction, and the keys are checked before committing.
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    raise RuntimeError(f"migration broke foreign keys: {broken[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


class Database(stamping.ClockedSessions):
    """One laptop database: engine, session factory, device id and clock."""

    def __init__(
        self, folder: Path, *, migrate: bool = True, wall: Callable[[], int] = wall_millis
    ) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / paths.DB_FILE
        self.engine = make_engine(self.path)
        if migrate:
            upgrade(self.engine)
        self.factory = sessionmaker(self.engine, expire_on_commit=False)
        stamping.install(self.factory)
        self.device_id = self._device_id()
        self.clock = self._load_clock(wall)

    @classmethod
    def open(cls, data_dir: str | Path | None = None) -> Database:
        return cls(paths.data_dir(data_dir))

    def _device_id(self) -> str:
        with self.factory() as session, session.begin():
            device_id = read_state(session, "device_id")
            if device_id is None:
                device_id = new_id()
                write_state(session, "device_id", device_id)
            return device_id

    def _load_clock(self, wall: Callable[[], int]) -> HybridLogicalClock:
        """The clock resumes above every stamp already written here, but
        never beyond the bound: clocks left in the future (a wrong date,
        or an overflowed clock from before clocks were bounded) are brought
        back, and unpushed edits stamped with them re-stamped."""
        with self.factory() as session, session.begin():
            clock = HybridLogicalClock(
                node_from_device_id(self.device_id),
                now=wall,
                server_time=clock_recovery.load_server_time(session),
            )
            clock_recovery.recover(session, clock)
        return clock

    def dispose(self) -> None:
        self.engine.dispose()
