"""The status bar and the sync worker against the real server (uvicorn on
a free port): pending changes, then "Synchronisé"; a revoked laptop says
so in plain words and keeps its data."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.db import Database
from app.laptop_sync import client
from app.services import attendance
from server import admin
from server.db import ServerDatabase
from tests.sync_helpers import ThreadedServer
from tests.ui_support import build_day, close_window, log_in, make_window


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ThreadedServer]:
    folder = tmp_path_factory.mktemp("ui-sync-server")
    database = ServerDatabase(f"sqlite:///{folder / 'server.sqlite3'}")
    running = ThreadedServer(database).start()
    yield running
    running.stop()
    database.dispose()


def enrolled_laptop(db: Database, server: ThreadedServer) -> None:
    team = admin.create_team(server.db, "Bus synchro")
    code = admin.enroll_code(server.db, team=team.id)[0]
    client.join_server(db, server.url, code, device_name="laptop-ui")


def test_status_bar_shows_pending_then_synchronised(qtbot, db: Database, server) -> None:  # type: ignore[no-untyped-def]
    day = build_day(db)
    with db.session() as s:
        attendance.check_in(
            session=s,
            session_id=day.session_id,
            beneficiary_id=day.people["Salma Chaoui"],
        )
    enrolled_laptop(db, server)
    window = make_window(qtbot, db)
    try:
        log_in(qtbot, window)
        bar = window.status
        # The first check finds the server: it says online and syncs at once.
        qtbot.waitUntil(lambda: bar.last_message == "Synchronisé", timeout=20_000)
        qtbot.waitUntil(
            lambda: bar.state is not None and bar.state.pending_changes == 0, timeout=10_000
        )
        assert bar.online.text() == "● En ligne"
        assert "0 modification" in bar.pending.text()
        assert "Dernière synchro" in bar.last_sync.text()
        # A new check-in makes one pending change; "Synchroniser" sends it.
        with db.session() as s:
            attendance.check_in(
                session=s,
                session_id=day.session_id,
                beneficiary_id=day.people["Khalid Amrani"],
            )
        bar.check(False)
        qtbot.waitUntil(lambda: bar.state.pending_changes > 0, timeout=10_000)
        assert f"{bar.state.pending_changes} modification" in bar.pending.text()
        bar.sync_now()
        qtbot.waitUntil(lambda: not bar.syncing and bar.state.pending_changes == 0, timeout=20_000)
        assert bar.last_message == "Synchronisé"
    finally:
        close_window(window)


def test_a_revoked_laptop_says_so_and_keeps_its_data(qtbot, db: Database, server) -> None:  # type: ignore[no-untyped-def]
    day = build_day(db)
    enrolled_laptop(db, server)
    admin.revoke_device(server.db, db.device_id)
    window = make_window(qtbot, db)
    try:
        log_in(qtbot, window)
        bar = window.status
        bar.sync_now()
        qtbot.waitUntil(lambda: "retiré par la CCIS" in bar.last_message, timeout=20_000)
        assert "restent sur cet ordinateur" in bar.message.text()
        qtbot.waitUntil(lambda: bar.state is not None and bar.state.revoked, timeout=10_000)
        assert "Retiré" in bar.online.text()
        assert not bar.sync_button.isEnabled()
        with db.session() as s:
            roster = attendance.roster(session=s, session_id=day.session_id)
        assert roster.expected == 4  # nothing was lost
    finally:
        close_window(window)
