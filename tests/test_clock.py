from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.clock import (
    HLC_WIDTH,
    MAX_COUNTER,
    MAX_MILLIS,
    ClockError,
    Hlc,
    HybridLogicalClock,
    ceiling,
    node_from_device_id,
    within,
)
from app.laptop_sync.clock_recovery import restamp_state

NODE_A = "a" * 16
NODE_B = "b" * 16


class FakeWall:
    def __init__(self, millis: int) -> None:
        self.millis = millis

    def __call__(self) -> int:
        return self.millis


def test_ticks_are_strictly_increasing_when_wall_clock_jumps_backwards() -> None:
    wall = FakeWall(1_000_000)
    clock = HybridLogicalClock(NODE_A, now=wall)
    first = clock.tick()
    wall.millis = 500_000  # the laptop's clock was set back by 8 minutes
    second = clock.tick()
    third = clock.tick()
    assert first < second < third
    assert Hlc.decode(third).millis == 1_000_000


def test_observe_moves_past_a_clock_from_the_future() -> None:
    wall = FakeWall(1_000)
    clock = HybridLogicalClock(NODE_A, now=wall)
    remote = HybridLogicalClock(NODE_B, now=FakeWall(9_000_000)).tick()
    clock.observe(remote)
    assert clock.tick() > remote


def test_same_millis_tie_is_broken_by_node() -> None:
    a = HybridLogicalClock(NODE_A, now=FakeWall(5)).tick()
    b = HybridLogicalClock(NODE_B, now=FakeWall(5)).tick()
    assert a < b and Hlc.decode(a).millis == Hlc.decode(b).millis


def test_encoding_round_trips_and_sorts_like_the_clock() -> None:
    h = Hlc(123456789, 42, NODE_A)
    assert Hlc.decode(h.encode()) == h
    assert Hlc(1, 65535, NODE_A).encode() < Hlc(2, 0, NODE_A).encode()


def test_malformed_values_are_refused() -> None:
    with pytest.raises(ClockError):
        Hlc.decode("not a clock")
    with pytest.raises(ClockError):
        node_from_device_id("xyz")


def test_counter_overflow_borrows_next_millisecond() -> None:
    clock = HybridLogicalClock(NODE_A, now=FakeWall(10))
    stamps = [clock.tick() for _ in range(70_000)]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)


@given(st.lists(st.tuples(st.integers(0, 10**6), st.booleans()), min_size=1, max_size=60))
def test_monotonic_under_any_wall_clock_and_messages(events: list[tuple[int, bool]]) -> None:
    wall = FakeWall(0)
    clock = HybridLogicalClock(NODE_A, now=wall)
    other = HybridLogicalClock(NODE_B, now=wall)
    last = ""
    for millis, receive in events:
        wall.millis = millis
        stamp = clock.observe(other.tick()) if receive else clock.tick()
        assert stamp > last
        last = stamp


# ------------------------------------------------ bounded clocks (issue 8)

DAY = 24 * 3600 * 1000


def test_the_format_never_grows_a_33rd_character() -> None:
    wall = FakeWall(MAX_MILLIS)
    clock = HybridLogicalClock(NODE_A, now=wall, max_ahead=DAY)
    stamps = [clock.tick() for _ in range(MAX_COUNTER + 10)]
    assert {len(s) for s in stamps} == {HLC_WIDTH}
    assert stamps == sorted(stamps)
    assert Hlc.decode(stamps[-1]) == Hlc(MAX_MILLIS, MAX_COUNTER, NODE_A)
    wall.millis = MAX_MILLIS + 5_000  # a wall clock beyond the format: capped
    assert len(clock.tick()) == HLC_WIDTH
    with pytest.raises(ClockError):
        Hlc(MAX_MILLIS + 1, 0, NODE_A).encode()
    with pytest.raises(ClockError):
        Hlc.decode("1" + "0" * 16 + NODE_A)  # 33 characters, from before the fix
    with pytest.raises(ClockError):
        Hlc.decode("F" * HLC_WIDTH)


