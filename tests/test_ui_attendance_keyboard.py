"""The attendance screen from the keyboard, in French (left to right) and in
Arabic (right to left), at the speed of an ID-card reader: 25 ms per key,
then Enter.  Keys go where a real keyboard sends them, to the widget that
has the focus, so a window opening in the middle of a burst would swallow
them; the database says who was checked in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from app.core.changes import Changes, Topic
from app.db import Database
from app.services import attendance, beneficiaries
from app.services.beneficiaries import BeneficiaryInput
from app.ui import documents
from app.ui.screens.attendance import AttendanceScreen, PresenceDialog
from app.ui.screens.walk_in import WalkInDialog
from tests.conftest import TODAY, consent
from tests.ui_support import PEOPLE, Day, build_day, close_window, log_in, make_window, wait_idle

KEY_DELAY_MS = 25  # an ID-card or barcode reader types this fast
LANGS = ["fr", "ar"]
# Four more people with a card, so that a burst has ten to check in.
MORE_PEOPLE = [
    ("Nadia", "Berrada", "F", "CD501107"),
    ("Omar", "Kettani", "M", "EE502208"),
    ("Zineb", "Fassi", "F", "GH503309"),
    ("Rachid", "Lamrani", "M", "JK504410"),
]
UNKNOWN_CIN = "XY999999"


def add_people(db: Database, day: Day) -> dict[str, str]:
    """CIN -> id of all ten people who have one."""
    cins = {cin: day.people[f"{first} {last}"] for first, last, _ar, _s, _p, cin in PEOPLE}
    with db.session() as s:
        for first, last, sex, cin in MORE_PEOPLE:
            person = beneficiaries.register_beneficiary(
                session=s,
                data=BeneficiaryInput(
                    first_name=first,
                    last_name=last,
                    sex=sex,
                    cin=cin,
                    commune_code=day.commune_code,
                    birth_year=1992,
                ),
                consent=consent(),
                team_id=day.team_id,
                confirm_not_duplicate=True,
                today=TODAY,
            ).value
            cins[cin] = person.beneficiary.id
    return cins


@pytest.fixture(params=LANGS)
def lang(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def day(db: Database) -> Day:
    return build_day(db)


@pytest.fixture
def window(qtbot: Any, db: Database, day: Day, lang: str) -> Iterator[Any]:
    win = make_window(qtbot, db, lang=lang)
    log_in(qtbot, win)
    wait_idle(qtbot, win)
    yield win
    close_window(win)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def open_from_today(qtbot: Any, window: Any, by: str = "enter") -> AttendanceScreen:
    """From Today: Enter on the selected session, or the button."""
    today = window.shell.screen_named("today")
    qtbot.waitUntil(lambda: today.sessions.rowCount() == 1)
    if by == "enter":
        assert focused() is today.sessions_view
        qtbot.keyClick(today.sessions_view, Qt.Key.Key_Return)
    else:
        qtbot.mouseClick(today.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.shell.current_name() == "attendance")
    screen = window.shell.screen_named("attendance")
    assert isinstance(screen, AttendanceScreen)
    qtbot.waitUntil(lambda: screen.roster_data is not None)
    wait_idle(qtbot, window)
    return screen


@pytest.fixture
def screen(qtbot: Any, window: Any) -> AttendanceScreen:
    return open_from_today(qtbot, window)


def keyboard(qtbot: Any, keys: str, *, enter: bool = True) -> None:
    """Type `keys` (then Enter) into whatever has the focus, key by key."""
    for key in keys:
        target = focused()
        assert target is not None
        qtbot.keyClicks(target, key, delay=KEY_DELAY_MS)
    if enter:
        target = focused()
        assert target is not None
        qtbot.keyClick(target, Qt.Key.Key_Return, delay=KEY_DELAY_MS)


def back_in_the_search_box(qtbot: Any, screen: AttendanceScreen) -> None:
    """Once a dialog closed, the window manager activates the window again
    (the offscreen platform does not: the test does it), and the keyboard
    goes to the search box."""
    window = screen.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    assert focused() is screen.search


def settled(screen: AttendanceScreen) -> bool:
    """Every Enter answered, the list up to date, no database job left."""
    return (
        screen.enters_pending == 0
        and not screen.unmatched_waiting()
        and screen.search_is_current()
        and not screen.ctx.tasks.busy
    )


def present_in_db(db: Database, day: Day) -> set[str]:
    with db.session() as s:
        roster = attendance.roster(session=s, session_id=day.session_id)
    return {r.beneficiary_id for r in roster.rows if r.present}


def no_dialog_opens(screen: AttendanceScreen, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records any walk-in form that would open (none should)."""
    opened: list[str] = []
    original = WalkInDialog.open

    def spy(dialog: WalkInDialog) -> None:
        opened.append(screen.search.text())
        original(dialog)

    monkeypatch.setattr(WalkInDialog, "open", spy)
    return opened


