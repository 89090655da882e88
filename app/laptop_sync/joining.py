"""A laptop's local data joining the server's team when the laptop joins.

A trainer may start before the CCIS has set the laptop up: the first-start
screen then creates a local team and its users.  On joining every local
row moves to the server's team; rows never pushed (all of them, before a
first join) are simply relabelled, rows the server already knows get a
tracked write.  The local team row is tombstoned (the server's team is the
team now), and a local user whose name matches a user the officer created
on the server is merged into it: references are re-pointed and the local
duplicate tombstoned, so nobody appears twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

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
) -> tuple[int, int]:
    """Returns (rows moved into the team, local users merged into server users)."""
    by_name = {normalize(name): user_id for user_id, name in server_users}
    merged = 0
    local_teams = session.scalars(select(Team).where(Team.id != team_id)).all()
    for user in session.scalars(select(User).where(User.deleted.is_(False))).all():
        twin = by_name.get(normalize(user.name))
        if twin is None or twin == user.id:
            continue
        _repoint_user(session, user.id, twin)
        user.deleted = True
        merged += 1
    for team in local_teams:
        team.deleted = True
    session.flush()
    moved = _relabel(session, team_id, only_pending=False)
    write_state(session, LOCAL_TEAM_KEY, team_id)
    return moved, merged
