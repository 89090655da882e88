"""The attendance screen puts the person expected at the session first, so
that Enter checks in the right Hajar; a misspelt name shows the close one,
marked and not highlighted; nobody found is said as such.  In French and in
Arabic."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from app.db import Database
from app.services import attendance, planning
from app.ui.models.search_results import NAME_COLUMN, SESSION_COLUMN
from app.ui.screens.attendance import AttendanceScreen
from tests.test_services_fixtures import person
from tests.ui_support import (
    Day,
    attendance_from_today,
    build_day,
)


@pytest.fixture
def day(db: Database) -> Day:
    day = build_day(db)
    with db.session() as s:
        for first, last in (("Hajar", "Ben Ahmed"), ("Hajar", "Ghailan"), ("Khadija", "Drissi")):
            day.people[f"{first} {last}"] = person(s, day.team_id, first, last).id
        planning.enrol(
            session=s,
            session_id=day.session_id,
            beneficiary_ids=[day.people["Hajar Ghailan"], day.people["Khadija Drissi"]],
        )
    return day


@pytest.fixture
def screen(qtbot, db: Database, day: Day) -> Iterator[AttendanceScreen]:  # type: ignore[no-untyped-def]
    yield from attendance_from_today(qtbot, db, "fr")


@pytest.fixture
def screen_ar(qtbot, db: Database, day: Day) -> Iterator[AttendanceScreen]:  # type: ignore[no-untyped-def]
    yield from attendance_from_today(qtbot, db, "ar")


def type_and_wait(qtbot, screen: AttendanceScreen, text: str) -> None:  # type: ignore[no-untyped-def]
    screen.search.setFocus()
    qtbot.keyClicks(screen.search, text)
    qtbot.waitUntil(screen.search_is_current, timeout=5000)


def shown(screen: AttendanceScreen, column: int) -> list[str]:
    model = screen.results
    return [model.index(row, column).data() for row in range(model.rowCount())]


def present_in_db(db: Database, day: Day) -> set[str]:
    with db.session() as s:
        roster = attendance.roster(session=s, session_id=day.session_id)
    return {row.beneficiary_id for row in roster.rows if row.present}


def test_hajar_and_enter_checks_in_the_expected_hajar(qtbot, screen, db, day) -> None:  # type: ignore[no-untyped-def]
    assert screen.count.text() == "0 / 6"
    type_and_wait(qtbot, screen, "hajar")
    assert shown(screen, NAME_COLUMN) == ["Hajar Ghailan", "Hajar Ben Ahmed"]
    assert shown(screen, SESSION_COLUMN) == ["attendue", ""]
    assert screen.highlighted() is not None
    assert screen.highlighted().last_name == "Ghailan"
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.count.text() == "1 / 6" and not screen.ctx.tasks.busy)
    assert present_in_db(db, day) == {day.people["Hajar Ghailan"]}


def test_a_misspelt_name_shows_the_close_one_marked_and_not_highlighted(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    type_and_wait(qtbot, screen, "drisi")
    # Drissi is closer than El Idrissi (the same consonants only).
    assert shown(screen, NAME_COLUMN) == ["≈ Khadija Drissi", "≈ Fatima-Zahra El Idrissi"]
    assert shown(screen, SESSION_COLUMN) == ["attendue", "attendue"]
    assert screen.results.is_approximate(0)
    tip = screen.results.index(0, NAME_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert "approchant" in tip
    # Enter must not check in someone other than the person typed.
    assert screen.highlighted() is None
    assert screen.results_hint.text() == (
        "Aucune personne trouvée exactement pour « drisi ». Noms approchants ci-dessous : "
        "↓ pour en choisir un, ou Entrée pour l'inscrire comme nouveau participant."
    )
    screen.search.clear()
    type_and_wait(qtbot, screen, "khadija drisi")
    assert shown(screen, NAME_COLUMN) == ["≈ Khadija Drissi"]
    assert screen.highlighted() is None


def test_nobody_found_is_said_plainly(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    type_and_wait(qtbot, screen, "zzyzx qwerty")
    assert screen.results.rowCount() == 0
    assert screen.results_hint.text() == (
        "Aucune personne trouvée pour « zzyzx qwerty ». Entrée pour l'inscrire comme "
        "nouveau participant."
    )


def test_in_arabic_the_expected_mark_and_the_sentences_are_arabic(qtbot, screen_ar) -> None:  # type: ignore[no-untyped-def]
    type_and_wait(qtbot, screen_ar, "hajar")
    assert shown(screen_ar, NAME_COLUMN) == ["Hajar Ghailan", "Hajar Ben Ahmed"]
    assert shown(screen_ar, SESSION_COLUMN) == ["مسجلة في الحصة", ""]
    screen_ar.search.clear()
    type_and_wait(qtbot, screen_ar, "drisi")
    assert screen_ar.results_hint.text().startswith("لا يوجد أي شخص يطابق « drisi » تماما.")
    screen_ar.search.clear()
    type_and_wait(qtbot, screen_ar, "zzyzx")
    assert screen_ar.results_hint.text() == (
        "لم يُعثر على أي شخص يطابق « zzyzx ». اضغط مفتاح الإدخال لتسجيله كمشارك جديد."
    )


def test_marked_results_pass_the_model_tester(qtmodeltester, qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    type_and_wait(qtbot, screen, "drisi")  # expected, approximate
    qtmodeltester.check(screen.results)
    screen.search.clear()
    type_and_wait(qtbot, screen, "hajar")  # expected, exact, neither
    qtmodeltester.check(screen.results)