def test_a_received_clock_beyond_the_bound_is_not_adopted() -> None:
    wall = FakeWall(10 * DAY)
    clock = HybridLogicalClock(NODE_A, now=wall, max_ahead=DAY)
    before = clock.tick()
    clock.observe("f" * HLC_WIDTH)
    far = Hlc(12 * DAY, 0, NODE_B).encode()  # two days ahead
    clock.observe(far)
    after = clock.tick()
    assert before < after < far
    assert Hlc.decode(after).millis == 10 * DAY
    near = Hlc(10 * DAY + 3_600_000, 7, NODE_B).encode()  # an hour ahead: fine
    clock.observe(near)
    assert clock.tick() > near


def test_the_last_server_time_counts_as_now_when_the_wall_clock_is_behind() -> None:
    clock = HybridLogicalClock(NODE_A, now=FakeWall(0), max_ahead=DAY, server_time=100 * DAY)
    received = Hlc(100 * DAY + 3_600_000, 0, NODE_B).encode()
    clock.observe(received)
    assert clock.tick() > received
    assert clock.reference() == 100 * DAY and clock.limit() == 101 * DAY


def test_rewind_brings_back_a_clock_that_ticked_while_the_wall_was_wrong() -> None:
    wall = FakeWall(50 * 365 * DAY)
    clock = HybridLogicalClock(NODE_A, now=wall, max_ahead=DAY)
    clock.tick()
    assert not clock.rewind(None)  # the wall clock still says 2076: nothing to do
    wall.millis = 20_000 * DAY // 1000
    assert clock.ahead
    latest = Hlc(wall.millis + 60_000, 3, NODE_B).encode()
    assert clock.rewind(latest)
    assert not clock.ahead
    assert latest < clock.tick() < Hlc(wall.millis + DAY, 0, NODE_A).encode()


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, MAX_MILLIS),  # the wall clock, anything
            st.one_of(st.none(), st.integers(0, MAX_MILLIS), st.just(MAX_MILLIS)),  # received
            st.integers(0, MAX_COUNTER),
        ),
        min_size=1,
        max_size=40,
    )
)
def test_no_sequence_of_walls_and_messages_overflows_or_runs_past_the_bound(
    events: list[tuple[int, int | None, int]],
) -> None:
    wall = FakeWall(0)
    clock = HybridLogicalClock(NODE_A, now=wall, max_ahead=DAY)
    latest_wall = 0
    last = ""
    for millis, received, counter in events:
        wall.millis = millis
        latest_wall = max(latest_wall, millis)
        if received is None:
            stamp = clock.tick()
        else:
            stamp = clock.observe(Hlc(received, counter, NODE_B).encode())
        assert len(stamp) == HLC_WIDTH
        assert stamp >= last  # monotonic (saturated at the very end of the format)
        assert Hlc.decode(stamp).millis <= min(latest_wall + DAY, MAX_MILLIS)
        last = stamp


def test_restamping_keeps_what_the_merge_needs() -> None:
    limit = ceiling(10 * DAY)
    ok = Hlc(9 * DAY, 0, NODE_A).encode()
    base = Hlc(8 * DAY, 0, NODE_B).encode()
    future = Hlc(40 * DAY, 0, NODE_A).encode()
    overflowed = "1" + "0" * 16 + NODE_A
    fresh = Hlc(9 * DAY + 5, 0, NODE_A).encode()
    # A row created here, never pushed: every clock on it beyond the bound is ours.
    created, fields, pending = restamp_state(
        future, {"phone": overflowed, "city": future}, {"*": ""}, limit=limit, fresh=fresh
    )
    assert (created, fields, pending) == (fresh, {}, {"*": ""})
    # An edit of a row known elsewhere: the edited field gets the present, its
    # base (what the laptop had seen) is kept; received clocks are left alone.
    created, fields, pending = restamp_state(
        ok, {"phone": overflowed, "city": "f" * HLC_WIDTH}, {"phone": base}, limit=limit, fresh=fresh
    )
    assert created == ok
    assert fields == {"phone": fresh, "city": "f" * HLC_WIDTH}
    assert pending == {"phone": base}
    # A base beyond the bound becomes the write's own clock: never after it.
    created, fields, pending = restamp_state(
        ok, {"phone": future}, {"phone": future}, limit=limit, fresh=fresh
    )
    assert fields == {"phone": fresh} and pending == {"phone": fresh}
    assert within(fresh, limit) and not within(overflowed, limit)
