"""Attendance capture through the widgets: type, Enter, see the count move;
undo; tick the roster; walk-in with its duplicate warning; partial presence.
Every check-in is in the database the moment it shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.db import Database
from app.services import attendance
from app.ui.models.roster import CHECK_COLUMN, RosterModel
from app.ui.models.search_results import SearchResultsModel
from app.ui.screens.attendance import AttendanceScreen, PresenceDialog
from app.ui.screens.walk_in import WalkInDialog
from tests.conftest import TODAY
from tests.ui_support import (
    Day,
    attendance_from_today,
    build_day,
)


@pytest.fixture
def day(db: Database) -> Day:
    return build_day(db)


@pytest.fixture
def screen(qtbot, db: Database, day: Day) -> Iterator[AttendanceScreen]:  # type: ignore[no-untyped-def]
    # From Today, Enter on the selected session starts attendance.
    yield from attendance_from_today(qtbot, db)


def roster_in_db(db: Database, day: Day) -> attendance.Roster:
    with db.session() as s:
        return attendance.roster(session=s, session_id=day.session_id)


def shows(screen: AttendanceScreen, count: str) -> bool:
    """The count reads `count` and the database jobs behind it are done."""
    return screen.count.text() == count and not screen.ctx.tasks.busy


def type_and_wait(qtbot, screen: AttendanceScreen, text: str) -> None:  # type: ignore[no-untyped-def]
    screen.search.setFocus()
    if text.isascii():
        qtbot.keyClicks(screen.search, text)
    else:  # QTest cannot synthesise Arabic key presses: the text arrives as input
        screen.search.insert(text)
    qtbot.waitUntil(screen.search_is_current, timeout=5000)


def test_the_cohort_is_expected_and_the_count_starts_at_zero(screen, day) -> None:  # type: ignore[no-untyped-def]
    assert screen.session_id == day.session_id
    assert screen.count.text() == "0 / 4"
    assert screen.roster.rowCount() == 4  # carried forward from the earlier session


def test_type_enter_checks_in_and_the_count_changes(qtbot, screen, db, day) -> None:  # type: ignore[no-untyped-def]
    type_and_wait(qtbot, screen, "fatima zah")
    assert screen.results.rowCount() == 1
    assert screen.results.row_at(0).last_name == "El Idrissi"
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shows(screen, "1 / 4"))
    assert screen.search.text() == ""  # ready for the next person
    assert "Fatima-Zahra El Idrissi" in screen.feedback.text()
    # Committed at once: another connection sees it.
    saved = roster_in_db(db, day)
    assert saved.present == 1
    present = [r for r in saved.rows if r.present]
    assert present[0].beneficiary_id == day.people["Fatima-Zahra El Idrissi"]
    assert present[0].arrived_at is not None  # the arrival time is recorded


def test_arabic_cin_and_phone_find_people_and_arrows_move_the_highlight(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    type_and_wait(qtbot, screen, "محمد")
    assert [r.first_name for r in screen.results.rows()] == ["Mohamed"]
    screen.search.clear()
    type_and_wait(qtbot, screen, "LB123402")
    assert [r.first_name for r in screen.results.rows()] == ["Mohamed"]
    screen.search.clear()
    type_and_wait(qtbot, screen, "06123456")
    assert screen.results.rowCount() == 6
    first = screen.highlighted()
    qtbot.keyClick(screen.search, Qt.Key.Key_Down)
    second = screen.highlighted()
    assert second is not None and first is not None and second.id != first.id
    qtbot.keyClick(screen.search, Qt.Key.Key_Up)
    assert screen.highlighted() == first


def test_undo_takes_back_the_last_check_in(qtbot, screen, db, day) -> None:  # type: ignore[no-untyped-def]
    type_and_wait(qtbot, screen, "hanane")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shows(screen, "1 / 4"))
    type_and_wait(qtbot, screen, "youssef tah")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shows(screen, "2 / 4"))
    qtbot.keyClick(screen.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shows(screen, "1 / 4"))
    present = {r.beneficiary_id for r in roster_in_db(db, day).rows if r.present}
    assert present == {day.people["Hanane Ait Ouahmane"]}
    qtbot.mouseClick(screen.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shows(screen, "0 / 4"))
    assert not screen.undo_button.isEnabled()


def test_ticking_the_roster_checks_people_in(qtbot, screen, db, day) -> None:  # type: ignore[no-untyped-def]
    model = screen.roster
    for row in range(model.rowCount()):
        index = model.index(row, CHECK_COLUMN)
        assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
        qtbot.waitUntil(lambda r=row: shows(screen, f"{r + 1} / 4"))
    assert roster_in_db(db, day).present == 4
    # Unticking takes one back.
    model.setData(
        model.index(0, CHECK_COLUMN), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    qtbot.waitUntil(lambda: shows(screen, "3 / 4"))
    assert roster_in_db(db, day).present == 3


def test_someone_already_present_is_not_checked_in_twice(qtbot, screen, db, day) -> None:  # type: ignore[no-untyped-def]
    type_and_wait(qtbot, screen, "salma")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shows(screen, "1 / 4"))
    type_and_wait(qtbot, screen, "salma")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "déjà" in screen.feedback.text() and not screen.ctx.tasks.busy)
    assert roster_in_db(db, day).present == 1


def test_walk_in_prefilled_from_the_search_and_checked_in(qtbot, screen, db, day) -> None:  # type: ignore[no-untyped-def]
    type_and_wait(qtbot, screen, "Imane Zerhouni")
    assert screen.results.rowCount() == 0
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)  # nobody found: said, and kept
    qtbot.waitUntil(lambda: screen.search.selectedText() == "Imane Zerhouni")
    assert screen.findChild(WalkInDialog) is None
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)  # again: the walk-in form
    qtbot.waitUntil(lambda: screen.walk_in_dialog is not None)
    dialog = screen.walk_in_dialog
    assert dialog.first_name.text() == "Imane"
    assert dialog.last_name.text() == "Zerhouni"
    # Missing sex and consent: refused, with messages, nothing lost.
    dialog.phone.setText("0699887766")
    dialog.submit()
    # Every problem in one round: the consent with the rest.
    qtbot.waitUntil(lambda: bool(dialog.field_error("sex")))
    assert dialog.field_error("consent")
    dialog.consent.setChecked(True)
    assert dialog.first_name.text() == "Imane" and dialog.phone.text() == "0699887766"
    assert dialog.isVisible()
    dialog.female.setChecked(True)
    dialog.birth.setText("1995")
    qtbot.mouseClick(dialog.button_box.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.walk_in_dialog is None)
    qtbot.waitUntil(lambda: shows(screen, "1 / 4"))
    saved = roster_in_db(db, day)
    walk_in = [r for r in saved.rows if r.present]
    assert [(r.first_name, r.last_name, r.enrolled) for r in walk_in] == [
        ("Imane", "Zerhouni", False)
    ]


def test_walk_in_warns_of_a_duplicate_and_checks_the_existing_person_in(
    qtbot: Any, screen: AttendanceScreen, db: Database, day: Day
) -> None:
    # The phone of Khalid Amrani, typed in another format.
    type_and_wait(qtbot, screen, "+212 6 12 34 56 06 x")
    screen.open_walk_in()
    dialog = screen.walk_in_dialog
    assert isinstance(dialog, WalkInDialog)
    dialog.first_name.setText("Khaled")
    dialog.last_name.setText("Amrani")
    dialog.phone.setText("+212612345606")
    dialog.male.setChecked(True)
    dialog.consent.setChecked(True)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.duplicates_box.isVisible())
    candidate = dialog.duplicates.row_at(0)
    assert candidate.row.id == day.people["Khalid Amrani"]
    assert "same_phone" in candidate.reasons
    qtbot.mouseClick(dialog.same_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shows(screen, "1 / 4"))
    present = [r for r in roster_in_db(db, day).rows if r.present]
    assert [r.beneficiary_id for r in present] == [day.people["Khalid Amrani"]]


def test_walk_in_create_anyway_registers_a_new_person(qtbot, screen, db, day) -> None:  # type: ignore[no-untyped-def]
    screen.open_walk_in()
    dialog = screen.walk_in_dialog
    dialog.first_name.setText("Mohamed")
    dialog.last_name.setText("Benali")
    dialog.female.setChecked(False)
    dialog.male.setChecked(True)
    dialog.consent.setChecked(True)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.duplicates_box.isVisible())
    qtbot.mouseClick(dialog.create_anyway, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.walk_in_dialog is None)
    qtbot.waitUntil(lambda: shows(screen, "1 / 4"))
    present = [r for r in roster_in_db(db, day).rows if r.present]
    assert len(present) == 1
    assert present[0].beneficiary_id != day.people["Mohamed Benali"]


def test_partial_presence_records_fewer_hours(qtbot, screen, db, day, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    session_view = screen.roster_data.session
    start = session_view.start_time
    arrived = dt.time(start.hour, 30)
    left = dt.time(start.hour + 1, 30) if start.hour < 22 else dt.time(23, 0)
    monkeypatch.setattr(PresenceDialog, "ask", classmethod(lambda cls, *a, **k: (arrived, left)))
    screen.roster_view.selectRow(0)
    target = screen.selected_roster_row()
    qtbot.mouseClick(screen.partial_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shows(screen, "1 / 4"))
    saved = {r.beneficiary_id: r for r in roster_in_db(db, day).rows}[target.beneficiary_id]
    assert saved.present
    expected = (
        dt.datetime.combine(TODAY, left) - dt.datetime.combine(TODAY, arrived)
    ).seconds / 3600
    assert saved.hours_attended == pytest.approx(expected, abs=0.01)
    assert saved.hours_attended < session_view.planned_hours


def test_models_pass_the_model_tester(qtmodeltester, screen, qtbot) -> None:  # type: ignore[no-untyped-def]
    type_and_wait(qtbot, screen, "a")
    qtmodeltester.check(screen.results)
    qtmodeltester.check(screen.roster)
    qtmodeltester.check(screen.roster_filter)
    qtmodeltester.check(RosterModel())
    qtmodeltester.check(SearchResultsModel())


def test_a_check_in_waits_for_another_writer_instead_of_failing(
    qtbot: Any, screen: AttendanceScreen, db: Database, day: Day
) -> None:
    """A sync applying a page holds the write lock for a moment: a check-in
    made meanwhile waits its turn and is written, instead of being refused
    with "database is locked" (its transaction read before the other one
    committed, and SQLite refuses such a late write at once)."""
    import threading
    import time

    from app.models import Beneficiary

    holding = threading.Event()

    def other_writer() -> None:
        with db.session() as session:
            person = session.get(Beneficiary, day.people["Khalid Amrani"])
            assert person is not None
            person.douar = "Douar Laaouama"  # any write: it takes the lock
            session.flush()
            holding.set()
            time.sleep(1.0)

    writer = threading.Thread(target=other_writer)
    writer.start()
    assert holding.wait(10)
    screen.check_in(day.people["Salma Chaoui"], "Salma Chaoui")
    qtbot.waitUntil(lambda: not screen.ctx.tasks.busy, timeout=20_000)
    writer.join()
    screen.flush()
    qtbot.waitUntil(lambda: not screen.ctx.tasks.busy, timeout=10_000)
    present = [r.beneficiary_id for r in roster_in_db(db, day).rows if r.present]
    assert present == [day.people["Salma Chaoui"]]
    assert "Salma Chaoui" in screen.feedback.text()
