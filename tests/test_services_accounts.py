"""Teams, users, offline login and this laptop's team."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.core.errors import AuthError, ValidationError
from app.db import Database
from app.models import Team, User
from app.services import accounts


def test_team_is_its_own_team_and_becomes_the_local_team(db: Database) -> None:
    with db.session() as s:
        assert accounts.local_team(session=s) is None
        team = accounts.create_team(session=s, name="Bus Tanger")
        row = s.get(Team, team.id)
        assert row is not None and row.team_id == team.id and row.region_code == "01"
        accounts.set_local_team(session=s, team_id=team.id)
    with db.session() as s:
        assert accounts.local_team(session=s) == team
        with pytest.raises(ValidationError):
            accounts.create_team(session=s, name="  ")


def test_login_offline_with_a_salted_scrypt_hash(db: Database) -> None:
    with db.session() as s:
        team = accounts.create_team(session=s, name="Bus")
        amina = accounts.create_user(
            session=s, team_id=team.id, name="Amina", role="trainer", password="correct horse"
        )
        other = accounts.create_user(
            session=s, team_id=team.id, name="Omar", role="coordinator", password="correct horse"
        )
    with db.session() as s:
        hashes = list(s.scalars(select(User.password_hash)))
        assert all(h.startswith("scrypt$") and "correct" not in h for h in hashes)
        assert len(set(hashes)) == 2  # salted
        assert accounts.authenticate(
            session=s, user_id=amina.id, password="correct horse"
        ) == amina
        with pytest.raises(AuthError) as caught:
            accounts.authenticate(session=s, user_id=amina.id, password="wrong horse")
        assert caught.value.code == "wrong_password"
        with pytest.raises(AuthError) as caught:
            accounts.authenticate(session=s, user_id="nobody", password="x")
        assert caught.value.code == "unknown_user"
        accounts.set_password(session=s, user_id=amina.id, password="new secret")
        assert accounts.authenticate(session=s, user_id=amina.id, password="new secret")
        accounts.set_user_active(session=s, user_id=other.id, active=False)
        with pytest.raises(AuthError) as caught:
            accounts.authenticate(session=s, user_id=other.id, password="correct horse")
        assert caught.value.code == "inactive"
        assert [u.name for u in accounts.list_users(session=s, team_id=team.id)] == [
            "Amina", "Omar",
        ]
        with pytest.raises(ValidationError) as bad:
            accounts.create_user(
                session=s, team_id=team.id, name="X", role="boss", password="123"
            )
        assert bad.value.codes() == {"role": "invalid_choice"}
        with pytest.raises(ValidationError) as short:
            accounts.set_password(session=s, user_id=amina.id, password="123")
        assert short.value.codes() == {"password": "password_too_short"}
