"""Erasure (law 09-08) dominates: an erased person's personal fields stay
empty on the server and on every laptop whatever offline edits arrive
before or after the erasure, and no conflict record keeps an erased value.
Real laptops and a real server (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.db import Database
from app.laptop_sync import client, conflicts
from app.laptop_sync.apply import apply_rows
from app.models import Beneficiary, CoachingSession, Conflict
from app.services import beneficiaries, coaching
from app.sync.batches import FullRow
from app.sync.erasure import ERASURES
from app.sync.merge import RowDelta, RowState, join, merge, received_whole
from tests.sync_helpers import BACKENDS, Cluster, database_url, laptop_rows, server_snapshot

pytest_plugins = ["tests.sync_helpers"]  # the live_server and cluster fixtures

TODAY = dt.date(2026, 3, 2)
SECRETS = ("Kettani", "K333333", "K444444", "K555555", "+212612121212", "Ouled X",
           "affaires privées", "autre secret")


def sync_all(*laptops: Database, rounds: int = 2) -> None:
    for _ in range(rounds):
        for laptop in laptops:
            client.sync(laptop)


def register(db: Database, team_id: str) -> str:
    with db.session() as s:
        result = beneficiaries.register_beneficiary(
            session=s,
            data=beneficiaries.BeneficiaryInput(
                first_name="Salma", last_name="Kettani", sex="F", cin="K333333",
                phone="0612121212", douar="Ouled X",
            ),
            consent=beneficiaries.ConsentInput(
                notice_version="2026-01", given_on=TODAY, collected_by="Amina", method="paper"
            ),
            team_id=team_id, today=TODAY, confirm_not_duplicate=True,
        ).value
        person_id = result.beneficiary.id
        coaching.record_coaching(
            session=s, team_id=team_id, trainer_id=None, held_on=TODAY, duration_minutes=20,
            beneficiary_id=person_id, notes="affaires privées",
        )
        return person_id


def edit(db: Database, person_id: str, **fields: Any) -> None:
    """An offline edit made with the laptop's own data (as a stale screen would)."""
    with db.session() as s:
        row = s.get(Beneficiary, person_id)
        assert row is not None
        for key, value in fields.items():
            setattr(row, key, value)


def edit_notes(db: Database, person_id: str, notes: str) -> None:
    with db.session() as s:
        for row in s.scalars(select(CoachingSession).where(CoachingSession.beneficiary_id == person_id)):
            row.notes = notes


def erase(db: Database, person_id: str) -> None:
    with db.session() as s:
        beneficiaries.erase_beneficiary(session=s, beneficiary_id=person_id, today=TODAY)


def leaks(rows: dict[str, Any]) -> list[str]:
    text = json.dumps(rows, ensure_ascii=False, default=str)
    return [secret for secret in SECRETS if secret in text]


def assert_erased(c: Cluster, person_id: str, *laptops: Database) -> None:
    server = server_snapshot(c.server, c.team_id)
    assert leaks(server) == [], "the server keeps erased data"
    for laptop in laptops:
        rows = laptop_rows(laptop)
        assert leaks(rows) == [], f"laptop {laptop.folder.name} keeps erased data"
        with laptop.session() as s:
            row = s.get(Beneficiary, person_id)
            assert row is not None and row.deleted and row.erased_on is not None
            assert (row.first_name, row.last_name, row.cin, row.phone) == ("—", "—", None, None)
            assert "kettani" not in row.search_text and "k333333" not in row.search_text
            notes = s.scalars(
                select(CoachingSession.notes).where(CoachingSession.beneficiary_id == person_id)
            ).all()
            assert notes == [None]
            kept = s.scalars(select(Conflict)).all()
            assert all(c.kept_value is None and c.lost_value is None for c in kept
                       if c.row_id == person_id)
            # Nothing left for the coordinator to decide about an erased person.
            assert not [v for v in conflicts.list_conflicts(session=s) if v.row_id == person_id]
    # Every laptop converged on the server's rows.
    for laptop in laptops:
        assert laptop_rows(laptop) == server


def test_an_offline_edit_made_before_the_erasure_leaves_no_trace(
    cluster: Cluster, tmp_path: Path
) -> None:
    a, b, c = (cluster.laptop(tmp_path / n) for n in ("a", "b", "c"))
    person = register(a, cluster.team_id)
    sync_all(a, b, c, rounds=1)
    # B edits offline, then A erases (later) and syncs first.
    edit(b, person, cin="K444444", notes="autre secret")
    edit_notes(b, person, "affaires privées, suite")
    erase(a, person)
    client.sync(a)
    sync_all(b, a, c)
    assert_erased(cluster, person, a, b, c)


