"""The walk-in form through the window (finding 7 of issue 10): every
problem at once, each next to its field, the consent's included; someone
known only by an Arabic name registered and checked in; Arabic typed in the
search box lands in the Arabic name; names stored as Moroccan names are
written; a 320-character surname cut by the field."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.db import Database
from app.rules.fields import text_limit
from app.services import attendance
from app.services.beneficiaries import search_beneficiaries
from app.ui.screens.attendance import AttendanceScreen
from app.ui.screens.walk_in import WalkInDialog, prefill_from
from tests.ui_support import (
    Day,
    attendance_from_today,
    build_day,
    close_window,
    log_in,
    make_window,
    wait_idle,
)


@pytest.fixture
def day(db: Database) -> Day:
    return build_day(db)


@pytest.fixture
def screen(qtbot: Any, db: Database, day: Day) -> Iterator[AttendanceScreen]:
    yield from attendance_from_today(qtbot, db)


def walk_in_with(qtbot: Any, screen: AttendanceScreen, typed: str) -> WalkInDialog:
    """The walk-in form opened on what the trainer typed in the search box."""
    screen.search.setFocus()
    screen.search.insert(typed)  # Arabic cannot be synthesised key by key
    screen.open_walk_in()
    qtbot.waitUntil(lambda: screen.walk_in_dialog is not None)
    dialog = screen.walk_in_dialog
    assert isinstance(dialog, WalkInDialog)
    return dialog


def present(db: Database, day: Day) -> list[attendance.RosterRow]:
    with db.session() as s:
        return [r for r in attendance.roster(session=s, session_id=day.session_id).rows if r.present]


def shows(screen: AttendanceScreen, count: str) -> bool:
    return screen.count.text() == count and not screen.ctx.tasks.busy


def test_every_problem_shows_at_once_next_to_its_field(
    qtbot: Any, screen: AttendanceScreen, db: Database, day: Day
) -> None:
    dialog = walk_in_with(qtbot, screen, "0599")  # a landline's start: the phone field
    assert dialog.phone.text() == "0599"
    dialog.birth.setText("31/02/1990")  # not a date: the form sees it itself
    qtbot.mouseClick(dialog.button_box.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.field_error("consent")))
    shown = {
        name: dialog.field_error(name)
        for name in ("first_name", "name_ar", "sex", "birth", "phone", "consent")
    }
    assert all(shown.values()), shown  # one round: the consent with the rest
    assert "arabe" in shown["first_name"]
    assert dialog.isVisible() and dialog.phone.text() == "0599"
    assert present(db, day) == []


def test_arabic_typed_in_the_search_goes_to_the_arabic_name_and_is_enough(
    qtbot: Any, screen: AttendanceScreen, db: Database, day: Day
) -> None:
    dialog = walk_in_with(qtbot, screen, "نعيمة  الورياغلي")
    assert (dialog.first_name.text(), dialog.last_name.text()) == ("", "")
    assert dialog.name_ar.text() == "نعيمة الورياغلي"
    assert dialog.focusWidget() is dialog.female  # the name is typed already
    dialog.female.setChecked(True)
    dialog.consent.setChecked(True)
    qtbot.mouseClick(dialog.button_box.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.walk_in_dialog is None)
    qtbot.waitUntil(lambda: shows(screen, "1 / 4"))
    assert "نعيمة الورياغلي" in screen.feedback.text()
    checked_in = present(db, day)
    assert [(r.first_name, r.last_name, r.display_name) for r in checked_in] == [
        ("", "", "نعيمة الورياغلي")
    ]
    names = [screen.roster.data(screen.roster.index(row, 1)) for row in range(screen.roster.rowCount())]
    assert "نعيمة الورياغلي" in names
    with db.session() as s:
        found = search_beneficiaries(session=s, query="الورياغلي")
    assert [r.id for r in found] == [checked_in[0].beneficiary_id]


def test_names_typed_in_lower_case_are_stored_as_written_in_morocco(
    qtbot: Any, screen: AttendanceScreen, db: Database, day: Day
) -> None:
    dialog = walk_in_with(qtbot, screen, "fatima-zahra el mokhtari")
    assert (dialog.first_name.text(), dialog.last_name.text()) == ("fatima-zahra", "el mokhtari")
    dialog.female.setChecked(True)
    dialog.consent.setChecked(True)
    dialog.submit()
    qtbot.waitUntil(lambda: screen.walk_in_dialog is None)
    qtbot.waitUntil(lambda: shows(screen, "1 / 4"))
    assert [(r.first_name, r.last_name) for r in present(db, day)] == [
        ("Fatima-Zahra", "El Mokhtari")
    ]


def test_a_320_character_surname_is_cut_by_the_field(
    qtbot: Any, screen: AttendanceScreen, db: Database, day: Day
) -> None:
    dialog = walk_in_with(qtbot, screen, "Imane " + "Z" * 320)
    limit = text_limit("beneficiary", "last_name")
    assert len(dialog.last_name.text()) == limit  # pasted through the search box
    dialog.last_name.clear()
    dialog.last_name.setFocus()
    qtbot.keyClicks(dialog.last_name, "Y" * (limit + 20))
    assert dialog.last_name.text() == "Y" * limit  # typed: the field stops
    dialog.female.setChecked(True)
    dialog.consent.setChecked(True)
    dialog.submit()
    qtbot.waitUntil(lambda: screen.walk_in_dialog is None)
    qtbot.waitUntil(lambda: shows(screen, "1 / 4"))
    assert [len(r.last_name) for r in present(db, day)] == [limit]


def test_what_the_search_box_held_goes_to_the_right_field() -> None:
    assert prefill_from("محمد بن علي").name_ar == "محمد بن علي"
    assert prefill_from("Imane Zerhouni").first_name == "Imane"
    assert prefill_from("K 123456").cin == "K123456"
    assert prefill_from("06 12 34").phone == "06 12 34"


def test_the_beneficiary_form_takes_an_arabic_only_person_within_its_limits(
    ctx: Any, qtbot: Any
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from app.ui.screens.beneficiary_form import BeneficiaryForm

    form = BeneficiaryForm(ctx, prefill={"name_ar": "سعاد الريفي"})
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.douar, "d" * 150)
    assert len(form.douar.text()) == text_limit("beneficiary", "douar")
    form.notes.setPlainText("n" * 3000)
    assert len(form.notes.toPlainText()) == text_limit("beneficiary", "notes")
    form.douar.clear()
    form.notes.clear()
    form.sex.setCurrentIndex(form.sex.findData("F"))
    form.consent_given.setChecked(True)
    form.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: form.result_view is not None)
    assert form.result_view is not None
    assert form.result_view.display_name == "سعاد الريفي"


def test_in_arabic_the_problems_read_in_arabic(qtbot: Any, db: Database, day: Day) -> None:
    window = make_window(qtbot, db, lang="ar")
    try:
        log_in(qtbot, window)
        wait_idle(qtbot, window)
        today = window.shell.screen_named("today")
        qtbot.waitUntil(lambda: today.sessions.rowCount() == 1)
        today.start_attendance()
        screen = window.shell.screen_named("attendance")
        qtbot.waitUntil(lambda: screen.roster_data is not None)
        dialog = walk_in_with(qtbot, screen, "سعاد")
        assert dialog.name_ar.text() == "سعاد"
        dialog.last_name.setText("x" * 10)  # a Latin name begun: the first name is missing
        dialog.submit()
        qtbot.waitUntil(lambda: bool(dialog.field_error("consent")))
        assert dialog.field_error("sex") == "هذا الحقل إجباري."
        assert dialog.field_error("first_name") == ""  # the Arabic name is enough
    finally:
        close_window(window)
