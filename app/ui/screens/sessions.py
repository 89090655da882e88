"""Sessions: the tour's calendar (stops by date and commune) and its
sessions; plan or edit a session from the module catalogue, mark it held or
cancelled, see its attendance, print its attendance sheet."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Topic
from app.core.errors import ValidationError
from app.labels import code_label, format_date
from app.ui.dialog import Dialog
from app.ui.errors import error_text
from app.ui.fields import (
    CommuneBox,
    combo_value,
    date_edit,
    fill_combo,
    from_qdate,
    limit_text,
    set_combo_value,
    time_edit,
    to_qdate,
    with_communes,
)
from app.ui.i18n import format_count, localized
from app.ui.models.sessions import SessionRosterModel, SessionsModel, StopsModel, module_title
from app.ui.models.table import ROW_ROLE, ltr
from app.ui.screens.base import RefreshingScreen

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.core.changes import Done
    from app.services.attendance import Roster
    from app.services.planning import ModuleView, SessionView, StopView
    from app.ui.context import AppContext

STOP_COLOR = QColor("#d7e8f5")


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


def _pytime(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


@dataclass(frozen=True)
class _Choices:
    modules: list[ModuleView]
    stops: list[StopView]
    earlier: list[SessionView]


class SessionDialog(Dialog):
    """Plan a session (`existing=None`) or edit one; saves it itself and
    keeps the dialog open with messages next to the fields on refusal."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        existing: SessionView | None = None,
        on_date: dt.date | None = None,
    ) -> None:
        title = self.tr("Modifier la séance") if existing else self.tr("Nouvelle séance")
        super().__init__(parent, title=title)
        self.ctx = ctx
        self.existing = existing
        self.saved: SessionView | None = None
        self.busy = False
        self.ready = False

        self.module = QComboBox()
        self.module.setMinimumWidth(360)
        self.date = date_edit(existing.session_date if existing else on_date or ctx.clock.today())
        self.start = time_edit(existing.start_time if existing else dt.time(9, 0))
        self.end = time_edit(existing.end_time if existing else dt.time(12, 0))
        # A break (lunch) is never counted in the hours (app/rules/hours.py).
        self.has_break = QCheckBox(self.tr("Pause dans la séance (jamais comptée dans les heures)"))
        self.has_break.setChecked(existing is not None and existing.break_start is not None)
        self.break_start = time_edit(
            existing.break_start if existing and existing.break_start else dt.time(12, 30)
        )
        self.break_end = time_edit(
            existing.break_end if existing and existing.break_end else dt.time(13, 30)
        )
        for edit in (self.break_start, self.break_end):
            edit.setEnabled(self.has_break.isChecked())
            self.has_break.toggled.connect(edit.setEnabled)
        self.stop = QComboBox()
        self.place = QLineEdit(existing.place or "" if existing else "")
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 500)
        self.capacity.setSpecialValueText("—")
        self.capacity.setValue(existing.capacity or 0 if existing else 0)
        self.cohort = QComboBox()
        self.notes = QLineEdit(existing.notes or "" if existing else "")
        limit_text(self.place, "training_session", "place")
        limit_text(self.notes, "training_session", "notes")

        self.add_field("module_id", self.tr("Module"), self.module)
        self.add_field("session_date", self.tr("Date"), self.date)
        self.add_field("start_time", self.tr("Début"), self.start)
        self.add_field("end_time", self.tr("Fin"), self.end)
        self.add_field("has_break", "", self.has_break)
        self.add_field("break_start", self.tr("Début de la pause"), self.break_start)
        self.add_field("break_end", self.tr("Fin de la pause"), self.break_end)
        self.add_field("stop_id", self.tr("Étape"), self.stop)
        self.add_field("place", self.tr("Lieu"), self.place)
        self.add_field("capacity", self.tr("Places"), self.capacity)
        if existing is None:
            self.add_field("cohort_from_id", self.tr("Reprendre le groupe de"), self.cohort)
        self.add_field("notes", self.tr("Notes"), self.notes)
        self.finish()
        self._load()

    def _load(self) -> None:
        around = self.existing.session_date if self.existing else self.ctx.clock.today()

        def load(session: Session) -> _Choices:
            from app.services import planning

            return _Choices(
                modules=planning.list_modules(session=session),
                stops=planning.list_stops(
                    session=session,
                    team_id=self.ctx.team_id,
                    date_from=around - dt.timedelta(days=120),
                    date_to=around + dt.timedelta(days=365),
                ),
                earlier=planning.list_sessions(
                    session=session,
                    team_id=self.ctx.team_id,
                    date_from=around - dt.timedelta(days=365),
                ),
            )

        self.ctx.tasks.run_db(load, self._loaded, self._failed)

    def _loaded(self, choices: _Choices) -> None:
        lang = self.ctx.lang
        fill_combo(
            self.module,
            [
                (m.id, f"{m.title_ar if lang == 'ar' and m.title_ar else m.title_fr} ({m.code})")
                for m in choices.modules
            ],
        )
        stops: list[tuple[str | None, str]] = [(None, "—")]
        stops += [
            (
                s.id,
                f"{format_date(s.starts_on)} · "
                f"{localized(lang, s.commune_name, s.commune_name_ar)} {s.place}".strip(),
            )
            for s in choices.stops
        ]
        fill_combo(self.stop, stops)
        cohorts: list[tuple[str | None, str]] = [(None, self.tr("— (nouveau groupe)"))]
        cohorts += [
            (s.id, f"{format_date(s.session_date)} · {module_title(s, lang)} ({format_count(s.expected)})")
            for s in reversed(choices.earlier)
        ]
        fill_combo(self.cohort, cohorts)
        if self.existing is not None:
            set_combo_value(self.module, self.existing.module_id)
            set_combo_value(self.stop, self.existing.stop_id)
        self.ready = True

    def choose_module(self, code: str) -> None:
        """Select the module whose code is `code` (keyboard users, tests)."""
        for index in range(self.module.count()):
            if self.module.itemText(index).endswith(f"({code})"):
                self.module.setCurrentIndex(index)
                return

    def accept(self) -> None:
        if self.busy or not self.ready:
            return
        self.clear_errors()
        module_id = combo_value(self.module)
        if module_id is None:
            self.show_field_errors(ValidationError.single("module_id", "required").errors)
            return
        values: dict[str, Any] = {
            "module_id": module_id,
            "session_date": from_qdate(self.date.date()),
            "start_time": _pytime(self.start.time()),
            "end_time": _pytime(self.end.time()),
            # None takes a break away (update_session).
            "break_start": _pytime(self.break_start.time()) if self.has_break.isChecked() else None,
            "break_end": _pytime(self.break_end.time()) if self.has_break.isChecked() else None,
            "stop_id": combo_value(self.stop),
            "capacity": self.capacity.value() or None,
            "place": self.place.text().strip() or None,
            "notes": self.notes.text().strip() or None,
        }
        existing = self.existing
        team_id = self.ctx.team_id
        trainers = (self.ctx.user_id,) if self.ctx.user_id else ()
        cohort = combo_value(self.cohort)
        self.busy = True

        def save(session: Session) -> Done[SessionView]:
            from app.services import planning

            if existing is None:
                assert team_id is not None
                return planning.plan_session(
                    session=session,
                    team_id=team_id,
                    trainer_ids=trainers,
                    cohort_from_id=cohort,
                    **values,
                )
            return planning.update_session(session=session, session_id=existing.id, **values)

        self.ctx.run_op(save, self._saved, self._failed, origin=self)

    def _saved(self, view: SessionView) -> None:
        self.busy = False
        self.saved = view
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.show_error(exc)

    @classmethod
    def ask(
        cls,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        existing: SessionView | None = None,
        on_date: dt.date | None = None,
    ) -> SessionView | None:
        dialog = cls(ctx, parent, existing=existing, on_date=on_date)
        dialog.exec()
        return dialog.saved


