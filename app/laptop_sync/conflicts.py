"""Conflicts waiting for a coordinator: list them side by side, keep the
value that won or restore the one that lost.  Resolving is an ordinary
tracked write (of the conflict row, and of the field when restoring), so it
syncs to every laptop like any other change.  Qt-free; the UI calls these
through its database worker."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.changes import Changes, Done, Topic
from app.core.clock import Hlc
from app.core.errors import NotFoundError, ValidationError
from app.models import Beneficiary, Conflict, Device, User
from app.sync.wire import CODECS, WireError

KEEP = "keep"
RESTORE = "restore"


@dataclass(frozen=True)
class ConflictView:
    id: str
    table_name: str
    row_id: str
    row_label: str
    field: str
    kept_value: Any
    kept_at: dt.datetime
    lost_value: Any
    lost_at: dt.datetime
    lost_device_id: str
    lost_device_name: str
    resolved: bool
    resolution: str | None


def hlc_time(hlc: str) -> dt.datetime:
    """The wall-clock moment (UTC) carried by an HLC."""
    return dt.datetime.fromtimestamp(Hlc.decode(hlc).millis / 1000, dt.UTC).replace(tzinfo=None)


def _row_label(session: Session, table_name: str, row_id: str) -> str:
    if table_name == "beneficiary":
        person = session.get(Beneficiary, row_id)
        return person.display_name if person else row_id
    if table_name == "app_user":
        user = session.get(User, row_id)
        return user.name if user else row_id
    return row_id


def _view(session: Session, conflict: Conflict) -> ConflictView:
    device = session.get(Device, conflict.lost_device_id) if conflict.lost_device_id else None
    return ConflictView(
        id=conflict.id,
        table_name=conflict.table_name,
        row_id=conflict.row_id,
        row_label=_row_label(session, conflict.table_name, conflict.row_id),
        field=conflict.field,
        kept_value=conflict.kept_value,
        kept_at=hlc_time(conflict.kept_hlc),
        lost_value=conflict.lost_value,
        lost_at=hlc_time(conflict.lost_hlc),
        lost_device_id=conflict.lost_device_id,
        lost_device_name=device.name if device else "",
        resolved=conflict.resolved,
        resolution=conflict.resolution,
    )


def list_conflicts(
    *, session: Session, include_resolved: bool = False, team_id: str | None = None
) -> list[ConflictView]:
    # A conflict about an erased row keeps neither value: nothing to decide.
    query = select(Conflict).where(Conflict.deleted.is_(False), Conflict.erased_on.is_(None))
    if not include_resolved:
        query = query.where(Conflict.resolved.is_(False))
    if team_id is not None:
        query = query.where(Conflict.team_id == team_id)
    rows = session.scalars(query.order_by(Conflict.lost_hlc)).all()
    return [_view(session, row) for row in rows]


def resolve_conflict(
    *, session: Session, conflict_id: str, action: str, user_id: str | None = None
) -> Done[ConflictView]:
    """`keep` the current value, or `restore` the value that lost (which
    writes it back into its row: that row's topic changes too)."""
    if action not in (KEEP, RESTORE):
        raise ValidationError.single("action", "invalid_choice", allowed=[KEEP, RESTORE])
    conflict = session.get(Conflict, conflict_id)
    if conflict is None or conflict.deleted or conflict.erased_on is not None:
        raise NotFoundError("conflict", conflict_id)
    if action == RESTORE:
        codec = CODECS.get(conflict.table_name)
        row = session.get(codec.model, conflict.row_id) if codec else None
        if codec is None or row is None:
            raise NotFoundError(conflict.table_name, conflict.row_id)
        try:
            value = codec.decode(conflict.field, conflict.lost_value)
        except WireError as exc:
            raise ValidationError.single(conflict.field, "invalid_value") from exc
        setattr(row, conflict.field, value)
    conflict.resolved = True
    conflict.resolution = "kept" if action == KEEP else "restored"
    conflict.resolved_by = user_id
    session.flush()
    changes = Changes.of(Topic.CONFLICT)
    if action == RESTORE:
        changes = changes | Changes.of_tables([conflict.table_name])
    return Done(_view(session, conflict), changes)
