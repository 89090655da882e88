"""Hybrid logical clock (HLC), Qt-free.

Laptop clocks on a bus are wrong, so writes are ordered by an HLC: the
physical time in milliseconds, a counter for events within (or behind) the
same millisecond, and the node id of the device as a tie break.

A timestamp is encoded as a fixed-width string that sorts like the clock:
12 hex digits of milliseconds, 4 hex digits of counter, 16 hex digits of
node.  Plain string comparison is therefore clock comparison, in Python and
in SQL alike.  The width is fixed for good: millis and counter saturate at
their largest value instead of growing a digit.

Clocks are bounded (docs/sync.md, "Clock bound"): no clock may run more
than `MAX_AHEAD_MS` ahead of "now".  The server refuses pushed clocks beyond
its own time plus the bound (`server.clock_guard`); a laptop never adopts a
received clock beyond its own notion of now plus the bound, where now is the
larger of its wall clock and the last server time it saw.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

MS_WIDTH = 12
COUNTER_WIDTH = 4
NODE_WIDTH = 16
HLC_WIDTH = MS_WIDTH + COUNTER_WIDTH + NODE_WIDTH
MAX_COUNTER = 16**COUNTER_WIDTH - 1
MAX_MILLIS = 16**MS_WIDTH - 1  # year 10889: saturates, never a 13th digit
_HEX = frozenset("0123456789abcdef")

# How far ahead of now a clock may run.  A day tolerates drift and wrong
# time zones (hours); a wrong date (days, years) is refused until it is fixed.
MAX_AHEAD_MS = 24 * 3600 * 1000


class ClockError(ValueError):
    """A malformed HLC value or an exhausted counter."""


@dataclass(frozen=True, order=True)
class Hlc:
    millis: int
    counter: int
    node: str

    def encode(self) -> str:
        if not 0 <= self.millis <= MAX_MILLIS or not 0 <= self.counter <= MAX_COUNTER:
            raise ClockError("HLC out of range")
        return f"{self.millis:0{MS_WIDTH}x}{self.counter:0{COUNTER_WIDTH}x}{self.node}"

    @classmethod
    def decode(cls, text: str) -> Hlc:
        if len(text) != HLC_WIDTH:
            raise ClockError(f"HLC must be {HLC_WIDTH} characters, got {len(text)}")
        if not _HEX.issuperset(text):
            raise ClockError(f"malformed HLC {text!r}")
        millis = int(text[:MS_WIDTH], 16)
        counter = int(text[MS_WIDTH : MS_WIDTH + COUNTER_WIDTH], 16)
        return cls(millis, counter, text[MS_WIDTH + COUNTER_WIDTH :])

    def __str__(self) -> str:
        return self.encode()


def well_formed(text: object) -> bool:
    return isinstance(text, str) and len(text) == HLC_WIDTH and _HEX.issuperset(text)


def ceiling(limit_ms: int) -> str:
    """The greatest encoded clock whose millis are at most `limit_ms`: a
    clock `c` is within the limit iff `c <= ceiling(limit_ms)` (strings)."""
    millis = max(0, min(limit_ms, MAX_MILLIS))
    return f"{millis:0{MS_WIDTH}x}" + "f" * (COUNTER_WIDTH + NODE_WIDTH)


def within(text: str, limit: str) -> bool:
    """Well formed and not beyond `limit` (a `ceiling`)."""
    return well_formed(text) and text <= limit


def node_from_device_id(device_id: str) -> str:
    """The 16 hex digits of a device's UUID that identify it in clocks.

    The tail of a UUIDv7 is random, whereas its head is a timestamp that two
    laptops set up in the same millisecond would share.
    """
    digits = device_id.replace("-", "").lower()
    if len(digits) < NODE_WIDTH or not all(c in "0123456789abcdef" for c in digits):
        raise ClockError(f"device id {device_id!r} is not a UUID")
    return digits[-NODE_WIDTH:]


def wall_millis() -> int:
    return time.time_ns() // 1_000_000


class HybridLogicalClock:
    """One device's clock.  Thread-safe; monotonic whatever the wall clock
    does, except that `rewind` brings back a clock left beyond the bound."""

    def __init__(
        self,
        node: str,
        *,
        last: str | None = None,
        now: Callable[[], int] = wall_millis,
        max_ahead: int = MAX_AHEAD_MS,
        server_time: int | None = None,
    ) -> None:
        if len(node) != NODE_WIDTH or not _HEX.issuperset(node):
            raise ClockError(f"node must be {NODE_WIDTH} hex digits")
        self.node = node
        self._now = now
        self.max_ahead = max_ahead
        self.server_time = server_time
        self._lock = threading.Lock()
        self._millis = 0
        self._counter = 0
        if last is not None:
            self.observe(last)

    @property
    def last(self) -> str:
        return Hlc(self._millis, self._counter, self.node).encode()

    def reference(self) -> int:
        """This device's notion of now: its wall clock, or the last server
        time it saw when that is later (a laptop whose clock runs behind)."""
        return max(self._now(), self.server_time or 0)

    def limit(self) -> int:
        """No clock beyond these milliseconds is adopted."""
        return self.reference() + self.max_ahead

    def note_server_time(self, millis: int) -> None:
        self.server_time = millis

    @property
    def ahead(self) -> bool:
        """Whether this clock itself runs beyond the bound (its wall clock
        was wrong when it last ticked, and is right now)."""
        return self._millis > self.limit()

    def tick(self) -> str:
        """A new timestamp for a local write, greater than any seen so far."""
        with self._lock:
            now = min(self._now(), MAX_MILLIS)
            if now > self._millis:
                self._millis, self._counter = now, 0
            else:
                self._advance_counter()
            return Hlc(self._millis, self._counter, self.node).encode()

    def observe(self, received: str) -> str:
        """Merge a timestamp received from elsewhere (server, another laptop).

        Afterwards every local tick is greater than `received`, unless it is
        beyond the bound: such a clock is not adopted (it would drag this
        device, and every device it syncs with, into the future).
        """
        remote = Hlc.decode(received)
        with self._lock:
            now = min(self._now(), MAX_MILLIS)
            if remote.millis > max(now, self.server_time or 0) + self.max_ahead:
                return Hlc(self._millis, self._counter, self.node).encode()
            top = max(now, self._millis, remote.millis)
            if top == self._millis and top == remote.millis:
                self._counter = max(self._counter, remote.counter)
                self._advance_counter()
            elif top == self._millis:
                self._advance_counter()
            elif top == remote.millis:
                self._millis, self._counter = top, remote.counter
                self._advance_counter()
            else:
                self._millis, self._counter = top, 0
            return Hlc(self._millis, self._counter, self.node).encode()

    def wall(self) -> int:
        """The wall clock this clock reads (what the device believes)."""
        return self._now()

    def rewind(self, latest: str | None, *, limit: int | None = None) -> bool:
        """Bring back a clock left beyond the bound (it ticked while the
        wall clock was wrong, and the wall clock is right now) to `latest`,
        the greatest clock within the bound this device holds.  `limit`
        (millis) replaces `self.limit()`, e.g. the server's own limit.
        Returns whether it was beyond."""
        with self._lock:
            if limit is None:
                limit = max(self._now(), self.server_time or 0) + self.max_ahead
            if self._millis <= limit:
                return False
            self._millis, self._counter = 0, 0
        if latest is not None:
            self.observe(latest)
        return True

    def _advance_counter(self) -> None:
        if self._counter < MAX_COUNTER:
            self._counter += 1
        elif self._millis < MAX_MILLIS:
            # 65,536 events in one millisecond: borrow the next millisecond
            # rather than fail; the clock stays monotonic.
            self._millis += 1
            self._counter = 0
        # else: the very last clock; it stays (never a 33rd character).
