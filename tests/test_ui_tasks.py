"""The task manager: waiting for the background jobs either sees them all
delivered or says that it gave up."""

from __future__ import annotations

import threading
from functools import partial

import pytest
from pytestqt.qtbot import QtBot

from app.db import Database
from app.ui.tasks import TaskManager


def _number(number: int, _session: object) -> int:
    return number


def test_wait_idle_delivers_every_result(qtbot: QtBot, db: Database) -> None:
    tasks = TaskManager(db)
    results: list[int] = []
    try:
        for number in range(3):
            tasks.run_db(partial(_number, number), results.append)
        tasks.wait_idle()
        assert results == [0, 1, 2] and not tasks.busy
    finally:
        tasks.shutdown()


def test_wait_idle_fails_loudly_when_a_job_does_not_finish(qtbot: QtBot, db: Database) -> None:
    tasks = TaskManager(db)
    release = threading.Event()
    try:
        tasks.run_db(lambda _s: release.wait(30))
        with pytest.raises(TimeoutError, match="1 background job"):
            tasks.wait_idle(timeout_ms=100)
    finally:
        release.set()
        tasks.wait_idle()
        tasks.shutdown()
