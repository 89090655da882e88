"""Enrolment codes (one-time, expiring, stored hashed) and the enrolment
of a laptop: code -> device token (stored hashed)."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Device, Team, User
from server.api.deps import token_hash
from server.api.errors import ApiError
from server.db import utcnow
from server.models import AdminAudit, EnrolmentCode, ServerDevice
from server.sequence import sequence_local_writes

# No 0/O, 1/I/L: read aloud over the phone or copied from paper.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 12
CODE_HOURS = 24


def normalize_code(code: str) -> str:
    return "".join(c for c in code.upper() if c.isalnum())


def code_hash(code: str) -> str:
    return hashlib.sha256(normalize_code(code).encode()).hexdigest()


def new_code(session: Session, *, team_id: str, hours: int = CODE_HOURS) -> tuple[str, dt.datetime]:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    now = utcnow()
    expires = now + dt.timedelta(hours=hours)
    session.add(
        EnrolmentCode(code_hash=code_hash(raw), team_id=team_id, created_at=now, expires_at=expires)
    )
    session.add(AdminAudit(at=now, action="enroll_code", detail=f"team={team_id}"))
    shown = "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))
    return shown, expires


@dataclass(frozen=True)
class Enrolled:
    token: str
    team_id: str
    team_name: str
    users: list[dict[str, str]]


def enroll(session: Session, *, code: str, device_id: str, device_name: str) -> Enrolled:
    now = utcnow()
    entry = session.get(EnrolmentCode, code_hash(code), with_for_update=True)
    if entry is None or entry.used_at is not None or entry.expires_at < now:
        raise ApiError(403, "invalid_code", message="Code d'inscription refusé ou expiré.")
    device = session.get(ServerDevice, device_id)
    if device is not None and device.team_id != entry.team_id:
        raise ApiError(409, "device_in_other_team")
    token = secrets.token_urlsafe(32)
    if device is None:
        device = ServerDevice(id=device_id, team_id=entry.team_id, enrolled_at=now)
        session.add(device)
    device.name = device_name
    device.token_hash = token_hash(token)
    device.revoked_at = None
    device.enrolled_at = now
    entry.used_at = now
    entry.used_by = device_id
    # The team's laptops know each other by name (for "who" in conflicts).
    synced = session.get(Device, device_id)
    if synced is None:
        session.add(Device(id=device_id, team_id=entry.team_id, name=device_name, enrolled_at=now))
    else:
        synced.name = device_name
        synced.enrolled_at = now
    session.add(AdminAudit(at=now, action="enroll", detail=f"device={device_id}"))
    sequence_local_writes(session)
    team = session.get(Team, entry.team_id)
    users = session.scalars(
        select(User).where(User.team_id == entry.team_id, User.deleted.is_(False))
    ).all()
    return Enrolled(
        token=token,
        team_id=entry.team_id,
        team_name=team.name if team else "",
        users=[{"id": u.id, "name": u.name, "role": u.role} for u in users],
    )
