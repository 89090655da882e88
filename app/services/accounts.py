"""Teams (buses), their users, offline login, and this laptop's team.

Password hashes sync within the team so any of its laptops can log its
people in with no network; they are scrypt hashes stored as a
self-describing string "scrypt$n$r$p$salt_hex$hash_hex" whose parameters
are bounded (`app.rules.passwords`).  Users, roles and hashes are the
server's (docs/sync.md, "Users and roles"): a laptop creates its own only
before its first enrolment.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.errors import AuthError, NotFoundError, ValidationError
from app.models import LocalState, Region, Team, User
from app.models.enums import Role, Sex
from app.models.ids import new_id
from app.models.sync_state import LOCAL_TEAM_KEY
from app.rules import passwords
from app.services.validation import check_code, check_length, check_required, raise_if_any

_MIN_PASSWORD = 6


@dataclass(frozen=True)
class TeamView:
    id: str
    name: str
    region_code: str | None


@dataclass(frozen=True)
class UserView:
    id: str
    team_id: str | None
    name: str
    role: str
    active: bool
    sex: str | None = None  # "F" / "M" when known: "formatrice" of a woman


def _team_view(team: Team) -> TeamView:
    return TeamView(id=team.id, name=team.name, region_code=team.region_code)


def _user_view(user: User) -> UserView:
    return UserView(
        id=user.id,
        team_id=user.team_id,
        name=user.name,
        role=user.role,
        active=user.active,
        sex=user.sex,
    )


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(
        password.encode(),
        salt=salt,
        n=passwords.DEFAULT_N,
        r=passwords.DEFAULT_R,
        p=passwords.DEFAULT_P,
        dklen=32,
    )
    return passwords.ScryptHash(
        passwords.DEFAULT_N, passwords.DEFAULT_R, passwords.DEFAULT_P, salt, digest
    ).encode()


def verify_password(password: str, stored: str) -> bool:
    """Constant-time check against a stored hash.  Its parameters are read
    from it but bounded (`app.rules.passwords`): a hash written with an
    exorbitant cost is refused at once instead of stalling the login."""
    parsed = passwords.parse_hash(stored)
    if parsed is None:
        return False
    try:
        digest = hashlib.scrypt(
            password.encode(),
            salt=parsed.salt,
            n=parsed.n,
            r=parsed.r,
            p=parsed.p,
            dklen=len(parsed.digest),
            maxmem=passwords.MAX_MEMORY,
        )
    except ValueError:
        return False
    return hmac.compare_digest(digest, parsed.digest)


def _check_password(password: str) -> None:
    if len(password) < _MIN_PASSWORD:
        raise ValidationError.single("password", "password_too_short", min=_MIN_PASSWORD)


def create_team(*, session: Session, name: str, region_code: str | None = "01") -> TeamView:
    """A new team; its own id is its team_id so the team row syncs to its laptops."""
    raise_if_any([check_required("name", name), check_length("team", "name", name)])
    if region_code is not None and session.get(Region, region_code) is None:
        raise ValidationError.single("region_code", "unknown_region", value=region_code)
    team_id = new_id()
    team = Team(id=team_id, team_id=team_id, name=name.strip(), region_code=region_code)
    session.add(team)
    session.flush()
    return _team_view(team)


def get_team(*, session: Session, team_id: str) -> TeamView:
    team = session.get(Team, team_id)
    if team is None or team.deleted:
        raise NotFoundError("team", team_id)
    return _team_view(team)


def list_teams(*, session: Session) -> list[TeamView]:
    teams = session.scalars(select(Team).where(Team.deleted.is_(False)).order_by(Team.name))
    return [_team_view(t) for t in teams]


def create_user(
    *,
    session: Session,
    team_id: str,
    name: str,
    role: str,
    password: str,
    sex: str | None = None,
) -> UserView:
    raise_if_any(
        [
            check_required("name", name),
            check_length("app_user", "name", name),
            check_code("role", role, Role),
            check_code("sex", sex or None, Sex),
        ]
    )
    _check_password(password)
    get_team(session=session, team_id=team_id)
    user = User(
        team_id=team_id,
        name=name.strip(),
        role=role,
        password_hash=hash_password(password),
        sex=sex or None,
    )
    session.add(user)
    session.flush()
    return _user_view(user)


def list_users(*, session: Session, team_id: str | None = None) -> list[UserView]:
    query = select(User).where(User.deleted.is_(False)).order_by(User.name)
    if team_id is not None:
        query = query.where(User.team_id == team_id)
    return [_user_view(u) for u in session.scalars(query)]


def get_user(*, session: Session, user_id: str) -> UserView:
    user = session.get(User, user_id)
    if user is None or user.deleted:
        raise NotFoundError("user", user_id)
    return _user_view(user)


def authenticate(*, session: Session, user_id: str, password: str) -> UserView:
    """Offline login.  Raises AuthError "unknown_user", "inactive" or
    "wrong_password"; "locked" is reserved for a later lock-out policy."""
    user = session.get(User, user_id)
    if user is None or user.deleted:
        # Still spend the hashing time so the answer does not leak who exists.
        verify_password(password, hash_password("x" * _MIN_PASSWORD))
        raise AuthError("unknown_user")
    if not user.active:
        raise AuthError("inactive")
    if not user.password_hash or not verify_password(password, user.password_hash):
        raise AuthError("wrong_password")
    return _user_view(user)


def set_password(*, session: Session, user_id: str, password: str) -> UserView:
    _check_password(password)
    user = session.get(User, user_id)
    if user is None or user.deleted:
        raise NotFoundError("user", user_id)
    user.password_hash = hash_password(password)
    session.flush()
    return _user_view(user)


def set_user_active(*, session: Session, user_id: str, active: bool) -> UserView:
    user = session.get(User, user_id)
    if user is None or user.deleted:
        raise NotFoundError("user", user_id)
    user.active = active
    session.flush()
    return _user_view(user)


def local_team(*, session: Session) -> TeamView | None:
    """The team (bus) this laptop belongs to, or None before set-up."""
    state = session.get(LocalState, LOCAL_TEAM_KEY)
    if state is None:
        return None
    team = session.get(Team, state.value)
    return _team_view(team) if team is not None and not team.deleted else None


def local_team_id(*, session: Session) -> str | None:
    state = session.get(LocalState, LOCAL_TEAM_KEY)
    return state.value if state is not None else None


def set_local_team(*, session: Session, team_id: str) -> TeamView:
    view = get_team(session=session, team_id=team_id)
    state = session.get(LocalState, LOCAL_TEAM_KEY)
    if state is None:
        session.add(LocalState(key=LOCAL_TEAM_KEY, value=team_id))
    else:
        state.value = team_id
    session.flush()
    return view
