"""Erasure (law 09-08) across rows, shared by the server (at push) and the
laptop (at pull).

Within a row the merge keeps an erased row erased (`app.sync.merge.Erasure`).
Some rows hold what an erased row held without being that row: the coaching
sessions of an erased person (their notes) and conflict records about an
erased row (its old values).  When a row is erased, or such a row arrives
for an erased row, it is erased too: its marker is set to the parent's
erasure date with a clock computed from the two rows alone (the later of
the parent's marker clock and the row's creation), so the server and every
laptop that do it compute the same state and converge without a write
going back and forth.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.sync.merge import Erasure, RowDelta, RowState, merge
from app.sync.rowstore import CHUNK, CONFLICT_TABLE, StoredRow, load
from app.sync.wire import CODECS

MARKER = "erased_on"
PERSON_TABLE = "beneficiary"
COACHING_TABLE = "coaching_session"

ERASURES: dict[str, Erasure] = {
    name: Erasure(MARKER, dict(blank))
    for name, codec in CODECS.items()
    if (blank := getattr(codec.model, "erasure_blank", None))
}


def rule(table: str) -> Erasure | None:
    return ERASURES.get(table)


@dataclass(frozen=True)
class Covered:
    """A row erased because the row it is about is erased."""

    table: str
    stored: StoredRow
    state: RowState


def erased(table: str, state: RowState) -> bool:
    erasure = ERASURES.get(table)
    return erasure is not None and erasure.erased(state.values)


def cover(table: str, state: RowState, parent: RowState) -> RowState | None:
    """`state` erased after its erased `parent`; None when it already is."""
    erasure = ERASURES[table]
    if erasure.erased(state.values):
        return None
    clock = max(parent.clock(MARKER), state.created_hlc)
    delta = RowDelta(None, {MARKER: clock}, {MARKER: parent.values[MARKER]})
    result = merge(state, delta, erasure=erasure)
    assert result.state is not None
    return result.state


def _ids_where(session: Session, table: str, condition: object) -> list[str]:
    codec = CODECS[table]
    return list(session.scalars(select(codec.table.c.id).where(condition)))  # type: ignore[arg-type]


def _children(session: Session, column: str, table: str, parents: list[str]) -> list[str]:
    """Ids of `table` rows whose `column` is one of `parents`."""
    found: list[str] = []
    c = CODECS[table].table.c
    for start in range(0, len(parents), CHUNK):
        chunk = parents[start : start + CHUNK]
        found += _ids_where(session, table, c[column].in_(chunk))
    return found


def _conflicts_about(session: Session, table: str, row_ids: list[str]) -> list[str]:
    found: list[str] = []
    c = CODECS[CONFLICT_TABLE].table.c
    for start in range(0, len(row_ids), CHUNK):
        chunk = row_ids[start : start + CHUNK]
        found += _ids_where(
            session, CONFLICT_TABLE, (c.table_name == table) & c.row_id.in_(chunk)
        )
    return found


def _erased_rows(session: Session, table: str, ids: Iterable[str]) -> dict[str, RowState]:
    return {
        row_id: row.state
        for row_id, row in load(session, CODECS[table], ids).items()
        if erased(table, row.state)
    }


def cover_dependents(session: Session, written: Mapping[str, Mapping[str, RowState]]) -> list[Covered]:
    """Rows to erase because of what was just written (`written`: the
    resulting state of every row written in this transaction, by table).

    Looks at erased people (their coaching sessions and the conflicts about
    them), erased coaching sessions (their conflicts), and coaching sessions
    and conflicts written for a row that is erased here.  Costs nothing for
    a transaction that touches none of these."""
    people = {i: s for i, s in written.get(PERSON_TABLE, {}).items() if erased(PERSON_TABLE, s)}
    coachings = dict(written.get(COACHING_TABLE, {}))
    conflicts = dict(written.get(CONFLICT_TABLE, {}))
    # Parents of written children, erased here.
    wanted = {s.values.get("beneficiary_id") for s in coachings.values()} - {None} - set(people)
    wanted |= {
        s.values["row_id"] for s in conflicts.values() if s.values.get("table_name") == PERSON_TABLE
    } - set(people)
    if wanted:
        people.update(_erased_rows(session, PERSON_TABLE, wanted))  # type: ignore[arg-type]
    if not people and not coachings and not conflicts:
        return []
    out: list[Covered] = []

    coaching_ids = set(coachings)
    if people:
        coaching_ids |= set(_children(session, "beneficiary_id", COACHING_TABLE, list(people)))
    erased_coachings: dict[str, RowState] = {}
    for row_id, stored in load(session, CODECS[COACHING_TABLE], coaching_ids).items():
        if erased(COACHING_TABLE, stored.state):
            erased_coachings[row_id] = stored.state
            continue
        parent = people.get(stored.state.values.get("beneficiary_id") or "")
        if parent is not None:
            state = cover(COACHING_TABLE, stored.state, parent)
            if state is not None:
                out.append(Covered(COACHING_TABLE, stored, state))
                erased_coachings[row_id] = state
    # Conflicts about erased coaching sessions written elsewhere, or written here.
    wanted_coachings = {
        s.values["row_id"]
        for s in conflicts.values()
        if s.values.get("table_name") == COACHING_TABLE
    } - set(erased_coachings)
    if wanted_coachings:
        erased_coachings.update(_erased_rows(session, COACHING_TABLE, wanted_coachings))

    parents = {(PERSON_TABLE, i): s for i, s in people.items()}
    parents.update({(COACHING_TABLE, i): s for i, s in erased_coachings.items()})
    conflict_ids = set(conflicts)
    if people:
        conflict_ids |= set(_conflicts_about(session, PERSON_TABLE, list(people)))
    if erased_coachings:
        conflict_ids |= set(_conflicts_about(session, COACHING_TABLE, list(erased_coachings)))
    for stored in load(session, CODECS[CONFLICT_TABLE], conflict_ids).values():
        about = (stored.state.values.get("table_name"), stored.state.values.get("row_id"))
        parent = parents.get(about)  # type: ignore[arg-type]
        if parent is not None:
            state = cover(CONFLICT_TABLE, stored.state, parent)
            if state is not None:
                out.append(Covered(CONFLICT_TABLE, stored, state))
    return out
