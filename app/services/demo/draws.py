"""Seeded draws: UUIDv7 ids and weighted choices from one random.Random, so
that the same seed gives the same rows."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
from collections.abc import Sequence
from typing import Any

from app.services.demo import names


class Ids:
    """UUIDv7 drawn from the seeded generator, time-ordered by the row's day."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def on(self, day: dt.date) -> str:
        start = dt.datetime(day.year, day.month, day.day, 7, tzinfo=dt.UTC)
        millis = int(start.timestamp() * 1000) + self.rng.randrange(12 * 3600 * 1000)
        value = (
            (millis << 80)
            | (0x7 << 76)
            | (self.rng.getrandbits(12) << 64)
            | (0b10 << 62)
            | self.rng.getrandbits(62)
        )
        hex_ = f"{value:032x}"
        return f"{hex_[:8]}-{hex_[8:12]}-{hex_[12:16]}-{hex_[16:20]}-{hex_[20:]}"


class Picker:
    """Weighted choice with precomputed cumulative weights (fast at scale)."""

    def __init__(self, rng: random.Random, items: Sequence[Any], weights: Sequence[float]):
        self.rng = rng
        self.items = list(items)
        self.cumulative = list(itertools.accumulate(weights))

    def __call__(self) -> Any:
        point = self.rng.random() * self.cumulative[-1]
        return self.items[bisect.bisect_right(self.cumulative, point)]


def name_picker(rng: random.Random, entries: Sequence[names.Name], flatness: float) -> Picker:
    # A few names are very common (Mohamed, Fatima), most are rarer.
    return Picker(rng, entries, [1.0 / (rank + flatness) for rank in range(len(entries))])
