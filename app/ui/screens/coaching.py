"""Coaching (accompagnement): record a one-to-one session, and the open
next steps across beneficiaries (mark them done).  A next step due in the
past is saved only once the trainer confirms it ("Enregistrer quand même")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Topic
from app.core.errors import ConfirmationNeeded, FieldError, ValidationError
from app.rules.fields import text_limit
from app.ui.dialog import ERROR_STYLE, field_with_error
from app.ui.errors import error_text, field_error_text
from app.ui.fields import (
    OptionalDateEdit,
    code_combo,
    combo_value,
    date_edit,
    fill_combo,
    from_qdate,
    limit_text,
)
from app.ui.i18n import format_count, localized
from app.ui.models.next_steps import NextStepsModel
from app.ui.models.table import ROW_ROLE, Column, RowTableModel
from app.ui.screens.base import RefreshingScreen

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.core.changes import Done
    from app.services.beneficiaries import BeneficiaryRow
    from app.services.coaching import CoachingView, NextStepInput, NextStepView
    from app.services.enterprises import EnterpriseView
    from app.ui.context import AppContext


TOPICS_PER_LINE = 5


class NextStepLine(QWidget):
    """One next step being typed: what to do, by when."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("Ce qui est à faire"))
        limit_text(self.description, "next_step", "description")
        self.due_on = OptionalDateEdit()
        self.due_on.setFixedWidth(110)
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setToolTip(self.tr("Retirer cette étape"))
        row.addWidget(self.description, 1)
        row.addWidget(QLabel(self.tr("pour le")))
        row.addWidget(self.due_on)
        row.addWidget(self.remove)


