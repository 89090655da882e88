"""One window per data folder, with real processes: a second start brings the
first window forward (or says why it cannot), a window killed with kill -9
blocks nothing, and the commands that write refuse to run beside the window
and change nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.folder_lock import LOCK_FILE, FolderLock
from app.models import Beneficiary
from tests.sync_helpers import ROOT

STARTED = "a later start on this data folder will bring this window forward"
FORWARDED = "brought forward for a second start"


def env(tmp_path: Path, *, probe: bool) -> dict[str, str]:
    values = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM="offscreen",
        CARAVANE_CONFIG_DIR=str(tmp_path / "config"),
        PYTHONIOENCODING="utf-8",
    )
    values.pop("CARAVANE_STARTUP_PROBE", None)
    if probe:
        values["CARAVANE_STARTUP_PROBE"] = "1"  # print what is shown, then quit
    return values


def caravane(tmp_path: Path, *args: str, probe: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], cwd=ROOT, env=env(tmp_path, probe=probe),
        capture_output=True, text=True, timeout=120,
    )


def log_of(folder: Path) -> str:
    path = folder / "caravane.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    Database(data).dispose()
    return data


@pytest.fixture
def window(tmp_path: Path, folder: Path) -> Iterator[subprocess.Popen[str]]:
    """`caravane` open on `folder`, as a user leaves it open."""
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(folder)], cwd=ROOT,
        env=env(tmp_path, probe=False), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True,
    )
    deadline = time.monotonic() + 60
    while STARTED not in log_of(folder):
        assert process.poll() is None, process.communicate()[0]
        assert time.monotonic() < deadline, "the window did not start"
        time.sleep(0.05)
    yield process
    if process.poll() is None:
        process.kill()
    process.communicate(timeout=30)


def test_a_second_start_brings_the_first_window_forward(
    tmp_path: Path, folder: Path, window: subprocess.Popen[str]
) -> None:
    second = caravane(tmp_path, "--data-dir", str(folder))
    assert second.returncode == 0, second.stdout + second.stderr
    assert "déjà ouvert sur ce dossier de données" in second.stderr
    assert "premier plan" in second.stderr
    assert "first-paint" not in second.stdout  # no second window
    assert "Traceback" not in second.stdout + second.stderr
    deadline = time.monotonic() + 10
    while FORWARDED not in log_of(folder) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert FORWARDED in log_of(folder)
    assert window.poll() is None  # the first one goes on


def test_a_window_killed_with_kill_9_blocks_nothing(
    tmp_path: Path, folder: Path, window: subprocess.Popen[str]
) -> None:
    os.kill(window.pid, signal.SIGKILL)
    window.wait(timeout=30)
    assert (folder / LOCK_FILE).exists()  # the file stays; the system's lock went with it
    again = caravane(tmp_path, "--data-dir", str(folder))
    assert again.returncode == 0, again.stdout + again.stderr
    assert "first-paint" in again.stdout
    assert "start-refused" not in again.stdout


def test_another_data_folder_opens_beside_the_window(
    tmp_path: Path, window: subprocess.Popen[str]
) -> None:
    other = tmp_path / "other"
    Database(other).dispose()
    beside = caravane(tmp_path, "--data-dir", str(other))
    assert beside.returncode == 0, beside.stdout + beside.stderr
    assert "first-paint" in beside.stdout


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_a_folder_taken_by_a_command_is_said_in_a_window(
    tmp_path: Path, folder: Path, lang: str
) -> None:
    command = FolderLock(folder)  # `caravane demo` at work (this process stands in for it)
    assert command.acquire("demo")
    try:
        refused = caravane(tmp_path, "--data-dir", str(folder), "--lang", lang)
    finally:
        command.release()
    assert refused.returncode == 1, refused.stdout + refused.stderr
    shown = refused.stdout.split("start-refused ", 1)[1]
    assert "caravane demo" in shown
    assert ("Attendez qu'elle se termine" if lang == "fr" else "انتظر حتى ينتهي") in shown
    assert "first-paint" not in refused.stdout
    assert "Traceback" not in refused.stdout + refused.stderr


@pytest.mark.parametrize(
    "command",
    [
        ["demo", "--beneficiaries", "50"],
        ["sync"],
        ["import", "beneficiaries", "LIST"],
    ],
)
def test_commands_that_write_refuse_to_run_beside_the_window(
    tmp_path: Path, folder: Path, window: subprocess.Popen[str], command: list[str]
) -> None:
    people = tmp_path / "list.csv"
    people.write_text("Nom;Prénom;Sexe\nAlaoui;Khadija;F\n", encoding="utf-8")
    args = [str(people) if a == "LIST" else a for a in command]
    refused = caravane(tmp_path, "--data-dir", str(folder), *args, probe=False)
    assert refused.returncode == 3, refused.stdout + refused.stderr
    assert "Caravane est ouvert sur ce dossier de données" in refused.stderr
    assert "n'a rien fait" in refused.stderr
    assert "Traceback" not in refused.stderr
    db = Database(folder)
    try:
        with db.session() as session:
            assert session.scalar(select(func.count()).select_from(Beneficiary)) == 0
    finally:
        db.dispose()
    assert window.poll() is None


def test_commands_that_only_read_run_beside_the_window(
    tmp_path: Path, folder: Path, window: subprocess.Popen[str]
) -> None:
    dry_run = tmp_path / "list.csv"
    dry_run.write_text("Nom;Prénom;Sexe\nAlaoui;Khadija;F\n", encoding="utf-8")
    for args in (["indicators"], ["import", "beneficiaries", str(dry_run), "--dry-run"]):
        done = caravane(tmp_path, "--data-dir", str(folder), *args, probe=False)
        assert done.returncode in (0, 1), done.stdout + done.stderr  # 1: rows refused
        assert "Caravane est ouvert" not in done.stderr


def test_two_commands_that_write_do_not_run_together(tmp_path: Path, folder: Path) -> None:
    running = FolderLock(folder)
    assert running.acquire("sync")
    try:
        refused = caravane(tmp_path, "--data-dir", str(folder), "demo", probe=False)
    finally:
        running.release()
    assert refused.returncode == 3
    assert "« caravane sync », processus" in refused.stderr
    done = caravane(tmp_path, "--data-dir", str(folder), "demo", "--beneficiaries", "20",
                    probe=False)
    assert done.returncode == 0, done.stderr


def test_the_lock_says_who_holds_it_and_is_free_once_released(tmp_path: Path) -> None:
    first, second = FolderLock(tmp_path), FolderLock(tmp_path)
    assert second.holder() is None
    assert first.acquire("window")
    assert not second.acquire("demo")
    holder = second.holder()
    assert holder is not None and holder.is_window and holder.pid == os.getpid()
    first.release()
    assert second.holder() is None
    assert second.acquire("demo")
    second.release()
