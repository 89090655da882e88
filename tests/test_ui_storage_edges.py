"""The disk at its edges, through the window and the real program: a full
disk, a data folder that turns read-only, a database locked by another
program, a log that cannot be written.  Each is said in a sentence in the
user's language, what was committed stays, and once the disk is fine again
the same action works without a restart.

Real faults where they can be had: as root (chmod does not stop root) a
tmpfs that fills up and a read-only bind mount, inside a private mount
namespace (`unshare`) for the programs started here; otherwise SQLite's own
`max_page_count` (a real SQLITE_FULL) and chmod."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from app.db import Database
from app.services import attendance
from app.ui.screens.attendance import AttendanceScreen
from tests.sync_helpers import ROOT
from tests.ui_support import Day, build_day, close_window, log_in, make_window, wait_idle

IS_ROOT = os.geteuid() == 0
FULL = {"fr": "Le disque de cet ordinateur est plein", "ar": "قرص هذا الحاسوب ممتلئ"}
READ_ONLY = {"fr": "en lecture seule", "ar": "للقراءة فقط"}


def run(*command: str) -> None:
    subprocess.run(command, check=True, capture_output=True)


# ----------------------------------------------------------------- the faults


class SmallDisk:
    """A database on a disk that can be filled and freed: a real tmpfs as
    root, else SQLite's page limit on the database's connections."""

    def __init__(self, where: Path) -> None:
        self.where = where
        self.mounted = False
        if IS_ROOT:
            where.mkdir(parents=True)
            run("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", str(where))
            self.mounted = True
        self.db = Database(where / "laptop")
        self._hook: Callable[..., None] | None = None

    def fill(self) -> None:
        if self.mounted:
            with contextlib.suppress(OSError), open(self.where / "filler", "wb",
                                                    buffering=0) as filler:
                while True:
                    filler.write(b"\0" * 4096)
            return
        # Not one page more than now; SQLite then refuses any write that needs
        # a page.  A check-in fits in a page with room, so a trigger of this
        # test's connections makes each one need a page: the SQLITE_FULL is
        # SQLite's own, raised by the check-in's statement.
        self.db.engine.dispose()
        with contextlib.closing(sqlite3.connect(self.db.path)) as connection:
            connection.execute("CREATE TABLE IF NOT EXISTS test_filler (data BLOB)")
            connection.commit()
            limit = int(connection.execute("PRAGMA page_count").fetchone()[0])
            free = int(connection.execute("PRAGMA freelist_count").fetchone()[0])
        blob = (free + 8) * 4096  # more than the free pages inside the file

        def hook(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.execute(f"PRAGMA max_page_count={limit}")
            for event_name in ("INSERT", "UPDATE"):
                dbapi_connection.execute(
                    f"CREATE TEMP TRIGGER IF NOT EXISTS fill_on_{event_name.lower()} AFTER "
                    f"{event_name} ON main.attendance BEGIN INSERT INTO test_filler "
                    f"VALUES (zeroblob({blob})); END"
                )

        self._hook = hook
        event.listen(self.db.engine, "connect", hook)
        self.db.engine.dispose()

    def free(self) -> None:
        if self.mounted:
            (self.where / "filler").unlink(missing_ok=True)
        elif self._hook is not None:
            event.remove(self.db.engine, "connect", self._hook)
            self._hook = None
            self.db.engine.dispose()

    def close(self) -> None:
        self.db.dispose()
        if self.mounted:
            run("umount", "-l", str(self.where))


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """`folder` can no longer be written: a read-only bind mount as root,
    else no write permission.  New connections open it read-only."""
    if IS_ROOT:
        run("mount", "--bind", str(folder), str(folder))
        try:
            run("mount", "-o", "remount,ro,bind", str(folder))
            yield
        finally:
            run("umount", "-l", str(folder))
        return
    modes = {path: path.stat().st_mode for path in [folder, *folder.iterdir()]}
    for path, mode in modes.items():
        path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    try:
        yield
    finally:
        for path, mode in modes.items():
            path.chmod(mode)


# --------------------------------------------------------------- the window


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    small = SmallDisk(tmp_path / "disk")
    yield small
    small.close()


def open_attendance(
    qtbot: Any, db: Database, day: Day, lang: str
) -> tuple[Any, AttendanceScreen]:
    window = make_window(qtbot, db, lang=lang)
    log_in(qtbot, window)
    wait_idle(qtbot, window)
    window.ctx.open_attendance(day.session_id)
    screen = window.shell.screen_named("attendance")
    qtbot.waitUntil(lambda: screen.roster_data is not None, timeout=5000)
    wait_idle(qtbot, window)
    return window, screen


def check_in(qtbot: Any, screen: AttendanceScreen, day: Day, name: str) -> None:
    """What Enter on a result does; waits for the write and the read back."""
    screen.check_in(day.people[name], name)
    qtbot.waitUntil(lambda: not screen.ctx.tasks.busy, timeout=60_000)
    screen.flush()
    qtbot.waitUntil(lambda: not screen.ctx.tasks.busy, timeout=10_000)


def counted(screen: AttendanceScreen) -> tuple[int, int]:
    """(present, expected) as the big count shows them, in any language."""
    present, expected = (int(n) for n in re.findall(r"\d+", screen.count.text()))
    return present, expected


def present_in_db(db: Database, day: Day) -> set[str]:
    with db.session() as s:
        roster = attendance.roster(session=s, session_id=day.session_id)
    return {row.beneficiary_id for row in roster.rows if row.present}


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_a_full_disk_during_check_in_is_said_and_loses_nothing(
    qtbot: Any, disk: SmallDisk, lang: str
) -> None:
    db = disk.db
    day = build_day(db)
    window, screen = open_attendance(qtbot, db, day, lang)
    try:
        check_in(qtbot, screen, day, "Fatima-Zahra El Idrissi")
        assert counted(screen) == (1, 4)

        disk.fill()
        check_in(qtbot, screen, day, "Mohamed Benali")
        assert FULL[lang] in screen.feedback.text()
        assert "e3q8" not in screen.feedback.text()
        assert counted(screen) == (1, 4)  # what is really recorded, not what was typed
        assert present_in_db(db, day) == {day.people["Fatima-Zahra El Idrissi"]}

        disk.free()
        check_in(qtbot, screen, day, "Mohamed Benali")  # the same action, no restart
        assert counted(screen) == (2, 4)
    finally:
        close_window(window)
    assert present_in_db(db, day) == {
        day.people["Fatima-Zahra El Idrissi"], day.people["Mohamed Benali"]
    }


def test_a_data_folder_turning_read_only_is_said_and_the_retry_works(
    qtbot: Any, db: Database
) -> None:
    day = build_day(db)
    window, screen = open_attendance(qtbot, db, day, "fr")
    try:
        check_in(qtbot, screen, day, "Fatima-Zahra El Idrissi")
        with read_only(db.folder):
            db.engine.dispose()  # as after the disk was remounted read-only
            check_in(qtbot, screen, day, "Mohamed Benali")
            assert READ_ONLY["fr"] in screen.feedback.text()
            assert "pas perdu" in screen.feedback.text()
            assert counted(screen) == (1, 4)  # still read from the read-only disk
        check_in(qtbot, screen, day, "Mohamed Benali")
        assert counted(screen) == (2, 4)
    finally:
        close_window(window)
    assert len(present_in_db(db, day)) == 2


LOCKER = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
"""


