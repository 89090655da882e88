"""The two migration chains as they were before the shared history
(December 2026), frozen: the laptop's 0001..0006 (`laptop/`) and the
server's s0001..s0005 (`server/`), copied unchanged except for the path by
which s0001 and s0004 load the laptop's files.  Tests build "a database of
today" with them and check that the current code upgrades it with its data
intact.  Never edit them: they are what is out there."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine

HERE = Path(__file__).resolve().parent


def build(engine: Engine, chain: Literal["laptop", "server"], revision: str) -> None:
    """Upgrade `engine`'s database to `revision` of the old `chain`, as the
    old app.db / server.db did (foreign keys off on SQLite, one transaction)."""
    config = Config()
    config.set_main_option("script_location", str(HERE).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    config.set_main_option("version_locations", str(HERE / chain).replace("%", "%%"))
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        raw = connection.connection.driver_connection
        if sqlite:
            raw.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
