"""Hours attended at a training session: the one rule (docs/attendance-hours.md).

Everything that writes or shows hours goes through these pure functions:
the attendance service (check-in, walk-in, partial presence) stores
`minutes_attended`, planning recomputes it when a session's times change,
migration 0007 recomputed the rows stored before the rule, and the
documents and indicators add minutes, never rounded hours.

The rule:

* A session runs from its start to its end, less its break (if any): the
  break is never counted.
* A check-in (or a walk-in) *during* the session counts from the arrival;
  arriving within `GRACE` of the start counts as on time (the whole
  session).  A check-in *before the start, after the end or another day*
  (the trainer recording after the fact) records the whole session, and the
  moment of recording is not taken as an arrival time.
* Partial presence counts from arrival to departure, both inside the
  session; leaving within `GRACE` of the end counts as staying to the end.
* Minutes are whole (seconds are dropped from arrival and departure);
  hours are stored as minutes / 60, so `as_minutes` gets them back exactly,
  and any total is the sum of its rows' minutes: a certificate's rows add up
  to its total.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from app.core.problems import FieldError

# Arriving this late or leaving this early still counts as the whole session.
GRACE = dt.timedelta(minutes=15)
_MINUTE = dt.timedelta(minutes=1)


class _HasTimes(Protocol):
    @property
    def session_date(self) -> dt.date: ...
    @property
    def start_time(self) -> dt.time: ...
    @property
    def end_time(self) -> dt.time: ...
    @property
    def break_start(self) -> dt.time | None: ...
    @property
    def break_end(self) -> dt.time | None: ...


@dataclass(frozen=True)
class SessionTimes:
    """When a session happens: its day, start and end, and its break."""

    day: dt.date
    start: dt.time
    end: dt.time
    break_start: dt.time | None = None
    break_end: dt.time | None = None

    @classmethod
    def of(cls, row: _HasTimes) -> SessionTimes:
        """From a session row or view (anything with the session's fields)."""
        return cls(row.session_date, row.start_time, row.end_time, row.break_start, row.break_end)

    def at(self, time: dt.time) -> dt.datetime:
        return _minute(dt.datetime.combine(self.day, time))

    @property
    def starts(self) -> dt.datetime:
        return self.at(self.start)

    @property
    def ends(self) -> dt.datetime:
        return self.at(self.end)

    def during(self, moment: dt.datetime) -> bool:
        """Between the start (included) and the end (excluded), this day."""
        return self.starts <= moment < self.ends


def _minute(moment: dt.datetime) -> dt.datetime:
    return moment.replace(second=0, microsecond=0)


def _minutes(span: dt.timedelta) -> int:
    return max(0, int(span // _MINUTE))


def recorded_arrival(times: SessionTimes, at: dt.datetime | None) -> dt.datetime | None:
    """The arrival a check-in at `at` records: `at` itself during the
    session; None before the start, from the end on, or another day (the
    moment of recording is not an arrival time)."""
    if at is None or not times.during(at):
        return None
    return at


def minutes_attended(
    times: SessionTimes, arrived: dt.datetime | None, left: dt.datetime | None
) -> int:
    """Whole minutes of the session between arrival and departure (None:
    from the start / to the end), less the break."""
    starts, ends = times.starts, times.ends
    begin, finish = starts, ends
    if arrived is not None:
        arrival = _minute(arrived)
        if starts + GRACE < arrival < ends:
            begin = arrival
    if left is not None:
        departure = _minute(left)
        if departure < ends - GRACE:
            finish = departure
    if finish <= begin:
        return 0
    counted = _minutes(finish - begin)
    if times.break_start is not None and times.break_end is not None:
        paused = _minutes(min(finish, times.at(times.break_end)) - max(begin, times.at(times.break_start)))
        counted -= min(paused, counted)
    return counted


def planned_minutes(times: SessionTimes) -> int:
    """The whole session, less its break."""
    return minutes_attended(times, None, None)


def as_hours(minutes: int) -> float:
    """Hours as stored (`hours_attended`): minutes / 60, exactly recoverable."""
    return minutes / 60


def as_minutes(hours: float | None) -> int:
    """The whole minutes of stored hours."""
    return round((hours or 0.0) * 60)


def sum_minutes(hours: Iterable[float | None]) -> int:
    """A total: the sum of each row's whole minutes (what the rows show)."""
    return sum(as_minutes(value) for value in hours)


def total_hours(hours: Iterable[float | None]) -> float:
    """A total of stored hours, as hours of whole minutes."""
    return as_hours(sum_minutes(hours))


def split(minutes: int) -> tuple[int, int]:
    """(hours, minutes) to show: 165 -> (2, 45)."""
    return divmod(minutes, 60)


def _clock(time: dt.time) -> str:
    return time.strftime("%H:%M")


def session_problems(
    start: dt.time, end: dt.time, break_start: dt.time | None, break_end: dt.time | None
) -> list[FieldError]:
    """A break is both times or neither, ends after it starts, and lies
    strictly inside its session."""
    if break_start is None and break_end is None:
        return []
    if break_start is None:
        return [FieldError("break_start", "required")]
    if break_end is None:
        return [FieldError("break_end", "required")]
    if break_end <= break_start:
        return [FieldError("break_end", "break_ends_before_start")]
    if end <= start:
        return []  # the session's own times are the problem (session_ends_before_start)
    params = {"start": _clock(start), "end": _clock(end)}
    problems = []
    if break_start <= start:
        problems.append(FieldError("break_start", "break_outside_session", params))
    if break_end >= end:
        problems.append(FieldError("break_end", "break_outside_session", params))
    return problems


def presence_problems(
    times: SessionTimes, arrived: dt.datetime | None, left: dt.datetime | None
) -> list[FieldError]:
    """Partial presence: an arrival during the session, a departure after its
    start and by its end, and after the arrival."""
    params = {"start": _clock(times.start), "end": _clock(times.end)}
    problems = []
    if arrived is not None and not times.during(_minute(arrived)):
        problems.append(FieldError("arrived_at", "arrival_outside_session", params))
    if left is not None and not times.starts < _minute(left) <= times.ends:
        problems.append(FieldError("left_at", "departure_outside_session", params))
    elif arrived is not None and left is not None and _minute(left) <= _minute(arrived):
        problems.append(FieldError("left_at", "left_before_arrival"))
    return problems
