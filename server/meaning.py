"""Validation of meaning: every pushed row is checked before the merge.

The wire already checked types, lengths and nullability (`app.sync.wire`).
Here the values are checked against what they mean, with the very rules the
laptop's services apply (`app.rules.rows`): codes, ranges, dates (today is
the server's date plus a margin), list and map shapes, existing commune and
region codes, a row not pointing to itself nor to another team's row, the
id of a deterministic row.  Users, roles and password hashes are the
server's (docs/sync.md, "Users and roles").

A refused row is listed in the answer's `rejected` with a reason
"code:field" (e.g. "invalid_choice:sex"), changes nothing, and never stops
the rest of the batch: `PushChecks.refusal` is asked row by row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Commune, Region
from app.rules.rows import (
    DERIVED_IDS,
    FUTURE_MARGIN,
    SHARED_TARGETS,
    Context,
    derived_id_problem,
    references,
    row_problems,
    row_rule_problems,
)
from app.sync.batches import PushRow
from app.sync.rowstore import CHUNK, StoredRow
from app.sync.wire import CODECS, WireError, check_hlc
from server.db import utcnow
from server.models import ServerDevice

_UNKNOWN = object()  # a referenced row the server has not seen (yet)


def _codes(session: Session, column: Any, wanted: set[str]) -> frozenset[str]:
    """Which of `wanted` reference codes exist (communes, regions: static)."""
    found: set[str] = set()
    codes = sorted(wanted)
    for start in range(0, len(codes), CHUNK):
        found.update(session.scalars(select(column).where(column.in_(codes[start : start + CHUNK]))))
    return frozenset(found)


def _owners(session: Session, table: str, ids: Iterable[str]) -> dict[str, str | None]:
    """{id: team_id} of the stored rows of `table` among `ids`."""
    columns = CODECS[table].table.c
    wanted = sorted(set(ids))
    owners: dict[str, str | None] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        owners.update(
            (row_id, team_id)
            for row_id, team_id in session.execute(
                select(columns.id, columns.team_id).where(columns.id.in_(chunk))
            )
        )
    return owners


class PushChecks:
    """The meaning checks of one pushed batch: what they need from the
    database (existing codes, the owners of referenced rows) is read once."""

    def __init__(
        self,
        session: Session,
        *,
        device: ServerDevice,
        rows: list[PushRow],
        now: dt.datetime | None = None,
    ) -> None:
        self.team = device.team_id
        moment = now or utcnow()
        self.today = moment.date() + FUTURE_MARGIN
        # A laptop used before it joined brings its users (first start)
        # in its first push: users are the first table of every batch.
        synced, joined = device.last_sync_at, device.enrolled_at
        self.first_push = synced is None or (joined is not None and synced < joined)
        communes: set[str] = set()
        regions: set[str] = set()
        wanted: dict[str, set[str]] = {}
        self.references: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
        for row in rows:
            values = row.delta.values
            if isinstance(values.get("commune_code"), str):
                communes.add(values["commune_code"])
            if isinstance(values.get("region_code"), str):
                regions.add(values["region_code"])
            found = self.references[(row.table, row.id)] = list(references(row.table, values))
            for _, target, ref in found:
                wanted.setdefault(target, set()).add(ref)
        self.context = Context(
            today=self.today,
            communes=_codes(session, Commune.code, communes),
            regions=_codes(session, Region.code, regions),
        )
        self.owners = {
            target: _owners(session, target, ids) for target, ids in wanted.items() if ids
        }

    def refusal(self, row: PushRow, stored: StoredRow | None) -> str | None:
        """Why this row is refused ("code:field"), or None."""
        values = row.delta.values
        problems = row_problems(row.table, values, context=self.context, row_id=row.id)
        if problems:
            return problems[0].reason
        view: Mapping[str, Any] = values
        if stored is not None and not row.full:
            view = {**stored.state.values, **values}  # what the row becomes
            became = row_rule_problems(row.table, view, touching=values)
            if became:
                return became[0].reason
            if row.table in DERIVED_IDS:
                problem = derived_id_problem(row.table, row.id, view)
                if problem is not None:
                    return problem.reason
        if row.table == "conflict":
            reason = _conflict_refusal(values, view)
            if reason:
                return reason
        for name, target, ref in self.references.get((row.table, row.id), ()):
            owner = self.owners.get(target, {}).get(ref, _UNKNOWN)
            if owner is _UNKNOWN or owner == self.team:
                continue
            if owner is None and target in SHARED_TARGETS:
                continue
            return f"other_team:{name}"
        if row.table == "app_user":
            return self._user_refusal(row, stored)
        return None

    def _user_refusal(self, row: PushRow, stored: StoredRow | None) -> str | None:
        """Users, roles and hashes are managed at the CCIS: a laptop changes
        no user the server knows, and adds users only in its first push after
        joining (a laptop used offline first brings its team)."""
        if stored is not None:
            for name, value in row.delta.values.items():
                if stored.state.values.get(name) != value:
                    return f"server_managed:{name}"
            return None
        if row.full and not self.first_push:
            return "server_managed:id"
        return None  # (a partial delta of an unknown row is refused as unknown_row)


def _conflict_refusal(values: Mapping[str, Any], view: Mapping[str, Any]) -> str | None:
    """A conflict's values decode as values of its field, its clocks are clocks."""
    source = CODECS.get(view.get("table_name"))  # type: ignore[arg-type]
    decoder = source.decoders.get(view.get("field")) if source else None  # type: ignore[arg-type]
    if decoder is None:
        return "invalid_choice:field"
    for name in ("kept_value", "lost_value"):
        if name in values and values[name] is not None:
            try:
                decoder(values[name])
            except WireError:
                return f"bad_value:{name}"
    for name in ("kept_hlc", "lost_hlc"):
        if name in values:
            try:
                check_hlc(values[name])
            except WireError:
                return f"bad_hlc:{name}"
    return None
