"""The laptop database: SQLite (WAL) in the data folder, migrated by Alembic
at start, with this device's identity and clock."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.orm import Session, sessionmaker

from app import paths
from app.models import LocalState, syncable_classes
from app.models.ids import new_id
from app.sync import tracking
from app.sync.clock import HybridLogicalClock, node_from_device_id

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url)
    return config


def make_engine(db_path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{db_path}", connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _wal(dbapi_connection: Any, connection_record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    return engine


def upgrade(engine: Engine, revision: str = "head") -> None:
    config = alembic_config(str(engine.url))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def read_state(session: Session, key: str) -> str | None:
    row = session.get(LocalState, key)
    return row.value if row else None


def write_state(session: Session, key: str, value: str) -> None:
    row = session.get(LocalState, key)
    if row is None:
        session.add(LocalState(key=key, value=value))
    else:
        row.value = value


class Database:
    """One laptop database: engine, session factory, device id and clock."""

    def __init__(self, folder: Path, *, migrate: bool = True) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / paths.DB_FILE
        self.engine = make_engine(self.path)
        if migrate:
            upgrade(self.engine)
        self.factory = sessionmaker(self.engine, expire_on_commit=False)
        tracking.install(self.factory)
        self.device_id = self._device_id()
        self.clock = HybridLogicalClock(node_from_device_id(self.device_id), last=self._last_hlc())

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

    def _last_hlc(self) -> str | None:
        """The clock resumes above every stamp already written here."""
        latest = ""
        with self.factory() as session:
            for cls in syncable_classes():
                value = session.scalar(select(func.max(cls.hlc)))
                latest = max(latest, value or "")
        return latest or None

    def new_session(self) -> Session:
        session = self.factory()
        session.info["clock"] = self.clock
        session.info["device_id"] = self.device_id
        return session

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction for one user action or job: commit or roll back."""
        session = self.new_session()
        try:
            with session.begin():
                yield session
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
