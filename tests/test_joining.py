"""A laptop joining a real server (SQLite and PostgreSQL): a device id
cannot be taken over, a revoked laptop stays revoked (and can re-join under
a new identity with a new code, keeping its data), a lost joining answer
can be retried with the same code for a short while, and the laptop says
"nothing lost, run it again" only when that is true."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from app.cli.main import main
from app.db import Database
from app.laptop_sync import client
from app.laptop_sync.errors import DeviceRevoked, DeviceUnknown
from app.laptop_sync.messages import message
from app.laptop_sync.transport import SyncTransport
from app.models import Beneficiary, Device
from app.sync.errors import SyncError
from server import admin
from server.joining import RETRY_MINUTES
from server.models import JoiningCode, ServerDevice
from tests.sync_helpers import Cluster, add_person

pytest_plugins = ["tests.sync_helpers"]  # the live_server and cluster fixtures


def raw_enroll(c: Cluster, code: str, device_id: str) -> dict[str, object]:
    """What a hostile laptop can send: any valid code, any device id."""
    with SyncTransport(c.url) as transport:
        return transport.post(
            "/v1/enroll", {"code": code, "device_id": device_id, "device_name": "intrus"}
        )


def test_a_valid_code_cannot_take_the_id_of_a_laptop_that_joined(cluster: Cluster, tmp_path: Path) -> None:
    a, b = cluster.laptop(tmp_path / "a"), cluster.laptop(tmp_path / "b")
    client.sync(a)
    client.sync(b)
    with b.session() as s:  # every laptop of the team sees the others' ids
        assert a.device_id in s.scalars(select(Device.id)).all()
    code = cluster.code()
    with pytest.raises(SyncError) as refused:
        raw_enroll(cluster, code, a.device_id)
    assert refused.value.params["error"] == "device_taken"
    # A still syncs; the refused code was not burnt.
    add_person(a, "Nadia", "Sqalli", cluster.team_id)
    assert client.sync(a).pushed == 1
    c = cluster.laptop(tmp_path / "c", join=False)
    client.join_server(c, cluster.url, code)


def test_a_revoked_device_stays_revoked_and_rejoins_under_a_new_identity(
    cluster: Cluster, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = cluster.laptop(tmp_path / "a")
    client.sync(a)
    old_id = a.device_id
    admin.revoke_device(cluster.server, old_id)
    with pytest.raises(SyncError) as refused:
        raw_enroll(cluster, cluster.code(), old_id)
    assert refused.value.params["error"] == "device_revoked"
    with pytest.raises(DeviceRevoked):
        client.sync(a)
    # Offline work while revoked is kept.
    kept = add_person(a, "Rachid", "Tazi", cluster.team_id)
    a.dispose()
    # The officer wants it back: a new code, and the laptop re-joins.
    assert main(["enroll", "--data-dir", str(tmp_path / "a"), "--server", cluster.url,
                 "--code", cluster.code()]) == 0
    assert "Inscrit" in capsys.readouterr().out
    a = Database(tmp_path / "a")
    assert a.device_id != old_id
    assert a.clock.tick()[-16:] == a.device_id.replace("-", "")[-16:]
    rows = {row.id: row for row in admin.list_devices(cluster.server)}
    assert rows[old_id].revoked_at is not None
    assert rows[a.device_id].revoked_at is None
    client.sync(a)
    with cluster.server.session() as s:
        assert s.get(Beneficiary, kept) is not None
    a.dispose()


class LosingAnswers(httpx.HTTPTransport):
    """The server does its work; the answer never reaches the laptop."""

    def __init__(self) -> None:
        super().__init__()
        self.lost: list[bytes] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        self.lost.append(response.read())
        raise httpx.ReadError("link cut while receiving")


def _lose_joining_answer(db: Database, c: Cluster, code: str) -> SyncError:
    transport = LosingAnswers()
    with httpx.Client(transport=transport) as http, pytest.raises(SyncError) as cut:
        client.join_server(db, c.url, code, http=http)
    assert transport.lost, "the server answered"
    return cut.value


def test_a_lost_joining_answer_can_be_retried_with_the_same_code(
    cluster: Cluster, tmp_path: Path
) -> None:
    a = cluster.laptop(tmp_path / "a", join=False)
    code = cluster.code()
    cut = _lose_joining_answer(a, cluster, code)
    text = message(cut)
    assert "relancez" in text and "même code" in text and f"{RETRY_MINUTES} minutes" in text
    # Another laptop cannot use the code meanwhile.
    b = cluster.laptop(tmp_path / "b", join=False)
    with pytest.raises(SyncError) as refused:
        client.join_server(b, cluster.url, code)
    assert refused.value.code == "sync_bad_code"
    # The same laptop, again, with the same code: joined, and it syncs.
    client.join_server(a, cluster.url, code)
    add_person(a, "Imane", "Berrada", cluster.team_id)
    assert client.sync(a).pushed == 1
    # A retry gives a new token; the previous ones no longer work.
    with cluster.server.session() as s:
        device = s.get(ServerDevice, a.device_id)
        assert device is not None and device.revoked_at is None
    b_id = b.device_id
    with cluster.server.session() as s:
        assert s.get(ServerDevice, b_id) is None


def test_a_retry_replaces_the_token_and_only_within_the_window(
    cluster: Cluster, tmp_path: Path
) -> None:
    a = cluster.laptop(tmp_path / "a", join=False)
    code = cluster.code()
    transport = LosingAnswers()
    with httpx.Client(transport=transport) as http, pytest.raises(SyncError):
        client.join_server(a, cluster.url, code, http=http)
    import orjson

    first_token = orjson.loads(transport.lost[0])["token"]
    client.join_server(a, cluster.url, code)
    with SyncTransport(cluster.url, token=first_token) as old, pytest.raises(DeviceUnknown):
        old.post("/v1/sync", {"cursor": 0, "skip": [], "batch": None})
    # Past the window the code is spent: the laptop is told so, plainly.
    b = cluster.laptop(tmp_path / "b", join=False)
    code = cluster.code()
    _lose_joining_answer(b, cluster, code)
    with cluster.server.session() as s:
        entry = s.scalars(select(JoiningCode).where(JoiningCode.used_by == b.device_id)).one()
        assert entry.used_at is not None
        entry.used_at -= dt.timedelta(minutes=RETRY_MINUTES + 1)
    with pytest.raises(SyncError) as late:
        client.join_server(b, cluster.url, code)
    assert late.value.code == "sync_bad_code"
    assert "relancez" not in message(late.value)
    # With a new code it joins (under a new identity: the old one is spent).
    client.join_server(b, cluster.url, cluster.code())
    client.sync(b)


def test_an_interrupted_join_says_what_is_true_on_the_command_line(
    cluster: Cluster, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No server at all: nothing was sent, the code is intact."""
    code = cluster.code()
    dead = "http://127.0.0.1:9"  # nothing listens there
    assert main(["enroll", "--data-dir", str(tmp_path / "a"), "--server", dead,
                 "--code", code]) == 1
    err = capsys.readouterr().err
    assert "ne répond pas" in err and "Traceback" not in err
    assert main(["enroll", "--data-dir", str(tmp_path / "a"), "--server", cluster.url,
                 "--code", code, "--no-sync"]) == 0