# -- finding 1: the highlight, arrows and Enter, in both directions ------------
def test_the_layout_follows_the_language(screen: AttendanceScreen, lang: str) -> None:
    expected = Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
    assert screen.results_view.layoutDirection() == expected


def test_a_cin_then_enter_checks_the_expected_person_in(
    qtbot: Any, screen: AttendanceScreen, db: Database, day: Day, monkeypatch: Any
) -> None:
    opened = no_dialog_opens(screen, monkeypatch)
    keyboard(qtbot, "K123403")  # Hanane Ait Ouahmane, expected at the session
    qtbot.waitUntil(lambda: settled(screen))
    assert present_in_db(db, day) == {day.people["Hanane Ait Ouahmane"]}
    assert opened == []
    assert screen.search.text() == ""
    assert "Hanane Ait Ouahmane" in screen.feedback.text()
    # A sentence that agrees with anyone, not "présent(e)" / "حاضر(ة)".
    assert "(e)" not in screen.feedback.text() and "(ة)" not in screen.feedback.text()


def test_the_first_result_is_highlighted_and_the_arrows_move_it(
    qtbot: Any, screen: AttendanceScreen
) -> None:
    keyboard(qtbot, "06123456", enter=False)
    qtbot.waitUntil(screen.search_is_current)
    assert screen.results.rowCount() == 6
    rows = screen.results.rows()
    selection = screen.results_view.selectionModel()

    def highlighted_row() -> int:
        chosen = screen.highlighted()
        assert chosen is not None
        row = rows.index(chosen)
        # The whole row shows selected, and the view's current row follows.
        assert [i.row() for i in selection.selectedRows()] == [row]
        assert screen.results_view.currentIndex().row() == row
        return row

    assert highlighted_row() == 0
    for key, row in (
        (Qt.Key.Key_Down, 1),
        (Qt.Key.Key_Down, 2),
        (Qt.Key.Key_Up, 1),
        (Qt.Key.Key_PageDown, 5),
        (Qt.Key.Key_Down, 5),  # stays on the last
        (Qt.Key.Key_PageUp, 0),
        (Qt.Key.Key_Up, 0),  # stays on the first
    ):
        qtbot.keyClick(focused(), key)
        assert highlighted_row() == row
    assert focused() is screen.search  # the arrows never take the cursor away


def test_arrow_down_then_enter_checks_the_second_result_in(
    qtbot: Any, screen: AttendanceScreen, db: Database, day: Day
) -> None:
    keyboard(qtbot, "06123456", enter=False)
    qtbot.waitUntil(screen.search_is_current)
    second = screen.results.row_at(1)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: settled(screen))
    assert present_in_db(db, day) == {second.id}


def test_arrows_and_enter_come_even_before_the_list_is_shown(
    qtbot: Any, screen: AttendanceScreen, db: Database, day: Day
) -> None:
    # A result the user cannot have seen is never chosen by an arrow: Enter
    # pressed on an unanswered query takes that query's first result.
    keyboard(qtbot, "LB123402")
    qtbot.waitUntil(lambda: settled(screen))
    assert present_in_db(db, day) == {day.people["Mohamed Benali"]}


# -- finding 5: scanner speed ------------------------------------------------
def test_ten_cins_in_a_burst_are_all_checked_in_once(
    qtbot: Any, screen: AttendanceScreen, db: Database, day: Day, monkeypatch: Any
) -> None:
    cins = add_people(db, day)
    assert len(cins) == 10
    opened = no_dialog_opens(screen, monkeypatch)
    burst = list(cins)
    burst.insert(5, burst[2])  # a card read twice
    for cin in burst:
        keyboard(qtbot, cin)  # no waiting between people
    qtbot.waitUntil(lambda: settled(screen), timeout=10_000)
    assert opened == []
    assert present_in_db(db, day) == set(cins.values())
    # Each person once: the undo stack holds ten check-ins, none twice.
    assert sorted(b for b, _name in screen.undo_stack) == sorted(cins.values())
    screen.flush()
    qtbot.waitUntil(lambda: settled(screen))
    assert screen.roster_data is not None and screen.roster_data.present == 10
    assert focused() is screen.search and screen.search.text() == ""


