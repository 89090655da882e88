"""Today: the stop, the day's sessions with counts, coaching due and
overdue next steps; Enter on a session opens attendance."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from app.db import Database
from app.services import attendance, coaching
from app.services.coaching import NextStepInput
from tests.conftest import TODAY
from tests.ui_support import build_day, close_window, log_in, make_window, wait_idle


def test_today_shows_the_stop_sessions_counts_and_follow_ups(
    qtbot: Any, qtmodeltester: Any, db: Database
) -> None:
    day = build_day(db)
    today = TODAY
    fatima = day.people["Fatima-Zahra El Idrissi"]
    with db.session() as s:
        attendance.check_in(session=s, session_id=day.session_id, beneficiary_id=fatima)
        coaching.record_coaching(
            session=s,
            team_id=day.team_id,
            trainer_id=day.trainer_id,
            held_on=today - dt.timedelta(days=20),
            duration_minutes=45,
            beneficiary_id=fatima,
            next_steps=[
                NextStepInput("Ouvrir un compte bancaire", today),
                NextStepInput("Déposer le dossier Intelaka", today - dt.timedelta(days=3)),
            ],
        )
    window = make_window(qtbot, db)
    try:
        log_in(qtbot, window)
        screen = window.shell.screen_named("today")
        qtbot.waitUntil(lambda: screen.data is not None)
        wait_idle(qtbot, window)
        assert "Maison des jeunes" in screen.stop_label.text()
        assert screen.data.sessions_are_today
        assert screen.sessions.rowCount() == 1
        counts = screen.sessions.index(0, 4).data()
        assert counts == "1 / 4"
        assert [s.description for s in screen.due.rows()] == ["Ouvrir un compte bancaire"]
        assert [s.description for s in screen.overdue.rows()] == ["Déposer le dossier Intelaka"]
        # The overdue date is shown as a warning.
        assert screen.overdue.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) is not None
        for model in (screen.sessions, screen.due, screen.overdue):
            qtmodeltester.check(model)
        # Enter on the session starts attendance for it.
        screen.sessions_view.setFocus()
        screen.sessions_view.setCurrentIndex(screen.sessions.index(0, 0))
        qtbot.keyClick(screen.sessions_view, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.shell.current_name() == "attendance")
        capture = window.shell.screen_named("attendance")
        qtbot.waitUntil(lambda: capture.roster_data is not None)
        assert capture.session_id == day.session_id
        assert capture.count.text() == "1 / 4"
    finally:
        close_window(window)


def test_today_without_a_session_lists_the_coming_ones(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    build_day(db, today=TODAY + dt.timedelta(days=2))
    window = make_window(qtbot, db)
    try:
        log_in(qtbot, window)
        screen = window.shell.screen_named("today")
        qtbot.waitUntil(lambda: screen.data is not None)
        assert not screen.data.sessions_are_today
        assert screen.sessions.rowCount() == 1
        assert "Pas d'étape" in screen.stop_label.text()
        assert screen.empty_label.isVisibleTo(screen)
    finally:
        close_window(window)
