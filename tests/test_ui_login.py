"""Log in, wrong passwords and their growing delay, and the idle lock that
keeps what was on screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from app.db import Database
from app.ui.screens.login import FREE_ATTEMPTS, LoginThrottle
from tests.ui_support import PASSWORD, build_day, close_window, log_in, make_window, wait_idle


@pytest.fixture
def window(qtbot, db: Database) -> Iterator[object]:  # type: ignore[no-untyped-def]
    build_day(db)
    win = make_window(qtbot, db)
    yield win
    close_window(win)


def test_login_lists_the_team_and_lets_the_right_password_in(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    names = [window.login_page.users.item(i).text() for i in range(window.login_page.users.count())]
    assert any(n.startswith("Samira Benali") for n in names)
    assert any(n.startswith("Youssef Formateur") for n in names)
    log_in(qtbot, window, "Youssef")
    assert window.ctx.user.name == "Youssef Formateur"
    assert window.pages.currentWidget() is window.shell
    assert window.shell.current_name() == "today"


def test_wrong_password_says_so_and_then_imposes_a_delay(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.login_page
    page.select_user("Samira")
    prompt = page.prompt
    for _attempt in range(FREE_ATTEMPTS):
        prompt.password.setText("wrong-password")
        qtbot.keyClick(prompt.password, Qt.Key.Key_Return)
        wait_idle(qtbot, window)
        assert "incorrect" in prompt.message.text()
        assert window.ctx.user is None
    # The last failure started a delay: even the right password must wait.
    assert prompt.throttle.wait_seconds() > 0
    assert not prompt.button.isEnabled()
    assert "attendez" in prompt.message.text()
    prompt.password.setText(PASSWORD)
    qtbot.keyClick(prompt.password, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert window.ctx.user is None
    # Once the delay is over, the right password gets in.
    prompt.throttle.blocked_until = 0
    prompt.password.setText(PASSWORD)
    qtbot.keyClick(prompt.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ctx.user is not None)


def test_the_delay_grows_with_each_failure() -> None:
    now = [1000.0]
    throttle = LoginThrottle(clock=lambda: now[0])
    delays = [throttle.failed() for _ in range(FREE_ATTEMPTS + 3)]
    assert delays[: FREE_ATTEMPTS - 1] == [0.0] * (FREE_ATTEMPTS - 1)
    growing = delays[FREE_ATTEMPTS - 1 :]
    assert all(b > a for a, b in zip(growing, growing[1:], strict=False))
    throttle.succeeded()
    assert throttle.wait_seconds() == 0


def test_idle_lock_covers_the_window_and_keeps_what_was_typed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    log_in(qtbot, window)
    attendance = window.show_screen("attendance")
    wait_idle(qtbot, window)
    attendance.search.setText("Fati")
    # Idle for "a while" (shortened for the test).
    window.idle.set_interval_ms(50)
    qtbot.waitUntil(window.is_locked, timeout=3000)
    overlay = window.lock_overlay
    assert overlay.isVisible()
    assert not window.pages.isEnabled()  # nothing underneath reacts to keys
    assert window.shell.current_name() == "attendance"
    # Wrong password keeps it locked.
    overlay.prompt.password.setText("nope-nope")
    qtbot.keyClick(overlay.prompt.password, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert window.is_locked()
    assert "incorrect" in overlay.prompt.message.text()
    window.idle.set_minutes(10)
    qtbot.keyClicks(overlay.prompt.password, PASSWORD)
    qtbot.keyClick(overlay.prompt.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked())
    # Same screen, same widget, same text: nothing was rebuilt.
    assert window.shell.screen_named("attendance") is attendance
    assert attendance.search.text() == "Fati"
    assert window.pages.isEnabled()


def test_ctrl_l_locks_at_once(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    log_in(qtbot, window)
    window.lock_action.trigger()
    assert window.is_locked()
    assert "Samira Benali" in window.lock_overlay.who.text()
