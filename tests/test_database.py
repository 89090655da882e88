from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select, text

from app.db import Database
from app.models import Beneficiary, Commune, TrainingModule


def test_new_database_has_reference_data_wal_and_a_device(db: Database) -> None:
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Commune)) == 1503
        tta = session.scalar(
            select(func.count()).select_from(Commune).where(Commune.region_code == "01")
        )
        assert tta == 146
        assert (session.scalar(select(func.count()).select_from(TrainingModule)) or 0) >= 8
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
    assert len(db.device_id) == 36


def test_local_writes_are_stamped_and_the_clock_survives_restart(tmp_path: Path) -> None:
    db = Database(tmp_path / "d")
    with db.session() as session:
        person = Beneficiary(
            first_name="Fatima-Zahra", last_name="El Idrissi", sex="F",
            registered_on=dt.date(2026, 3, 1),
        )
        session.add(person)
    assert person.pending == {"*": ""}
    assert person.device_id == db.device_id
    created = person.created_hlc
    with db.session() as session:
        stored = session.get(Beneficiary, person.id)
        assert stored is not None
        person = stored
        person.pending = None  # as if pushed
        person.cin = "K123456"
    assert person.field_hlcs["cin"] > created
    assert person.pending == {"cin": created}
    last = db.clock.last
    db.dispose()
    reopened = Database(tmp_path / "d")
    assert reopened.clock.tick() > last
    assert reopened.device_id == db.device_id
