"""Teams (buses) and their people (trainers, coordinators) as the console
manages them.

The people are the team's synced `app_user` rows, written through the
laptops' own services (`app.services.accounts`: the scrypt hash a laptop
verifies offline) in the server's clocked session, then numbered
(`sequence_local_writes`): every laptop of the team learns them at its next
sync.  Refusals are `OfficerError(sentence)`; every change writes its audit
entry.  The caller owns the session."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Beneficiary, Team, User
from app.models.enums import Role, Sex
from app.services import accounts as app_accounts
from server.console.accounts import ID_PATTERN, OfficerError, audit
from server.models import ServerDevice
from server.sequence import sequence_local_writes

NAME_MAX = 120  # the `team.name` and `app_user.name` columns
# A laptop's login asks for at least this (app.services.accounts); the top
# bound keeps one scrypt hash cheap.
PASSWORD_MIN, PASSWORD_MAX = 6, 256


@dataclass(frozen=True)
class TeamRow:
    id: str
    name: str
    laptops: int
    trainers: int
    coordinators: int
    beneficiaries: int


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    role: str
    sex: str | None
    active: bool


def _counts(session: Session, statement: object) -> dict[str, int]:
    return {row[0]: int(row[1]) for row in session.execute(statement)}  # type: ignore[call-overload]


def list_teams(session: Session, *, only: str | None = None) -> list[TeamRow]:
    """Every live team with its counts (`only`: a coordinator's own team)."""
    query = select(Team).where(Team.deleted.is_(False)).order_by(func.lower(Team.name))
    if only is not None:
        query = query.where(Team.id == only)
    teams = list(session.scalars(query))
    laptops = _counts(session, select(ServerDevice.team_id, func.count())
                      .where(ServerDevice.revoked_at.is_(None)).group_by(ServerDevice.team_id))
    people = {(row[0], row[1]): int(row[2]) for row in session.execute(
        select(User.team_id, User.role, func.count())
        .where(User.deleted.is_(False), User.active.is_(True)).group_by(User.team_id, User.role))}
    beneficiaries = _counts(session, select(Beneficiary.team_id, func.count()).where(
        Beneficiary.deleted.is_(False), Beneficiary.merged_into_id.is_(None))
        .group_by(Beneficiary.team_id))
    return [TeamRow(
        id=team.id, name=team.name, laptops=laptops.get(team.id, 0),
        trainers=people.get((team.id, Role.TRAINER.value), 0),
        coordinators=people.get((team.id, Role.COORDINATOR.value), 0),
        beneficiaries=beneficiaries.get(team.id, 0),
    ) for team in teams]


def find_team(session: Session, team_id: str) -> Team:
    team = session.get(Team, team_id) if ID_PATTERN.fullmatch(team_id) else None
    if team is None or team.deleted:
        raise OfficerError("Équipe inconnue.")
    return team


def people(session: Session, team_id: str) -> list[Person]:
    users = session.scalars(select(User).where(User.team_id == team_id, User.deleted.is_(False))
                            .order_by(User.active.desc(), func.lower(User.name)))
    return [Person(id=u.id, name=u.name, role=u.role, sex=u.sex, active=u.active) for u in users]


def _checked_name(name: str) -> str:
    name = " ".join(name.split())
    if not 1 <= len(name) <= NAME_MAX or any(
            unicodedata.category(char) in ("Cc", "Cs", "Co") for char in name):
        raise OfficerError("Le nom doit compter de 1 à 120 caractères.")
    return name


def _checked_password(password: str, confirm: str) -> str:
    if not PASSWORD_MIN <= len(password) <= PASSWORD_MAX:
        raise OfficerError("Le mot de passe doit compter de {min} à {max} caractères.",
                           min=PASSWORD_MIN, max=PASSWORD_MAX)
    if password != confirm:
        raise OfficerError("Les deux mots de passe diffèrent.")
    return password


def create_team(session: Session, *, name: str, now: dt.datetime, by: str,
                address: str | None) -> TeamRow:
    name = _checked_name(name)
    taken = session.scalar(select(Team.id).where(
        func.lower(Team.name) == name.lower(), Team.deleted.is_(False)))
    if taken is not None:  # `caravane-server` finds a team by its name
        raise OfficerError("Une équipe porte déjà ce nom.")
    team = app_accounts.create_team(session=session, name=name)
    sequence_local_writes(session)
    audit(session, at=now, action="team_create", officer_id=by, address=address,
          detail=f"team={team.id}")
    return TeamRow(id=team.id, name=team.name, laptops=0, trainers=0, coordinators=0,
                   beneficiaries=0)


def add_person(session: Session, *, team_id: str, name: str, role: str, sex: str,
               password: str, confirm: str, now: dt.datetime, by: str,
               address: str | None) -> Person:
    team = find_team(session, team_id)
    name = _checked_name(name)
    if role not in {r.value for r in Role}:
        raise OfficerError("Rôle inconnu.")
    if sex not in {"", *(s.value for s in Sex)}:
        raise OfficerError("Sexe inconnu.")
    user = app_accounts.create_user(session=session, team_id=team.id, name=name, role=role,
                                    password=_checked_password(password, confirm),
                                    sex=sex or None)
    sequence_local_writes(session)
    audit(session, at=now, action="team_user_add", officer_id=by, address=address,
          detail=f"team={team.id} user={user.id} role={role}")
    return Person(id=user.id, name=user.name, role=user.role, sex=user.sex, active=user.active)


def _find_person(session: Session, team_id: str, user_id: str) -> User:
    team = find_team(session, team_id)
    user = session.get(User, user_id) if ID_PATTERN.fullmatch(user_id) else None
    if user is None or user.deleted or user.team_id != team.id:
        raise OfficerError("Personne introuvable dans cette équipe.")
    return user


def reset_password(session: Session, *, team_id: str, user_id: str, password: str,
                   confirm: str, now: dt.datetime, by: str, address: str | None) -> Person:
    user = _find_person(session, team_id, user_id)
    app_accounts.set_password(session=session, user_id=user.id,
                              password=_checked_password(password, confirm))
    name = user.name
    sequence_local_writes(session)
    audit(session, at=now, action="team_user_password_reset", officer_id=by, address=address,
          detail=f"team={team_id} user={user_id}")
    return Person(id=user_id, name=name, role="", sex=None, active=True)


def set_active(session: Session, *, team_id: str, user_id: str, active: bool,
               now: dt.datetime, by: str, address: str | None) -> Person:
    user = _find_person(session, team_id, user_id)
    app_accounts.set_user_active(session=session, user_id=user.id, active=active)
    name = user.name
    sequence_local_writes(session)
    audit(session, at=now, action="team_user_activate" if active else "team_user_deactivate",
          officer_id=by, address=address, detail=f"team={team_id} user={user_id}")
    return Person(id=user_id, name=name, role="", sex=None, active=active)
