"""Figures screen: the same numbers as compute_indicators (and therefore as
`caravane indicators`), in the tiles, the charts and the full table."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.services import planning
from app.services.attendance import check_in
from app.services.coaching import record_coaching
from app.services.indicators import compute_indicators
from app.ui.screens.figures import FiguresModel, FiguresScreen, figure_lines
from tests.conftest import TODAY
from tests.screens_support import TANGER, add_person, settle

Ctx = Any


def activity(ctx: Ctx) -> None:
    women = [add_person(ctx, f"Femme{n}", "Test", birth_year=1995) for n in range(3)]
    man = add_person(ctx, "Homme", "Test", sex="M", commune_code=TANGER, birth_year=1970)
    with ctx.db.session() as s:
        module = planning.list_modules(session=s)[0]
        stop = planning.plan_stop(
            session=s, team_id=ctx.team_id, commune_code=TANGER, starts_on=TODAY
        ).value
        held = planning.plan_session(
            session=s, team_id=ctx.team_id, module_id=module.id, session_date=TODAY,
            start_time=dt.time(9), end_time=dt.time(12), stop_id=stop.id,
        ).value
        planning.enrol(session=s, session_id=held.id, beneficiary_ids=[p.id for p in women])
        for person in (women[0], women[1], man):
            check_in(session=s, session_id=held.id, beneficiary_id=person.id)
        planning.set_session_status(session=s, session_id=held.id, status="held")
        record_coaching(
            session=s, team_id=ctx.team_id, trainer_id=ctx.user_id, held_on=TODAY,
            duration_minutes=90, beneficiary_id=women[2].id,
        )


def test_figures_match_compute_indicators(ctx: Ctx, qtbot: Any, qtmodeltester: Any) -> None:
    activity(ctx)
    screen = FiguresScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1300, 700)
    screen.show()
    qtbot.waitUntil(lambda: screen.indicators is not None)
    settle(ctx)
    with ctx.db.session() as s:
        expected = compute_indicators(session=s, filters=screen.current_filter())
    assert expected.beneficiaries_reached == 4  # sanity: the dataset counts

    lines = screen.model.rows()
    assert [(line.section, line.key, line.value) for line in lines] == [
        (row.section, row.label, float(row.value)) for row in expected.as_rows()
    ]
    qtmodeltester.check(screen.model)
    def tile(key: str) -> str:
        return screen.tiles[key].value.text()

    assert tile("beneficiaries_reached") == "4"
    assert tile("women") == "3 (75\u202f%)"  # French: a narrow no-break space before %
    assert tile("sessions_held") == "1"
    assert dict(screen.charts["sex"].bars()) == {"Femme": 3.0, "Homme": 1.0}
    assert sorted(v for _, v in screen.charts["commune"].bars()) == sorted(
        float(v) for v in expected.by_commune.values()
    )
    hours = dict(screen.charts["hours"].bars())
    assert hours["Heures de formation"] == round(expected.training_hours, 1)

    screen.commune.set_value(TANGER)
    screen.refresh()
    qtbot.waitUntil(lambda: screen.indicators is not None
                    and screen.indicators.filters.commune_code == TANGER)
    with ctx.db.session() as s:
        filtered = compute_indicators(session=s, filters=screen.current_filter())
    assert screen.indicators is not None
    assert screen.indicators.beneficiaries_reached == filtered.beneficiaries_reached
    assert [line.value for line in screen.model.rows()] == [
        float(row.value) for row in filtered.as_rows()
    ]
    grab = screen.grab()
    assert not grab.isNull()


def test_figures_model_in_arabic(ctx: Ctx, qtmodeltester: Any) -> None:
    activity(ctx)
    with ctx.db.session() as s:
        from app.services.indicators import IndicatorFilter

        indicators = compute_indicators(
            session=s, filters=IndicatorFilter(date_from=TODAY, date_to=TODAY)
        )
    model = FiguresModel()
    model.set_rows(figure_lines(indicators, "ar"))
    qtmodeltester.check(model)