def test_an_unknown_cin_in_a_burst_opens_nothing_and_loses_no_keystroke(
    qtbot: Any, screen: AttendanceScreen, db: Database, day: Day, monkeypatch: Any
) -> None:
    cins = add_people(db, day)
    opened = no_dialog_opens(screen, monkeypatch)
    first, after = ["LA123401", "K123403"], ["CD501107", "EE502208", "GH503309"]
    for cin in [*first, UNKNOWN_CIN, *after]:
        keyboard(qtbot, cin)
    qtbot.waitUntil(lambda: settled(screen), timeout=10_000)
    assert opened == []
    assert present_in_db(db, day) == {cins[c] for c in first + after}
    # The unknown card is kept, selected, and said so honestly.
    assert screen.search.text() == UNKNOWN_CIN
    assert screen.search.selectedText() == UNKNOWN_CIN
    assert UNKNOWN_CIN in screen.feedback.text()
    assert focused() is screen.search
    # The next card replaces it.
    keyboard(qtbot, "JK504410")
    qtbot.waitUntil(lambda: settled(screen))
    assert cins["JK504410"] in present_in_db(db, day)
    assert opened == []


def test_enter_twice_on_nobody_found_opens_the_walk_in_form(
    qtbot: Any, screen: AttendanceScreen, monkeypatch: Any
) -> None:
    opened = no_dialog_opens(screen, monkeypatch)
    keyboard(qtbot, UNKNOWN_CIN)
    qtbot.waitUntil(lambda: settled(screen))
    assert opened == [] and screen.search.text() == UNKNOWN_CIN
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # a second Enter, on purpose
    qtbot.waitUntil(lambda: screen.walk_in_dialog is not None)
    assert opened == [UNKNOWN_CIN]
    dialog = screen.walk_in_dialog
    assert isinstance(dialog, WalkInDialog)
    assert dialog.cin.text() == UNKNOWN_CIN
    dialog.reject()
    qtbot.waitUntil(lambda: screen.walk_in_dialog is None)
    back_in_the_search_box(qtbot, screen)


def test_a_query_typed_again_after_nobody_found_is_searched_again(
    qtbot: Any, screen: AttendanceScreen, db: Database, day: Day, monkeypatch: Any
) -> None:
    # Nobody for "LB12340"; the reader then sends the whole card: the first
    # key replaces the kept query, so it is a new query, not a second Enter.
    opened = no_dialog_opens(screen, monkeypatch)
    keyboard(qtbot, "LB12340x")
    qtbot.waitUntil(lambda: settled(screen))
    keyboard(qtbot, "LB123402")
    qtbot.waitUntil(lambda: settled(screen))
    assert opened == []
    assert present_in_db(db, day) == {day.people["Mohamed Benali"]}


def test_a_sync_landing_while_typing_loses_no_keystroke(
    qtbot: Any, screen: AttendanceScreen, db: Database, day: Day
) -> None:
    keyboard(qtbot, "LB12", enter=False)
    # Rows arriving from elsewhere (a sync in the background) reload the roster...
    screen.ctx.notify(Changes.of(Topic.ATTENDANCE, Topic.BENEFICIARY), origin=None)
    qtbot.waitUntil(lambda: not screen.ctx.tasks.busy)
    # ...without selecting what is typed: the next keys are added to it.
    assert screen.search.selectedText() == ""
    keyboard(qtbot, "3402")
    qtbot.waitUntil(lambda: settled(screen))
    assert present_in_db(db, day) == {day.people["Mohamed Benali"]}


# -- finding 4: where the cursor is ----------------------------------------------
@pytest.mark.parametrize("by", ["enter", "button"])
def test_the_cursor_is_in_the_search_box_when_opened_from_today(
    qtbot: Any, window: Any, db: Database, day: Day, by: str
) -> None:
    screen = open_from_today(qtbot, window, by)
    assert focused() is screen.search
    keyboard(qtbot, "Z123405")  # Salma Chaoui: typing goes to the search
    qtbot.waitUntil(lambda: settled(screen))
    assert present_in_db(db, day) == {day.people["Salma Chaoui"]}


def test_the_cursor_comes_back_when_the_screen_is_shown_again(
    qtbot: Any, window: Any, screen: AttendanceScreen
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.shell.current_name() == "today"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.shell.current_name() == "attendance"
    assert focused() is screen.search


def test_the_cursor_is_back_after_picking_a_session(
    qtbot: Any, screen: AttendanceScreen, day: Day
) -> None:
    screen.picker.setFocus()
    index = screen.picker.findData(day.session_id)
    screen.picker.activated.emit(index)
    assert focused() is screen.search


def test_the_cursor_is_back_after_the_walk_in_form(
    qtbot: Any, screen: AttendanceScreen, db: Database, day: Day
) -> None:
    # Opened with the mouse, closed without saving...
    qtbot.mouseClick(screen.walk_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.walk_in_dialog is not None)
    dialog = screen.walk_in_dialog
    assert isinstance(dialog, WalkInDialog)
    qtbot.waitUntil(lambda: (inside := focused()) is not None and dialog.isAncestorOf(inside))
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.walk_in_dialog is None)
    back_in_the_search_box(qtbot, screen)
    # ...and saved.
    keyboard(qtbot, "Imane Zerhouni")
    qtbot.waitUntil(lambda: settled(screen))
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.walk_in_dialog is not None)
    dialog = screen.walk_in_dialog
    assert isinstance(dialog, WalkInDialog)
    dialog.female.setChecked(True)
    dialog.consent.setChecked(True)
    dialog.phone.setText("0699887766")
    dialog.birth.setText("1995")
    dialog.submit()
    qtbot.waitUntil(lambda: screen.walk_in_dialog is None)
    qtbot.waitUntil(lambda: settled(screen))
    assert len(present_in_db(db, day)) == 1
    back_in_the_search_box(qtbot, screen)
    assert screen.search.text() == ""


