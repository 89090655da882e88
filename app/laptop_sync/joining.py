"""A laptop's local data joining the server's team when the laptop joins.

A trainer may start before the CCIS has set the laptop up: the first-start
screen then creates a local team and its users.  On joining every local
row moves to the server's team; rows never pushed (all of them, before a
first join) are simply relabelled, rows the server already knows get a
tracked write.  The local team row is tombstoned (the server's team is the
team now), and a local user whose name matches a user the officer created
on the server is merged into it: references are re-pointed and the local
duplicate tombstoned, so nobody appears twice.

It also reads the joining link the CCIS console shows (below), for the
command line and the window alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit, urlunsplit

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from app.laptop_sync.tls import normalize_fingerprint
from app.models import (
    Attendance,
    Beneficiary,
    CoachingSession,
    Conflict,
    EnterpriseStage,
    SupportDelivered,
    Team,
    TrainingSession,
    User,
)
from app.models.search_text import normalize
from app.models.sync_state import LOCAL_TEAM_KEY, write_state
from app.sync.errors import SyncError
from app.sync.joining_link import JOIN_PATH, JOINING_SCHEME
from app.sync.joining_link import joining_link as joining_link
from app.sync.wire import CODECS

ZERO_HLC = "0" * 32
NEW = "*"
CHUNK = 1000

# Columns holding a user id, by model (TrainingSession.trainer_ids is a list).
USER_REFERENCES: tuple[tuple[type[Any], str], ...] = (
    (Attendance, "recorded_by"),
    (Beneficiary, "registered_by"),
    (CoachingSession, "trainer_id"),
    (EnterpriseStage, "assessed_by"),
    (SupportDelivered, "delivered_by"),
    (Conflict, "resolved_by"),
)


def _relabel(session: Session, team_id: str, *, only_pending: bool) -> int:
    """Move rows of other (local) teams into `team_id`."""
    moved = 0
    for codec in CODECS.values():
        table = codec.table
        foreign = or_(table.c.team_id.is_(None), table.c.team_id != team_id)
        seeded = table.c.created_hlc == ZERO_HLC
        # Never pushed: nobody else has seen the row, relabel it in place.
        fresh = session.execute(
            update(table)
            .where(foreign, ~seeded, table.c.pending.is_not(None))
            .where(func.json_extract(table.c.pending, '$."*"').is_not(None))
            .values(team_id=team_id)
        )
        moved += getattr(fresh, "rowcount", 0) or 0
        if only_pending:
            continue
        # Known elsewhere: an ordinary tracked write so it syncs.
        model = codec.model
        ids = session.scalars(select(table.c.id).where(foreign, ~seeded)).all()
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            for row in session.scalars(select(model).where(model.id.in_(chunk))):
                row.team_id = team_id
                moved += 1
            session.flush()
    return moved


def adopt_orphans(session: Session, *, team_id: str) -> int:
    """New rows written without (or with a stale) team since joining."""
    return _relabel(session, team_id, only_pending=True)


def _repoint_user(session: Session, old_id: str, new_id: str) -> None:
    for model, column in USER_REFERENCES:
        attribute = getattr(model, column)
        for row in session.scalars(select(model).where(attribute == old_id)):
            setattr(row, column, new_id)
    for training in session.scalars(select(TrainingSession)):
        if old_id in (training.trainer_ids or []):
            training.trainer_ids = [new_id if t == old_id else t for t in training.trainer_ids]


def join_team(
    session: Session, *, team_id: str, server_users: Iterable[tuple[str, str]]
) -> tuple[int, dict[str, str]]:
    """Returns (rows moved into the team, {local user id: the server user it
    was merged into})."""
    by_name = {normalize(name): user_id for user_id, name in server_users}
    merged: dict[str, str] = {}
    local_teams = session.scalars(select(Team).where(Team.id != team_id)).all()
    for user in session.scalars(select(User).where(User.deleted.is_(False))).all():
        twin = by_name.get(normalize(user.name))
        if twin is None or twin == user.id:
            continue
        _repoint_user(session, user.id, twin)
        user.deleted = True
        merged[user.id] = twin
    for team in local_teams:
        team.deleted = True
    session.flush()
    moved = _relabel(session, team_id, only_pending=False)
    write_state(session, LOCAL_TEAM_KEY, team_id)
    return moved, merged


# -- the joining link -------------------------------------------------------
# What the CCIS console shows (as text and as a QR code) for one laptop to
# join, so that nobody types the address, the code and the fingerprint
# separately:
#
#     caravane://join?url=https%3A%2F%2Fccis.example.ma%3A8443&code=ABCD-EFGH-JKMN&fp=3f2a…
#
# or the same parameters on the server's own address, which a phone's QR
# reader opens as a link:
#
#     https://ccis.example.ma:8443/join?code=ABCD-EFGH-JKMN&fp=3f2a…
#
# `fp` (the SHA-256 fingerprint of a self-signed certificate) is optional.
# The command line (`caravane enroll --link`) and the window read it here;
# its writer is app.sync.joining_link (the server writes it too).


class BadJoiningLink(SyncError):
    """What was pasted is not a joining link (params: `reason`:
    "not_a_link", "missing_url" or "missing_code")."""

    code = "sync_bad_joining_link"


@dataclass(frozen=True)
class JoiningLink:
    server_url: str
    code: str
    fingerprint: str | None = None  # 64 lowercase hex digits


def looks_like_joining_link(text: str) -> bool:
    """Whether `text` is meant as a link (rather than a bare code)."""
    lowered = text.strip().lower()
    return lowered.startswith(f"{JOINING_SCHEME}:") or (
        lowered.startswith(("http://", "https://")) and "code=" in lowered
    )


def parse_joining_link(text: str) -> JoiningLink:
    """The server address, code and fingerprint a joining link carries.

    Raises `BadJoiningLink` when it is not one, and `tls.BadFingerprint`
    when its fingerprint is not 64 hexadecimal digits."""
    cleaned = "".join(text.split())  # a link copied over two lines
    parts = urlsplit(cleaned)
    scheme = parts.scheme.lower()
    query = parse_qs(parts.query)

    def first(*names: str) -> str:
        for name in names:
            values = [v.strip() for v in query.get(name, []) if v.strip()]
            if values:
                return values[0]
        return ""

    if scheme == JOINING_SCHEME:
        where = (parts.netloc or parts.path).strip("/").lower()
        if where != JOIN_PATH:
            raise BadJoiningLink(params={"reason": "not_a_link"})
        server_url = first("url", "server").rstrip("/")
        server = urlsplit(server_url)
        if server.scheme.lower() not in ("http", "https") or not server.hostname:
            raise BadJoiningLink(params={"reason": "missing_url"})
    elif scheme in ("http", "https") and parts.hostname:
        base = parts.path.rstrip("/")
        if base.lower().endswith("/" + JOIN_PATH):
            base = base[: -len(JOIN_PATH) - 1]
        server_url = urlunsplit((scheme, parts.netloc, base, "", "")).rstrip("/")
    else:
        raise BadJoiningLink(params={"reason": "not_a_link"})
    code = first("code")
    if not code:
        raise BadJoiningLink(params={"reason": "missing_code"})
    fingerprint = first("fp", "fingerprint")
    return JoiningLink(
        server_url=server_url,
        code=code,
        fingerprint=normalize_fingerprint(fingerprint) if fingerprint else None,
    )
