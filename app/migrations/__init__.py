"""One migration history (Alembic) for the laptop's and the server's databases.

One script directory (this folder: `env.py`, `script.py.mako`) and three
branches, each in its own version folder:

- `shared/` (branch `shared`, revisions 0001, 0002 ...): the domain schema
  of `app.models` that both databases hold, and its reference data.
- `laptop/` (branch `laptop`, revisions laptop_0001 ...): what only a laptop
  holds: `local_state` and the FTS5 index of people.
- `server/migrations/` in the server package (branch `server`, revisions
  server_0001 ...): the server-only tables of `server.models`.

A laptop upgrades to the heads of shared + laptop (`app.db.upgrade`), the
server to the heads of shared + server (`server.db.upgrade`): each
environment is given only its own version folders, so "heads" is right for
both.  Nothing here imports Alembic at module level: a laptop that is
already up to date starts without it.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, MetaData, text

if TYPE_CHECKING:
    from alembic.config import Config

SCRIPTS = Path(__file__).resolve().parent
SHARED = SCRIPTS / "shared"
LAPTOP = SCRIPTS / "laptop"

# Tables of app.models that only a laptop has (made by the laptop branch).
LAPTOP_ONLY_TABLES = frozenset({"local_state"})
# The FTS5 table of people and its shadow tables, made by raw SQL (laptop only).
FTS_PREFIX = "beneficiary_fts"

IncludeObject = Callable[[Any, str | None, str, bool, Any], bool]


def laptop_objects(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """What Alembic compares on a laptop: not the FTS tables (no model)."""
    return not (type_ == "table" and name is not None and name.startswith(FTS_PREFIX))


def server_objects(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """What Alembic compares on the server: not the laptop-only models."""
    return not (type_ == "table" and name in LAPTOP_ONLY_TABLES)


def config(
    url: str,
    locations: Sequence[Path],
    *,
    metadata: Sequence[MetaData],
    include_object: IncludeObject,
) -> Config:
    """The Alembic configuration of one environment: this script directory,
    the given version folders, the models compared by `--autogenerate`."""
    from alembic.config import Config

    result = Config()

    def option(name: str, value: str) -> None:
        result.set_main_option(name, value.replace("%", "%%"))  # configparser syntax

    option("script_location", str(SCRIPTS))
    option("path_separator", "os")  # folders may hold spaces (Windows user folders)
    option("version_locations", os.pathsep.join(str(p) for p in locations))
    option("sqlalchemy.url", url)
    result.attributes["target_metadata"] = list(metadata)
    result.attributes["include_object"] = include_object
    return result


def heads(alembic: Config) -> set[str]:
    """The newest revision of every branch of the environment."""
    from alembic.script import ScriptDirectory

    return set(ScriptDirectory.from_config(alembic).get_heads())


def stamped(connection: Connection) -> set[str]:
    """The revisions the database says it is at (one per branch)."""
    if not connection.dialect.has_table(connection, "alembic_version"):
        return set()
    return set(connection.execute(text("SELECT version_num FROM alembic_version")).scalars())


def restamp(connection: Connection, alembic: Config, revisions: Iterable[str]) -> None:
    """Replace the version rows (inside the caller's transaction) by these
    revisions, each checked to exist in the environment's history.  As
    Alembic does, a revision that another one needs (its ancestor, or what
    it depends on) is implied by it and not written."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic)
    implied: set[str] = set()
    for revision in revisions:  # iterate_revisions raises for an unknown revision
        implied |= {r.revision for r in script.iterate_revisions(revision, "base")} - {revision}
    wanted = sorted(set(revisions) - implied)
    connection.execute(text("DELETE FROM alembic_version"))
    connection.execute(
        text("INSERT INTO alembic_version (version_num) VALUES (:revision)"),
        [{"revision": revision} for revision in wanted],
    )


def upgrade(
    engine: Engine,
    alembic: Config,
    target: str,
    *,
    before: Callable[[Connection], None] | None = None,
    after: Callable[[Connection], None] | None = None,
) -> None:
    """Upgrade to `target` ("heads", or one revision and what it needs) in
    one transaction, with `before` and `after` inside it: a failure anywhere
    leaves the database as it was."""
    from alembic import command

    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        raw = connection.connection.driver_connection
        if sqlite:
            # Batch migrations re-create tables (SQLite's 12-step ALTER),
            # which foreign keys would forbid; the pragma only works outside
            # a transaction, and the keys are checked before committing.
            assert raw is not None
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                if before is not None:
                    before(connection)
                alembic.attributes["connection"] = connection
                command.upgrade(alembic, target)
                if after is not None:
                    after(connection)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise RuntimeError(f"migration broke foreign keys: {broken[:5]}")
        finally:
            if sqlite:
                assert raw is not None
                raw.execute("PRAGMA foreign_keys=ON")


def scripts_digest(locations: Sequence[Path]) -> str:
    """A digest of the revision files of an environment (no Alembic, ~1 ms):
    it changes whenever a revision is added, removed or edited."""
    digest = hashlib.sha256()
    for location in locations:
        for script in sorted(location.glob("*.py")):
            digest.update(f"{location.name}/{script.name}\0".encode())
            digest.update(script.read_bytes())
    return digest.hexdigest()