class CoachingScreen(RefreshingScreen):
    depends_on = frozenset({Topic.COACHING, Topic.BENEFICIARY, Topic.ENTERPRISE})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.person: BeneficiaryRow | None = None
        self.busy = False
        self.last_saved: CoachingView | None = None
        lang = ctx.lang

        splitter = QSplitter(Qt.Orientation.Horizontal)
        outer = QHBoxLayout(self)
        outer.addWidget(splitter)

        # -- the form --
        form_box = QGroupBox(self.tr("Nouvel accompagnement"))
        form_column = QVBoxLayout(form_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        self.form = QFormLayout(body)
        scroll.setWidget(body)
        form_column.addWidget(scroll)
        self._errors: dict[str, QLabel] = {}

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Chercher la personne : nom, CIN, téléphone"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._pick_first)
        self.results: RowTableModel[BeneficiaryRow] = RowTableModel(
            [
                Column(self.tr("Nom et prénom"), lambda r: r.display_name),
                Column(self.tr("Nom en arabe"), lambda r: r.name_ar or ""),
                Column(
                    self.tr("Commune"),
                    lambda r: localized(ctx.lang, r.commune_name, r.commune_name_ar),
                ),
            ]
        )
        self.results_view = QTableView()
        self.results_view.setModel(self.results)
        self.results_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results_view.verticalHeader().hide()
        self.results_view.horizontalHeader().hide()
        self.results_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.results_view.setFixedHeight(100)
        self.results_view.clicked.connect(self._pick)
        self.results_view.activated.connect(self._pick)
        self.person_label = QLabel(self.tr("Personne : aucune choisie"))
        person_box = QWidget()
        person_column = QVBoxLayout(person_box)
        person_column.setContentsMargins(0, 0, 0, 0)
        person_column.addWidget(self.search)
        person_column.addWidget(self.results_view)
        person_column.addWidget(self.person_label)
        self._add("beneficiary_id", self.tr("Bénéficiaire"), person_box)

        self.enterprise = QComboBox()
        self._add("enterprise_id", self.tr("ou entreprise"), self.enterprise)
        self.held_on = date_edit(ctx.clock.today())
        self._add("held_on", self.tr("Date"), self.held_on)
        self.duration = QSpinBox()
        self.duration.setRange(0, 600)
        self.duration.setSingleStep(15)
        self.duration.setValue(60)
        self.duration.setSuffix(self.tr(" min"))
        self._add("duration_minutes", self.tr("Durée"), self.duration)
        self.topics = QLineEdit()
        self.topics.setPlaceholderText(self.tr("ex. plan d'affaires, financement, marketing"))
        # Several topics on one line, each within its own limit.
        self.topics.setMaxLength(TOPICS_PER_LINE * text_limit("coaching_session", "topics"))
        self._add("topics", self.tr("Thèmes"), self.topics)
        self.stage = code_combo("project_stage", lang, blank="—")
        self._add("stage_assessed", self.tr("Stade évalué"), self.stage)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        limit_text(self.notes, "coaching_session", "notes")
        self._add("notes", self.tr("Notes"), self.notes)

        steps_box = QWidget()
        self.steps_column = QVBoxLayout(steps_box)
        self.steps_column.setContentsMargins(0, 0, 0, 0)
        self.step_lines: list[NextStepLine] = []
        self.add_step_button = QPushButton(self.tr("Ajouter une étape"))
        self.add_step_button.clicked.connect(lambda: self.add_step_line())
        self.steps_column.addWidget(self.add_step_button)
        self._add("next_steps", self.tr("Prochaines étapes"), steps_box)
        self.add_step_line()

        save_row = QHBoxLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Enregistrer l'accompagnement"))
        # The past due dates the trainer was warned of: saving them again confirms.
        self.warned_past_due: tuple[tuple[int, dt.date | None], ...] = ()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        save_row.addWidget(self.message, 1)
        save_row.addWidget(self.save_button)
        form_column.addLayout(save_row)
        splitter.addWidget(form_box)

        # -- open next steps --
        steps_group = QGroupBox(self.tr("Prochaines étapes ouvertes"))
        steps_layout = QVBoxLayout(steps_group)
        bar = QHBoxLayout()
        self.overdue_only = QCheckBox(self.tr("Seulement en retard"))
        self.overdue_only.toggled.connect(lambda _c: self._show_steps())
        self.steps_count = QLabel()
        self.done_button = QPushButton(self.tr("Marquer comme fait"))
        self.done_button.clicked.connect(self.mark_done)
        self.open_person_button = QPushButton(self.tr("Voir la fiche"))
        self.open_person_button.clicked.connect(self._open_step_person)
        bar.addWidget(self.overdue_only)
        bar.addWidget(self.steps_count)
        bar.addStretch(1)
        bar.addWidget(self.open_person_button)
        bar.addWidget(self.done_button)
        steps_layout.addLayout(bar)
        self.steps_model = NextStepsModel(self)
        self.steps_view = QTableView()
        self.steps_view.setModel(self.steps_model)
        self.steps_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps_view.setSortingEnabled(True)
        self.steps_view.verticalHeader().hide()
        steps_header = self.steps_view.horizontalHeader()
        steps_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        steps_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # description
        steps_layout.addWidget(self.steps_view)
        splitter.addWidget(steps_group)
        splitter.setSizes([560, 640])
        self._all_steps: list[NextStepView] = []

    def _add(self, name: str, label: str, widget: QWidget) -> None:
        box, error = field_with_error(name, widget)
        self.form.addRow(label, box)
        self._errors[name] = error

    # -- loading ---------------------------------------------------------
    def load(self) -> None:
        team_id = self.ctx.team_id
        today = self.ctx.clock.today()

        def read(session: Session) -> tuple[list[NextStepView], list[EnterpriseView]]:
            from app.services.coaching import open_next_steps
            from app.services.enterprises import list_enterprises

            return (
                open_next_steps(session=session, team_id=team_id, today=today),
                list_enterprises(session=session, team_id=team_id),
            )

        self.ctx.tasks.run_db(read, self._loaded, self._failed, latest="coaching_screen")

    def _loaded(self, result: tuple[list[NextStepView], list[EnterpriseView]]) -> None:
        steps, enterprises = result
        self._all_steps = steps
        self._show_steps()
        items: list[tuple[str | None, str]] = [(None, "—")]
        items += [(e.id, e.name) for e in enterprises]
        fill_combo(self.enterprise, items)

    def _show_steps(self) -> None:
        steps = self._all_steps
        if self.overdue_only.isChecked():
            steps = [s for s in steps if s.overdue]
        self.steps_model.set_rows(steps)
        overdue = sum(1 for s in self._all_steps if s.overdue)
        self.steps_count.setText(
            self.tr("{n} ouvertes, dont {late} en retard").format(
                n=format_count(len(self._all_steps)), late=format_count(overdue)
            )
        )

    def _failed(self, exc: BaseException) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_text(exc))

    # -- choosing the person -------------------------------------------
    def _run_search(self) -> None:
        text = self.search.text().strip()
        if not text:
            self.results.set_rows([])
            return

        def search(session: Session) -> list[BeneficiaryRow]:
            from app.services.beneficiaries import search_beneficiaries

            return search_beneficiaries(session=session, query=text, limit=20)

        self.ctx.tasks.run_db(search, self._results, self._failed, latest="coaching_search")

    def _results(self, rows: Sequence[BeneficiaryRow]) -> None:
        self.results.set_rows(rows)
        if rows:
            self.results_view.setCurrentIndex(self.results.index(0, 0))

    def _pick_first(self) -> None:
        self._search_timer.stop()
        if self.results.rowCount():
            self._pick(self.results_view.currentIndex())

    def _pick(self, index: Any) -> None:
        row = self.results.data(index, ROW_ROLE) if index.isValid() else None
        if row is not None:
            self.choose_person(row)

    def choose_person(self, row: BeneficiaryRow) -> None:
        self.person = row
        name = row.display_name + (f" — {row.name_ar}" if row.name_ar else "")
        self.person_label.setText(self.tr("Personne : {name}").format(name=name))

    # -- next steps being typed -----------------------------------------
    def add_step_line(self) -> NextStepLine:
        line = NextStepLine()
        line.remove.clicked.connect(lambda: self._remove_step_line(line))
        self.steps_column.insertWidget(len(self.step_lines), line)
        self.step_lines.append(line)
        return line

    def _remove_step_line(self, line: NextStepLine) -> None:
        self.step_lines.remove(line)
        line.setParent(None)
        line.deleteLater()

    # -- saving ----------------------------------------------------------
    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()
        self.message.clear()

    def show_errors(self, errors: Sequence[FieldError]) -> None:
        self.clear_errors()
        for error in errors:
            label = self._errors.get(error.field)
            text = field_error_text(error)
            if label is None:
                self.message.setStyleSheet(ERROR_STYLE)
                self.message.setText((self.message.text() + "\n" + text).strip())
                continue
            label.setText((label.text() + "\n" + text).strip())
            label.show()

    def field_error(self, name: str) -> str:
        label = self._errors.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    def next_step_inputs(self) -> list[NextStepInput]:
        from app.services.coaching import NextStepInput

        steps: list[NextStepInput] = []
        errors: list[FieldError] = []
        for line in self.step_lines:
            description = line.description.text().strip()
            try:
                due_on = line.due_on.date()
            except ValueError:
                errors.append(FieldError("next_steps", "invalid_date"))
                continue
            if description or due_on:
                steps.append(NextStepInput(description=description, due_on=due_on))
        if errors:
            raise ValidationError(errors)
        return steps

    def save(self) -> None:
        if self.busy:
            return
        self.clear_errors()
        try:
            steps = self.next_step_inputs()
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        today = self.ctx.clock.today()
        past_due = tuple(
            (index, step.due_on)
            for index, step in enumerate(steps)
            if step.due_on is not None and step.due_on < today
        )
        # Confirmed only what the trainer was shown: another date warns again.
        confirmed = bool(past_due) and past_due == self.warned_past_due
        beneficiary_id = self.person.id if self.person else None
        enterprise_id = combo_value(self.enterprise)
        team_id = self.ctx.team_id
        trainer_id = self.ctx.user_id
        held_on = from_qdate(self.held_on.date())
        duration = self.duration.value()
        topics = [t.strip() for t in self.topics.text().split(",") if t.strip()]
        notes = self.notes.toPlainText().strip() or None
        stage = combo_value(self.stage)
        self.busy = True
        self.save_button.setEnabled(False)

        def record(session: Session) -> Done[CoachingView]:
            from app.services.coaching import record_coaching

            assert team_id is not None
            return record_coaching(
                session=session,
                team_id=team_id,
                trainer_id=trainer_id,
                held_on=held_on,
                duration_minutes=duration,
                beneficiary_id=beneficiary_id,
                enterprise_id=enterprise_id,
                topics=topics,
                notes=notes,
                stage_assessed=stage,
                next_steps=steps,
                today=today,
                confirm_past_due=confirmed,
            )

        self.ctx.run_op(record, self._saved, self._save_failed, origin=self)

    def _saved(self, view: CoachingView) -> None:
        self.busy = False
        self.save_button.setEnabled(True)
        self._forget_warning()
        self.last_saved = view
        self._reset_form()
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Accompagnement enregistré."))

    def _save_failed(self, exc: BaseException) -> None:
        self.busy = False
        self.save_button.setEnabled(True)
        self._forget_warning()
        if isinstance(exc, ConfirmationNeeded):
            self.show_errors(exc.warnings)
            self.warned_past_due = tuple(
                (w.params["index"], w.params.get("due_on"))
                for w in exc.warnings
                if w.code == "due_in_past"
            )
            self.save_button.setText(self.tr("Enregistrer quand même"))
        elif isinstance(exc, ValidationError):
            self.show_errors(exc.errors)
        else:
            self._failed(exc)

    def _forget_warning(self) -> None:
        self.warned_past_due = ()
        self.save_button.setText(self.tr("Enregistrer l'accompagnement"))

    def _reset_form(self) -> None:
        self.person = None
        self.person_label.setText(self.tr("Personne : aucune choisie"))
        self.search.clear()
        self.results.set_rows([])
        self.enterprise.setCurrentIndex(0)
        self.duration.setValue(60)
        self.topics.clear()
        self.notes.clear()
        self.stage.setCurrentIndex(0)
        for line in list(self.step_lines):
            self._remove_step_line(line)
        self.add_step_line()

    # -- open next steps -------------------------------------------------
    def selected_step(self) -> NextStepView | None:
        index = self.steps_view.currentIndex()
        return self.steps_model.data(index, ROW_ROLE) if index.isValid() else None

    def mark_done(self) -> None:
        step = self.selected_step()
        if step is None:
            return
        wanted = step.id
        today = self.ctx.clock.today()

        def done(session: Session) -> Done[NextStepView]:
            from app.services.coaching import complete_next_step

            return complete_next_step(session=session, next_step_id=wanted, done_on=today)

        self.ctx.run_op(done, None, self._failed, origin=self)

    def _open_step_person(self) -> None:
        step = self.selected_step()
        if step is not None and step.beneficiary_id:
            self.ctx.open_beneficiary(step.beneficiary_id)
