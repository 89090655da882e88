"""The sync worker reports a broken sync client as an error: it never passes
for a laptop that has simply not joined a server."""

from __future__ import annotations

import sys

import pytest
from pytestqt.qtbot import QtBot

from app.db import Database
from app.ui.sync_worker import SyncState, SyncWorker


def test_a_laptop_that_has_not_joined_reads_as_not_joined(qtbot: QtBot, db: Database) -> None:
    worker = SyncWorker(db)
    with qtbot.waitSignal(worker.state_ready) as ready:
        worker.check(False)
    state = ready.args[0]
    assert isinstance(state, SyncState) and not state.joined and not state.revoked


def test_a_sync_client_that_fails_to_import_is_an_error(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.laptop_sync

    # As if the module were broken: importing it raises ImportError.
    monkeypatch.delattr(app.laptop_sync, "status", raising=False)
    monkeypatch.setitem(sys.modules, "app.laptop_sync.status", None)
    worker = SyncWorker(db)
    states: list[object] = []
    worker.state_ready.connect(states.append)
    with qtbot.waitSignal(worker.failed) as failed:
        worker.check(False)
    assert isinstance(failed.args[0], ImportError)
    assert states == []
