from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.orm import sessionmaker

from app import migrations, paths
from app.core import stamping
from app.core.clock import HybridLogicalClock, node_from_device_id, wall_millis
from app.laptop_sync import clock_recovery
from app.models import Base
from app.models.ids import new_id
from app.models.sync_state import read_state, write_state

if TYPE_CHECKING:
    from alembic.config import Config

# The laptop's branches of the one history (app/migrations): shared + laptop.
LOCATIONS = (migrations.SHARED, migrations.LAPTOP)
# The laptop's single chain before the shared history (until December 2026):
# its 0001 made local_state and the FTS index, now laptop_0001.
SINGLE_CHAIN = frozenset({"0001", "0002", "0003", "0004", "0005", "0006"})
FIRST_LAPTOP_REVISION = "laptop_0001"
# In local_state: the revision files and stamps of the last upgrade to the heads.
SCHEMA_MARK = "schema_scripts"


def alembic_config(url: str) -> Config:
    return migrations.config(
        url, LOCATIONS, metadata=[Base.metadata], include_object=migrations.laptop_objects
    )


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
        # "IMMEDIATE" for a session opened to write (ClockedSessions.session).
        mode = connection.get_execution_options().get("sqlite_begin")
        connection.exec_driver_sql("BEGIN IMMEDIATE" if mode == "IMMEDIATE" else "BEGIN")

    return engine


def _mark(stamps: set[str]) -> str:
    return f"{migrations.scripts_digest(LOCATIONS)} {' '.join(sorted(stamps))}"


def _up_to_date(engine: Engine) -> bool:
    """Start-up's fast path, without Alembic (~0.15 s): the database was
    upgraded to the heads of exactly these revision files, and is still at
    the revisions it was then."""
    with engine.connect() as connection:
        tables = set(connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name IN ('alembic_version', 'local_state')"
        ).scalars())
        if tables != {"alembic_version", "local_state"}:
            return False
        mark = connection.execute(
            text("SELECT value FROM local_state WHERE key = :key"), {"key": SCHEMA_MARK}
        ).scalar()
        return mark is not None and mark == _mark(migrations.stamped(connection))


def _adopt_single_chain(config: Config) -> Callable[[Connection], None]:
    def adopt(connection: Connection) -> None:
        """A database of the single chain has local_state and the FTS index
        already: it gets laptop_0001 stamped, not run.  (In the shared
        history only laptop_0001 makes local_state, so nothing else matches.)"""
        stamps = migrations.stamped(connection)
        if (
            len(stamps) == 1
            and stamps <= SINGLE_CHAIN
            and connection.dialect.has_table(connection, "local_state")
        ):
            migrations.restamp(connection, config, stamps | {FIRST_LAPTOP_REVISION})

    return adopt


def _remember(connection: Connection) -> None:
    connection.execute(
        text(
            "INSERT INTO local_state (key, value) VALUES (:key, :value) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"key": SCHEMA_MARK, "value": _mark(migrations.stamped(connection))},
    )


def upgrade(engine: Engine, target: str = "heads") -> None:
    """Bring the laptop database to `target` (by default the heads of the
    shared and laptop branches)."""
    if target == "heads" and _up_to_date(engine):
        return
    config = alembic_config(str(engine.url))
    migrations.upgrade(
        engine, config, target,
        before=_adopt_single_chain(config),
        after=_remember if target == "heads" else None,
    )


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
