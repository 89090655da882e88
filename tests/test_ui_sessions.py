"""Sessions screen: plan a session from the catalogue, validation next to
the fields, mark held / cancelled, attendance of a session, stops on the
calendar; driven through the widgets on a real database."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialogButtonBox

from app.models import TrainingSession
from app.services import planning
from app.services.attendance import check_in, roster
from app.ui.models.sessions import SessionRosterModel, SessionsModel, StopsModel
from app.ui.screens.sessions import SessionDialog, SessionsScreen, StopDialog
from tests.conftest import TODAY
from tests.screens_support import ASSILAH, add_person, settle

Ctx = Any


def plan(ctx: Ctx, *, with_people: int = 0) -> planning.SessionView:
    with ctx.db.session() as s:
        module = planning.list_modules(session=s)[0]
        stop = planning.plan_stop(
            session=s, team_id=ctx.team_id, commune_code=ASSILAH, starts_on=TODAY, place="Salle"
        ).value
        view = planning.plan_session(
            session=s, team_id=ctx.team_id, module_id=module.id, session_date=TODAY,
            start_time=dt.time(9), end_time=dt.time(12), stop_id=stop.id,
        ).value
    people = [add_person(ctx, f"P{n}", "Test", phone=None) for n in range(with_people)]
    with ctx.db.session() as s:
        planning.enrol(session=s, session_id=view.id, beneficiary_ids=[p.id for p in people])
        if people:
            check_in(session=s, session_id=view.id, beneficiary_id=people[0].id)
    return view


def test_models_pass_modeltester(ctx: Ctx, qtmodeltester: Any) -> None:
    view = plan(ctx, with_people=2)
    with ctx.db.session() as s:
        sessions = planning.list_sessions(session=s)
        stops = planning.list_stops(session=s)
        rows = roster(session=s, session_id=view.id).rows
    sessions_model, stops_model, roster_model = (
        SessionsModel("fr"), StopsModel("ar"), SessionRosterModel("fr")
    )
    sessions_model.set_rows(sessions)
    stops_model.set_rows(stops)
    roster_model.set_rows(rows)
    for model in (sessions_model, stops_model, roster_model):
        qtmodeltester.check(model)
        model.sort(0)
        qtmodeltester.check(model)


def test_create_a_session_from_the_catalogue(ctx: Ctx, qtbot: Any) -> None:
    dialog = SessionDialog(ctx, on_date=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ready)
    assert dialog.module.count() > 3  # the module catalogue
    dialog.module.setCurrentIndex(2)
    module_id = dialog.module.currentData()
    dialog.start.setTime(QTime(14, 0))
    dialog.end.setTime(QTime(10, 0))  # ends before it starts
    qtbot.keyClicks(dialog.place, "Foyer des femmes")
    ok = dialog.button_box.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    qtbot.waitUntil(lambda: bool(dialog.field_error("end_time")))
    assert "avant le début" in dialog.field_error("end_time")
    assert dialog.isVisible() and dialog.place.text() == "Foyer des femmes"

    dialog.end.setTime(QTime(17, 30))
    ok.click()
    qtbot.waitUntil(lambda: dialog.saved is not None)
    with ctx.db.session() as s:
        row = s.query(TrainingSession).one()
        assert row.module_id == module_id
        assert (row.start_time, row.end_time) == (dt.time(14), dt.time(17, 30))
        assert row.place == "Foyer des femmes" and row.session_date == TODAY


def test_mark_held_and_see_attendance(ctx: Ctx, qtbot: Any) -> None:
    view = plan(ctx, with_people=3)
    screen = SessionsScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.sessions.rowCount() == 1)
    assert screen.stops.rowCount() == 1
    assert not screen.held_button.isEnabled()  # nothing chosen yet
    screen.table.setCurrentIndex(screen.sessions.index(0, 0))
    qtbot.waitUntil(lambda: screen.roster_model.rowCount() == 3)
    assert screen.counts.text() == "1 présents / 3 attendus"

    requested: list[str] = []
    ctx.attendance_requested.connect(requested.append)
    screen.attendance_button.click()
    assert requested == [view.id]

    screen.held_button.click()
    qtbot.waitUntil(lambda: screen.current is not None and screen.current.status == "held")
    assert not screen.held_button.isEnabled()
    assert screen.sessions.index(0, 5).data() == "Tenue"
    screen.cancel_button.click()
    qtbot.waitUntil(lambda: screen.current is not None and screen.current.status == "cancelled")
    with ctx.db.session() as s:
        assert s.get(TrainingSession, view.id).status == "cancelled"


def test_open_session_selects_it(ctx: Ctx, qtbot: Any) -> None:
    view = plan(ctx)
    screen = SessionsScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    settle(ctx)
    screen.show_session(view.id)
    qtbot.waitUntil(lambda: screen.current is not None and screen.current.id == view.id)


def test_plan_a_stop(ctx: Ctx, qtbot: Any) -> None:
    dialog = StopDialog(ctx, on_date=TODAY)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.commune.count() > 10)
    dialog.accept()  # no commune
    assert dialog.field_error("commune_code")
    dialog.commune.set_value(ASSILAH)
    qtbot.keyClicks(dialog.place, "Souk")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.saved is not None)
    saved = dialog.saved
    assert saved is not None and saved.commune_name == "Assilah" and saved.place == "Souk"
