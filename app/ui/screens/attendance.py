"""Attendance capture, keyboard first: the heart of a trainer's day.

Type any part of a name (Latin or Arabic), a CIN or a phone; the first
result is highlighted; Up/Down (PageUp/PageDown by ten) move the highlight;
Enter checks the highlighted person in.  The big count and the roster
update at once; Ctrl+Z takes the last check-in back.  The expected roster
(the session's cohort) is checked in by ticking.  Ctrl+P prints the
session's attendance sheet.  All of it works the same left to right and
right to left (`app.ui.views.select_row`, never `QTableView.selectRow`).

The cursor is in the search box whenever the screen is shown, a session is
picked, or one of its dialogs (walk-in, partial presence, the file to
print) closes.

Enter at any speed (an ID-card reader types a CIN at 25 ms a key, then
Enter), exactly:

* Enter takes the query it was pressed on and empties the box at once, so
  the next keystrokes start a new query and are never appended to it.
* When the list on screen is that query's own and nothing earlier is still
  waiting, the highlighted person is checked in there and then.
* Otherwise the query waits in line: its own search runs on the database
  thread followed, in the same transaction, by the check-in of its first
  result (the highlight of a list the user has not seen is never used).
  Queries are answered in the order Enter was pressed, never against text
  typed later; someone already present is said so and not checked in again.
* A query that matches nobody never opens a window (it would swallow the
  next keystrokes); the feedback line names every query that found nobody.
  The last of them comes back in the box, selected, once every Enter is
  answered and the box has stayed empty for 0.3 s: the next keystroke
  replaces it.  Text being typed is never touched (the query comes back
  after the next Enter instead).
* Enter again on that query, untouched, or Ctrl+N at any time, opens the
  walk-in form pre-filled with it.  Escape empties the box and forgets it.

Every check-in is its own committed transaction, so closing the window
loses nothing already checked in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLayout,
    QWidget,
)

from app.core.changes import Topic
from app.core.problems import FieldError
from app.rules import hours
from app.ui.dialog import Dialog
from app.ui.fields import TimeField
from app.ui.forms.attendance_ui import Ui_AttendanceScreen
from app.ui.i18n import format_count, format_date, format_time, localized
from app.ui.models.roster import CHECK_COLUMN, RosterFilter, RosterModel
from app.ui.models.search_results import SearchResultsModel
from app.ui.views import select_row, selected_row

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.core.changes import Changes, Done
    from app.services.attendance import AttendanceView, Roster, RosterRow
    from app.services.planning import SessionView
    from app.services.reference import CommuneView
    from app.services.search import BeneficiaryRow
    from app.services.session_search import SessionSearchHit
    from app.ui.context import AppContext
    from app.ui.screens.walk_in import WalkInResult

SEARCH_LIMIT = 30
RELOAD_DELAY_MS = 400
# A query that found nobody comes back in the box after this much quiet.
UNMATCHED_BACK_MS = 300
PICKER_DAYS_BACK = 30
PICKER_DAYS_AHEAD = 14
# What the roster shows: it is read again when one of these changed elsewhere.
ROSTER_TOPICS = frozenset({Topic.ATTENDANCE, Topic.BENEFICIARY, Topic.SESSION})


# -- database jobs (run on the DB thread, one transaction each) -------------
def load_roster(session: Session, session_id: str) -> Roster:
    from app.services import attendance

    return attendance.roster(session=session, session_id=session_id)


def write_check_in(
    session: Session,
    session_id: str,
    beneficiary_id: str,
    at: dt.datetime | None,
    user_id: str | None,
) -> Done[AttendanceView]:
    from app.services import attendance

    return attendance.check_in(
        session=session,
        session_id=session_id,
        beneficiary_id=beneficiary_id,
        at=at,
        recorded_by=user_id,
    )


def write_undo(session: Session, session_id: str, beneficiary_id: str) -> Done[None]:
    from app.services import attendance

    return attendance.undo_check_in(
        session=session, session_id=session_id, beneficiary_id=beneficiary_id
    )


def presence_and_reload(
    session: Session,
    session_id: str,
    beneficiary_id: str,
    arrived: dt.time | None,
    left: dt.time | None,
    user_id: str | None,
) -> Done[Roster]:
    from app.core.changes import Done
    from app.services import attendance

    written = attendance.set_presence_times(
        session=session,
        session_id=session_id,
        beneficiary_id=beneficiary_id,
        arrived_at=arrived,
        left_at=left,
        recorded_by=user_id,
    )
    return Done(attendance.roster(session=session, session_id=session_id), written.changes)


@dataclass(frozen=True)
class PickerData:
    sessions: list[SessionView]
    communes: list[CommuneView]


def load_picker(session: Session, team_id: str | None, today: dt.date) -> PickerData:
    from app.services import planning, reference

    sessions = planning.list_sessions(
        session=session,
        team_id=team_id,
        date_from=today - dt.timedelta(days=PICKER_DAYS_BACK),
        date_to=today + dt.timedelta(days=PICKER_DAYS_AHEAD),
    )
    communes = reference.list_communes(session=session, region_code="01")
    return PickerData([s for s in sessions if s.status != "cancelled"], communes)


def search(
    session: Session, query: str, session_id: str | None, today: dt.date
) -> list[SessionSearchHit]:
    """The people for what is typed, best first for this session: the exact
    CIN or phone, the expected people, the rest; close names when few match."""
    from app.services.session_search import search_for_session

    return search_for_session(
        session=session, query=query, session_id=session_id, today=today, limit=SEARCH_LIMIT
    )


@dataclass(frozen=True)
class EnterAnswer:
    """What one Enter that waited in line did (see the module's docstring)."""

    session_id: str
    query: str
    person: BeneficiaryRow | None  # None: nobody matches the query
    already_present: bool
    at: dt.datetime | None


def check_in_first_match(
    session: Session,
    session_id: str,
    query: str,
    chosen: BeneficiaryRow | None,
    at: dt.datetime | None,
    user_id: str | None,
    today: dt.date,
) -> Done[EnterAnswer]:
    """The query's own search, then the check-in of `chosen` or of its first
    result, in one transaction: what Enter meant is decided by the query it
    was pressed on, and a check-in never waits for the window."""
    from app.core.changes import NOTHING, Done
    from app.models.enums import AttendanceStatus
    from app.services import attendance

    person = chosen
    if person is None:
        # Close names are never checked in unseen: only an exact match.
        exact = [hit for hit in search(session, query, session_id, today) if not hit.approximate]
        if not exact:
            return Done(EnterAnswer(session_id, query, None, False, at), NOTHING)
        person = exact[0].row
    existing = attendance.get_attendance(
        session=session, session_id=session_id, beneficiary_id=person.id
    )
    if existing is not None and existing.status == AttendanceStatus.PRESENT.value:
        return Done(EnterAnswer(session_id, query, person, True, at), NOTHING)
    written = write_check_in(session, session_id, person.id, at, user_id)
    return Done(EnterAnswer(session_id, query, person, False, at), written.changes)


# -- partial presence -----------------------------------------------------
class PresenceDialog(Dialog):
    """Arrived late / left early: arrival and departure, typed (09:30, 9h30,
    930).  It opens with the times stored, else the session's own (never the
    clock's); each time is checked here by the hours rule the service
    applies, with the message next to its field and what was typed kept;
    only a valid pair closes it.  A time equal to the session's start or end
    is stored as none (the whole session on that side)."""

    def __init__(self, row: RosterRow, session: SessionView, parent: QWidget | None = None):
        super().__init__(parent, title=self.tr("Présence partielle"))
        self.setObjectName("presence_dialog")
        self.session = session
        self.answer: tuple[dt.time | None, dt.time | None] | None = None
        hours_text = self.tr("{name} — séance de {start} à {end}").format(
            name=row.display_name,
            start=format_time(session.start_time),
            end=format_time(session.end_time),
        )
        if session.break_start is not None and session.break_end is not None:
            hours_text += "\n" + self.tr("Pause de {start} à {end} (jamais comptée)").format(
                start=format_time(session.break_start), end=format_time(session.break_end)
            )
        who = QLabel(hours_text)
        who.setWordWrap(True)
        self.layout_.insertWidget(0, who)
        self.arrived = TimeField(row.arrived_at.time() if row.arrived_at else session.start_time)
        self.left = TimeField(row.left_at.time() if row.left_at else session.end_time)
        self.add_field("arrived_at", self.tr("Arrivée"), self.arrived)
        self.add_field("left_at", self.tr("Départ"), self.left)
        self.finish()
        self.arrived.setFocus()
        self.arrived.selectAll()

    def _typed(self, name: str, field: TimeField, problems: list[FieldError]) -> dt.time | None:
        """The time in a field (empty: none); a problem noted when unreadable."""
        if not field.text().strip():
            return None
        time = field.typed_time()
        if time is None:
            problems.append(FieldError(name, "invalid_time"))
        return time

    def problems(self) -> list[FieldError]:
        """What is wrong with the two times typed (nothing: they can be saved)."""
        problems: list[FieldError] = []
        arrived = self._typed("arrived_at", self.arrived, problems)
        left = self._typed("left_at", self.left, problems)
        times = hours.SessionTimes.of(self.session)
        unreadable = {problem.field for problem in problems}
        return problems + [
            problem
            for problem in hours.presence_problems(
                times,
                times.at(arrived) if arrived is not None else None,
                times.at(left) if left is not None else None,
            )
            if problem.field not in unreadable
        ]

    def accept(self) -> None:
        self.clear_errors()
        problems = self.problems()
        if problems:
            self.show_field_errors(problems)  # the dialog stays, with what was typed
            return
        arrived, left = self.arrived.typed_time(), self.left.typed_time()
        self.answer = (
            None if arrived == self.session.start_time else arrived,
            None if left == self.session.end_time else left,
        )
        super().accept()

    def times(self) -> tuple[dt.time | None, dt.time | None] | None:
        """The pair accepted (None until a valid pair was accepted)."""
        return self.answer

    @classmethod
    def ask(
        cls, row: RosterRow, session: SessionView, parent: QWidget | None = None
    ) -> tuple[dt.time | None, dt.time | None] | None:
        dialog = cls(row, session, parent)
        return dialog.times() if dialog.exec() else None


# -- the screen -------------------------------------------------------------
class AttendanceScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id: str | None = None
        self.roster_data: Roster | None = None
        self.communes: list[CommuneView] = []
        self.undo_stack: list[tuple[str, str]] = []  # (beneficiary id, name)
        self.walk_in_dialog: QWidget | None = None
        self._searching = False
        self._next_query: str | None = None
        self._shown_query = ""
        self._pending_session: str | None = None
        self._results_sized = False
        # Enter at scanner speed (the module's docstring): Enters waiting for
        # their own search, the queries that found nobody, and the query put
        # back in the box on which a second Enter opens the walk-in form.
        self.enters_pending = 0
        self._unmatched: list[str] = []
        self._offer_walk_in: str | None = None
        self._unmatched_timer = QTimer(self)
        self._unmatched_timer.setSingleShot(True)
        self._unmatched_timer.setInterval(UNMATCHED_BACK_MS)
        self._unmatched_timer.timeout.connect(self._keep_unmatched)
        # Check-ins written since the roster was last read back: the count
        # and the ticks show them at once; one reload after a burst confirms.
        self._marked: dict[str, bool] = {}
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self._reload_roster)

        # The layout is a Designer form (app/ui/forms/attendance.ui); here,
        # the models behind it and what each part does.
        form = self.form = Ui_AttendanceScreen()
        form.setupUi(self)  # type: ignore[no-untyped-call]  # generated, unannotated
        # header: which session, and the big count
        self.picker = form.session_picker
        self.picker.activated.connect(self._picked)
        self.session_title = form.session_title
        self.session_info = form.session_info
        self.count = form.count

        # left: search and results
        self.search = form.search
        self.search.textChanged.connect(self._query_changed)
        self.search.returnPressed.connect(self.check_in_highlighted)
        self.search.installEventFilter(self)
        self.results = SearchResultsModel(self)
        self.results_view = form.results
        self.results_view.setModel(self.results)
        self.results_view.activated.connect(self._result_activated)
        self.results_view.clicked.connect(self._result_activated)
        self.results_hint = form.results_hint
        self.walk_in_button = form.walk_in
        self.walk_in_button.clicked.connect(self.open_walk_in)
        self.feedback = form.feedback

        # right: the roster
        self.roster = RosterModel(self)
        self.roster.toggled.connect(self._toggled)
        self.roster_filter = RosterFilter(self)
        self.roster_filter.setSourceModel(self.roster)
        self.roster_view = form.roster
        self.roster_view.setModel(self.roster_filter)
        self.roster_view.horizontalHeader().setSectionResizeMode(
            CHECK_COLUMN, QHeaderView.ResizeMode.ResizeToContents
        )
        self.show_mode = form.roster_mode
        self.show_mode.currentIndexChanged.connect(
            lambda _i: self.roster_filter.set_mode(self.show_mode.mode())
        )
        self.undo_button = form.undo
        self.undo_button.clicked.connect(self.undo_last)
        self.partial_button = form.partial
        self.partial_button.clicked.connect(self.edit_presence)
        self.print_button = form.print_sheet
        self.print_button.clicked.connect(self.print_sheet)
        # uic sets the texts last, after the splitter measured its sides:
        # measured again at first show, they split the width by their texts.
        for layout in self.findChildren(QLayout):
            layout.invalidate()

        for keys, slot in (
            ("Ctrl+Z", self.undo_last),
            ("Ctrl+N", self.open_walk_in),
            ("Ctrl+F", self.focus_search),
            ("Ctrl+P", self.print_sheet),
            ("Escape", self.clear_search),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        ctx.data_changed.connect(self._data_changed)
        self._update_enabled()

    # -- loading ----------------------------------------------------------
    def refresh(self) -> None:
        team_id = self.ctx.team_id
        today = self.ctx.clock.today()
        self.ctx.tasks.run_db(lambda s: load_picker(s, team_id, today), self._show_picker)

    def _show_picker(self, data: PickerData) -> None:
        self.communes = data.communes
        self.picker.clear()
        today = self.ctx.clock.today()
        default = -1
        for session in data.sessions:
            self.picker.addItem(self._session_label(session), session.id)
            if default < 0 and session.session_date >= today:
                default = self.picker.count() - 1
        wanted = self._pending_session or self.session_id
        if wanted is not None:
            self._select_in_picker(wanted)
            self.set_session(wanted)
        elif self.picker.count():
            index = default if default >= 0 else self.picker.count() - 1
            self.picker.setCurrentIndex(index)
            self.set_session(str(self.picker.itemData(index)))

    def _session_label(self, session: SessionView) -> str:
        title = session.module_title_ar if self.ctx.lang == "ar" else session.module_title_fr
        return f"{format_date(session.session_date)} {format_time(session.start_time)} — {title}"

    def _select_in_picker(self, session_id: str) -> None:
        index = self.picker.findData(session_id)
        if index >= 0:
            self.picker.setCurrentIndex(index)

    def _picked(self, index: int) -> None:
        self.set_session(str(self.picker.itemData(index)))

    def set_session(self, session_id: str) -> None:
        """Show this session (called by Today and Sessions via ctx.open_attendance)."""
        if session_id != self.session_id:
            self.undo_stack.clear()
            self._marked.clear()
            self._unmatched.clear()
        self._pending_session = None
        self.session_id = session_id
        self._select_in_picker(session_id)
        self._update_enabled()  # a disabled box cannot take the cursor
        self.ctx.tasks.run_db(
            lambda s: load_roster(s, session_id),
            self._show_roster,
            self._roster_failed,
            latest="roster",
        )
        self.focus_search()

    def _show_roster(self, roster: Roster) -> None:
        if roster.session.id != self.session_id:
            return
        self.roster_data = roster
        if self.picker.findData(roster.session.id) < 0:
            self.picker.addItem(self._session_label(roster.session), roster.session.id)
            self._select_in_picker(roster.session.id)
        session = roster.session
        title = session.module_title_ar if self.ctx.lang == "ar" else session.module_title_fr
        self.session_title.setText(title)
        place = session.place or localized(self.ctx.lang, session.commune_name, session.commune_name_ar)
        self.session_info.setText(
            self.tr("{date}, {start}–{end} · {place}").format(
                date=format_date(session.session_date),
                start=format_time(session.start_time),
                end=format_time(session.end_time),
                place=place,
            )
        )
        in_db = {r.beneficiary_id: r.present for r in roster.rows}
        self._marked = {k: v for k, v in self._marked.items() if in_db.get(k, False) != v}
        if self._marked:
            present = roster.present + sum((1 if v else -1) for k, v in self._marked.items())
            roster = type(roster)(
                session=roster.session,
                rows=roster.rows,
                expected=roster.expected,
                present=present,
            )
            self.roster_data = roster
        scroll = self.roster_view.verticalScrollBar().value()
        self.roster.set_rows(roster.rows)
        for beneficiary_id, checked in self._marked.items():
            self.roster.mark(beneficiary_id, checked)
        self.roster_view.resizeColumnsToContents()
        self.roster_view.verticalScrollBar().setValue(scroll)
        self._show_count(roster.present, roster.expected)
        self.results.set_present({r.beneficiary_id for r in roster.rows if r.present})
        self._update_enabled()

    def _show_count(self, present: int, expected: int) -> None:
        # Words in Arabic ("13 من أصل 12"): "13 / 12" under a right-to-left
        # label reads "12 / 13".
        self.count.setText(
            self.tr("{present} / {expected}").format(
                present=format_count(present), expected=format_count(expected)
            )
        )

    def _roster_failed(self, exc: BaseException) -> None:
        from app.ui.errors import error_text

        self.session_id = None
        self.feedback.setText(error_text(exc))
        self._update_enabled()

    def _update_enabled(self) -> None:
        has_session = self.session_id is not None
        for widget in (
            self.search,
            self.walk_in_button,
            self.roster_view,
            self.partial_button,
            self.print_button,
        ):
            widget.setEnabled(has_session)
        self.undo_button.setEnabled(bool(self.undo_stack))

    def _data_changed(self, changes: Changes, origin: object) -> None:
        # Its own check-ins are shown at once and read back after a burst.
        if origin is not self and self.session_id and changes.concerns(ROSTER_TOPICS):
            # Read again without moving the cursor nor selecting what is
            # being typed (a sync may land in the middle of a name).
            self._reload_roster()

    # -- search ---------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.session_id is not None:
            self.focus_search()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def clear_search(self) -> None:
        """Escape: an empty box, and the queries that found nobody forgotten."""
        self._unmatched.clear()
        self._empty_search()

    def _empty_search(self) -> None:
        self.search.clear()
        self.search.setFocus()

    def _query_changed(self, text: str) -> None:
        self._offer_walk_in = None  # an edited query is a new query
        if self._unmatched:
            self._unmatched_timer.start()  # the keyboard is not quiet yet
        # One search at a time; keystrokes typed meanwhile collapse into the
        # latest query, so the list never lags behind a fast typist.
        self._next_query = text
        if not self._searching:
            self._run_next_search()

    def _run_next_search(self) -> None:
        query = self._next_query
        self._next_query = None
        if query is None:
            return
        if not query.strip():
            self._show_results("", [])
            return
        self._searching = True
        session_id, today = self.session_id, self.ctx.clock.today()
        self.ctx.tasks.run_db(
            lambda s: search(s, query, session_id, today),
            lambda rows: self._search_done(query, rows),
            self._search_failed,
        )

    def _search_done(self, query: str, rows: list[SessionSearchHit]) -> None:
        self._searching = False
        if self._next_query is None:
            self._show_results(query, rows)
        else:
            self._run_next_search()

    def _search_failed(self, exc: BaseException) -> None:
        self._searching = False
        self._next_query = None
        raise exc

    def _show_results(self, query: str, hits: list[SessionSearchHit]) -> None:
        self._shown_query = query
        self.results.set_hits(hits)
        typed = query.strip()
        if hits and not self._results_sized:
            # Once: measuring every cell on each keystroke costs more
            # than the search itself.
            self.results_view.resizeColumnsToContents()
            self._results_sized = True
        if hits and not hits[0].approximate:
            select_row(self.results_view, 0)
            self.results_hint.setText(
                self.tr("↑ ↓ pour choisir, Entrée pour pointer.")
                if len(hits) < SEARCH_LIMIT
                else self.tr("Plus de {count} personnes : précisez la recherche.").format(
                    count=SEARCH_LIMIT
                )
            )
        elif hits:
            # Only close names: none is highlighted, so that Enter never
            # checks in someone other than the person typed.
            self.results_view.clearSelection()
            self.results_hint.setText(
                self.tr(
                    "Aucune personne trouvée exactement pour « {query} ». Noms approchants "
                    "ci-dessous : ↓ pour en choisir un, ou Entrée pour l'inscrire comme "
                    "nouveau participant."
                ).format(query=typed)
            )
        elif typed:
            self.results_hint.setText(
                self.tr(
                    "Aucune personne trouvée pour « {query} ». Entrée pour l'inscrire comme "
                    "nouveau participant."
                ).format(query=typed)
            )
        else:
            self.results_hint.clear()

    def search_is_current(self) -> bool:
        """The list shows the results of what is in the box (tests, bench)."""
        return (
            not self._searching
            and self._next_query is None
            and self._shown_query == self.search.text()
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Undo):
                # In the search box Ctrl+Z means "undo the last check-in",
                # not "undo typing" (the box is emptied after each one).
                self.undo_last()
                return True
            if event.key() in (
                Qt.Key.Key_Down,
                Qt.Key.Key_Up,
                Qt.Key.Key_PageDown,
                Qt.Key.Key_PageUp,
            ):
                self._move_highlight(event.key())
                return True
        return super().eventFilter(watched, event)

    def _move_highlight(self, key: int) -> None:
        count = self.results.rowCount()
        if not count:
            return
        current = selected_row(self.results_view)
        step = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_PageDown: 10,
            Qt.Key.Key_PageUp: -10,
        }[Qt.Key(key)]
        select_row(self.results_view, max(0, min(count - 1, current + step)))

    def highlighted(self) -> BeneficiaryRow | None:
        row = selected_row(self.results_view)
        return self.results.row_at(row) if row >= 0 else None

    # -- checking in ------------------------------------------------------
    def check_in_highlighted(self) -> None:
        """Enter in the search box: the rules are in the module's docstring."""
        session_id = self.session_id
        query = self.search.text()
        if session_id is None or not query.strip():
            return
        if query == self._offer_walk_in:
            self.open_walk_in()  # a second Enter on a query that found nobody
            return
        shown = self.search_is_current()
        chosen = self.highlighted() if shown else None
        if shown and not self.enters_pending:
            if chosen is None:
                self._unmatched.append(query)
                self._empty_search()
                self._after_enters()
            else:
                self.check_in(chosen.id, chosen.display_name)
                self._after_enters()  # the box is empty: a query kept earlier comes back
            return
        # Earlier Enters still wait, or this query's list has not come yet.
        at, user_id, today = self._arrival_time(), self.ctx.user_id, self.ctx.clock.today()
        self.enters_pending += 1
        self.search.clear()  # the next keystrokes start a new query
        self.ctx.run_op(
            lambda s: check_in_first_match(s, session_id, query, chosen, at, user_id, today),
            self._enter_answered,
            self._enter_failed,
            origin=self,
        )

    def _enter_answered(self, answer: EnterAnswer) -> None:
        self.enters_pending -= 1
        person = answer.person
        if answer.session_id == self.session_id:
            if person is None:
                self._unmatched.append(answer.query)
            elif answer.already_present:
                self._show_already_present(person.display_name)
            else:
                # Committed already: a reload may have counted it.
                counted = self.is_present(person.id)
                self._shown_checked_in(person.id, person.display_name, answer.at, count=not counted)
                self._written()
        self._after_enters()

    def _enter_failed(self, exc: BaseException) -> None:
        self.enters_pending -= 1
        self._write_failed(exc)
        self._after_enters()

    def _after_enters(self) -> None:
        """Once every Enter is answered: the queries that found nobody are
        named, and the last comes back in the box once the keyboard is quiet."""
        if self.enters_pending or not self._unmatched:
            return
        self._show_unmatched()
        self._unmatched_timer.start()  # back in the box once the keyboard is quiet

    def _show_unmatched(self) -> None:
        self.feedback.setText(
            self.tr(
                "Personne ne correspond à {queries}. Entrée une seconde fois (ou Ctrl+N) "
                "pour inscrire un nouveau participant."
            ).format(queries=", ".join(f"« {q.strip()} »" for q in self._unmatched))
        )
        self.feedback.setStyleSheet("color: #9a5b00;")

    def _keep_unmatched(self) -> None:
        if self.enters_pending or not self._unmatched:
            return
        if self.search.text():
            return  # the next query is being typed: it wins, the next Enter retries
        self._show_unmatched()
        last = self._unmatched[-1]
        self._unmatched = []
        self.search.setText(last)  # searched again: the list says nobody too
        self._offer_walk_in = last
        self.focus_search()

    def unmatched_waiting(self) -> bool:
        """A query that found nobody waits to come back in the box (tests)."""
        return bool(self._unmatched)

    def _result_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            person = self.results.row_at(index.row())
            self.check_in(person.id, person.display_name)

    def _arrival_time(self) -> dt.datetime | None:
        """Now, for a session happening today; none for a session recorded
        another day (the hours rule, app/rules/hours.py, then counts the
        whole session)."""
        if self.roster_data is None:
            return None
        now = self.ctx.clock.now().replace(microsecond=0)
        return now if self.roster_data.session.session_date == now.date() else None

    def is_present(self, beneficiary_id: str) -> bool:
        if beneficiary_id in self._marked:
            return self._marked[beneficiary_id]
        row = self.roster.row_of(beneficiary_id)
        return row >= 0 and self.roster.is_checked(self.roster.row_at(row))

    def check_in(self, beneficiary_id: str, name: str) -> None:
        session_id = self.session_id
        if session_id is None:
            return
        if self.is_present(beneficiary_id):
            self._show_already_present(name)
            self._empty_search()
            return
        self._write_check_in(beneficiary_id, name)

    def _show_already_present(self, name: str) -> None:
        self.feedback.setText(self.tr("{name} : présence déjà enregistrée.").format(name=name))
        self.feedback.setStyleSheet("")

    def _write_check_in(self, beneficiary_id: str, name: str) -> None:
        session_id = self.session_id
        if session_id is None:
            return
        at, user_id = self._arrival_time(), self.ctx.user_id
        self._shown_checked_in(beneficiary_id, name, at)
        self.ctx.run_op(
            lambda s: write_check_in(s, session_id, beneficiary_id, at, user_id),
            lambda _view: self._written(),
            lambda exc: self._write_failed(exc, beneficiary_id),
            origin=self,
        )
        self._empty_search()

    def _shown_checked_in(
        self, beneficiary_id: str, name: str, at: dt.datetime | None, *, count: bool = True
    ) -> None:
        """The undo stack, the tick and the count, at once (the reload confirms)."""
        self.undo_stack.append((beneficiary_id, name))
        self._marked[beneficiary_id] = True
        self.roster.mark(beneficiary_id, True)
        if count:
            self._optimistic_count(+1)
        self._update_enabled()
        self._show_checked(name, at)

    def _optimistic_count(self, delta: int) -> None:
        """The count moves the moment Enter is pressed; the reload confirms it."""
        if self.roster_data is not None:
            present = self.roster_data.present + delta
            self.roster_data = type(self.roster_data)(
                session=self.roster_data.session,
                rows=self.roster_data.rows,
                expected=self.roster_data.expected,
                present=present,
            )
            self._show_count(present, self.roster_data.expected)

    def _written(self) -> None:
        """Committed; read the roster back once the burst of check-ins ends."""
        self._reload_timer.start()

    def _reload_roster(self) -> None:
        if self.session_id is not None:
            session_id = self.session_id
            self.ctx.tasks.run_db(
                lambda s: load_roster(s, session_id),
                self._show_roster,
                self._roster_failed,
                latest="roster",
            )

    def flush(self) -> None:
        """Read the roster back now (tests, and before printing)."""
        self._reload_timer.stop()
        self._reload_roster()

    def _show_checked(self, name: str, at: dt.datetime | None) -> None:
        when = self.tr(" à {time}").format(time=format_time(at)) if at else ""
        self.feedback.setText(self.tr("✓ {name} : présence enregistrée{when}").format(name=name, when=when))
        self.feedback.setStyleSheet("color: #1b7f3b;")

    def _write_failed(self, exc: BaseException, beneficiary_id: str | None = None) -> None:
        from app.ui.errors import error_text

        if beneficiary_id is not None:
            # Not written (a full or read-only disk...): show what the database has.
            self._marked.pop(beneficiary_id, None)
            self.undo_stack = [u for u in self.undo_stack if u[0] != beneficiary_id]
        self.feedback.setText(error_text(exc))
        self.feedback.setStyleSheet("color: #b3261e;")
        if self.session_id:
            self._reload_roster()  # show what the database really has

    def undo_last(self) -> None:
        if not self.undo_stack or self.session_id is None:
            return
        beneficiary_id, name = self.undo_stack.pop()
        self._undo(beneficiary_id, name)

    def _undo(self, beneficiary_id: str, name: str) -> None:
        session_id = self.session_id
        if session_id is None:
            return
        self._marked[beneficiary_id] = False
        self.roster.mark(beneficiary_id, False)
        self._optimistic_count(-1)
        self._update_enabled()
        self.feedback.setText(self.tr("↶ Pointage de {name} annulé.").format(name=name))
        self.feedback.setStyleSheet("")
        self.ctx.run_op(
            lambda s: write_undo(s, session_id, beneficiary_id),
            lambda _none: self._written(),
            lambda exc: self._write_failed(exc, beneficiary_id),
            origin=self,
        )
        self.focus_search()

    def _toggled(self, beneficiary_id: str, checked: bool) -> None:
        row = self.roster.row_at(self.roster.row_of(beneficiary_id))
        if checked:  # the tick already shows: write it
            self._write_check_in(beneficiary_id, row.display_name)
        else:
            self.undo_stack = [u for u in self.undo_stack if u[0] != beneficiary_id]
            self._undo(beneficiary_id, row.display_name)

    # -- partial presence -------------------------------------------------
    def selected_roster_row(self) -> RosterRow | None:
        rows = self.roster_view.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.roster_filter.mapToSource(rows[0])
        return self.roster.row_at(source.row())

    def edit_presence(self) -> None:
        row = self.selected_roster_row()
        if row is None or self.roster_data is None or self.session_id is None:
            self.feedback.setText(self.tr("Choisissez d'abord une personne dans la liste."))
            return
        answer = PresenceDialog.ask(row, self.roster_data.session, self)
        self.focus_search()
        if answer is None:
            return
        arrived, left = answer
        session_id, user_id, beneficiary_id = self.session_id, self.ctx.user_id, row.beneficiary_id
        self.ctx.run_op(
            lambda s: presence_and_reload(s, session_id, beneficiary_id, arrived, left, user_id),
            lambda roster: self._presence_saved(roster, row.display_name),
            self._write_failed,
            origin=self,
        )

    def _presence_saved(self, roster: Roster, name: str) -> None:
        self._show_roster(roster)
        self.feedback.setText(self.tr("Heures de {name} enregistrées.").format(name=name))
        self.feedback.setStyleSheet("")

    # -- the sheet --------------------------------------------------------
    def print_sheet(self) -> None:
        """The session's attendance sheet, printed as the Sessions screen does."""
        from app.ui import documents

        if self.session_id is None:
            return
        documents.print_attendance_sheet(self.ctx, self, self.session_id)
        self.focus_search()

    # -- walk-in ----------------------------------------------------------
    def open_walk_in(self) -> None:
        from app.ui.screens.walk_in import WalkInDialog, prefill_from

        if self.session_id is None or self.roster_data is None:
            return
        dialog = WalkInDialog(
            self.ctx,
            self.session_id,
            prefill_from(self.search.text()),
            self.communes,
            default_commune=self.roster_data.session.commune_code,
            parent=self,
        )
        dialog.done_walk_in.connect(self._walked_in)
        dialog.finished.connect(lambda _r: self._walk_in_closed())
        self.walk_in_dialog = dialog
        dialog.open()

    def _walk_in_closed(self) -> None:
        self.walk_in_dialog = None
        self.focus_search()

    def _walked_in(self, result: WalkInResult) -> None:
        if not result.created:
            self.check_in(result.beneficiary_id, result.name)
            return
        self.undo_stack.append((result.beneficiary_id, result.name))
        self._empty_search()
        # The dialog's changes (a new person, checked in) reload the roster.
        self.feedback.setText(
            self.tr("✓ {name} : inscription et présence enregistrées.").format(name=result.name)
        )
        self.feedback.setStyleSheet("color: #1b7f3b;")
