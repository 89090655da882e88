"""The merge: last writer wins per field by HLC (DESIGN.md).  Pure Python,
no database, shared by the laptop and the server so both merge identically.

A row's state is its values plus one clock per field (`created_hlc` for
fields untouched since creation, `field_hlcs` for the others).  Merging two
states keeps, for every field, the value with the greater clock; equal
clocks with different values (impossible in practice: one clock is one
write of one device) are broken by the value itself so the result is still
deterministic.  Per-field max is a join, hence commutative, associative and
idempotent: replaying, reordering or duplicating changes gives the same
rows, which is what makes retries, cut links and USB bundles safe.

Nothing silently lost: a write that loses to a *concurrent* write of the
same field with a different value is reported as a `LostWrite`, which the
caller records as a Conflict row.  Concurrent means the writer had not seen
the other value: its `base` (the field's clock before the edit) is older
than the other write.  Two devices creating the same deterministic row (the
same person checked in twice) record the same fact, so creation against
creation is not a conflict.

Erasure (law 09-08) dominates: a table with an `Erasure` rule has a marker
field (`erased_on`) that, once set, wins over "not set" whatever the clocks,
and while it is set the personal fields hold their blank values, whatever
was written before or after.  Per field the order is still a total order
(for the marker: set before unset, then clock), so the merge stays a join;
blanking is a function of the joined marker alone, so applying it after
every join keeps the result commutative, associative and idempotent (see
docs/sync.md, "Erasure").  No lost write of an erased field is reported:
a conflict record would keep the erased value.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Erasure:
    """A table's erasure rule: while `marker` is set, `blank` holds."""

    marker: str
    blank: Mapping[str, Any]

    def erased(self, values: Mapping[str, Any]) -> bool:
        return values.get(self.marker) is not None


@dataclass(frozen=True)
class RowState:
    """A row as far as sync is concerned: every synced field, with clocks."""

    created_hlc: str
    field_hlcs: Mapping[str, str]
    values: Mapping[str, Any]

    def clock(self, name: str) -> str:
        return self.field_hlcs.get(name, self.created_hlc)


@dataclass(frozen=True)
class RowDelta:
    """Writes received for one row: a whole row (`created_hlc` set, every
    field) or some fields of a row the receiver should already have.

    `bases[field]` is the field's clock on the writer before its edit ("" for
    a creation); absent when unknown (a state received from the server)."""

    created_hlc: str | None
    clocks: Mapping[str, str]
    values: Mapping[str, Any]
    bases: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def of_state(cls, state: RowState) -> RowDelta:
        return cls(
            created_hlc=state.created_hlc,
            clocks={name: state.clock(name) for name in state.values},
            values=dict(state.values),
        )


@dataclass(frozen=True)
class LostWrite:
    """A value that lost to a concurrent write of the same field."""

    field: str
    kept_value: Any
    kept_hlc: str
    lost_value: Any
    lost_hlc: str
    incoming_lost: bool  # True: the received write lost; False: the stored one


@dataclass(frozen=True)
class MergeResult:
    state: RowState | None  # None: an unknown row and a partial delta
    changed: bool
    lost: tuple[LostWrite, ...] = ()
    # A received value that won by its clock was blanked by an erasure: the
    # writer does not hold the result (it must be sent back to it).
    blanked: bool = False

    @property
    def incoming_lost_any(self) -> bool:
        return self.blanked or any(w.incoming_lost for w in self.lost)


def value_key(value: Any) -> str:
    """A total order on values, only used to break a tie between equal clocks."""
    return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)


def same_value(a: Any, b: Any) -> bool:
    return bool(a == b) and type(a) is type(b) or value_key(a) == value_key(b)


def canonical(created_hlc: str, clocks: Mapping[str, str], values: Mapping[str, Any]) -> RowState:
    """One representation per state: only clocks that differ from creation."""
    return RowState(
        created_hlc=created_hlc,
        field_hlcs=dict(sorted([(name, c) for name, c in clocks.items() if c != created_hlc])),
        values=dict(values),
    )


