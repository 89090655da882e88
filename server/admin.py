"""What the CCIS officer does from the command line: teams, users,
joining codes, devices, USB bundles.  Each function is one transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.core.errors import NotFoundError
from app.models import Conflict, Team
from app.services import accounts
from app.sync import bundle as bundles
from app.sync.batches import decode_push
from app.sync.errors import BundleError
from app.sync.wire import WireError
from server import clock_guard, joining
from server.api.errors import ApiError
from server.db import ServerDatabase, utcnow
from server.models import AdminAudit, ServerDevice
from server.sequence import sequence_local_writes
from server.sync_service import apply_push


def _audit(session: object, action: str, detail: str) -> None:
    session.add(AdminAudit(at=utcnow(), action=action, detail=detail))  # type: ignore[attr-defined]


def find_team(session: object, team: str) -> Team:
    """A team by id or by (case-insensitive) name."""
    assert isinstance(session, Session)
    found = session.get(Team, team)
    if found is None:
        matches = session.scalars(
            select(Team).where(func.lower(Team.name) == team.strip().lower(), Team.deleted.is_(False))
        ).all()
        if len(matches) != 1:
            raise NotFoundError("team", team)
        found = matches[0]
    return found


def create_team(db: ServerDatabase, name: str, region_code: str | None = "01") -> accounts.TeamView:
    with db.session() as session:
        view = accounts.create_team(session=session, name=name, region_code=region_code)
        _audit(session, "create_team", f"{view.id} {name}")
        sequence_local_writes(session)
        return view


def add_user(
    db: ServerDatabase,
    *,
    team: str,
    name: str,
    role: str,
    password: str,
    sex: str | None = None,
) -> accounts.UserView:
    with db.session() as session:
        team_row = find_team(session, team)
        view = accounts.create_user(
            session=session,
            team_id=team_row.id,
            name=name,
            role=role,
            password=password,
            sex=sex,
        )
        _audit(session, "add_user", f"{view.id} team={team_row.id} role={role}")
        sequence_local_writes(session)
        return view


def enroll_code(db: ServerDatabase, *, team: str, hours: int = 24) -> tuple[str, dt.datetime, str]:
    with db.session() as session:
        team_row = find_team(session, team)
        code, expires = joining.new_code(session, team_id=team_row.id, hours=hours)
        return code, expires, team_row.name


@dataclass(frozen=True)
class DeviceRow:
    id: str
    name: str
    team_id: str
    team_name: str
    enrolled_at: dt.datetime
    last_sync_at: dt.datetime | None
    revoked_at: dt.datetime | None
    pending_conflicts: int
    lost_at: dt.datetime | None = None


def device_rows(session: Session, *, team_id: str | None = None) -> list[DeviceRow]:
    """The laptops that joined (those of `team_id` only, when given)."""
    query = select(ServerDevice).order_by(ServerDevice.enrolled_at, ServerDevice.id)
    if team_id is not None:
        query = query.where(ServerDevice.team_id == team_id)
    rows = []
    for device in session.scalars(query):
        team = session.get(Team, device.team_id)
        conflicts = session.scalar(
            select(func.count())
            .select_from(Conflict)
            .where(
                Conflict.team_id == device.team_id,
                Conflict.resolved.is_(False),
                Conflict.erased_on.is_(None),
                Conflict.deleted.is_(False),
                or_(Conflict.lost_device_id == device.id, Conflict.device_id == device.id),
            )
        )
        rows.append(
            DeviceRow(
                id=device.id,
                name=device.name,
                team_id=device.team_id,
                team_name=team.name if team else "",
                enrolled_at=device.enrolled_at,
                last_sync_at=device.last_sync_at,
                revoked_at=device.revoked_at,
                pending_conflicts=int(conflicts or 0),
                lost_at=device.lost_at,
            )
        )
    return rows


def list_devices(db: ServerDatabase) -> list[DeviceRow]:
    with db.session() as session:
        return device_rows(session)


def revoke(session: Session, device: ServerDevice) -> None:
    """Its next sync is refused (and it can never join again under this id)."""
    device.revoked_at = device.revoked_at or utcnow()


def revoke_device(db: ServerDatabase, device_id: str) -> DeviceRow:
    with db.session() as session:
        device = session.get(ServerDevice, device_id)
        if device is None:
            matches = session.scalars(
                select(ServerDevice).where(ServerDevice.id.like(f"{device_id}%"))
            ).all()
            if len(matches) != 1:
                raise NotFoundError("device", device_id)
            device = matches[0]
        revoke(session, device)
        _audit(session, "revoke_device", device.id)
        found = device.id
    return next(row for row in list_devices(db) if row.id == found)


@dataclass(frozen=True)
class ImportReport:
    device_id: str
    batches: int
    already_applied: int
    rows: int
    changes: int
    conflicts: int
    rejected: int


def import_bundle(db: ServerDatabase, path: Path) -> ImportReport:
    """Apply a laptop's USB bundle exactly as its network pushes would be."""
    envelope, content = bundles.read_bundle(path.read_bytes())
    import json

    device_id = str(json.loads(content).get("device_id", ""))
    with db.session() as session:
        device = session.get(ServerDevice, device_id)
        if device is None:
            raise BundleError(params={"reason": "unknown_device"})
        if device.revoked_at is not None:
            raise BundleError(params={"reason": "revoked"})
        # The MAC key is the token's hash, which is exactly what we store.
        sealed = bundles.verify_bundle(envelope, content, device.token_hash.encode())
        applied = duplicates = changes = conflicts = rejected = 0
        for batch in sealed.batches:
            try:
                batch_id = str(batch["id"])
                rows = decode_push(batch["tables"])
            except (KeyError, TypeError, WireError) as exc:
                raise BundleError(params={"reason": "format"}) from exc
            refused = clock_guard.refusal(session, device_id=device.id, batch_id=batch_id, rows=rows)
            if refused is not None:
                raise BundleError(params={"reason": "clock_ahead"})  # nothing of it applied
            try:
                outcome = apply_push(
                    session, device=device, batch_id=batch_id, rows=rows, cursor=0, skip=()
                )
            except ApiError as exc:  # another batch already applied under this id
                raise BundleError(params={"reason": exc.error}) from None
            applied += 1
            duplicates += int(outcome.duplicate)
            if outcome.first_seq is not None and not outcome.duplicate:
                assert outcome.last_seq is not None
                changes += outcome.last_seq - outcome.first_seq + 1
            conflicts += outcome.conflicts
            rejected += len(outcome.rejected)
        _audit(session, "import_bundle", f"device={device_id} changes={changes}")
        return ImportReport(device_id, applied, duplicates, sealed.rows, changes, conflicts, rejected)