def test_the_cursor_is_back_after_the_partial_presence_dialog(
    qtbot: Any, screen: AttendanceScreen
) -> None:
    screen.roster_view.selectionModel().select(
        screen.roster_filter.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    closed: list[bool] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PresenceDialog)
        closed.append(True)
        dialog.reject()

    QTimer.singleShot(50, close_it)
    qtbot.mouseClick(screen.partial_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(closed))
    back_in_the_search_box(qtbot, screen)


# -- finding 9: the count reads right in both directions --------------------------
def visual_order(label: QLabel, first: str, second: str) -> bool:
    """In the label's own direction, `first` is read before `second`."""
    text = label.text()
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setTextDirection(label.layoutDirection())
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(QFontMetrics(label.font()).horizontalAdvance(text) + 100)
    layout.endLayout()

    def x_of(part: str) -> float:
        # PySide6 returns (x, cursor position); its stubs say `object`.
        return float(cast("tuple[float, int]", line.cursorToX(text.index(part)))[0])

    if label.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return x_of(first) > x_of(second)
    return x_of(first) < x_of(second)


def test_the_present_and_expected_count_reads_right(
    qtbot: Any, screen: AttendanceScreen, lang: str
) -> None:
    words = {"fr": "0 / 4", "ar": "0 من أصل 4"}[lang]
    assert screen.count.text() == words
    cins = [p[5] for p in PEOPLE[:3]] + ["Z123405", "L123406"]
    for cin in cins:
        keyboard(qtbot, cin)
    qtbot.waitUntil(lambda: settled(screen))
    screen.flush()
    qtbot.waitUntil(lambda: settled(screen) and screen.count.text().startswith("5"))
    assert screen.count.text() == {"fr": "5 / 4", "ar": "5 من أصل 4"}[lang]
    assert visual_order(screen.count, "5", "4")  # present first, whatever the direction


# -- finding 10: the sheet from the attendance screen -----------------------------
@pytest.mark.parametrize("by", ["button", "ctrl+p"])
def test_print_the_sheet_from_the_attendance_screen(
    qtbot: Any, screen: AttendanceScreen, monkeypatch: Any, tmp_path: Path, by: str
) -> None:
    from pypdf import PdfReader

    out = tmp_path / "feuille.pdf"
    asked: list[str] = []

    def ask(parent: Any, title: str, proposed: Path, filters: str) -> Path:
        asked.append(title)
        return out

    monkeypatch.setattr(documents.SaveFile, "ask", ask)
    keyboard(qtbot, "R123404")  # Youssef Tahiri
    qtbot.waitUntil(lambda: settled(screen))
    if by == "button":
        qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
    else:
        qtbot.keyClick(focused(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(out.exists)
    qtbot.waitUntil(lambda: not screen.ctx.tasks.busy)
    assert len(asked) == 1
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "TAHIRI" in text.upper() or "الطاهري" in text
    assert focused() is screen.search


def test_a_possible_duplicate_is_highlighted_and_checked_in_by_keyboard(
    qtbot: Any, screen: AttendanceScreen, db: Database, day: Day
) -> None:
    """The walk-in form's list of likely duplicates: its first row is
    highlighted in both directions, so "C'est cette personne" (focused)
    checks that person in with Enter."""
    qtbot.mouseClick(screen.walk_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.walk_in_dialog is not None)
    dialog = screen.walk_in_dialog
    assert isinstance(dialog, WalkInDialog)
    dialog.first_name.setText("Khaled")
    dialog.last_name.setText("Amrani")
    dialog.phone.setText("+212612345606")  # Khalid Amrani's phone
    dialog.male.setChecked(True)
    dialog.consent.setChecked(True)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.duplicates_box.isVisible())
    assert [i.row() for i in dialog.duplicates_view.selectionModel().selectedRows()] == [0]
    qtbot.waitUntil(lambda: focused() is dialog.same_button)
    qtbot.keyClick(dialog.same_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: screen.walk_in_dialog is None)
    qtbot.waitUntil(lambda: settled(screen))
    assert present_in_db(db, day) == {day.people["Khalid Amrani"]}
