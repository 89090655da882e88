"""Conflicts screen: both values side by side; keep one or restore the
other (a tracked, synced write)."""

from __future__ import annotations

from typing import Any

from app.laptop_sync.conflicts import list_conflicts
from app.models import Beneficiary, Conflict
from app.ui.models.conflicts import ConflictsModel
from app.ui.screens.conflicts import ConflictsScreen
from tests.screens_support import add_person, settle

Ctx = Any


def conflict_on(ctx: Ctx, person_id: str, field: str, kept: Any, lost: Any) -> str:
    with ctx.db.session() as s:
        earlier, later = ctx.db.clock.tick(), ctx.db.clock.tick()
        row = Conflict(
            team_id=ctx.team_id, table_name="beneficiary", row_id=person_id, field=field,
            kept_value=kept, kept_hlc=later, lost_value=lost, lost_hlc=earlier,
            lost_device_id="0190f0aa-0000-7000-8000-00000000beef",
        )
        s.add(row)
        s.flush()
        return row.id


def test_conflicts_model_passes_modeltester(ctx: Ctx, qtmodeltester: Any) -> None:
    person = add_person(ctx, "Khadija", "Alaoui", phone="0661234567")
    conflict_on(ctx, person.id, "phone", "+212661234567", "+212700000000")
    conflict_on(ctx, person.id, "birth_date", None, "1990-05-04")
    with ctx.db.session() as s:
        rows = list_conflicts(session=s)
    model = ConflictsModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    texts = {model.index(r, 4).data() for r in range(2)}
    assert texts == {"+212700000000", "04/05/1990"}


def test_restore_the_other_value_and_keep_one(ctx: Ctx, qtbot: Any) -> None:
    person = add_person(ctx, "Khadija", "Alaoui", phone="0661234567")
    phone = conflict_on(ctx, person.id, "phone", "+212661234567", "+212700000000")
    conflict_on(ctx, person.id, "last_name", "Alaoui", "Alaoui-Idrissi")
    screen = ConflictsScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2 and screen.current is not None)
    assert screen.count_label.text() == "2 en attente"
    row = next(r for r in range(2) if screen.model.row_at(r).id == phone)
    screen.table.setCurrentIndex(screen.model.index(row, 0))
    assert screen.current is not None and screen.current.id == phone
    assert screen.kept_box.value.text() == "+212661234567"
    assert screen.lost_box.value.text() == "+212700000000"
    assert "Téléphone" in screen.heading.text() and "Khadija Alaoui" in screen.heading.text()

    screen.lost_box.button.click()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    with ctx.db.session() as s:
        restored = s.get(Beneficiary, person.id)
        assert restored.phone == "+212700000000"
        assert restored.pending  # the restore is a local write waiting to sync
        resolved = s.get(Conflict, phone)
        assert resolved.resolved and resolved.resolution == "restored"
        assert resolved.resolved_by == ctx.user_id

    assert screen.current is not None and screen.current.field == "last_name"
    screen.kept_box.button.click()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0)
    with ctx.db.session() as s:
        assert s.get(Beneficiary, person.id).last_name == "Alaoui"
    screen.show_resolved.setChecked(True)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2)
    settle(ctx)
    assert not screen.kept_box.button.isEnabled()  # already settled
