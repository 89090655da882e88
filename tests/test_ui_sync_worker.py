"""The sync worker reports a broken sync client as an error: it never passes
for a laptop that is simply not enrolled."""

from __future__ import annotations

import sys

import pytest
from pytestqt.qtbot import QtBot

from app.db import Database
from app.ui.sync_worker import SyncState, SyncWorker


def test_not_enrolled_laptop_reads_as_not_enrolled(qtbot: QtBot, db: Database) -> None:
    worker = SyncWorker(db)
    with qtbot.waitSignal(worker.state_ready) as ready:
        worker.check(False)
    state = ready.args[0]
    assert isinstance(state, SyncState) and not state.enrolled and not state.revoked


def test_a_sync_client_that_fails_to_import_is_an_error(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.sync

    # As if the module were broken: importing it raises ImportError.
    monkeypatch.delattr(app.sync, "status", raising=False)
    monkeypatch.setitem(sys.modules, "app.sync.status", None)
    worker = SyncWorker(db)
    states: list[object] = []
    worker.state_ready.connect(states.append)
    with qtbot.waitSignal(worker.failed) as failed:
        worker.check(False)
    assert isinstance(failed.args[0], ImportError)
    assert states == []
