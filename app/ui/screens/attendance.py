"""Attendance capture, keyboard first: the heart of a trainer's day.

Type any part of a name (Latin or Arabic), a CIN or a phone; Up/Down move
the highlight; Enter checks the highlighted person in.  The big count and
the roster update at once; Ctrl+Z takes the last check-in back.  The
expected roster (the session's cohort) is checked in by ticking.  Ctrl+N,
or Enter on an empty result, opens the walk-in form pre-filled with what
was typed.  Every check-in is its own committed transaction, so closing
the window loses nothing already checked in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTime, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QTimeEdit,
    QWidget,
)

from app.core.changes import Topic
from app.ui.dialog import Dialog
from app.ui.forms.attendance_ui import Ui_AttendanceScreen
from app.ui.i18n import format_date, format_time
from app.ui.models.roster import CHECK_COLUMN, RosterFilter, RosterModel
from app.ui.models.search_results import SearchResultsModel

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


# -- partial presence -----------------------------------------------------
class PresenceDialog(Dialog):
    """Arrived late / left early: the two times (unticked = whole session)."""

    def __init__(self, row: RosterRow, session: SessionView, parent: QWidget | None = None):
        super().__init__(parent, title=self.tr("Présence partielle"))
        self.setObjectName("presence_dialog")
        who = QLabel(
            self.tr("{name} — séance de {start} à {end}").format(
                name=row.display_name,
                start=format_time(session.start_time),
                end=format_time(session.end_time),
            )
        )
        who.setWordWrap(True)
        self.layout_.insertWidget(0, who)
        self.late = QCheckBox(self.tr("Arrivé(e) en retard, à"))
        self.arrived = QTimeEdit(self._qtime(row.arrived_at, session.start_time))
        self.early = QCheckBox(self.tr("Parti(e) plus tôt, à"))
        self.left = QTimeEdit(self._qtime(row.left_at, session.end_time))
        for edit in (self.arrived, self.left):
            edit.setDisplayFormat("HH:mm")
        self.late.setChecked(
            row.arrived_at is not None and row.arrived_at.time() > session.start_time
        )
        self.early.setChecked(row.left_at is not None)
        self.add_field("arrived_at", "", self._pair(self.late, self.arrived))
        self.add_field("left_at", "", self._pair(self.early, self.left))
        self.finish()

    @staticmethod
    def _qtime(value: dt.datetime | None, default: dt.time) -> QTime:
        time = value.time() if value is not None else default
        return QTime(time.hour, time.minute)

    @staticmethod
    def _pair(check: QCheckBox, edit: QTimeEdit) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(check)
        row.addWidget(edit)
        row.addStretch(1)
        return box

    def times(self) -> tuple[dt.time | None, dt.time | None]:
        def value(edit: QTimeEdit) -> dt.time:
            time = edit.time()
            return dt.time(time.hour(), time.minute())

        return (
            value(self.arrived) if self.late.isChecked() else None,
            value(self.left) if self.early.isChecked() else None,
        )

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
        self.roster = RosterModel(self._status_text, self)
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
        # uic sets the texts last, after the splitter measured its sides:
        # measured again at first show, they split the width by their texts.
        for layout in self.findChildren(QLayout):
            layout.invalidate()

        for keys, slot in (
            ("Ctrl+Z", self.undo_last),
            ("Ctrl+N", self.open_walk_in),
            ("Ctrl+F", self.focus_search),
            ("Escape", self.clear_search),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        ctx.data_changed.connect(self._data_changed)
        self._update_enabled()

    def _status_text(self, code: str) -> str:
        from app.labels import code_label

        if not code:
            return self.tr("attendu")
        return code_label("attendance_status", code, self.ctx.lang)

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
        self._pending_session = None
        self.session_id = session_id
        self._select_in_picker(session_id)
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
        place = session.place or session.commune_name or ""
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
        self.count.setText(f"{present} / {expected}")

    def _roster_failed(self, exc: BaseException) -> None:
        from app.ui.errors import error_text

        self.session_id = None
        self.feedback.setText(error_text(exc))
        self._update_enabled()

    def _update_enabled(self) -> None:
        has_session = self.session_id is not None
        for widget in (self.search, self.walk_in_button, self.roster_view, self.partial_button):
            widget.setEnabled(has_session)
        self.undo_button.setEnabled(bool(self.undo_stack))

    def _data_changed(self, changes: Changes, origin: object) -> None:
        # Its own check-ins are shown at once and read back after a burst.
        if origin is not self and self.session_id and changes.concerns(ROSTER_TOPICS):
            self.set_session(self.session_id)

    # -- search ---------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def clear_search(self) -> None:
        self.search.clear()
        self.search.setFocus()

    def _query_changed(self, text: str) -> None:
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
            self.results_view.selectRow(0)
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
        rows = self.results_view.selectionModel().selectedRows()
        current = rows[0].row() if rows else -1
        step = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_PageDown: 10,
            Qt.Key.Key_PageUp: -10,
        }[Qt.Key(key)]
        target = max(0, min(count - 1, current + step))
        self.results_view.selectRow(target)
        self.results_view.scrollTo(self.results.index(target, 0))

    def highlighted(self) -> BeneficiaryRow | None:
        rows = self.results_view.selectionModel().selectedRows()
        if rows:
            return self.results.row_at(rows[0].row())
        return None

    # -- checking in ------------------------------------------------------
    def check_in_highlighted(self) -> None:
        if self.session_id is None:
            return
        if not self.search_is_current():
            # Enter pressed faster than the search: wait for the fresh list.
            self._wait_then_check_in()
            return
        person = self.highlighted()
        if person is None:
            if self.search.text().strip():
                self.open_walk_in()
            return
        self.check_in(person.id, person.display_name)

    def _wait_then_check_in(self) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(10, self.check_in_highlighted)

    def _result_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            person = self.results.row_at(index.row())
            self.check_in(person.id, person.display_name)

    def _arrival_time(self) -> dt.datetime | None:
        """Now, for a session happening today; none for a session recorded
        another day (its hours are then the planned ones)."""
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
            self.feedback.setText(
                self.tr("{name} est déjà pointé(e) présent(e).").format(name=name)
            )
            self.clear_search()
            return
        self._write_check_in(beneficiary_id, name)

    def _write_check_in(self, beneficiary_id: str, name: str) -> None:
        session_id = self.session_id
        if session_id is None:
            return
        at, user_id = self._arrival_time(), self.ctx.user_id
        self.undo_stack.append((beneficiary_id, name))
        self._marked[beneficiary_id] = True
        self.roster.mark(beneficiary_id, True)
        self._optimistic_count(+1)
        self._update_enabled()
        self._show_checked(name, at)
        self.ctx.run_op(
            lambda s: write_check_in(s, session_id, beneficiary_id, at, user_id),
            lambda _view: self._written(),
            self._write_failed,
            origin=self,
        )
        self.clear_search()

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
        self.feedback.setText(self.tr("✓ {name} — présent(e){when}").format(name=name, when=when))
        self.feedback.setStyleSheet("color: #1b7f3b;")

    def _write_failed(self, exc: BaseException) -> None:
        from app.ui.errors import error_text

        self.feedback.setText(error_text(exc))
        self.feedback.setStyleSheet("color: #b3261e;")
        if self.session_id:
            self.set_session(self.session_id)  # show what the database really has

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
            self._write_failed,
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
        self.clear_search()
        # The dialog's changes (a new person, checked in) reload the roster.
        self.feedback.setText(
            self.tr("✓ {name} inscrit(e) et pointé(e) présent(e).").format(name=result.name)
        )
        self.feedback.setStyleSheet("color: #1b7f3b;")