def test_an_offline_edit_made_after_the_erasure_does_not_bring_it_back(
    cluster: Cluster, tmp_path: Path
) -> None:
    a, b, c = (cluster.laptop(tmp_path / n) for n in ("a", "b", "c"))
    person = register(a, cluster.team_id)
    sync_all(a, b, c, rounds=1)
    erase(a, person)
    client.sync(a)
    # B has not heard of it: its edits are newer than the erasure.
    edit(b, person, cin="K555555", first_name="Salma", last_name="Kettani", deleted=False)
    edit_notes(b, person, "affaires privées, encore")
    sync_all(b, c, a)
    assert_erased(cluster, person, a, b, c)


def test_a_conflict_recorded_before_the_erasure_is_emptied_everywhere(
    cluster: Cluster, tmp_path: Path
) -> None:
    a, b, c = (cluster.laptop(tmp_path / n) for n in ("a", "b", "c"))
    person = register(a, cluster.team_id)
    sync_all(a, b, c, rounds=1)
    # B and C edit the CIN concurrently: the server keeps the loser in a conflict.
    edit(b, person, cin="K444444")
    edit(c, person, cin="K555555")
    client.sync(b)
    client.sync(c)
    with c.session() as s:
        assert s.scalars(select(Conflict).where(Conflict.row_id == person)).all()
    # A, which never saw the conflict, erases the person; B edits again, offline.
    erase(a, person)
    edit(b, person, phone="+212612121212")
    d = cluster.laptop(tmp_path / "d")
    sync_all(a, b, c, d)
    assert_erased(cluster, person, a, b, c, d)


def test_a_local_conflict_about_an_erased_person_keeps_nothing(
    cluster: Cluster, tmp_path: Path
) -> None:
    """A laptop whose unpushed edit loses at pull records a local conflict:
    not when the newer value is an erasure."""
    a, b = cluster.laptop(tmp_path / "a"), cluster.laptop(tmp_path / "b")
    person = register(a, cluster.team_id)
    sync_all(a, b, rounds=1)
    edit(b, person, cin="K444444")  # B's unpushed edit...
    erase(a, person)  # ...then A's erasure, which B pulls before pushing
    client.sync(a)
    page = server_rows(cluster, person)
    with b.session() as s:
        s.info["applying_remote"] = True
        apply_rows(s, page, device_id=b.device_id, clock=b.clock)
    assert leaks(laptop_rows(b)) == []
    sync_all(b, a)
    assert_erased(cluster, person, a, b)


def server_rows(c: Cluster, person_id: str) -> list[FullRow]:
    from app.sync.rowstore import load
    from app.sync.wire import CODECS

    with c.server.session() as s:
        stored = load(s, CODECS["beneficiary"], [person_id])[person_id]
    return [FullRow("beneficiary", person_id, stored.server_seq or 0, stored.state,
                    stored.device_id)]


# ---------------------------------------------------------------- the rule

RULE = ERASURES["beneficiary"]
FIELDS = ("erased_on", "cin", "first_name", "sector", "deleted")
clocks = st.sampled_from([f"{ms:012x}0000{node}" for ms in (1, 2, 3) for node in ("1" * 16, "2" * 16)])
field_values = {
    "erased_on": st.sampled_from([None, dt.date(2026, 1, 1), dt.date(2026, 2, 1)]),
    "cin": st.sampled_from([None, "K1", "K2"]),
    "first_name": st.sampled_from(["—", "Salma", "Amal"]),
    "sector": st.sampled_from([None, "crafts", "trade"]),
    "deleted": st.booleans(),
}


@st.composite
def states(draw: st.DrawFn) -> RowState:
    created = draw(clocks)
    field_hlcs = {}
    for name in FIELDS:
        later = draw(clocks)
        if later > created and draw(st.booleans()):
            field_hlcs[name] = later
    values = {name: draw(field_values[name]) for name in FIELDS}
    # Stored states are merge results: normalised by the rule.
    return received_whole(RowState(created, field_hlcs, values), erasure=RULE)


def j(x: RowState, y: RowState) -> RowState:
    return join(x, y, erasure=RULE)


@settings(max_examples=300, deadline=None)
@given(states(), states(), states())
def test_the_erasure_rule_keeps_the_merge_a_semilattice(
    x: RowState, y: RowState, z: RowState
) -> None:
    assert j(x, y) == j(y, x)
    assert j(j(x, y), z) == j(x, j(y, z))
    assert j(x, x) == x
    assert j(j(x, y), y) == j(x, y)


@settings(max_examples=300, deadline=None)
@given(states(), states())
def test_once_erased_always_erased_and_empty(x: RowState, y: RowState) -> None:
    merged = j(x, y)
    if x.values["erased_on"] is not None or y.values["erased_on"] is not None:
        assert merged.values["erased_on"] is not None
        assert merged.values["cin"] is None and merged.values["first_name"] == "—"
        assert merged.values["deleted"] is True
        assert merged.values["sector"] in (x.values["sector"], y.values["sector"])


