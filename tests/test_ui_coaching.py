"""Coaching screen: record a session with next steps, see them among the open
next steps (overdue in red), mark one done; validation keeps the input."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from app.models import CoachingSession, NextStep
from app.rules.fields import text_limit
from app.services.coaching import NextStepInput, open_next_steps, record_coaching
from app.ui.models.next_steps import NextStepsModel
from app.ui.models.table import WARNING_BRUSH
from app.ui.screens.coaching import CoachingScreen
from tests.conftest import TODAY
from tests.screens_support import add_person, settle

Ctx = Any
YESTERDAY = TODAY - dt.timedelta(days=1)


def test_next_steps_model_passes_modeltester(ctx: Ctx, qtmodeltester: Any) -> None:
    person = add_person(ctx, "Khadija", "Alaoui")
    with ctx.db.session() as s:
        record_coaching(
            session=s, team_id=ctx.team_id, trainer_id=ctx.user_id, held_on=YESTERDAY,
            duration_minutes=30, beneficiary_id=person.id,
            next_steps=[NextStepInput("Devis", YESTERDAY), NextStepInput("Banque", None)],
        )
        steps = open_next_steps(session=s, today=TODAY)
    model = NextStepsModel()
    model.set_rows(steps)
    qtmodeltester.check(model)
    overdue_row = next(r for r in range(2) if model.row_at(r).overdue)
    assert model.index(overdue_row, 0).data(Qt.ItemDataRole.ForegroundRole) == WARNING_BRUSH


def test_record_coaching_with_next_steps(ctx: Ctx, qtbot: Any) -> None:
    person = add_person(ctx, "Khadija", "Alaoui", name_ar="خديجة")
    screen = CoachingScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    settle(ctx)

    screen.save_button.click()  # nobody chosen
    qtbot.waitUntil(lambda: bool(screen.field_error("beneficiary_id")))

    qtbot.keyClicks(screen.search, "khad")
    qtbot.waitUntil(lambda: screen.results.rowCount() == 1)
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert screen.person is not None and screen.person.id == person.id
    assert "Khadija Alaoui" in screen.person_label.text()

    screen.duration.setValue(0)
    qtbot.keyClicks(screen.topics, "plan d'affaires, financement")
    screen.stage.setCurrentIndex(screen.stage.findData("creation"))
    line = screen.step_lines[0]
    qtbot.keyClicks(line.description, "Apporter les devis")
    qtbot.keyClicks(line.due_on, YESTERDAY.strftime("%d/%m/%Y"))
    second = screen.add_step_line()
    qtbot.keyClicks(second.description, "Ouvrir un compte")
    screen.save_button.click()
    qtbot.waitUntil(lambda: bool(screen.field_error("duration_minutes")))
    assert screen.topics.text() == "plan d'affaires, financement"  # nothing lost
    assert screen.person is not None

    screen.duration.setValue(45)
    screen.save_button.click()
    # The step due yesterday is late already: saved once the trainer confirms.
    qtbot.waitUntil(lambda: bool(screen.field_error("next_steps")))
    assert screen.last_saved is None
    screen.save_button.click()
    qtbot.waitUntil(lambda: screen.last_saved is not None)
    settle(ctx)
    with ctx.db.session() as s:
        coaching = s.query(CoachingSession).one()
        assert coaching.duration_minutes == 45 and coaching.beneficiary_id == person.id
        assert coaching.topics == ["plan d'affaires", "financement"]
        assert coaching.stage_assessed == "creation"
        assert s.query(NextStep).count() == 2
    assert screen.person is None and screen.topics.text() == ""  # ready for the next one

    assert screen.steps_model.rowCount() == 2
    assert "2 ouvertes, dont 1 en retard" == screen.steps_count.text()
    screen.overdue_only.setChecked(True)
    assert screen.steps_model.rowCount() == 1
    assert screen.steps_model.index(0, 2).data() == "Apporter les devis"
    assert screen.steps_model.index(0, 1).data() == "Khadija Alaoui"

    screen.steps_view.setCurrentIndex(screen.steps_model.index(0, 0))
    screen.done_button.click()
    qtbot.waitUntil(lambda: screen.steps_model.rowCount() == 0)
    screen.overdue_only.setChecked(False)
    assert screen.steps_model.rowCount() == 1


def test_a_next_step_due_in_2020_is_warned_and_saved_only_once_confirmed(
    ctx: Ctx, qtbot: Any
) -> None:
    person = add_person(ctx, "Khadija", "Alaoui")
    screen = CoachingScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    settle(ctx)
    qtbot.keyClicks(screen.search, "khad")
    qtbot.waitUntil(lambda: screen.results.rowCount() == 1)
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    line = screen.step_lines[0]
    line.description.insert("Déposer le dossier Intelaka")  # QTest types ASCII only
    qtbot.keyClicks(line.due_on, "01/03/2020")  # 2026 meant
    screen.save_button.click()
    qtbot.waitUntil(lambda: bool(screen.field_error("next_steps")))
    assert "01/03/2020" in screen.field_error("next_steps")
    assert screen.save_button.text() == "Enregistrer quand même"
    with ctx.db.session() as s:
        assert s.query(CoachingSession).count() == 0  # nothing written on a warning

    # Corrected: saved at once, no warning left.
    line.due_on.clear()
    qtbot.keyClicks(line.due_on, "01/03/" + str(TODAY.year + 1))
    screen.save_button.click()
    qtbot.waitUntil(lambda: screen.last_saved is not None)
    assert screen.save_button.text() == "Enregistrer l'accompagnement"

    # Another one due in 2020, confirmed: the second click saves it as typed.
    qtbot.keyClicks(screen.search, "khad")
    qtbot.waitUntil(lambda: screen.results.rowCount() == 1)
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    line = screen.step_lines[0]
    qtbot.keyClicks(line.description, "Relancer la banque")
    qtbot.keyClicks(line.due_on, "01/03/2020")
    screen.last_saved = None
    screen.save_button.click()
    qtbot.waitUntil(lambda: bool(screen.field_error("next_steps")))
    screen.save_button.click()
    qtbot.waitUntil(lambda: screen.last_saved is not None)
    settle(ctx)
    with ctx.db.session() as s:
        due = sorted(step.due_on for step in s.query(NextStep).filter_by(beneficiary_id=person.id))
    assert due == [dt.date(2020, 3, 1), dt.date(TODAY.year + 1, 3, 1)]


def test_coaching_texts_stop_at_their_limits(ctx: Ctx, qtbot: Any) -> None:
    screen = CoachingScreen(ctx)
    qtbot.addWidget(screen)
    line = screen.step_lines[0]
    qtbot.keyClicks(line.description, "x" * 320)
    assert len(line.description.text()) == text_limit("next_step", "description")
    screen.notes.setPlainText("n" * 5000)
    assert len(screen.notes.toPlainText()) == text_limit("coaching_session", "notes")
