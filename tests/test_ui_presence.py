"""Hours through the window: a session's break set in the Sessions form, and
partial presence typed in its dialog (09:30, 9h30, 930) with the problems
shown in the dialog, next to the field, without closing it or losing what
was typed.  Found: the dialog pre-filled arrival with the wall clock,
rejected typed times, and an invalid pair closed it and lost the input."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.db import Database
from app.models import TrainingSession
from app.services import attendance, planning
from app.ui.screens.attendance import AttendanceScreen, PresenceDialog
from app.ui.screens.sessions import SessionDialog, SessionsScreen
from tests.conftest import TODAY
from tests.ui_support import Day, build_day, close_window, log_in, make_window, wait_idle

Ctx = Any


# ---- the Sessions form: a break -----------------------------------------------------


def test_a_break_is_set_in_the_session_form_and_checked_there(ctx: Ctx, qtbot: Any) -> None:
    dialog = SessionDialog(ctx, on_date=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ready)
    dialog.start.setTime(QTime(9, 0))
    dialog.end.setTime(QTime(17, 0))
    assert not dialog.break_start.isEnabled()  # no break until asked for
    qtbot.mouseClick(dialog.has_break, Qt.MouseButton.LeftButton)
    assert dialog.has_break.isChecked() and dialog.break_start.isEnabled()
    dialog.break_start.setTime(QTime(16, 30))
    dialog.break_end.setTime(QTime(17, 30))  # past the end of the session
    ok = dialog.button_box.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    qtbot.waitUntil(lambda: bool(dialog.field_error("break_end")))
    assert "09:00" in dialog.field_error("break_end") and "17:00" in dialog.field_error("break_end")
    assert dialog.isVisible() and dialog.break_start.time() == QTime(16, 30)

    dialog.break_start.setTime(QTime(13, 0))
    dialog.break_end.setTime(QTime(12, 30))  # ends before it starts
    ok.click()
    qtbot.waitUntil(lambda: "avant" in dialog.field_error("break_end"))
    assert dialog.isVisible()

    dialog.break_start.setTime(QTime(12, 30))
    dialog.break_end.setTime(QTime(13, 30))
    ok.click()
    qtbot.waitUntil(lambda: dialog.saved is not None)
    saved = dialog.saved
    assert saved is not None and saved.planned_hours == 7.0
    with ctx.db.session() as s:
        row = s.query(TrainingSession).one()
        assert (row.break_start, row.break_end) == (dt.time(12, 30), dt.time(13, 30))

    # Editing it shows the break; unticking takes it away.
    edit = SessionDialog(ctx, existing=saved)
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitUntil(lambda: edit.ready)
    assert edit.has_break.isChecked() and edit.break_start.time() == QTime(12, 30)
    edit.has_break.setChecked(False)
    edit.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: edit.saved is not None)
    assert edit.saved is not None and edit.saved.break_start is None
    assert edit.saved.planned_hours == 8.0


def test_the_sessions_list_shows_the_break(ctx: Ctx, qtbot: Any) -> None:
    with ctx.db.session() as s:
        module = planning.list_modules(session=s)[0]
        planning.plan_session(
            session=s, team_id=ctx.team_id, module_id=module.id, session_date=TODAY,
            start_time=dt.time(9), end_time=dt.time(17), break_start=dt.time(12, 30),
            break_end=dt.time(13, 30),
        )
    screen = SessionsScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.sessions.rowCount() == 1)
    shown = screen.sessions.index(0, 1).data()
    assert "09:00–17:00" in shown and "12:30–13:30" in shown


# ---- the presence dialog, in the attendance window ------------------------------------


@pytest.fixture
def day(db: Database) -> Day:
    return build_day(db)  # today's session: 09:00-23:59, the clock says 10:30


@pytest.fixture
def screen(qtbot: Any, db: Database, day: Day) -> Iterator[AttendanceScreen]:
    window = make_window(qtbot, db)
    log_in(qtbot, window)
    wait_idle(qtbot, window)
    window.ctx.open_attendance(day.session_id)
    qtbot.waitUntil(lambda: window.shell.current_name() == "attendance")
    found: AttendanceScreen = window.shell.screen_named("attendance")
    qtbot.waitUntil(lambda: found.roster_data is not None and found.roster.rowCount() == 4)
    wait_idle(qtbot, window)
    yield found
    close_window(window)


def when_open(act: Callable[[PresenceDialog], None]) -> dict[str, Any]:
    """Run `act` on the presence dialog once its own loop runs; it closes
    the dialog whatever happens, so a failed check cannot hang the test."""
    outcome: dict[str, Any] = {}

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PresenceDialog):
            QTimer.singleShot(20, poll)
            return
        try:
            act(dialog)
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            outcome["error"] = exc
        finally:
            if dialog.isVisible():
                outcome["left_open"] = True
                dialog.reject()

    QTimer.singleShot(0, poll)
    return outcome


def open_presence(qtbot: Any, screen: AttendanceScreen, row: int,
                  act: Callable[[PresenceDialog], None]) -> None:
    screen.roster_view.selectRow(row)
    outcome = when_open(act)
    qtbot.mouseClick(screen.partial_button, Qt.MouseButton.LeftButton)
    if "error" in outcome:
        raise outcome["error"]
    assert "left_open" not in outcome, "the dialog should have closed on a valid pair"


def retype(qtbot: Any, field: Any, text: str) -> None:
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)


def ok(dialog: PresenceDialog) -> None:
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()


def stored(db: Database, day: Day, beneficiary_id: str) -> attendance.AttendanceView:
    with db.session() as s:
        mark = attendance.get_attendance(
            session=s, session_id=day.session_id, beneficiary_id=beneficiary_id
        )
    assert mark is not None
    return mark


def test_typed_times_errors_in_the_dialog_and_the_input_kept(
    qtbot: Any, screen: AttendanceScreen, db: Database, day: Day
) -> None:
    target = screen.roster.row_at(0)
    seen: dict[str, Any] = {}

    def act(dialog: PresenceDialog) -> None:
        # The session's times, never the clock's 10:30.
        seen["opened"] = (dialog.arrived.text(), dialog.left.text())
        retype(qtbot, dialog.arrived, "9h30")
        retype(qtbot, dialog.left, "930")  # leaves when arriving
        ok(dialog)
        seen["before_arrival"] = dialog.field_error("left_at")
        seen["still_open"] = dialog.isVisible()
        seen["kept"] = (dialog.arrived.text(), dialog.left.text())
        retype(qtbot, dialog.arrived, "8:15")  # before the session
        retype(qtbot, dialog.left, "25:00")  # not a time
        qtbot.keyClick(dialog.left, Qt.Key.Key_Return)
        seen["outside"] = dialog.field_error("arrived_at")
        seen["not_a_time"] = dialog.field_error("left_at")
        seen["still_open_2"] = dialog.isVisible()
        retype(qtbot, dialog.arrived, "0930")
        retype(qtbot, dialog.left, "11h15")
        qtbot.keyClick(dialog.left, Qt.Key.Key_Return)  # Enter accepts a valid pair

    open_presence(qtbot, screen, 0, act)
    assert seen["opened"] == ("09:00", "23:59")
    assert seen["before_arrival"] == "Le départ est avant l'arrivée."
    assert seen["still_open"] and seen["still_open_2"]
    assert seen["kept"] == ("9h30", "930")
    assert "09:00" in seen["outside"] and "23:59" in seen["outside"]
    assert seen["not_a_time"] == "Heure non valable (hh:mm)."
    qtbot.waitUntil(lambda: "enregistrées" in screen.feedback.text())
    mark = stored(db, day, target.beneficiary_id)
    assert (mark.arrived_at, mark.left_at) == (
        dt.datetime.combine(TODAY, dt.time(9, 30)), dt.datetime.combine(TODAY, dt.time(11, 15)),
    )
    assert mark.hours_attended == 1.75


def test_the_dialog_opens_with_the_stored_times(
    qtbot: Any, screen: AttendanceScreen, db: Database, day: Day
) -> None:
    target = screen.roster.row_at(1)
    with db.session() as s:
        attendance.set_presence_times(
            session=s, session_id=day.session_id, beneficiary_id=target.beneficiary_id,
            arrived_at=dt.time(10, 5), left_at=dt.time(12, 40),
        )
    screen.flush()
    qtbot.waitUntil(lambda: screen.roster.row_at(1).arrived_at is not None)
    seen: dict[str, Any] = {}

    def act(dialog: PresenceDialog) -> None:
        seen["opened"] = (dialog.arrived.text(), dialog.left.text())
        retype(qtbot, dialog.left, "")  # empty: to the end of the session
        ok(dialog)

    open_presence(qtbot, screen, 1, act)
    assert seen["opened"] == ("10:05", "12:40")
    qtbot.waitUntil(lambda: "enregistrées" in screen.feedback.text())
    mark = stored(db, day, target.beneficiary_id)
    assert (mark.arrived_at, mark.left_at) == (dt.datetime.combine(TODAY, dt.time(10, 5)), None)


@pytest.mark.parametrize("typed", ["9:30", "09:30", "9h30", "9 h 30", "930", "0930", "٩:٣٠"])
def test_the_usual_ways_of_typing_a_time_are_read(
    qtbot: Any, screen: AttendanceScreen, typed: str
) -> None:
    row = screen.roster.row_at(0)
    assert screen.roster_data is not None
    dialog = PresenceDialog(row, screen.roster_data.session, screen)
    qtbot.addWidget(dialog)
    dialog.arrived.setText(typed)
    dialog.accept()
    assert dialog.times() == (dt.time(9, 30), None)  # departure left at the end: none
