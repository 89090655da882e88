"""A full disk (or a read-only database) during a real sync, on the laptop
and on the server: the user gets a sentence in their language, never a
traceback or SQL parameters (names, CINs, phones could be among them), and
a later sync, disk freed, completes with nothing lost.

The full disk is SQLite's `PRAGMA max_page_count` on the connections to one
database file (a test-side hook on SQLAlchemy's "connect" event, in this
process or, through sitecustomize, in a `caravane` subprocess); PostgreSQL
refuses writes with `default_transaction_read_only`."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from app.db import Database
from app.laptop_sync import bundle_export, client
from app.laptop_sync.messages import message
from app.models import Beneficiary
from app.sync.errors import StorageFull, storage_error
from server.db import ServerDatabase
from tests.sync_helpers import (
    BACKENDS,
    ROOT,
    Cluster,
    ThreadedServer,
    database_url,
    laptop_rows,
    new_team,
    server_snapshot,
)

pytest_plugins = ["tests.sync_helpers"]  # the live_server and cluster fixtures

PEOPLE = 1500
CIN_PREFIX = "ZQ"  # every CIN below starts so; none may show anywhere


def add_secrets(db: Database, team_id: str, count: int = PEOPLE) -> None:
    with db.session() as session:
        session.add_all(
            Beneficiary(
                first_name=f"Secret{n}", last_name="Personnel", sex="F", team_id=team_id,
                registered_on=dt.date(2026, 3, 2), cin=f"{CIN_PREFIX}{n:06d}",
                phone=f"+2126{n:08d}",
            )
            for n in range(count)
        )


def pages(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return int(connection.execute("PRAGMA page_count").fetchone()[0])


def _limit(target: str, max_pages: int) -> Any:
    def on_connect(dbapi_connection: Any, record: Any) -> None:
        if not isinstance(dbapi_connection, sqlite3.Connection):
            return
        files = [row[2] for row in dbapi_connection.execute("PRAGMA database_list")]
        if target in files:
            dbapi_connection.execute(f"PRAGMA max_page_count={max_pages}")

    return on_connect


@contextlib.contextmanager
def full_disk(path: Path, *engines: Engine, room: int = 20) -> Iterator[None]:
    """The disk holding `path` is full but for `room` pages (in this process)."""
    hook = _limit(str(path.resolve()), pages(path) + room)
    event.listen(Engine, "connect", hook)
    for engine in engines:
        engine.dispose()  # pooled connections were opened without the limit
    try:
        yield
    finally:
        event.remove(Engine, "connect", hook)
        for engine in engines:
            engine.dispose()


SITECUSTOMIZE = '''
import os
import sqlite3
from sqlalchemy import event
from sqlalchemy.engine import Engine

TARGET = os.environ["CARAVANE_TEST_FULL_DB"]
PAGES = int(os.environ["CARAVANE_TEST_FULL_PAGES"])


@event.listens_for(Engine, "connect")
def _full(dbapi_connection, record):
    if isinstance(dbapi_connection, sqlite3.Connection):
        files = [row[2] for row in dbapi_connection.execute("PRAGMA database_list")]
        if TARGET in files:
            dbapi_connection.execute(f"PRAGMA max_page_count={PAGES}")
'''


def caravane(folder: Path, *args: str, full: Path | None = None) -> subprocess.CompletedProcess[str]:
    """`caravane --data-dir folder ...` as the user runs it."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    if full is not None:
        hooks = folder.parent / "hooks"
        hooks.mkdir(exist_ok=True)
        (hooks / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
        env["PYTHONPATH"] = f"{hooks}{os.pathsep}{ROOT}"
        env["CARAVANE_TEST_FULL_DB"] = str(full.resolve())
        env["CARAVANE_TEST_FULL_PAGES"] = str(pages(full) + 20)
    return subprocess.run(
        [sys.executable, "-m", "app.cli.main", "--data-dir", str(folder), *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )


def assert_clean(text_out: str) -> None:
    for leak in ("Traceback", CIN_PREFIX, "+2126", "Secret1", "[parameters", "INSERT", "SELECT"):
        assert leak not in text_out, f"{leak!r} in {text_out!r}"


def test_a_full_laptop_disk_during_sync_is_one_sentence_and_loses_nothing(
    cluster: Cluster, tmp_path: Path
) -> None:
    source = cluster.laptop(tmp_path / "source")
    add_secrets(source, cluster.team_id)
    client.sync(source)
    folder = tmp_path / "a"
    a = cluster.laptop(folder)
    mine = add_secrets_one(a, cluster.team_id)
    a.dispose()

    run = caravane(folder, "sync", full=folder / "caravane.sqlite3")
    assert run.returncode == 1, run.stderr
    assert "disque de cet ordinateur est plein" in run.stderr
    assert "reprendra" in run.stderr
    assert_clean(run.stdout + run.stderr)

    again = caravane(folder, "sync")  # disk freed
    assert again.returncode == 0, again.stderr
    a = Database(folder)
    assert laptop_rows(a) == server_snapshot(cluster.server, cluster.team_id)
    with cluster.server.session() as session:
        assert session.get(Beneficiary, mine) is not None
    a.dispose()


def add_secrets_one(db: Database, team_id: str) -> str:
    with db.session() as session:
        row = Beneficiary(first_name="Mienne", last_name="Locale", sex="M", team_id=team_id,
                          registered_on=dt.date(2026, 3, 2), cin=f"{CIN_PREFIX}999999")
        session.add(row)
        session.flush()
        return row.id


@contextlib.contextmanager
def server_refusing_writes(backend: str, folder: Path) -> Iterator[tuple[ThreadedServer, Any]]:
    """A server of its own, and a switch that makes its database refuse
    every write: a full disk on SQLite, read-only transactions on PostgreSQL."""
    with database_url(backend, folder) as url:
        writable = ServerDatabase(url)
        server = ThreadedServer(writable).start()
        state = server.server.config.app.state  # type: ignore[union-attr]

        @contextlib.contextmanager
        def refusing() -> Iterator[None]:
            if backend == "sqlite":
                with full_disk(folder / "server.sqlite3", writable.engine):
                    yield
                return
            read_only = ServerDatabase(url + "%20-cdefault_transaction_read_only%3Don",
                                       migrate=False)
            state.db = read_only
            try:
                yield
            finally:
                state.db = writable
                read_only.dispose()

        try:
            yield server, refusing
        finally:
            server.stop()
            writable.dispose()


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_server_that_cannot_write_during_push_is_one_sentence_and_loses_nothing(
    backend: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with server_refusing_writes(backend, tmp_path / "server") as (server, refusing):
        c = Cluster(server.db, server.url, new_team(server.db))
        folder = tmp_path / "a"
        a = c.laptop(folder)
        client.sync(a)
        add_secrets(a, c.team_id)
        a.dispose()
        with refusing():
            run = caravane(folder, "sync")
        assert run.returncode == 1, run.stderr
        assert "serveur de la CCIS ne peut rien enregistrer" in run.stderr
        assert_clean(run.stdout + run.stderr)
        assert_clean(caplog.text)
        assert "storage" in caplog.text  # the server says what happened, in one line

        again = caravane(folder, "sync")
        assert again.returncode == 0, again.stderr
        a = Database(folder)
        assert laptop_rows(a) == server_snapshot(c.server, c.team_id)
        with c.server.session() as session:
            count = session.scalar(text("SELECT count(*) FROM beneficiary WHERE cin LIKE 'ZQ%'"))
        assert count == PEOPLE
        a.dispose()


def test_other_commands_on_a_full_disk_say_so_too(tmp_path: Path) -> None:
    """`caravane demo` on the laptop, `caravane-server admin` on the server."""
    folder = tmp_path / "laptop"
    Database(folder).dispose()
    run = caravane(folder, "demo", "--beneficiaries", "300", full=folder / "caravane.sqlite3")
    assert run.returncode == 1, run.stderr
    assert "disque de cet ordinateur est plein" in run.stderr
    assert_clean(run.stderr)
    assert "Traceback" not in run.stderr

    # The officer imports a laptop's USB bundle onto a full server disk.
    server_file = tmp_path / "server" / "server.sqlite3"
    with server_refusing_writes("sqlite", server_file.parent) as (server, _):
        c = Cluster(server.db, server.url, new_team(server.db))
        laptop = c.laptop(tmp_path / "b")
        add_secrets(laptop, c.team_id)
        bundle_export.export_bundle(laptop, tmp_path / "paquet.caravane")
        laptop.dispose()
    env = dict(os.environ, PYTHONPATH=f"{folder.parent / 'hooks'}{os.pathsep}{ROOT}",
               CARAVANE_TEST_FULL_DB=str(server_file.resolve()),
               CARAVANE_TEST_FULL_PAGES=str(pages(server_file) + 5))
    admin = subprocess.run(
        [sys.executable, "-m", "server.cli", "admin", "import-bundle",
         str(tmp_path / "paquet.caravane"), "--database-url", f"sqlite:///{server_file}"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert admin.returncode == 1, admin.stderr
    assert "Le disque du serveur est plein" in admin.stderr
    assert_clean(admin.stderr)


# ------------------------------------------------------------ small pieces


def test_database_errors_carry_no_parameters(tmp_path: Path) -> None:
    laptop = Database(tmp_path / "laptop")
    server = ServerDatabase(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    for engine in (laptop.engine, server.engine):
        with pytest.raises(DBAPIError) as failed, engine.begin() as connection:
            connection.execute(text("SELECT * FROM no_such_table WHERE cin = :cin"),
                               {"cin": "ZQ123456"})
        assert "ZQ123456" not in str(failed.value)
        assert engine.hide_parameters
    laptop.dispose()
    server.dispose()


def test_a_real_full_disk_error_is_recognised(tmp_path: Path) -> None:
    db = Database(tmp_path / "laptop")
    with full_disk(db.path, db.engine, room=2), pytest.raises(DBAPIError) as failed:
        add_secrets(db, "t", count=500)
    found = storage_error(failed.value)
    assert isinstance(found, StorageFull)
    assert "libérez de la place" in message(found).lower()
    assert storage_error(OSError(28, "No space left on device")).code == "storage_full"  # type: ignore[union-attr]
    assert storage_error(ValueError("x")) is None
    db.dispose()


# ------------------------------------------------------------------ window


@pytest.fixture
def ui_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CARAVANE_CONFIG_DIR", str(tmp_path / "config"))


def test_the_window_says_the_disk_is_full_and_syncs_once_freed(
    qtbot: Any, db: Database, cluster: Cluster, tmp_path: Path, ui_config: None
) -> None:
    from app.ui import crash
    from tests.ui_support import build_day, close_window, log_in, make_window

    build_day(db)
    client.join_server(db, cluster.url, cluster.code(), device_name="laptop-ui")
    source = cluster.laptop(tmp_path / "source")
    add_secrets(source, cluster.team_id)
    client.sync(source)
    log_path = crash.setup_logging(db.folder)
    with full_disk(db.path, db.engine, room=40):
        window = make_window(qtbot, db)
        try:
            log_in(qtbot, window)
            bar = window.status
            bar.sync_now()
            qtbot.waitUntil(lambda: "disque de cet ordinateur est plein" in bar.last_message,
                            timeout=30_000)
            assert "pas perdu" in bar.message.text()
            qtbot.waitUntil(lambda: not bar.syncing, timeout=10_000)
        except BaseException:
            close_window(window)
            raise
    try:
        bar.sync_now()  # disk freed
        qtbot.waitUntil(lambda: bar.last_message == "Synchronisé", timeout=30_000)
    finally:
        close_window(window)
    assert laptop_rows(db) == server_snapshot(cluster.server, cluster.team_id)
    logged = log_path.read_text(encoding="utf-8") if log_path and log_path.exists() else ""
    assert_clean(logged)


def test_an_unhandled_storage_failure_is_one_line_in_the_log_and_a_sentence(
    qtbot: Any, db: Database, tmp_path: Path
) -> None:
    from app.ui import crash

    log_path = crash.setup_logging(db.folder)
    assert log_path is not None
    with full_disk(db.path, db.engine, room=2), pytest.raises(DBAPIError) as failed:
        add_secrets(db, "t", count=500)
    crash.handle_exception(type(failed.value), failed.value, failed.value.__traceback__)
    dialog = crash.last_dialog
    assert dialog is not None
    assert "disque de cet ordinateur est plein" in dialog.text()
    assert not dialog.detailedText()
    for handler in crash.log.handlers:
        handler.flush()
    logged = log_path.read_text(encoding="utf-8")
    assert "Storage failure: storage_full" in logged
    assert_clean(logged)
    dialog.close()