class StopDialog(Dialog):
    """A day (or days) of the bus in a commune."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, on_date: dt.date | None = None
    ) -> None:
        super().__init__(parent, title=self.tr("Nouvelle étape de la tournée"))
        self.ctx = ctx
        self.saved: StopView | None = None
        self.busy = False
        self.commune = CommuneBox(ctx.lang, blank="")
        self.starts_on = date_edit(on_date or ctx.clock.today())
        self.ends_on = date_edit(on_date or ctx.clock.today())
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("ex. Maison des jeunes"))
        limit_text(self.place, "tour_stop", "place")
        self.add_field("commune_code", self.tr("Commune"), self.commune)
        self.add_field("starts_on", self.tr("Du"), self.starts_on)
        self.add_field("ends_on", self.tr("Au"), self.ends_on)
        self.add_field("place", self.tr("Lieu"), self.place)
        self.finish()
        with_communes(ctx, self.commune.set_communes)

    def accept(self) -> None:
        if self.busy:
            return
        self.clear_errors()
        commune_code = self.commune.value()
        if commune_code is None:
            code = "unknown_commune" if self.commune.typed_text() else "required"
            self.show_field_errors(ValidationError.single("commune_code", code).errors)
            return
        team_id = self.ctx.team_id
        starts_on = from_qdate(self.starts_on.date())
        ends_on = from_qdate(self.ends_on.date())
        place = self.place.text()
        self.busy = True

        def save(session: Session) -> Done[StopView]:
            from app.services.planning import plan_stop

            assert team_id is not None
            return plan_stop(
                session=session,
                team_id=team_id,
                commune_code=commune_code,
                starts_on=starts_on,
                ends_on=ends_on,
                place=place,
            )

        self.ctx.run_op(save, self._saved, self._failed, origin=self)

    def _saved(self, stop: StopView) -> None:
        self.busy = False
        self.saved = stop
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.show_error(exc)

    @classmethod
    def ask(
        cls, ctx: AppContext, parent: QWidget | None = None, *, on_date: dt.date | None = None
    ) -> StopView | None:
        dialog = cls(ctx, parent, on_date=on_date)
        dialog.exec()
        return dialog.saved


def _table(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    return view


class SessionsScreen(RefreshingScreen):
    """Calendar and stops on one side; the month's sessions and the chosen
    session's attendance on the other."""

    depends_on = frozenset({Topic.SESSION, Topic.STOP, Topic.ATTENDANCE, Topic.BENEFICIARY})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._select_after_load: str | None = None
        self.current: SessionView | None = None
        self.roster: Roster | None = None
        self._marked: list[QDate] = []
        lang = ctx.lang

        splitter = QSplitter(Qt.Orientation.Horizontal)
        outer = QHBoxLayout(self)
        outer.addWidget(splitter)

        # -- calendar side --
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        today = ctx.clock.today()
        self.calendar.setSelectedDate(to_qdate(today))
        self.calendar.setCurrentPage(today.year, today.month)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.refresh())
        self.calendar.clicked.connect(self._date_clicked)
        left_column.addWidget(self.calendar)
        stops_title = QHBoxLayout()
        stops_title.addWidget(QLabel(self.tr("Étapes du mois")))
        stops_title.addStretch(1)
        self.new_stop_button = QPushButton(self.tr("Nouvelle étape"))
        self.new_stop_button.clicked.connect(self.plan_stop)
        stops_title.addWidget(self.new_stop_button)
        left_column.addLayout(stops_title)
        self.stops = StopsModel(lang, self)
        self.stops_view = _table(self.stops)
        self.stops_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        left_column.addWidget(self.stops_view, 1)
        splitter.addWidget(left)

        # -- sessions side --
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        top.addWidget(self.title)
        top.addStretch(1)
        self.new_button = QPushButton(self.tr("Nouvelle séance"))
        self.new_button.clicked.connect(self.new_session)
        top.addWidget(self.new_button)
        column.addLayout(top)
        self.sessions = SessionsModel(lang, self)
        self.table = _table(self.sessions)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # module
        self.table.selectionModel().currentRowChanged.connect(self._session_chosen)
        self.table.doubleClicked.connect(lambda _i: self.take_attendance())
        column.addWidget(self.table, 2)

        box = QGroupBox(self.tr("Séance choisie"))
        detail = QVBoxLayout(box)
        self.info = QLabel(self.tr("Choisissez une séance dans la liste."))
        self.info.setWordWrap(True)
        self.counts = QLabel()
        count_font = self.counts.font()
        count_font.setPointSizeF(count_font.pointSizeF() * 1.3)
        count_font.setWeight(QFont.Weight.Bold)
        self.counts.setFont(count_font)
        info_row = QHBoxLayout()
        info_row.addWidget(self.info, 1)
        info_row.addWidget(self.counts)
        detail.addLayout(info_row)
        buttons = QHBoxLayout()
        self.attendance_button = QPushButton(self.tr("Prendre les présences"))
        self.attendance_button.clicked.connect(self.take_attendance)
        self.held_button = QPushButton(self.tr("Marquer tenue"))
        self.held_button.clicked.connect(lambda: self.set_status("held"))
        self.cancel_button = QPushButton(self.tr("Annuler la séance"))
        self.cancel_button.clicked.connect(lambda: self.set_status("cancelled"))
        self.edit_button = QPushButton(self.tr("Modifier"))
        self.edit_button.clicked.connect(self.edit)
        self.print_button = QPushButton(self.tr("Imprimer la feuille de présence"))
        self.print_button.clicked.connect(self.print_sheet)
        self.session_buttons = (
            self.attendance_button,
            self.held_button,
            self.cancel_button,
            self.edit_button,
            self.print_button,
        )
        for button in self.session_buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        detail.addLayout(buttons)
        self.roster_model = SessionRosterModel(lang, self)
        self.roster_view = _table(self.roster_model)
        self.roster_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.roster_view.doubleClicked.connect(self._open_person)
        detail.addWidget(self.roster_view, 1)
        column.addWidget(box, 3)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 900])

        self._show_session(None)

    # -- loading ---------------------------------------------------------
    def month(self) -> tuple[dt.date, dt.date]:
        return month_bounds(self.calendar.yearShown(), self.calendar.monthShown())

    def load(self) -> None:
        first, last = self.month()
        team_id = self.ctx.team_id
        self.title.setText(
            self.tr("Séances du {start} au {end}").format(
                start=format_date(first), end=format_date(last)
            )
        )

        def read(session: Session) -> tuple[list[SessionView], list[StopView]]:
            from app.services import planning

            return (
                planning.list_sessions(
                    session=session, team_id=team_id, date_from=first, date_to=last
                ),
                planning.list_stops(session=session, team_id=team_id, date_from=first, date_to=last),
            )

        self.ctx.tasks.run_db(read, self._loaded, self._failed, latest="sessions_month")

    def _loaded(self, result: tuple[list[SessionView], list[StopView]]) -> None:
        sessions, stops = result
        keep = self._select_after_load or (self.current.id if self.current else None)
        self._select_after_load = None
        self.sessions.stop_places.clear()
        self.sessions.stop_places.update({s.id: s.place for s in stops if s.place})
        self.sessions.set_rows(sessions)
        self.stops.set_rows(stops)
        self._mark_calendar(sessions, stops)
        for row, view in enumerate(sessions):
            if view.id == keep:
                self.table.setCurrentIndex(self.sessions.index(row, 0))
                break
        else:
            self._show_session(None)

    def _mark_calendar(self, sessions: list[SessionView], stops: list[StopView]) -> None:
        plain = QTextCharFormat()
        for day in self._marked:
            self.calendar.setDateTextFormat(day, plain)
        self._marked = []
        stop_format = QTextCharFormat()
        stop_format.setBackground(STOP_COLOR)
        for stop in stops:
            on = stop.starts_on
            while on <= stop.ends_on:
                self.calendar.setDateTextFormat(to_qdate(on), stop_format)
                self._marked.append(to_qdate(on))
                on += dt.timedelta(days=1)
        for view in sessions:
            qdate = to_qdate(view.session_date)
            text_format = self.calendar.dateTextFormat(qdate)
            text_format.setFontWeight(QFont.Weight.Bold)
            text_format.setFontUnderline(True)
            self.calendar.setDateTextFormat(qdate, text_format)
            self._marked.append(qdate)

    def _failed(self, exc: BaseException) -> None:
        self.info.setText(error_text(exc))

    # -- the chosen session ------------------------------------------------
    def _date_clicked(self, qdate: QDate) -> None:
        day = from_qdate(qdate)
        for row, view in enumerate(self.sessions.rows()):
            if view.session_date == day:
                self.table.setCurrentIndex(self.sessions.index(row, 0))
                return

    def _session_chosen(self) -> None:
        index = self.table.currentIndex()
        self._show_session(self.sessions.data(index, ROW_ROLE) if index.isValid() else None)

    def _show_session(self, view: SessionView | None) -> None:
        self.current = view
        for button in self.session_buttons:
            button.setEnabled(view is not None)
        if view is None:
            self.info.setText(self.tr("Choisissez une séance dans la liste."))
            self.counts.clear()
            self.roster_model.set_rows([])
            return
        lang = self.ctx.lang
        self.held_button.setEnabled(view.status != "held")
        self.cancel_button.setEnabled(view.status != "cancelled")
        self.info.setText(
            self.tr("{module} — {date}, {start}–{end} — {place} — {status}").format(
                module=module_title(view, lang),
                date=format_date(view.session_date),
                start=ltr(view.start_time.strftime("%H:%M")),
                end=ltr(view.end_time.strftime("%H:%M")),
                place=", ".join(
                    p
                    for p in (
                        localized(lang, view.commune_name, view.commune_name_ar),
                        view.place or self.sessions.stop_places.get(view.stop_id or ""),
                    )
                    if p
                )
                or "—",
                status=code_label("session_status", view.status, lang),
            )
        )
        self._show_counts(view.present, view.expected)
        wanted = view.id

        def load(session: Session) -> Roster:
            from app.services.attendance import roster

            return roster(session=session, session_id=wanted)

        self.ctx.tasks.run_db(load, self._roster_loaded, self._failed, latest="session_roster")

    def _show_counts(self, present: int, expected: int) -> None:
        self.counts.setText(
            self.tr("{present} présents / {expected} attendus").format(
                present=format_count(present), expected=format_count(expected)
            )
        )

    def _roster_loaded(self, roster: Roster) -> None:
        if self.current is None or roster.session.id != self.current.id:
            return
        self.roster = roster
        self.roster_model.set_rows(roster.rows)
        self._show_counts(roster.present, roster.expected)

    def _open_person(self, index: Any) -> None:
        row = self.roster_model.data(index, ROW_ROLE)
        if row is not None:
            self.ctx.open_beneficiary(row.beneficiary_id)

    def show_session(self, session_id: str) -> None:
        """Show the month of a session and select it (`ctx.open_session`)."""

        def load(session: Session) -> SessionView:
            from app.services.planning import get_session

            return get_session(session=session, session_id=session_id)

        def shown(view: SessionView) -> None:
            self._select_after_load = view.id
            day = view.session_date
            if (self.calendar.yearShown(), self.calendar.monthShown()) != (day.year, day.month):
                self.calendar.setCurrentPage(day.year, day.month)  # refreshes
            else:
                self.refresh()
            self.calendar.setSelectedDate(to_qdate(day))

        self.ctx.tasks.run_db(load, shown, self._failed)

    # -- actions -------------------------------------------------------
    def new_session(self) -> None:
        view = SessionDialog.ask(self.ctx, self, on_date=from_qdate(self.calendar.selectedDate()))
        if view is not None:
            self.show_session(view.id)

    def edit(self) -> None:
        if self.current is None:
            return
        view = SessionDialog.ask(self.ctx, self, existing=self.current)
        if view is not None:
            self.show_session(view.id)

    def plan_stop(self) -> None:
        stop = StopDialog.ask(self.ctx, self, on_date=from_qdate(self.calendar.selectedDate()))
        if stop is not None:
            self.refresh()

    def set_status(self, status: str) -> None:
        if self.current is None:
            return
        wanted = self.current.id

        def save(session: Session) -> Done[SessionView]:
            from app.services.planning import set_session_status

            return set_session_status(session=session, session_id=wanted, status=status)

        def saved(view: SessionView) -> None:
            self._select_after_load = view.id
            if not self.isVisible():
                self.refresh()

        self.ctx.run_op(save, saved, self._failed, origin=self)

    def take_attendance(self) -> None:
        if self.current is not None:
            self.ctx.open_attendance(self.current.id)

    def print_sheet(self) -> None:
        from app.ui import documents

        if self.current is not None:
            documents.print_attendance_sheet(self.ctx, self, self.current.id)
