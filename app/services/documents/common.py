"""What several documents share: the team's name, a live person."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.core.errors import NotFoundError
from app.models import Beneficiary, Team


def team_name(session: Session, team_id: str | None) -> str:
    team = session.get(Team, team_id) if team_id else None
    return team.name if team is not None else ""


def live_beneficiary(session: Session, beneficiary_id: str) -> Beneficiary:
    row = session.get(Beneficiary, beneficiary_id)
    if row is None or row.deleted:
        raise NotFoundError("beneficiary", beneficiary_id)
    return row