@settings(max_examples=200, deadline=None)
@given(states(), st.sampled_from(FIELDS), st.sampled_from(["K9", None, True]), clocks, clocks)
def test_a_write_to_an_erased_row_records_no_personal_conflict(
    x: RowState, name: str, value: Any, clock: str, base: str
) -> None:
    if name == "erased_on" or (name == "deleted") != isinstance(value, bool):
        return
    result = merge(x, RowDelta(None, {name: clock}, {name: value}, {name: min(base, clock)}),
                   erasure=RULE)
    assert result.state is not None
    if result.state.values["erased_on"] is not None:
        assert not [w for w in result.lost if w.field in RULE.blank or w.field == RULE.marker]
        assert result.state.values["cin"] is None
        if name == "cin" and value is not None and clock > x.clock("cin"):
            assert result.incoming_lost_any  # the writer must be told (echoed back)


# ------------------------------------------------------ people erased before

ERASED_ROW = """
INSERT INTO beneficiary (id, team_id, deleted, created_hlc, field_hlcs, hlc, device_id,
    last_name, first_name, sex, prior_support, registered_on, search_text, name_keys)
VALUES ('00000000-0000-7000-8000-000000000001', NULL, :yes, :hlc, '{}', :hlc, '',
    '—', '—', 'F', '[]', '2026-03-02', '', '')
"""


@pytest.mark.parametrize("backend", BACKENDS)
def test_people_erased_before_the_marker_get_it_on_upgrade(tmp_path: Path, backend: str) -> None:
    """0006 marks them alike on a laptop and a server (no sync needed)."""
    from sqlalchemy import create_engine, text

    from app.db import upgrade
    from server.db import make_engine
    from server.db import upgrade as server_upgrade

    hlc = "0" * 12 + "0001" + "1" * 16
    found = []
    with database_url(backend, tmp_path / "server") as url:
        for engine, to_heads in (
            (create_engine(f"sqlite:///{tmp_path / 'laptop.sqlite3'}"), upgrade),
            (make_engine(url), server_upgrade),
        ):
            to_heads(engine, "0004")
            with engine.begin() as connection:
                connection.execute(text(ERASED_ROW), {"yes": True, "hlc": hlc})
            to_heads(engine)
            with engine.connect() as connection:
                found.append(connection.execute(
                    text("SELECT erased_on, field_hlcs FROM beneficiary")
                ).one())
            engine.dispose()
    assert [str(row[0]) for row in found] == ["2026-03-02", "2026-03-02"]


# ---------------------------------------- any interleaving, real laptops

steps = st.lists(
    st.one_of(
        st.tuples(st.just("edit"), st.integers(0, 2), st.sampled_from(["cin", "douar", "sector"])),
        st.tuples(st.just("notes"), st.integers(0, 2), st.just("")),
        st.tuples(st.just("sync"), st.integers(0, 2), st.just("")),
    ),
    max_size=10,
)


@pytest.fixture(scope="module")
def trio(live_server: Any, tmp_path_factory: pytest.TempPathFactory) -> Any:
    server = live_server.db
    from tests.sync_helpers import new_team

    cluster = Cluster(server, live_server.url, new_team(server))
    folder = tmp_path_factory.mktemp("erasure-trio")
    laptops = [cluster.laptop(folder / name) for name in ("a", "b", "c")]
    yield cluster, laptops
    for laptop in laptops:
        laptop.dispose()


@settings(max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=steps, after=steps, eraser=st.integers(0, 2))
def test_any_interleaving_around_an_erasure_leaves_it_erased_everywhere(
    trio: Any, before: list[Any], after: list[Any], eraser: int
) -> None:
    cluster, laptops = trio
    person = register(laptops[0], cluster.team_id)
    for laptop in laptops:
        client.sync(laptop)
    written = 0

    def run(ops: list[Any]) -> None:
        nonlocal written
        for kind, index, field in ops:
            laptop = laptops[index]
            if kind == "sync":
                client.sync(laptop)
            elif kind == "notes":
                edit_notes(laptop, person, f"affaires privées {written}")
            else:
                value = {"cin": f"K44{written:04d}", "douar": f"Ouled X {written}",
                         "sector": "crafts"}[field]
                edit(laptop, person, **{field: value})
            written += 1

    run(before)
    erase(laptops[eraser], person)
    run(after)
    sync_all(*laptops)
    server = server_snapshot(cluster.server, cluster.team_id)
    text = json.dumps(server, ensure_ascii=False, default=str)
    assert "K44" not in text and "Ouled X" not in text and "affaires privées" not in text
    for laptop in laptops:
        assert laptop_rows(laptop) == server
