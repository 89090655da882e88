"""Hybrid logical clock (HLC), Qt-free.

Laptop clocks on a bus are wrong, so writes are ordered by an HLC: the
physical time in milliseconds, a counter for events within (or behind) the
same millisecond, and the node id of the device as a tie break.

A timestamp is encoded as a fixed-width string that sorts like the clock:
12 hex digits of milliseconds, 4 hex digits of counter, 16 hex digits of
node.  Plain string comparison is therefore clock comparison, in Python and
in SQL alike.
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


class ClockError(ValueError):
    """A malformed HLC value or an exhausted counter."""


@dataclass(frozen=True, order=True)
class Hlc:
    millis: int
    counter: int
    node: str

    def encode(self) -> str:
        return f"{self.millis:0{MS_WIDTH}x}{self.counter:0{COUNTER_WIDTH}x}{self.node}"

    @classmethod
    def decode(cls, text: str) -> Hlc:
        if len(text) != HLC_WIDTH:
            raise ClockError(f"HLC must be {HLC_WIDTH} characters, got {len(text)}")
        try:
            millis = int(text[:MS_WIDTH], 16)
            counter = int(text[MS_WIDTH : MS_WIDTH + COUNTER_WIDTH], 16)
        except ValueError as exc:
            raise ClockError(f"malformed HLC {text!r}") from exc
        node = text[MS_WIDTH + COUNTER_WIDTH :]
        if not all(c in "0123456789abcdef" for c in node):
            raise ClockError(f"malformed HLC node in {text!r}")
        return cls(millis, counter, node)

    def __str__(self) -> str:
        return self.encode()


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
    """One device's clock.  Thread-safe; monotonic whatever the wall clock does."""

    def __init__(
        self,
        node: str,
        *,
        last: str | None = None,
        now: Callable[[], int] = wall_millis,
    ) -> None:
        if len(node) != NODE_WIDTH:
            raise ClockError(f"node must be {NODE_WIDTH} hex digits")
        self.node = node
        self._now = now
        self._lock = threading.Lock()
        self._millis = 0
        self._counter = 0
        if last is not None:
            self.observe(last)

    @property
    def last(self) -> str:
        return Hlc(self._millis, self._counter, self.node).encode()

    def tick(self) -> str:
        """A new timestamp for a local write, greater than any seen so far."""
        with self._lock:
            now = self._now()
            if now > self._millis:
                self._millis, self._counter = now, 0
            else:
                self._advance_counter()
            return Hlc(self._millis, self._counter, self.node).encode()

    def observe(self, received: str) -> str:
        """Merge a timestamp received from elsewhere (server, another laptop).

        Afterwards every local tick is greater than `received`.
        """
        remote = Hlc.decode(received)
        with self._lock:
            now = self._now()
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

    def _advance_counter(self) -> None:
        if self._counter >= MAX_COUNTER:
            # 65,536 events in one millisecond: borrow the next millisecond
            # rather than fail; the clock stays monotonic.
            self._millis += 1
            self._counter = 0
        else:
            self._counter += 1
