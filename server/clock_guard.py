"""Refusing clocks from the future (docs/sync.md, "Clock bound").

A pushed clock beyond the server's own time plus `MAX_AHEAD_MS` would win
every concurrent edit until then, drag every laptop that pulls it into the
future, and (at `ffff…`) make its field unchangeable for good.  So a push
carrying one (a creation clock, a field clock or a base) is refused whole,
before anything is applied: 409 `clock_ahead`, with the server's time (ms
since 1970, UTC) as the reason, so the laptop can tell its user the date is
wrong.  The laptop keeps every edit and re-stamps them once its clock is
right (`app.laptop_sync.clock_recovery`).

A batch the server already applied (a receipt exists: its answer was lost)
is never refused here: it gets its ordinary "already applied" answer, so a
`clock_ahead` answer always means "nothing of this batch was applied".
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from app.core.clock import MAX_AHEAD_MS, ceiling, wall_millis
from app.sync.batches import PushRow
from server.api.errors import ApiError
from server.models import PushReceipt

CLOCK_AHEAD_MESSAGE = (
    "L'horloge de cet ordinateur est en avance : corrigez la date et l'heure / "
    "this laptop's clock is ahead: set the right date and time."
)


def server_millis() -> int:
    """The server's own time, ms since 1970 (UTC): the reference of the bound."""
    return wall_millis()


def latest_clock(rows: Iterable[PushRow]) -> str:
    """The greatest clock a batch carries (bases are never after their write,
    the decoder checks it, but they are looked at all the same)."""
    top = ""
    for row in rows:
        delta = row.delta
        if delta.created_hlc is not None and delta.created_hlc > top:
            top = delta.created_hlc
        for clock in delta.clocks.values():
            if clock > top:
                top = clock
        for base in delta.bases.values():
            if base > top:
                top = base
    return top


def refusal(
    session: Session,
    *,
    device_id: str,
    batch_id: str,
    rows: list[PushRow],
    now: int | None = None,
) -> int | None:
    """The server time (ms) to answer with when a clock of the batch is
    beyond the bound, else None."""
    now = server_millis() if now is None else now
    if latest_clock(rows) <= ceiling(now + MAX_AHEAD_MS):
        return None
    if session.get(PushReceipt, (device_id, batch_id)) is not None:
        return None  # applied before: answered "already applied", never refused
    return now


def check_push(
    session: Session,
    *,
    device_id: str,
    batch_id: str,
    rows: list[PushRow],
    now: int | None = None,
) -> None:
    """Raise 409 `clock_ahead` when a clock of the batch is beyond the bound."""
    refused = refusal(session, device_id=device_id, batch_id=batch_id, rows=rows, now=now)
    if refused is not None:
        raise ApiError(409, "clock_ahead", str(refused), CLOCK_AHEAD_MESSAGE)
