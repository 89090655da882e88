"""The laptop's Alembic chain: head matches the models, and every upgrade
step keeps the data already there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, inspect, text

from app.db import alembic_config, upgrade
from app.models import Base

FTS_TABLE = "beneficiary_fts"  # FTS5 virtual table and its shadow tables, made by raw SQL


def _engine(path: Path) -> Engine:
    return create_engine(f"sqlite:///{path}")


def _include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLE))


def _revision_pairs() -> list[tuple[str | None, str]]:
    """(previous, revision) for every step of the chain, oldest first."""
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    pairs: list[tuple[str | None, str]] = []
    for revision in script.walk_revisions("base", "heads"):
        down = revision.down_revision
        assert down is None or isinstance(down, str), "merge revisions are not expected on the laptop"
        pairs.append((down, revision.revision))
    return list(reversed(pairs))


def test_empty_database_upgraded_to_head_matches_the_models(tmp_path: Path) -> None:
    engine = _engine(tmp_path / "head.sqlite3")
    upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": _include_name}
        )
        differences = compare_metadata(context, Base.metadata)
        fts = connection.execute(
            text("SELECT name FROM sqlite_master WHERE name = :n"), {"n": FTS_TABLE}
        ).scalar()
    engine.dispose()
    assert differences == []
    assert fts == FTS_TABLE


META = {
    "deleted": False, "created_hlc": "0" * 32, "field_hlcs": "{}", "hlc": "0" * 32,
    "device_id": "dev", "server_seq": 7, "pending": None,
}
SAMPLE: dict[str, list[dict[str, Any]]] = {
    "team": [{"id": "t1", "team_id": "t1", "name": "Bus", "region_code": "01"}],
    "app_user": [
        {"id": "u1", "team_id": "t1", "name": "Amina", "role": "trainer",
         "password_hash": "scrypt$x", "active": True},
    ],
    "beneficiary": [
        {"id": "b1", "team_id": "t1", "first_name": "Fatima-Zahra", "last_name": "Idrissi",
         "name_ar": "فاطمة الزهراء", "sex": "F", "cin": "K123456", "phone": "+212612345678",
         "commune_code": "01.511.01.01", "prior_support": "[]", "registered_on": "2026-03-01",
         "search_text": "fatima zahra fatimazahra idrissi k123456", "merged_into_id": None},
    ],
    "consent": [
        {"id": "c1", "team_id": "t1", "beneficiary_id": "b1", "notice_version": "v1",
         "given_on": "2026-03-01", "collected_by": "Amina", "method": "paper",
         "photos": False, "share_with_partners": False, "sms_whatsapp": True},
    ],
    "training_session": [
        {"id": "s1", "team_id": "t1", "module_id": "m1", "session_date": "2026-03-02",
         "start_time": "09:00:00.000000", "end_time": "12:00:00.000000",
         "trainer_ids": '["u1"]', "status": "held"},
    ],
    "attendance": [
        {"id": "a1", "team_id": "t1", "session_id": "s1", "beneficiary_id": "b1",
         "status": "present", "hours_attended": 3.0},
    ],
}


def _columns(engine: Engine, name: str) -> list[str]:
    """The sample's columns that the table has at the current revision."""
    present = {c["name"] for c in inspect(engine).get_columns(name)}
    return sorted(k for k in {**META, **SAMPLE[name][0]} if k in present)


def _insert_sample(engine: Engine) -> dict[str, list[str]]:
    """Insert the sample rows (raw SQL, so no type of a later revision is
    assumed); returns the columns used per table."""
    used = {name: _columns(engine, name) for name in SAMPLE}
    with engine.begin() as connection:
        for name, rows in SAMPLE.items():
            columns = used[name]
            statement = text(
                f"INSERT INTO {name} ({', '.join(columns)}) "
                f"VALUES ({', '.join(':' + c for c in columns)})"
            )
            for row in rows:
                values = {**META, **row}
                connection.execute(statement, {c: values[c] for c in columns})
    return used


