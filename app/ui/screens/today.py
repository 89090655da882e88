"""Today: where the bus is, the day's sessions with their counts, coaching
follow-ups due and overdue next steps; one click (or Enter) to start taking
attendance."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QModelIndex
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Topic
from app.ui.fonts import big_font
from app.ui.i18n import format_count, format_date, format_time, localized
from app.ui.models.table import Column, RowTableModel
from app.ui.screens.base import RefreshingScreen
from app.ui.views import select_row

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.services.coaching import NextStepView
    from app.services.planning import SessionView, StopView
    from app.ui.context import AppContext

UPCOMING_DAYS = 14


@dataclass(frozen=True)
class TodayData:
    today: dt.date
    stop: StopView | None
    sessions: list[SessionView]  # today's, or the coming ones when none today
    sessions_are_today: bool
    due: list[NextStepView]  # coaching follow-ups due today
    overdue: list[NextStepView]


def load_today(session: Session, team_id: str | None, today: dt.date) -> TodayData:
    from app.services import coaching, planning

    stops = planning.list_stops(session=session, team_id=team_id, date_from=today, date_to=today)
    sessions = planning.list_sessions(
        session=session, team_id=team_id, date_from=today, date_to=today
    )
    are_today = bool(sessions)
    if not sessions:
        sessions = planning.list_sessions(
            session=session,
            team_id=team_id,
            date_from=today,
            date_to=today + dt.timedelta(days=UPCOMING_DAYS),
        )
    steps = coaching.open_next_steps(session=session, team_id=team_id, today=today)
    return TodayData(
        today=today,
        stop=stops[-1] if stops else None,
        sessions=[s for s in sessions if s.status != "cancelled"],
        sessions_are_today=are_today,
        due=[s for s in steps if s.due_on == today],
        overdue=[s for s in steps if s.overdue],
    )


class TodayScreen(RefreshingScreen):
    # Sessions with their counts, the stop, next steps with people's names.
    depends_on = frozenset(
        {Topic.SESSION, Topic.ATTENDANCE, Topic.STOP, Topic.COACHING, Topic.BENEFICIARY}
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: TodayData | None = None
        self.title = QLabel()
        self.title.setFont(big_font(18))
        self.stop_label = QLabel()
        self.stop_label.setObjectName("stop_label")
        self.stop_label.setFont(big_font(13, bold=False))
        self.stop_label.setWordWrap(True)

        self.sessions_box = QGroupBox(self.tr("Séances du jour"))
        self.sessions = RowTableModel(self._session_columns(), self)
        self.sessions_view = self._table(self.sessions, stretch=2)
        self.sessions_view.setObjectName("today_sessions")
        self.sessions_view.activated.connect(self._activated)
        self.sessions_view.doubleClicked.connect(self._activated)
        self.start_button = QPushButton(self.tr("Prendre les présences"))
        self.start_button.setObjectName("start_attendance")
        self.start_button.setFont(big_font(12))
        self.start_button.setMinimumHeight(40)
        self.start_button.clicked.connect(self.start_attendance)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        box = QVBoxLayout(self.sessions_box)
        box.addWidget(self.empty_label)
        box.addWidget(self.sessions_view)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        box.addLayout(buttons)

        self.due = RowTableModel(self._step_columns(), self)
        self.overdue = RowTableModel(self._step_columns(), self)
        self.due_box = QGroupBox(self.tr("Suivis d'accompagnement prévus aujourd'hui"))
        self.overdue_box = QGroupBox(self.tr("Prochaines étapes en retard"))
        for group, model, name in (
            (self.due_box, self.due, "today_due"),
            (self.overdue_box, self.overdue, "today_overdue"),
        ):
            view = self._table(model, stretch=1)
            view.setObjectName(name)
            view.doubleClicked.connect(lambda index, m=model: self._open_person(m, index))
            QVBoxLayout(group).addWidget(view)
        lower = QHBoxLayout()
        lower.addWidget(self.due_box)
        lower.addWidget(self.overdue_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.stop_label)
        layout.addWidget(self.sessions_box, 3)
        layout.addLayout(lower, 2)

    def _table(self, model: QAbstractItemModel, stretch: int) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.setAlternatingRowColors(True)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return view

    def _session_columns(self) -> list[Column[SessionView]]:
        ar = self.ctx.lang == "ar"
        return [
            Column(
                self.tr("Date"), lambda s: format_date(s.session_date), lambda s: s.session_date
            ),
            Column(
                self.tr("Heure"),
                lambda s: f"{format_time(s.start_time)}–{format_time(s.end_time)}",
                lambda s: s.start_time,
            ),
            Column(self.tr("Module"), lambda s: s.module_title_ar if ar else s.module_title_fr),
            Column(
                self.tr("Lieu"),
                lambda s: s.place or localized(self.ctx.lang, s.commune_name, s.commune_name_ar),
            ),
            Column(
                self.tr("Présents / attendus"),
                # Words in Arabic: "13 / 12" reads "12 / 13" right to left.
                lambda s: self.tr("{present} / {expected}").format(
                    present=format_count(s.present), expected=format_count(s.expected)
                ),
                lambda s: s.present,
                align_end=True,
            ),
        ]

    def _step_columns(self) -> list[Column[NextStepView]]:
        return [
            Column(self.tr("Bénéficiaire"), lambda s: s.beneficiary_name),
            Column(self.tr("Étape"), lambda s: s.description),
            Column(
                self.tr("Échéance"),
                lambda s: format_date(s.due_on),
                lambda s: s.due_on,
                warn=lambda s: s.overdue,
            ),
        ]

    # -- data -----------------------------------------------------------
    def load(self) -> None:
        team_id = self.ctx.team_id
        today = self.ctx.clock.today()
        self.ctx.tasks.run_db(
            lambda s: load_today(s, team_id, today), self.show_data, latest="today"
        )

    def show_data(self, data: TodayData) -> None:
        self.data = data
        self.title.setText(self.tr("Aujourd'hui, {date}").format(date=format_date(data.today)))
        if data.stop is not None:
            stop = data.stop
            commune = localized(self.ctx.lang, stop.commune_name, stop.commune_name_ar)
            place = f" — {data.stop.place}" if data.stop.place else ""
            self.stop_label.setText(
                self.tr("Étape du bus : {commune}{place}").format(commune=commune, place=place)
            )
        else:
            self.stop_label.setText(self.tr("Pas d'étape du bus prévue aujourd'hui."))
        if data.sessions_are_today:
            self.sessions_box.setTitle(self.tr("Séances du jour"))
            self.empty_label.hide()
        else:
            self.sessions_box.setTitle(self.tr("Prochaines séances"))
            self.empty_label.setText(
                self.tr("Aucune séance aujourd'hui. Voici les prochaines.")
                if data.sessions
                else self.tr("Aucune séance prévue dans les deux semaines à venir.")
            )
            self.empty_label.show()
        self.sessions.set_rows(data.sessions)
        self.due.set_rows(data.due)
        self.overdue.set_rows(data.overdue)
        self.due_box.setTitle(
            self.tr("Suivis d'accompagnement prévus aujourd'hui ({count})").format(
                count=format_count(len(data.due))
            )
        )
        self.overdue_box.setTitle(
            self.tr("Prochaines étapes en retard ({count})").format(count=format_count(len(data.overdue)))
        )
        self.start_button.setEnabled(bool(data.sessions))
        if data.sessions:
            select_row(self.sessions_view, 0)  # Enter opens it, in both directions
        if self.isVisible():  # never the cursor of a hidden screen
            self.sessions_view.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self.data is not None and self.data.today != self.ctx.clock.today():
            self._stale = True  # midnight passed while elsewhere: another day
        super().showEvent(event)

    # -- actions --------------------------------------------------------
    def selected_session(self) -> SessionView | None:
        rows = self.sessions_view.selectionModel().selectedRows()
        if rows:
            return self.sessions.row_at(rows[0].row())
        return self.sessions.rows()[0] if self.sessions.rows() else None

    def start_attendance(self) -> None:
        chosen = self.selected_session()
        if chosen is not None:
            self.ctx.open_attendance(chosen.id)

    def _activated(self, index: QModelIndex) -> None:
        self.ctx.open_attendance(self.sessions.row_at(index.row()).id)

    def _open_person(self, model: RowTableModel[NextStepView], index: QModelIndex) -> None:
        step = model.row_at(index.row())
        if step.beneficiary_id:
            self.ctx.open_beneficiary(step.beneficiary_id)
