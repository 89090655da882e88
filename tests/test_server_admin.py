"""The officer's command line, and the server schema at head."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select, text

from app import migrations
from app.laptop_sync import client
from app.models import Base, Device, Team, User
from server.cli import main
from server.db import ServerDatabase, alembic_config, default_url, utcnow
from server.models import JoiningCode, ServerBase, ServerDevice
from tests.sync_helpers import BACKENDS, ThreadedServer, database_url

ADMIN = ["create-team", "add-user", "enroll-code", "devices", "revoke-device", "import-bundle"]


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    for command in [[], ["admin"], *(["admin", name] for name in ADMIN)]:
        with pytest.raises(SystemExit) as exit_info:
            main([*command, "--help"])
        assert exit_info.value.code == 0
        assert "usage:" in capsys.readouterr().out


def test_officer_sets_up_a_team_and_a_laptop_joins_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = ["--data-dir", str(tmp_path / "srv")]
    assert main(["admin", "create-team", "Bus Tétouan", *data]) == 0
    assert "Bus Tétouan" in capsys.readouterr().out
    assert main(["admin", "add-user", "--team", "bus tétouan", "--name", "Amina",
                 "--role", "coordinator", "--password", "pass-123", *data]) == 0
    answers = iter(["secret-9", "secret-9"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["admin", "add-user", "--team", "Bus Tétouan", "--name", "Youssef",
                 "--role", "trainer", *data]) == 0
    capsys.readouterr()
    assert main(["admin", "enroll-code", "--team", "Bus Tétouan", *data]) == 0
    code = re.search(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", capsys.readouterr().out)
    assert code is not None

    server = ServerDatabase(default_url(tmp_path / "srv"))
    with server.session() as session:  # only hashes are stored
        stored = session.scalars(select(JoiningCode)).one()
        assert code.group(0) not in stored.code_hash and len(stored.code_hash) == 64
        assert stored.expires_at > utcnow() + dt.timedelta(hours=23)  # both naive UTC
    live = ThreadedServer(server).start()
    try:
        from app.db import Database

        laptop = Database(tmp_path / "laptop")
        client.join_server(laptop, live.url, code.group(0).lower(), device_name="laptop")
        client.sync(laptop)
        with laptop.session() as session:
            assert sorted(u.name for u in session.scalars(select(User))) == ["Amina", "Youssef"]
            assert session.scalars(select(Team)).one().name == "Bus Tétouan"
            assert session.get(Device, laptop.device_id) is not None
        with server.session() as session:
            device = session.get(ServerDevice, laptop.device_id)
            assert device is not None and device.token_hash and device.last_sync_at
        from app.laptop_sync.errors import JoiningCodeRefused

        with pytest.raises(JoiningCodeRefused):  # one time only
            client.join_server(Database(tmp_path / "again"), live.url, code.group(0))
    finally:
        live.stop()
    assert main(["admin", "devices", *data]) == 0
    listing = capsys.readouterr().out
    assert "Bus Tétouan" in listing and "laptop" in listing and "actif" in listing
    assert main(["admin", "revoke-device", laptop.device_id[:13], *data]) == 0
    assert main(["admin", "devices", *data]) == 0
    assert "révoqué" in capsys.readouterr().out
    assert main(["admin", "enroll-code", "--team", "Nope", *data]) == 1
    assert main(["admin", "import-bundle", str(tmp_path / "missing.caravane"), *data]) == 1


@pytest.mark.parametrize("backend", BACKENDS)
def test_server_database_at_heads_matches_the_models(backend: str, tmp_path: Path) -> None:
    """The shared and server branches made every model's table but the
    laptop's own (local_state): no drift (tests/test_migrations.py compares
    the server with a laptop and with the servers of the old chain)."""
    with database_url(backend, tmp_path) as url:
        server = ServerDatabase(url)
        with server.engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                opts={"compare_type": True, "include_object": migrations.server_objects},
            )
            # Alembic compares a list of metadata too (its stub says one).
            metadata: Any = [Base.metadata, ServerBase.metadata]
            diff = compare_metadata(context, metadata)
            tables = set(inspect(connection).get_table_names())
            stamps = set(connection.execute(text("SELECT version_num FROM alembic_version")).scalars())
        server.dispose()
    assert diff == []
    assert not tables & migrations.LAPTOP_ONLY_TABLES
    assert stamps == migrations.heads(alembic_config("sqlite://"))
