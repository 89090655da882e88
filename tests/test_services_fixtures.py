"""Helpers shared by the service tests (no tests here)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from app.services import accounts, planning
from app.services.beneficiaries import BeneficiaryInput, BeneficiaryView, register_beneficiary
from tests.conftest import TODAY as TODAY  # shared with the service tests
from tests.conftest import consent as consent

ASSILAH = "01.511.01.01"  # urban, Tanger-Assilah
TANGER = "01.511.01.0"  # urban, Tanger-Assilah
DAR_CHAOUI = "01.511.05.07"  # rural, Tanger-Assilah
AIN_LAHSAN = "01.571.03.01"  # rural, Tétouan
TANGER_ASSILAH = "01.511"


@dataclass(frozen=True)
class Crew:
    team_id: str
    trainer_id: str


def crew(session: Session, name: str = "Bus 1") -> Crew:
    team = accounts.create_team(session=session, name=name)
    trainer = accounts.create_user(
        session=session, team_id=team.id, name="Amina Trainer", role="trainer",
        password="secret-1",
    )
    return Crew(team_id=team.id, trainer_id=trainer.id)


def person(
    session: Session,
    team_id: str,
    first_name: str,
    last_name: str,
    sex: str = "F",
    **fields: Any,
) -> BeneficiaryView:
    """Register someone new (duplicate check confirmed away)."""
    data = BeneficiaryInput(first_name=first_name, last_name=last_name, sex=sex, **fields)
    return register_beneficiary(
        session=session, data=data, consent=consent(), team_id=team_id, today=TODAY,
        confirm_not_duplicate=True,
    ).value.beneficiary


def module_id(session: Session, code: str = "AE-STATUT") -> str:
    return next(m.id for m in planning.list_modules(session=session) if m.code == code)


def training(
    session: Session,
    team_id: str,
    day: dt.date = TODAY,
    start: dt.time = dt.time(9, 0),
    end: dt.time = dt.time(12, 0),
    commune_code: str = ASSILAH,
    **fields: Any,
) -> planning.SessionView:
    stop = planning.plan_stop(
        session=session, team_id=team_id, commune_code=commune_code, starts_on=day
    ).value
    return planning.plan_session(
        session=session, team_id=team_id, module_id=module_id(session), session_date=day,
        start_time=start, end_time=end, stop_id=stop.id, **fields,
    ).value
