"""Joining codes (one-time, expiring, stored hashed) and a laptop joining
the server (`POST /v1/enroll`): code -> device token (stored hashed).

A device id is the laptop's own and is visible to its team (the synced
`device` table), so it proves nothing: joining never takes an id that has
already joined (`device_taken`) and never un-revokes one
(`device_revoked`); the laptop then joins again under a new identity.  The
one exception is a retry: if the answer to a join was lost, the same
laptop (same device id) may use the same code again for `RETRY_MINUTES`
after its first use, and gets a new token (the previous one stops working).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.core.errors import FieldError, ValidationError
from app.models import Device, Team, User
from server.api.deps import token_hash
from server.api.errors import ApiError
from server.db import utcnow
from server.models import AdminAudit, JoiningCode, ServerDevice
from server.sequence import sequence_local_writes

# No 0/O, 1/I/L: read aloud over the phone or copied from paper.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 12
CODE_HOURS = 24
MAX_CODE_HOURS = 720  # 30 days: a code is a secret on paper, not a standing key
RETRY_MINUTES = 15


def normalize_code(code: str) -> str:
    return "".join(c for c in code.upper() if c.isalnum())


def code_hash(code: str) -> str:
    return hashlib.sha256(normalize_code(code).encode()).hexdigest()


def new_code(
    session: Session, *, team_id: str, hours: int = CODE_HOURS,
    officer_id: str | None = None, address: str | None = None,
) -> tuple[str, dt.datetime]:
    """A new code for one laptop to join `team_id`; audited (by whom and from
    where when an officer of the console asked for it)."""
    if not 1 <= hours <= MAX_CODE_HOURS:
        raise ValidationError([FieldError("hours", "out_of_range", {"min": 1, "max": MAX_CODE_HOURS})])
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    now = utcnow()
    expires = now + dt.timedelta(hours=hours)
    session.add(
        JoiningCode(code_hash=code_hash(raw), team_id=team_id, created_at=now, expires_at=expires)
    )
    session.add(AdminAudit(at=now, action="enroll_code", detail=f"team={team_id}",
                           officer_id=officer_id, address=address))
    shown = "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))
    return shown, expires


@dataclass(frozen=True)
class Joined:
    token: str
    team_id: str
    team_name: str
    users: list[dict[str, str]]


def join(session: Session, *, code: str, device_id: str, device_name: str) -> Joined:
    now = utcnow()
    entry = session.get(JoiningCode, code_hash(code), with_for_update=True)
    if entry is None:
        raise ApiError(403, "invalid_code", message="Code d'inscription refusé ou expiré.")
    retry = (
        entry.used_at is not None
        and entry.used_by == device_id
        and now - entry.used_at <= dt.timedelta(minutes=RETRY_MINUTES)
    )
    if entry.used_at is not None and not retry:
        raise ApiError(403, "invalid_code", "used", message="Code d'inscription déjà utilisé.")
    if entry.used_at is None and entry.expires_at < now:
        raise ApiError(403, "invalid_code", "expired", message="Code d'inscription expiré.")
    device = session.get(ServerDevice, device_id, with_for_update=True)
    if device is not None and device.revoked_at is not None:
        raise ApiError(403, "device_revoked")
    if device is not None and not retry:
        raise ApiError(409, "device_taken")
    token = secrets.token_urlsafe(32)
    if device is None:
        device = ServerDevice(
            id=device_id, team_id=entry.team_id, name=device_name,
            token_hash=token_hash(token), enrolled_at=now,
        )
        session.add(device)
        try:
            with session.begin_nested():  # another code joining with the same id right now
                session.flush([device])
        except IntegrityError:
            raise ApiError(409, "device_taken") from None
    device.name = device_name
    device.token_hash = token_hash(token)  # a retry's new token replaces the lost one
    device.enrolled_at = now
    if not retry:
        entry.used_at = now  # the retry window runs from the first use
        entry.used_by = device_id
    # The team's laptops know each other by name (for "who" in conflicts).
    synced = session.get(Device, device_id)
    if synced is None:
        session.add(Device(id=device_id, team_id=entry.team_id, name=device_name, enrolled_at=now))
    else:
        synced.name = device_name
        synced.enrolled_at = now
    action = "enroll_retry" if retry else "enroll"
    session.add(AdminAudit(at=now, action=action, detail=f"device={device_id}"))
    sequence_local_writes(session)
    team = session.get(Team, entry.team_id)
    users = session.scalars(
        select(User).where(User.team_id == entry.team_id, User.deleted.is_(False))
    ).all()
    return Joined(
        token=token,
        team_id=entry.team_id,
        team_name=team.name if team else "",
        users=[{"id": u.id, "name": u.name, "role": u.role} for u in users],
    )
