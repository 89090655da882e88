"""Rows the server refused, remembered so the laptop can say which and why.

A refused row leaves the outbox and stays as it is on this laptop only
(docs/sync.md, "Validation of meaning"); its reason ("code:field", e.g.
"invalid_choice:sex", or "not_your_team") is kept here, newest first, for
the sync report, `caravane sync` and the interface.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import orjson
from sqlalchemy.orm import Session

from app.models.sync_state import read_state, write_state

KEY = "sync.refused"
KEPT = 200
# Not a refusal of the value: the server lost the row and gets it whole again.
RESENT = "unknown_row"


@dataclass(frozen=True)
class Refusal:
    table: str
    row_id: str
    code: str  # "invalid_choice", "server_managed", "not_your_team"...
    field: str  # "" when the refusal is about the whole row
    at: str  # ISO time of the sync that was told

    @property
    def reason(self) -> str:
        return f"{self.code}:{self.field}" if self.field else self.code


def parse(table: str, row_id: str, reason: str, at: str) -> Refusal:
    code, _, field = str(reason).partition(":")
    return Refusal(str(table), str(row_id), code, field, at)


def remember(
    session: Session, rejected: Iterable[list[str]], *, at: dt.datetime | None = None
) -> list[Refusal]:
    """Record the refusals of one acknowledged batch; returns them."""
    when = (at or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
    new = [parse(t, i, r, when) for t, i, r in rejected if r != RESENT]
    if new:
        kept = [*new, *list_refusals(session)][:KEPT]
        write_state(
            session,
            KEY,
            orjson.dumps([[r.table, r.row_id, r.reason, r.at] for r in kept]).decode(),
        )
    return new


def list_refusals(session: Session) -> list[Refusal]:
    """The latest refusals, newest first."""
    raw = read_state(session, KEY)
    if not raw:
        return []
    return [parse(t, i, r, at) for t, i, r, at in orjson.loads(raw)]