def _blank(values: dict[str, Any], erasure: Erasure | None) -> list[str]:
    """Force the blank values of an erased row in place; the fields changed."""
    if erasure is None or not erasure.erased(values):
        return []
    changed = []
    for name, blank in erasure.blank.items():
        if name in values and not same_value(values[name], blank):
            values[name] = blank
            changed.append(name)
    return changed


def received_whole(state: RowState, *, erasure: Erasure | None = None) -> RowState:
    """`merge(None, RowDelta.of_state(state)).state` without the delta: a
    whole row received for a row not stored here (most of a first pull)."""
    created = state.created_hlc
    values = dict(state.values)
    _blank(values, erasure)
    return RowState(
        created_hlc=created,
        field_hlcs=dict(
            sorted([(n, c) for n, c in state.field_hlcs.items() if c != created and n in values])
        ),
        values=values,
    )


def _marker_key(value: Any, clock: str) -> tuple[bool, str, str]:
    """The marker's order: set before unset, whatever the clocks; then clock."""
    return (value is not None, clock, value_key(value))


def merge(
    stored: RowState | None, incoming: RowDelta, *, erasure: Erasure | None = None
) -> MergeResult:
    """Merge received writes into a stored row (or none)."""
    if stored is None:
        if incoming.created_hlc is None:
            return MergeResult(state=None, changed=False)
        values = dict(incoming.values)
        blanked = _blank(values, erasure)
        state = canonical(incoming.created_hlc, incoming.clocks, values)
        return MergeResult(state=state, changed=True, blanked=bool(blanked))

    created = stored.created_hlc
    if incoming.created_hlc is not None and incoming.created_hlc < created:
        created = incoming.created_hlc
    clocks = {name: stored.clock(name) for name in stored.values}
    values = dict(stored.values)
    lost: list[LostWrite] = []
    changed = created != stored.created_hlc
    stored_is_creation = {name: clocks[name] == stored.created_hlc for name in clocks}
    marker = erasure.marker if erasure is not None else None
    won: set[str] = set()

    for name, in_clock in incoming.clocks.items():
        in_value = incoming.values[name]
        st_clock = clocks.get(name, "")
        st_value = values.get(name)
        if in_clock == st_clock and same_value(in_value, st_value):
            continue
        if name == marker:
            # Monotonic: an erasure is never undone, and never a conflict.
            if _marker_key(in_value, in_clock) > _marker_key(st_value, st_clock):
                values[name] = in_value
                clocks[name] = in_clock
                changed = True
            continue
        if in_clock > st_clock or (
            in_clock == st_clock and value_key(in_value) > value_key(st_value)
        ):
            winner_incoming = True
        else:
            winner_incoming = False
        base = incoming.bases.get(name)
        concurrent = (
            base is not None
            and base < st_clock
            and not (base == "" and stored_is_creation.get(name, True))
            and not same_value(in_value, st_value)
            and name in values
        )
        if concurrent:
            if winner_incoming:
                lost.append(LostWrite(name, in_value, in_clock, st_value, st_clock, False))
            else:
                lost.append(LostWrite(name, st_value, st_clock, in_value, in_clock, True))
        if winner_incoming:
            values[name] = in_value
            clocks[name] = in_clock
            changed = True
            won.add(name)
    blanked = _blank(values, erasure)
    changed = changed or bool(blanked)
    if erasure is not None and erasure.erased(values):
        # Nothing of an erased field is kept anywhere, not even as a loss.
        lost = [w for w in lost if w.field not in erasure.blank]
    if not changed:
        return MergeResult(state=stored, changed=False, lost=tuple(lost))
    # Fields the stored row never had (a newer schema) keep the creation clock.
    state = canonical(created, {n: clocks.get(n, created) for n in values}, values)
    return MergeResult(
        state=state, changed=True, lost=tuple(lost), blanked=bool(won & set(blanked))
    )


def join(a: RowState, b: RowState, *, erasure: Erasure | None = None) -> RowState:
    """The merge of two whole states (what every replica converges to)."""
    result = merge(a, RowDelta.of_state(b), erasure=erasure).state
    assert result is not None
    return result
