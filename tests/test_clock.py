from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.sync.clock import ClockError, Hlc, HybridLogicalClock, node_from_device_id

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
