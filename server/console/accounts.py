"""Officers (people of the CCIS who use the console): create, check a
password, change role/team, reset a password, deactivate.  The caller owns
the session; every change writes its audit entry (`audit`).

Refusals are `OfficerError(sentence)`: the sentence is the French source,
translated by the page that shows it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.models import Team
from app.models.ids import new_id
from server.console.roles import ConsoleRole
from server.models import AdminAudit, ConsoleSession, Officer

PASSWORD_MIN = 10
PASSWORD_MAX = 256  # argon2 hashes any length; a bound keeps one login cheap
LOGIN_PATTERN = re.compile(r"[a-z0-9._-]{3,64}")
NAME_MAX = 120
ID_PATTERN = re.compile(r"[0-9a-fA-F-]{1,36}")  # a row id; anything else finds nothing
_hasher = PasswordHasher()
# Verified when the account does not exist, so that a wrong login costs the
# same time as a wrong password (no guessing which logins exist).
_DUMMY_HASH = _hasher.hash("caravane-no-such-officer")


class OfficerError(Exception):
    def __init__(self, sentence: str, **params: object) -> None:
        super().__init__(sentence)
        self.sentence = sentence
        self.params = params


@dataclass(frozen=True)
class OfficerView:
    id: str
    login: str
    name: str
    role: str
    team_id: str | None
    team_name: str
    language: str
    active: bool


def view(session: Session, officer: Officer) -> OfficerView:
    team = session.get(Team, officer.team_id) if officer.team_id else None
    return OfficerView(
        id=officer.id, login=officer.login, name=officer.name, role=officer.role,
        team_id=officer.team_id, team_name=team.name if team else "",
        language=officer.language, active=officer.active,
    )


def audit(
    session: Session, *, at: dt.datetime, action: str, detail: str = "",
    officer_id: str | None = None, address: str | None = None,
) -> None:
    """One line of the audit trail: who, when, what, from where."""
    session.add(AdminAudit(at=at, action=action, detail=detail[:2000], officer_id=officer_id,
                           address=(address or None) and address[:64]))


def hash_password(password: str) -> str:
    check_password_rules(password)
    return _hasher.hash(password)


def check_password_rules(password: str) -> None:
    if not PASSWORD_MIN <= len(password) <= PASSWORD_MAX:
        raise OfficerError("Le mot de passe doit compter de {min} à {max} caractères.",
                           min=PASSWORD_MIN, max=PASSWORD_MAX)


def password_matches(password_hash: str | None, password: str) -> bool:
    if len(password) > PASSWORD_MAX:
        return False
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def normalize_login(login: str) -> str:
    return login.strip().lower()


def _checked_login(login: str) -> str:
    login = normalize_login(login)
    if not LOGIN_PATTERN.fullmatch(login):
        raise OfficerError(
            "L'identifiant doit compter de 3 à 64 lettres, chiffres, points, tirets ou soulignés."
        )
    return login


def _checked_name(name: str) -> str:
    name = " ".join(name.split())
    if not 1 <= len(name) <= NAME_MAX:
        raise OfficerError("Le nom doit compter de 1 à 120 caractères.")
    return name


def _checked_role_team(session: Session, role: str, team_id: str | None) -> str | None:
    if role not in set(ConsoleRole):
        raise OfficerError("Rôle inconnu.")
    if role != ConsoleRole.COORDINATOR:
        return None
    if not team_id:
        raise OfficerError("Un coordinateur est rattaché à une équipe : choisissez-la.")
    team = session.get(Team, team_id) if ID_PATTERN.fullmatch(team_id) else None
    if team is None or team.deleted:
        raise OfficerError("Équipe inconnue.")
    return team.id


def find(session: Session, officer_id: str) -> Officer:
    officer = session.get(Officer, officer_id) if ID_PATTERN.fullmatch(officer_id) else None
    if officer is None:
        raise OfficerError("Agent introuvable.")
    return officer


def team_seen_by(session: Session, *, officer_id: str, role: str) -> str | None:
    """The one team a coordinator may see (their own; "" matches no team when
    they have none); None for the roles that see every team."""
    if role != ConsoleRole.COORDINATOR:
        return None
    return find(session, officer_id).team_id or ""


def find_by_login(session: Session, login: str) -> Officer | None:
    return session.scalar(select(Officer).where(Officer.login == normalize_login(login)[:64]))


def create(
    session: Session, *, login: str, name: str, role: str, password: str,
    team_id: str | None = None, language: str = "fr", now: dt.datetime,
    by: str | None = None, address: str | None = None,
) -> OfficerView:
    login = _checked_login(login)
    name = _checked_name(name)
    team = _checked_role_team(session, role, team_id)
    password_hash = hash_password(password)
    if find_by_login(session, login) is not None:
        raise OfficerError("Cet identifiant est déjà pris.")
    officer = Officer(
        id=new_id(), login=login, name=name, password_hash=password_hash, role=role,
        team_id=team, language=language, active=True, created_at=now, password_changed_at=now,
    )
    session.add(officer)
    session.flush()
    audit(session, at=now, action="officer_create", officer_id=by, address=address,
          detail=f"officer={officer.id} login={login} role={role} team={team or ''}")
    return view(session, officer)


def set_role(
    session: Session, *, officer_id: str, role: str, team_id: str | None, now: dt.datetime,
    by: str, address: str | None,
) -> OfficerView:
    officer = find(session, officer_id)
    team = _checked_role_team(session, role, team_id)
    if officer.id == by and role != ConsoleRole.ADMIN:
        raise OfficerError("Vous ne pouvez pas retirer vos propres droits d'administrateur.")
    officer.role, officer.team_id = role, team
    audit(session, at=now, action="officer_role", officer_id=by, address=address,
          detail=f"officer={officer.id} role={role} team={team or ''}")
    return view(session, officer)


def reset_password(
    session: Session, *, officer_id: str, password: str, now: dt.datetime, by: str,
    address: str | None,
) -> OfficerView:
    officer = find(session, officer_id)
    officer.password_hash = hash_password(password)
    officer.password_changed_at = now
    close_sessions(session, officer.id)
    audit(session, at=now, action="officer_password_reset", officer_id=by, address=address,
          detail=f"officer={officer.id}")
    return view(session, officer)


def set_active(
    session: Session, *, officer_id: str, active: bool, now: dt.datetime, by: str,
    address: str | None,
) -> OfficerView:
    officer = find(session, officer_id)
    if officer.id == by and not active:
        raise OfficerError("Vous ne pouvez pas retirer vos propres droits d'administrateur.")
    officer.active = active
    if not active:
        close_sessions(session, officer.id)
    audit(session, at=now, action="officer_activate" if active else "officer_deactivate",
          officer_id=by, address=address, detail=f"officer={officer.id}")
    return view(session, officer)


def change_own_password(
    session: Session, *, officer_id: str, current: str, new: str, confirm: str,
    now: dt.datetime, address: str | None, keep_session: str,
) -> None:
    """The officer's own change: the current password first; every other
    session of theirs is closed (a stolen cookie stops working)."""
    officer = find(session, officer_id)
    if not password_matches(officer.password_hash, current):
        raise OfficerError("Le mot de passe actuel est incorrect.")
    if new != confirm:
        raise OfficerError("Les deux mots de passe diffèrent.")
    officer.password_hash = hash_password(new)
    officer.password_changed_at = now
    session.execute(delete(ConsoleSession).where(
        ConsoleSession.officer_id == officer.id, ConsoleSession.token_hash != keep_session))
    audit(session, at=now, action="password_change", officer_id=officer.id, address=address)


def close_sessions(session: Session, officer_id: str) -> None:
    session.execute(delete(ConsoleSession).where(ConsoleSession.officer_id == officer_id))


def list_all(session: Session) -> list[OfficerView]:
    officers = session.scalars(select(Officer).order_by(func.lower(Officer.name), Officer.login))
    return [view(session, officer) for officer in officers]


def teams(session: Session) -> list[tuple[str, str]]:
    """(id, name) of the teams a coordinator may be bound to."""
    rows = session.execute(
        select(Team.id, Team.name).where(Team.deleted.is_(False)).order_by(Team.name)
    )
    return [(row.id, row.name) for row in rows]