def test_a_database_locked_by_another_program_is_said_and_the_retry_works(
    qtbot: Any, db: Database
) -> None:
    day = build_day(db)

    def short_wait(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA busy_timeout=300")  # not 30 s in a test

    event.listen(db.engine, "connect", short_wait)
    db.engine.dispose()
    window, screen = open_attendance(qtbot, db, day, "ar")
    locker = subprocess.Popen([sys.executable, "-c", LOCKER, str(db.path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert locker.stdout is not None and locker.stdout.readline().strip() == "locked"
        check_in(qtbot, screen, day, "Salma Chaoui")
        assert "برنامج آخر" in screen.feedback.text()  # "used by another program"
        assert counted(screen) == (0, 4)
        locker.communicate("\n", timeout=30)  # the other program lets go
        check_in(qtbot, screen, day, "Salma Chaoui")
        assert present_in_db(db, day) == {day.people["Salma Chaoui"]}
    finally:
        if locker.poll() is None:
            locker.kill()
        close_window(window)


@pytest.fixture
def own_log(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app's logger as a test leaves it: restored afterwards."""
    from app.ui import crash

    monkeypatch.setattr(crash.log, "handlers", [])
    monkeypatch.setattr(crash, "_log_path", None)
    monkeypatch.setattr(crash, "_fallback", None)


def test_an_unexpected_error_in_the_window_names_no_log_it_could_not_write(
    qtbot: Any, tmp_path: Path, own_log: None
) -> None:
    from app.ui import crash

    folder = tmp_path / "data"
    folder.mkdir()
    (folder / crash.LOG_FILE).mkdir()  # the log's place is taken: it cannot be opened
    assert crash.setup_logging(folder) is None
    crash.handle_exception(RuntimeError, RuntimeError("boom"), None)
    dialog = crash.last_dialog
    assert dialog is not None
    assert "pas perdu" in dialog.text()
    assert "journal" not in dialog.text()
    dialog.close()


# ------------------------------------------------------ the real program


def program_env(tmp_path: Path) -> dict[str, str]:
    values = dict(
        os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
        CARAVANE_CONFIG_DIR=str(tmp_path / "config"), CARAVANE_STARTUP_PROBE="1",
        PYTHONIOENCODING="utf-8",
    )
    return values


def in_namespace(script: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """`script` (sh) in a private mount namespace: its mounts vanish with it."""
    unshare = shutil.which("unshare")
    assert unshare, "util-linux's unshare is needed for the real disk faults"
    flags = ["--mount"] if IS_ROOT else ["--user", "--map-root-user", "--mount"]
    return subprocess.run(
        [unshare, *flags, "sh", "-ec", script], cwd=ROOT, env=program_env(tmp_path),
        capture_output=True, text=True, timeout=120,
    )


def prepared(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    build_day(Database(folder))
    return folder


def assert_said(run: subprocess.CompletedProcess[str], *words: str) -> str:
    out = run.stdout + run.stderr
    assert "Traceback" not in out, out
    assert run.returncode == 1, out
    assert "first-paint" not in run.stdout
    shown = run.stdout.split("start-refused ", 1)[1]
    for word in words:
        assert word in shown, (word, shown)
    return shown


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_a_read_only_data_folder_at_start_shows_a_sentence_not_a_traceback(
    tmp_path: Path, lang: str
) -> None:
    """Found: `OSError: [Errno 30] … caravane.log` and no window."""
    folder = prepared(tmp_path)
    script = (
        f'mount --bind "{folder}" "{folder}"\n'
        f'mount -o remount,ro,bind "{folder}"\n'
        f'exec "{sys.executable}" -m app --data-dir "{folder}" --lang {lang}\n'
    )
    shown = assert_said(in_namespace(script, tmp_path), str(folder), READ_ONLY[lang])
    assert ("Rien de ce qui était enregistré n'est perdu" if lang == "fr"
            else "لم يضع أي شيء") in shown
    assert not (folder / "caravane.log").exists()


def test_a_data_folder_that_cannot_be_made_is_said(tmp_path: Path) -> None:
    parent = tmp_path / "stick"
    parent.mkdir()
    script = (
        f'mount --bind "{parent}" "{parent}"\n'
        f'mount -o remount,ro,bind "{parent}"\n'
        f'exec "{sys.executable}" -m app --data-dir "{parent / "Caravane"}"\n'
    )
    assert_said(in_namespace(script, tmp_path), READ_ONLY["fr"])


def test_a_full_disk_at_start_is_said(tmp_path: Path) -> None:
    source = prepared(tmp_path)
    disk = tmp_path / "disk"
    disk.mkdir()
    script = (
        f'mount -t tmpfs -o size=24m tmpfs "{disk}"\n'
        f'cp -r "{source}" "{disk}/data"\n'
        f'dd if=/dev/zero of="{disk}/filler" bs=4096 2>/dev/null || true\n'
        f'exec "{sys.executable}" -m app --data-dir "{disk}/data"\n'
    )
    assert_said(in_namespace(script, tmp_path), "est plein", "Libérez de la place")


def test_a_damaged_database_at_start_is_said(tmp_path: Path) -> None:
    folder = prepared(tmp_path)
    for leftover in folder.glob("caravane.sqlite3-*"):
        leftover.unlink()
    (folder / "caravane.sqlite3").write_bytes(b"not a database at all" * 500)
    run_ = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(folder)], cwd=ROOT,
                          env=program_env(tmp_path), capture_output=True, text=True, timeout=120)
    shown = assert_said(run_, "n'a pas pu ouvrir ses données", "pas perdu")
    assert "sqlite" not in shown.lower()


def test_a_log_that_cannot_be_written_does_not_stop_the_start(tmp_path: Path) -> None:
    folder = prepared(tmp_path)
    (folder / "caravane.log").mkdir()  # the log's place is taken: it cannot be opened
    started = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(folder)], cwd=ROOT,
                             env=program_env(tmp_path), capture_output=True, text=True,
                             timeout=120)
    assert started.returncode == 0, started.stdout + started.stderr
    assert "first-paint" in started.stdout
    assert "Traceback" not in started.stdout + started.stderr
    assert "caravane: INFO started in" in started.stderr  # the log went to the terminal


def test_a_log_line_that_cannot_be_written_is_dropped_without_a_traceback(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], own_log: None
) -> None:
    """The disk fills up (or turns read-only) after the log was opened."""
    from app.ui import crash

    folder = tmp_path / "data"
    folder.mkdir()
    path = crash.setup_logging(folder)
    assert path is not None
    handler = next(h for h in crash.log.handlers
                   if isinstance(h, RotatingFileHandler) and h.baseFilename == str(path))
    writable = handler.stream
    with open(os.devnull, encoding="utf-8") as broken:  # read-only: every write fails
        handler.stream = broken
        try:
            crash.log.error("a line that cannot be written")
        finally:
            handler.stream = writable
    handler.close()
    assert "Logging error" not in capfd.readouterr().err


def test_sqlite_really_refuses_writes_under_these_faults(tmp_path: Path) -> None:
    """The faults above are the real ones (not an exception made up by a test)."""
    folder = tmp_path / "plain"
    folder.mkdir()
    sqlite3.connect(folder / "x.sqlite3").execute("CREATE TABLE t (x)").connection.commit()
    with read_only(folder):
        with pytest.raises(sqlite3.OperationalError) as refused:
            connection = sqlite3.connect(folder / "x.sqlite3")
            connection.execute("INSERT INTO t VALUES (1)")
            connection.commit()
        assert refused.value.sqlite_errorname.startswith("SQLITE_READONLY")
