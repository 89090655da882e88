"""Property tests of the merge: a join (commutative, associative,
idempotent), and any interleaving of edits and syncs between real laptops
and the real server converges, with every concurrent loss recorded."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.db import Database
from app.laptop_sync import client
from app.models import Beneficiary, Conflict
from app.sync.merge import RowDelta, RowState, join, merge, received_whole
from tests.sync_helpers import (
    Cluster,
    add_person,
    laptop_rows,
    new_team,
    server_snapshot,
)

FIELDS = ("a", "b", "c")
clocks = st.sampled_from([f"{ms:012x}0000{node}" for ms in (1, 2, 3) for node in ("1" * 16, "2" * 16)])
values = st.sampled_from([None, 0, 1, "x", "y", [1], {"k": 2}])


@st.composite
def states(draw: st.DrawFn) -> RowState:
    created = draw(clocks)
    field_hlcs = {}
    for name in FIELDS:
        later = draw(clocks)
        if later > created and draw(st.booleans()):
            field_hlcs[name] = later
    return RowState(created, field_hlcs, {name: draw(values) for name in FIELDS})


@given(states(), states())
def test_join_is_commutative(x: RowState, y: RowState) -> None:
    assert join(x, y) == join(y, x)


@given(states(), states(), states())
def test_join_is_associative(x: RowState, y: RowState, z: RowState) -> None:
    assert join(join(x, y), z) == join(x, join(y, z))


@given(states())
def test_a_received_new_row_is_stored_as_the_merge_would(x: RowState) -> None:
    assert received_whole(x) == merge(None, RowDelta.of_state(x)).state


@given(states(), states())
def test_join_is_idempotent(x: RowState, y: RowState) -> None:
    once = join(x, y)
    assert join(once, y) == once
    assert join(x, x) == x


@given(states(), st.lists(st.tuples(st.sampled_from(FIELDS), values, clocks, clocks), max_size=4))
def test_deltas_in_any_order_give_the_same_row(base: RowState, writes: list[Any]) -> None:
    deltas = [
        RowDelta(None, {name: clock}, {name: value}, {name: min(base_clock, clock)})
        for name, value, clock, base_clock in writes
    ]

    def apply_all(order: list[RowDelta]) -> RowState:
        state = base
        for delta in order:
            result = merge(state, delta)
            assert result.state is not None
            state = result.state
        return state

    forward = apply_all(deltas)
    assert apply_all(list(reversed(deltas))) == forward
    assert apply_all(deltas + deltas) == forward


# ---------------------------------------------- real laptops, real server

ops = st.lists(
    st.one_of(
        st.tuples(st.just("edit"), st.integers(0, 2), st.sampled_from(["notes", "douar", "sector"]),
                  st.sampled_from(["crafts", "trade", "tourism", None])),
        st.tuples(st.just("sync"), st.integers(0, 2), st.just(""), st.just(None)),
        st.tuples(st.just("delete"), st.integers(0, 2), st.just(""), st.just(None)),
    ),
    min_size=1,
    max_size=12,
)


@pytest.fixture(scope="module")
def trio(live_server: Any, tmp_path_factory: pytest.TempPathFactory) -> Any:
    server = live_server.db
    cluster = Cluster(server, live_server.url, new_team(server))
    folder = tmp_path_factory.mktemp("trio")
    laptops = [cluster.laptop(folder / name) for name in ("a", "b", "c")]
    person = add_person(laptops[0], "Propriété", "Test", cluster.team_id)
    for laptop in laptops:
        client.sync(laptop)
    client.sync(laptops[0])
    yield cluster, laptops, person
    for laptop in laptops:
        laptop.dispose()


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=ops)
def test_any_interleaving_of_edits_and_syncs_converges(trio: Any, steps: list[Any]) -> None:
    cluster, laptops, person = trio
    written: list[Any] = []
    for kind, index, field, value in steps:
        laptop: Database = laptops[index]
        if kind == "sync":
            client.sync(laptop)
            continue
        with laptop.session() as session:
            row = session.get(Beneficiary, person)
            assert row is not None
            if kind == "delete":
                row.deleted = not row.deleted
            else:
                stamp = f"{value}-{len(written)}-{index}" if field != "sector" else value
                setattr(row, field, stamp)
                written.append((field, stamp))
    for _ in range(2):
        for laptop in laptops:
            client.sync(laptop)
    snapshots = [laptop_rows(laptop) for laptop in laptops]
    assert snapshots[0] == snapshots[1] == snapshots[2]
    assert snapshots[0] == server_snapshot(cluster.server, cluster.team_id)
    # Nothing silently lost: each written text is the final value, or was
    # overwritten later on the same laptop line, or sits in a conflict.
    with laptops[0].session() as session:
        final = session.get(Beneficiary, person)
        kept = {(c.field, c.lost_value) for c in session.scalars(select(Conflict))}
    for field, stamp in written:
        if field == "sector" or getattr(final, field) == stamp or (field, stamp) in kept:
            continue
        later = [s for f, s in written[written.index((field, stamp)) + 1 :] if f == field]
        assert later, f"{field}={stamp} vanished"
