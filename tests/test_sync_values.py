"""Values come back exactly as they went, on SQLite and PostgreSQL: an
ordinary conflict on a number field, numbers pushed into JSON fields, and
random valid values in every column of every synced table, through the real
client and a real server."""

from __future__ import annotations

import datetime as dt
import gc
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, select, text

from app.db import Database
from app.laptop_sync import client
from app.laptop_sync import conflicts as conflict_service
from app.laptop_sync.errors import ServerError
from app.models import Conflict, TrainingModule, TrainingSession
from app.rules import rows as rows_rules
from app.services import planning
from app.sync.wire import CODECS
from server import admin
from server.db import ServerDatabase
from tests import legacy_migrations
from tests import sync_value_strategies as strategies
from tests.sync_helpers import (
    Cluster,
    ThreadedServer,
    add_person,
    laptop_rows,
    new_team,
    server_snapshot,
)

pytest_plugins = ["tests.sync_helpers"]  # the live_server and cluster fixtures

TODAY = dt.date(2026, 3, 2)
VALID_HLC = "0190000000000000" + "a" * 16




def whole_row(table: str, row_id: str, **values: Any) -> dict[str, Any]:
    """A table group of one new row (fields not given are null / false)."""
    fields = list(CODECS[table].fields)
    cells: dict[str, Any] = {f: None for f in fields}
    cells["deleted"] = False
    cells.update(values)
    return {"t": table, "f": fields, "n": 1,
            "r": [[row_id, 0, VALID_HLC, 0, ""] + [cells[f] for f in fields]]}




def plan(db: Database, team_id: str) -> str:
    with db.session() as session:
        module = session.scalars(select(TrainingModule).order_by(TrainingModule.code)).first()
        assert module is not None
        return planning.plan_session(
            session=session,
            team_id=team_id,
            module_id=module.id,
            session_date=TODAY,
            start_time=dt.time(9),
            end_time=dt.time(12),
        ).value.id


def set_capacity(db: Database, session_id: str, capacity: int) -> None:
    with db.session() as session:
        planning.update_session(session=session, session_id=session_id, capacity=capacity)


def capacity(db: Database, session_id: str) -> int | None:
    with db.session() as session:
        row = session.get(TrainingSession, session_id)
        assert row is not None
        return row.capacity


def test_a_conflict_on_a_number_field_never_breaks_the_teams_sync(
    cluster: Cluster, tmp_path: Path
) -> None:
    a, b = cluster.laptop(tmp_path / "a"), cluster.laptop(tmp_path / "b")
    training = plan(a, cluster.team_id)
    for laptop in (a, b):
        client.sync(laptop)
    set_capacity(a, training, 30)  # both offline
    set_capacity(b, training, 25)
    client.sync(a)
    assert client.sync(b).conflicts == 1  # one ordinary conflict, recorded by the server
    client.sync(a)  # used to fail: "Le serveur a rencontré une erreur."
    client.sync(b)

    newcomer = cluster.laptop(tmp_path / "new")
    assert client.sync(newcomer).pulled > 0
    for laptop in (a, b):
        client.sync(laptop)  # everyone hears of the newcomer
    for laptop in (a, b, newcomer):
        assert capacity(laptop, training) == 25
        with laptop.session() as session:
            waiting = conflict_service.list_conflicts(session=session)
        assert [(w.field, w.kept_value, w.lost_value) for w in waiting] == [("capacity", 25, 30)]
        assert laptop_rows(laptop) == server_snapshot(cluster.server, cluster.team_id)
    with cluster.server.session() as session:
        stored = session.scalars(select(Conflict).where(Conflict.team_id == cluster.team_id)).one()
        assert (stored.kept_value, stored.lost_value) == (25, 30)


def test_a_failing_pull_never_locks_the_server_for_other_teams(tmp_path: Path) -> None:
    """Reading a page that fails half-way (here a value damaged in the
    database) used to leave its cursor open on the pooled SQLite connection:
    that connection stayed on an old snapshot, and once anything else wrote
    (the officer's command line, another worker) every write through it
    failed with `database is locked`, for every team, until a restart.  The
    failed request's traceback lives in a reference cycle, kept while the
    server pauses garbage collection for the requests in flight.  SQLite
    only: it is SQLite's locking, and PostgreSQL refuses the damaged value."""
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    server = ServerDatabase(url)
    officer = ServerDatabase(url, migrate=False)  # the admin CLI: another process, another pool
    live = ThreadedServer(server).start()
    try:
        red = Cluster(server, live.url, new_team(server, "Bus rouge"))
        blue = Cluster(server, live.url, new_team(server, "Bus bleu"))
        damaged, neighbour = red.laptop(tmp_path / "red"), blue.laptop(tmp_path / "blue")
        for n in range(5):
            add_person(damaged, f"P{n}", "Rouge", red.team_id)
        client.sync(damaged)
        with server.engine.begin() as connection:
            connection.execute(
                text("UPDATE beneficiary SET prior_support = 'not json' WHERE team_id = :t"),
                {"t": red.team_id},
            )
        newcomer = red.laptop(tmp_path / "new")
        gc.disable()  # a busy server: collection paused by the requests in flight
        try:
            for n in range(3):
                with pytest.raises(ServerError):
                    client.sync(newcomer)  # the damage is real: this team's pull fails
                admin.enroll_code(officer, team=blue.team_id)
                add_person(neighbour, f"Voisine {n}", "Bleue", blue.team_id)
                assert client.sync(neighbour).pushed == 1
        finally:
            gc.enable()
        assert laptop_rows(neighbour) == server_snapshot(server, blue.team_id)
    finally:
        live.stop()
        server.dispose()
        officer.dispose()


