"""Finding 10 of issue 10: changing the language in the settings applies at
once, without a restart: menus, navigation, the screens already opened, the
status bar and the login page speak the new language, and Arabic turns the
whole window right-to-left (and back)."""

from __future__ import annotations

import json
import re
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.db import Database
from app.ui import prefs
from tests.ui_support import build_day, close_window, log_in, make_window, wait_idle

ARABIC = re.compile("[\u0600-\u06ff]")


def menu_titles(window: Any) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def choose_language(qtbot: Any, window: Any, lang: str) -> Any:
    """Pick `lang` in the settings as a user does; returns the new settings screen."""
    screen = window.show_screen("settings")
    screen.language.setCurrentIndex(screen.language.findData(lang))
    direction = Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
    qtbot.waitUntil(lambda: window.ctx.lang == lang, timeout=5000)
    assert window.layoutDirection() == direction
    return window.shell.screen_named("settings")


def test_switching_to_arabic_applies_at_once_and_back(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    day = build_day(db)
    window = make_window(qtbot, db)
    try:
        log_in(qtbot, window)
        # A screen opened before the switch, with its data shown.
        window.ctx.open_attendance(day.session_id)
        attendance = window.shell.screen_named("attendance")
        qtbot.waitUntil(lambda: attendance.roster_data is not None)
        assert window.shell.nav.item(0).text() == "Aujourd'hui"
        assert menu_titles(window)[0] == "&Caravane"
        assert window.status.join_button.text() == "Relier à un serveur…"

        settings = choose_language(qtbot, window, "ar")
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # Navigation, menus and the settings page itself, in Arabic.
        assert window.shell.nav.item(0).text() == "اليوم"
        assert window.shell.current_name() == "settings"
        assert settings.isVisible() and settings.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert settings.language.currentData() == "ar"
        titles = menu_titles(window)
        # (the first menu is the application's name, the same in every language)
        assert len(titles) == 3 and all(ARABIC.search(t) for t in titles[1:]), titles
        assert any(ARABIC.search(label.text()) for label in settings.findChildren(QLabel))
        # The status bar too.
        assert ARABIC.search(window.status.join_button.text())
        assert ARABIC.search(window.status.online.text())
        # The screen opened before is built again in Arabic, with its session.
        window.ctx.open_attendance(day.session_id)
        again = window.shell.screen_named("attendance")
        assert again is not attendance
        qtbot.waitUntil(lambda: again.roster_data is not None)
        wait_idle(qtbot, window)
        assert again.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert ARABIC.search(again.undo_button.text())
        # The choice is kept for the next start.
        saved = json.loads(prefs.prefs_path().read_text(encoding="utf-8"))
        assert saved["lang"] == "ar"
        # The window of the previous language is let go once nothing runs for it.
        qtbot.waitUntil(lambda: not shiboken6.isValid(attendance), timeout=5000)

        # Logging out shows the login page in Arabic.
        window.logout()
        assert ARABIC.search(window.login_page.prompt.button.text())
        assert window.login_page.layoutDirection() == Qt.LayoutDirection.RightToLeft
        log_in(qtbot, window)

        # And back to French, left to right.
        choose_language(qtbot, window, "fr")
        assert window.shell.nav.item(0).text() == "Aujourd'hui"
        assert menu_titles(window)[0] == "&Caravane"
        assert window.status.join_button.text() == "Relier à un serveur…"
        assert window.shell.screen_named("settings").layoutDirection() == (
            Qt.LayoutDirection.LeftToRight
        )
        # The shortcuts and menus still work after the switches.
        assert window.lock_action.isEnabled()
        window.lock_action.trigger()
        assert window.is_locked()
    finally:
        close_window(window)


def test_english_then_the_menus_still_act(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    build_day(db)
    window = make_window(qtbot, db)
    try:
        log_in(qtbot, window)
        choose_language(qtbot, window, "en")
        assert window.shell.nav.item(1).text() == "Attendance"
        assert window.windowTitle() == "Caravane — Samira Benali"
        # "About" opens the settings of the new shell.
        about = window.menuBar().actions()[-1].menu().actions()[0]
        window.show_screen("today")
        about.trigger()
        assert window.shell.current_name() == "settings"
        assert window.documents_menu.isEnabled()
    finally:
        close_window(window)
