"""The shell: first start, demo data with progress and cancel, navigation,
settings, the crash handler, and closing in the middle of check-in."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.db import Database
from app.services import accounts, attendance, beneficiaries, demo
from app.ui import crash, prefs
from app.ui.main import resolve_data_dir
from app.ui.main_window import SCREENS
from app.ui.screens.settings import FolderChooser
from tests.ui_support import PASSWORD, build_day, close_window, log_in, make_window, wait_idle


def test_first_start_creates_the_team_and_the_coordinator(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, db)
    try:
        page = window.first_start_page
        assert page is not None and window.pages.currentWidget() is page
        qtbot.keyClicks(page.team_name, "Caravane TPE Bus 2")
        qtbot.keyClicks(page.coordinator_name, "Amina Coordinatrice")
        qtbot.keyClicks(page.password, PASSWORD)
        qtbot.keyClicks(page.password_again, "different1")
        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
        # Refused next to the field; everything typed is still there.
        assert page.errors["password_again"].text()
        assert page.team_name.text() == "Caravane TPE Bus 2"
        page.password_again.clear()
        qtbot.keyClicks(page.password_again, PASSWORD)
        qtbot.keyClick(page.password_again, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.ctx.user is not None)
        assert window.ctx.user.name == "Amina Coordinatrice"
        assert window.ctx.user.role == "coordinator"
        assert window.shell.current_name() == "today"
        with db.session() as s:
            team = accounts.local_team(session=s)
            assert team is not None and team.name == "Caravane TPE Bus 2"
            user = accounts.authenticate(session=s, user_id=window.ctx.user.id, password=PASSWORD)
            assert user.team_id == team.id
    finally:
        close_window(window)


def test_first_start_short_password_is_refused_next_to_the_field(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, db)
    try:
        page = window.first_start_page
        page.team_name.setText("Bus")
        page.coordinator_name.setText("Amina")
        page.password.setText("abc")
        page.password_again.setText("abc")
        page.create_team()
        qtbot.waitUntil(lambda: bool(page.errors["password"].text()))
        assert "6" in page.errors["password"].text()
        assert window.ctx.user is None
    finally:
        close_window(window)


def test_demo_data_loads_with_progress_then_login_lists_its_users(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, db)
    try:
        page = window.first_start_page
        page.demo_size.setValue(100)
        qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.login_page is not None, timeout=30_000)
        users = [
            window.login_page.users.item(i).text() for i in range(window.login_page.users.count())
        ]
        assert any(u.startswith("Samira Benali") for u in users)
        log_in(qtbot, window, "Samira", "demo1234")
        with db.session() as s:
            assert beneficiaries.count_beneficiaries(session=s) >= 100
    finally:
        close_window(window)


def test_demo_data_can_be_cancelled_and_leaves_nothing(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, db)
    try:
        page = window.first_start_page
        # Hold the database thread so the demo job waits behind it.
        release = threading.Event()
        window.ctx.tasks.run_db(lambda s: release.wait(10))
        page.demo_size.setValue(100)
        page.load_demo()
        window.ctx.tasks.long_dialog.canceled.emit()  # what the Cancel button does
        release.set()
        qtbot.waitUntil(
            lambda: page.demo_button.isEnabled() and not window.ctx.tasks.busy, timeout=30_000
        )
        assert window.login_page is None
        with db.session() as s:
            assert not demo.has_beneficiaries(session=s)
    finally:
        close_window(window)


def test_every_screen_opens_from_the_navigation(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    build_day(db)
    window = make_window(qtbot, db)
    try:
        log_in(qtbot, window)
        for number, spec in enumerate(SCREENS, start=1):
            qtbot.keyClick(
                window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier
            )
            assert window.shell.current_name() == spec.name
            assert window.shell.stack.currentWidget() is window.shell.screen_named(spec.name)
        wait_idle(qtbot, window)
    finally:
        close_window(window)


def test_closing_in_the_middle_of_check_in_loses_nothing(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    day = build_day(db)
    window = make_window(qtbot, db)
    log_in(qtbot, window)
    window.ctx.open_attendance(day.session_id)
    screen = window.shell.screen_named("attendance")
    qtbot.waitUntil(lambda: screen.roster_data is not None)
    qtbot.keyClicks(screen.search, "salma")
    qtbot.waitUntil(screen.search_is_current)
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    window.close()  # at once, while the check-in may still be on its way
    close_window(window)
    with db.session() as s:
        roster = attendance.roster(session=s, session_id=day.session_id)
    assert [r.first_name for r in roster.rows if r.present] == ["Salma"]


def test_settings_save_language_folder_and_lock_delay(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_day(db)
    window = make_window(qtbot, db)
    try:
        log_in(qtbot, window)
        screen = window.show_screen("settings")
        qtbot.waitUntil(lambda: "6 bénéficiaires" in screen.about.text())
        assert str(db.path) in [w.text() for w in screen.findChildren(type(screen.about))]
        chosen = tmp_path / "elsewhere"
        monkeypatch.setattr(FolderChooser, "ask", classmethod(lambda cls, *a: str(chosen)))
        screen.choose_folder()
        assert str(chosen) in screen.next_folder.text()
        screen.idle_minutes.setValue(3)
        assert window.idle.minutes == 3
        # The language applies at once (tests/test_ui_language_switch.py) and is kept.
        screen.language.setCurrentIndex(screen.language.findData("ar"))
        qtbot.waitUntil(lambda: window.ctx.lang == "ar")
        saved = json.loads(prefs.prefs_path().read_text(encoding="utf-8"))
        assert saved["lang"] == "ar"
        assert saved["data_dir"] == str(chosen)
        assert saved["idle_lock_minutes"] == 3
        # The next start opens the chosen folder unless --data-dir says otherwise.
        monkeypatch.delenv("CARAVANE_DATA_DIR", raising=False)
        assert resolve_data_dir(None, prefs.load().data_dir) == chosen
        assert resolve_data_dir(tmp_path / "cli", prefs.load().data_dir) == tmp_path / "cli"
    finally:
        close_window(window)


def test_crash_handler_logs_in_the_data_folder_and_explains(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    crash.setup_logging(db.folder)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        error = exc
    crash.handle_exception(RuntimeError, error, error.__traceback__)
    for handler in crash.log.handlers:
        handler.flush()
    log = (db.folder / crash.LOG_FILE).read_text(encoding="utf-8")
    assert "boom in a slot" in log and "Traceback" in log
    box = crash.last_dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    text = box.text()
    assert "n'est pas perdu" in text and str(db.folder / crash.LOG_FILE) in text
    assert "boom in a slot" in box.detailedText()
    box.close()