def test_a_server_broken_by_a_number_conflict_is_repaired_by_its_upgrade(tmp_path: Path) -> None:
    """A SQLite server of the old schema (the server chain's s0003) holding a
    number conflict (stored as an integer by the old affinity): after 0005
    the team syncs again."""
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    engine = create_engine(url)
    legacy_migrations.build(engine, "server", "s0003")
    team = "01900000-0000-7000-8000-0000000000d0"
    hlc = "0190000000000000" + "b" * 16
    with engine.begin() as connection:
        # The team as that server stored it (today's admin code writes an
        # audit line of today's shape).
        connection.execute(
            text(
                "INSERT INTO team (id, name, team_id, deleted, created_hlc, field_hlcs, hlc, "
                "device_id, server_seq) VALUES (:team, 'Bus 1', :team, 0, :h, '{}', :h, '', "
                "(SELECT seq + 1 FROM sync_counter))"
            ),
            {"team": team, "h": hlc},
        )
        connection.execute(text("UPDATE sync_counter SET seq = seq + 1"))
        connection.execute(
            text(
                "INSERT INTO conflict (id, team_id, deleted, created_hlc, field_hlcs, hlc, "
                "device_id, server_seq, table_name, row_id, field, kept_value, kept_hlc, "
                "lost_value, lost_hlc, lost_device_id, resolved) VALUES ("
                "'01900000-0000-7000-8000-0000000000d1', :team, 0, :h, '{}', :h, '', "
                "(SELECT seq + 1 FROM sync_counter), 'training_session', "
                "'01900000-0000-7000-8000-0000000000d2', 'capacity', '25', :h, '30', :h, "
                "'01900000-0000-7000-8000-0000000000d3', 0)"
            ),
            {"team": team, "h": hlc},
        )
        connection.execute(text("UPDATE sync_counter SET seq = seq + 1"))
        assert connection.execute(text("SELECT typeof(kept_value) FROM conflict")).scalar() == (
            "integer"
        )
    engine.dispose()
    server = ServerDatabase(url)  # migrates to head, as `caravane-server` does at start
    live = ThreadedServer(server).start()
    try:
        laptop = Cluster(server, live.url, team).laptop(tmp_path / "laptop")
        client.sync(laptop)
        with laptop.session() as session:
            waiting = conflict_service.list_conflicts(session=session)
        assert [(w.kept_value, w.lost_value) for w in waiting] == [(25, 30)]
    finally:
        live.stop()
        server.dispose()


# ---------------------------------------------------------------- round trip, property-based


def _stored(db: Database | ServerDatabase, table: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    codec = CODECS[table]
    with db.session() as session:
        found = session.execute(select(codec.table).where(codec.table.c.id.in_(ids))).mappings()
        return {row["id"]: {f: row[f] for f in codec.fields} for row in found}


def _differences(expected: dict[str, Any], got: dict[str, Any]) -> dict[str, Any]:
    """Fields whose value or type differ ('25' and 25, 1 and 1.0 are not the same)."""
    return {
        k: (expected[k], got.get(k))
        for k in expected
        if expected[k] != got.get(k) or type(expected[k]) is not type(got.get(k))
    }


@settings(
    max_examples=12,
    deadline=None,
    # Shrinking real syncs takes minutes; the draws printed name the values.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                           HealthCheck.data_too_large],
)
@given(data=st.data())
def test_every_valid_value_of_every_column_comes_back_unchanged(
    cluster: Cluster, tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    """Random valid values in every column of every synced table: written on
    one laptop, pushed, pulled by another, equal everywhere (SQLite and
    PostgreSQL server), then every field changed again and synced again."""
    team = cluster.team_id
    writer = cluster.laptop(tmp_path_factory.mktemp("writer"))
    reader = cluster.laptop(tmp_path_factory.mktemp("reader"))
    rows: dict[str, tuple[str, dict[str, Any]]] = {
        table: data.draw(strategies.valid_rows(table, team), label=table) for table in CODECS
    }
    with writer.session() as session:
        for table, (row_id, values) in rows.items():
            model: Any = CODECS[table].model  # a mapped class: keyword arguments
            session.add(model(id=row_id, **values))
    assert client.sync(writer).refused == ()
    client.sync(reader)
    for where, db in (("writer", writer), ("reader", reader), ("server", cluster.server)):
        for table, (row_id, values) in rows.items():
            stored = _stored(db, table, [row_id])[row_id]
            assert _differences(values, stored) == {}, (where, table)

    # Every field changed (users are the server's: not from a laptop).
    changes: dict[str, tuple[str, dict[str, Any]]] = {}
    for table, (row_id, values) in rows.items():
        if table == "app_user":
            continue
        _, new = data.draw(strategies.valid_rows(table, team), label=f"{table} again")
        for name in rows_rules.DERIVED_IDS.get(table, (None, "", ""))[1:]:
            new.pop(name, None)  # a deterministic row keeps what its id says
        changes[table] = (row_id, {**values, **new})
    with writer.session() as session:
        for table, (row_id, values) in changes.items():
            row = session.get(CODECS[table].model, row_id)
            for name, value in values.items():
                setattr(row, name, value)
    assert client.sync(writer).refused == ()
    client.sync(reader)
    for where, db in (("writer", writer), ("reader", reader), ("server", cluster.server)):
        for table, (row_id, values) in changes.items():
            stored = _stored(db, table, [row_id])[row_id]
            assert _differences(values, stored) == {}, (where, table)
    writer.dispose()
    reader.dispose()