def _sample_state(engine: Engine, used: dict[str, list[str]]) -> dict[str, list[tuple[Any, ...]]]:
    with engine.connect() as connection:
        return {
            name: [
                tuple(r)
                for r in connection.execute(
                    text(f"SELECT {', '.join(columns)} FROM {name} ORDER BY id")
                )
            ]
            for name, columns in used.items()
        }


@pytest.mark.parametrize(("previous", "revision"), _revision_pairs())
def test_each_upgrade_step_keeps_existing_data(
    tmp_path: Path, previous: str | None, revision: str
) -> None:
    engine = _engine(tmp_path / "step.sqlite3")
    # With no earlier revision, the data goes in right after this one and
    # the check is that upgrading to head (the rest of the chain) keeps it.
    upgrade(engine, previous or revision)
    used = _insert_sample(engine)
    before = _sample_state(engine, used)
    upgrade(engine, "head")
    upgrade(engine, "head")  # re-running is a no-op
    after = _sample_state(engine, used)
    with engine.connect() as connection:
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if FTS_TABLE in inspect(connection).get_table_names():
            found = connection.execute(
                text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH 'fatimaz*'")
            ).all()
            assert len(found) == 1
    engine.dispose()
    heads = ScriptDirectory.from_config(alembic_config("sqlite://")).get_heads()
    assert version in heads
    assert after == before
    assert all(len(rows) == len(SAMPLE[name]) for name, rows in after.items())


def test_name_keys_of_people_already_there_are_computed_on_upgrade(tmp_path: Path) -> None:
    from app.models import beneficiary_name_keys

    engine = _engine(tmp_path / "keys.sqlite3")
    upgrade(engine, "0003")
    _insert_sample(engine)
    upgrade(engine, "head")
    with engine.connect() as connection:
        keys = connection.execute(text("SELECT name_keys FROM beneficiary")).scalar()
    engine.dispose()
    person = SAMPLE["beneficiary"][0]
    assert keys == beneficiary_name_keys(
        first_name=person["first_name"], last_name=person["last_name"], name_ar=person["name_ar"]
    )
    assert "ftmzhrdrs" in str(keys).split()


def test_json_values_the_old_affinity_made_numbers_are_json_again(tmp_path: Path) -> None:
    """Before 0005 a JSON column had NUMERIC affinity: a conflict on a number
    field stored '25' as the integer 25, which no JSON reader accepts."""
    from sqlalchemy.orm import Session

    from app.models import Conflict

    engine = _engine(tmp_path / "json.sqlite3")
    upgrade(engine, "0004")
    _insert_sample(engine)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO conflict (id, team_id, deleted, created_hlc, field_hlcs, hlc, "
                "device_id, table_name, row_id, field, kept_value, kept_hlc, lost_value, "
                "lost_hlc, lost_device_id, resolved) VALUES ('k1', 't1', 0, :h, '{}', :h, 'd', "
                "'training_session', 's1', 'capacity', '25', :h, '2.5', :h, 'd', 0)"
            ),
            {"h": "0" * 32},
        )
        stored = connection.execute(
            text("SELECT typeof(kept_value), typeof(lost_value) FROM conflict")
        ).one()
    assert tuple(stored) == ("integer", "real")  # what the old affinity did
    upgrade(engine, "head")
    with engine.connect() as connection:
        kinds = connection.execute(
            text("SELECT typeof(kept_value), typeof(lost_value), typeof(field_hlcs) FROM conflict")
        ).one()
        declared = {
            row[1]: row[2] for row in connection.exec_driver_sql("PRAGMA table_info(conflict)")
        }
    assert tuple(kinds) == ("text", "text", "text")
    assert declared["kept_value"] == declared["field_hlcs"] == "JSON_TEXT"
    with Session(engine) as session:
        conflict = session.get(Conflict, "k1")
        assert conflict is not None and (conflict.kept_value, conflict.lost_value) == (25, 2.5)
        conflict.kept_value = 7  # and a number written now stays JSON text
        session.commit()
    with engine.connect() as connection:
        assert connection.execute(text("SELECT kept_value FROM conflict")).scalar() == "7"
    engine.dispose()
