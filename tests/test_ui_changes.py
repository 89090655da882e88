"""Screens redraw from what an operation says it changed, nothing else: a
check-in, a coaching session and a sync, done through the real window,
reload the screens that show that kind of data and leave the others alone
(each screen's reloads are counted).  A hidden screen only notes it is out
of date and reloads when shown.  And no screen names what changed with a
free string any more."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.core.changes import Changes, Done, Topic
from app.db import Database
from app.laptop_sync import client
from app.laptop_sync.client import SyncReport
from app.ui.sync_worker import sync_changes
from server import admin
from server.db import ServerDatabase
from tests.sync_helpers import ThreadedServer, add_person, local_team_id
from tests.ui_support import build_day, close_window, log_in, make_window

WATCHED = ("today", "sessions", "beneficiaries", "coaching", "figures", "conflicts", "settings")


class Loads:
    """How many times a screen read its data again (its `load`)."""

    def __init__(self, screen: Any, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        original = screen.load

        def counting() -> None:
            self.count += 1
            original()

        monkeypatch.setattr(screen, "load", counting)


@pytest.fixture
def window(qtbot: Any, db: Database) -> Iterator[Any]:
    build_day(db)
    shown = make_window(qtbot, db)
    log_in(qtbot, shown)
    settle(qtbot, shown)
    yield shown
    close_window(shown)


def settle(qtbot: Any, window: Any) -> None:
    qtbot.waitUntil(lambda: not window.ctx.tasks.busy, timeout=10_000)


def visit(qtbot: Any, window: Any, name: str) -> Any:
    screen = window.shell.show_screen(name)
    settle(qtbot, window)
    return screen


def counted(qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch) -> dict[str, Loads]:
    """Every data screen built and loaded once, then its reloads counted."""
    screens = {name: visit(qtbot, window, name) for name in WATCHED}
    return {name: Loads(screen, monkeypatch) for name, screen in screens.items()}


def reloads_on_visit(qtbot: Any, window: Any, loads: dict[str, Loads]) -> dict[str, int]:
    for name in loads:
        visit(qtbot, window, name)
    return {name: counter.count for name, counter in loads.items()}


def test_a_check_in_redraws_what_shows_attendance_and_nothing_else(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    loads = counted(qtbot, window, monkeypatch)
    screen = visit(qtbot, window, "attendance")
    qtbot.waitUntil(lambda: screen.roster_data is not None)
    screen.search.setFocus()
    qtbot.keyClicks(screen.search, "fatima zah")
    qtbot.waitUntil(screen.search_is_current)
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.count.text() == "1 / 4")
    screen.flush()
    settle(qtbot, window)
    # Hidden screens only noted it; each reloads (or not) when shown.
    assert all(counter.count == 0 for counter in loads.values())
    assert reloads_on_visit(qtbot, window, loads) == {
        "today": 1,  # its sessions' counts
        "sessions": 1,
        "beneficiaries": 0,
        "coaching": 0,
        "figures": 1,
        "conflicts": 0,
        "settings": 1,  # the session is now held: its count of sessions
    }
    # Shown again with nothing changed since: no reload.
    assert reloads_on_visit(qtbot, window, loads)["sessions"] == 1


def test_coaching_redraws_its_own_screen_at_once_and_leaves_people_alone(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    loads = counted(qtbot, window, monkeypatch)
    screen = visit(qtbot, window, "coaching")
    qtbot.keyClicks(screen.search, "salma")
    qtbot.waitUntil(lambda: screen.results.rowCount() == 1)
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    qtbot.keyClicks(screen.step_lines[0].description, "Apporter les devis")
    screen.save_button.click()
    qtbot.waitUntil(lambda: screen.last_saved is not None)
    settle(qtbot, window)
    # Visible, and its kind of data: reloaded at once, its new step listed.
    assert loads["coaching"].count == 1
    assert screen.steps_model.rowCount() == 1
    # No stage assessed: the person's record did not change.
    assert reloads_on_visit(qtbot, window, loads) == {
        "today": 1,  # next steps due
        "sessions": 0,
        "beneficiaries": 0,
        "coaching": 1,
        "figures": 1,
        "conflicts": 0,
        "settings": 0,
    }


def test_operations_that_change_nothing_redraw_nothing(qtbot: Any, window: Any) -> None:
    heard: list[Changes] = []
    window.ctx.data_changed.connect(lambda changes, _origin: heard.append(changes))
    done: list[str] = []
    window.ctx.run_op(lambda _s: Done("same", Changes()), done.append)
    window.ctx.run_op(lambda _s: Done("new", Changes.of(Topic.STOP)), done.append)
    settle(qtbot, window)
    assert done == ["same", "new"] and heard == [Changes.of(Topic.STOP)]


def test_a_completed_sync_says_what_it_changed() -> None:
    def report(pushed: int, pulled: int, conflicts: int) -> SyncReport:
        return SyncReport(
            pushed=pushed, pulled=pulled, conflicts=conflicts, rejected=0, requests=1,
            bytes_up=0, bytes_down=0, duration=0.0,
        )

    assert not sync_changes(report(pushed=5, pulled=0, conflicts=0))
    assert sync_changes(report(pushed=0, pulled=3, conflicts=0)) == Changes(frozenset(Topic))
    assert sync_changes(report(pushed=2, pulled=0, conflicts=1)) == Changes.of(Topic.CONFLICT)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ThreadedServer]:
    folder = tmp_path_factory.mktemp("ui-changes-server")
    database = ServerDatabase(f"sqlite:///{folder / 'server.sqlite3'}")
    running = ThreadedServer(database).start()
    yield running
    running.stop()
    database.dispose()


def test_a_sync_that_pulls_rows_redraws_the_screens(
    qtbot: Any, db: Database, server: ThreadedServer, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    build_day(db)
    team = admin.create_team(server.db, "Bus des changements")
    client.join_server(db, server.url, admin.enroll_code(server.db, team=team.id)[0], device_name="a")
    other = Database(tmp_path / "other-laptop")
    client.join_server(other, server.url, admin.enroll_code(server.db, team=team.id)[0], device_name="b")
    window = make_window(qtbot, db)
    try:
        log_in(qtbot, window)
        bar = window.status
        qtbot.waitUntil(lambda: bar.last_message == "Synchronisé", timeout=20_000)
        settle(qtbot, window)
        loads = counted(qtbot, window, monkeypatch)
        people = visit(qtbot, window, "beneficiaries")
        before = people.proxy.rowCount()
        # Another laptop of the team registers someone and sends it.
        add_person(other, "Nora", "Filali", local_team_id(other))
        client.sync(other)
        bar.sync_now()
        qtbot.waitUntil(lambda: not bar.syncing, timeout=20_000)
        settle(qtbot, window)
        # The list on screen shows her without being left and shown again.
        assert loads["beneficiaries"].count == 1
        assert people.proxy.rowCount() == before + 1
        assert reloads_on_visit(qtbot, window, loads) == dict.fromkeys(WATCHED, 1)
        # A sync that brings nothing redraws nothing.
        bar.sync_now()
        qtbot.waitUntil(lambda: not bar.syncing, timeout=20_000)
        settle(qtbot, window)
        assert reloads_on_visit(qtbot, window, loads) == dict.fromkeys(WATCHED, 1)
    finally:
        close_window(window)
        other.dispose()


def test_no_screen_names_what_changed_with_a_string() -> None:
    # The type says so (mypy checks app/ui); this also catches code mypy skips.
    app = Path(__file__).resolve().parents[1] / "app"
    found = []
    for path in app.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "notify"
                and any(isinstance(arg, ast.Constant) for arg in node.args)
            ):
                found.append(f"{path.relative_to(app.parent)}:{node.lineno}")
    assert found == []


def test_notify_refuses_anything_but_changes(window: Any) -> None:
    with pytest.raises(TypeError):
        window.ctx.notify("beneficiary")
