"""Push receipts against a real server (SQLite and PostgreSQL): a receipt
remembers what its batch held, so a batch reusing an applied id with other
content is refused (and the laptop rebuilds it under a new id, never
stuck, nothing lost); a batch of which nothing was applied leaves no
receipt; enrolment codes are not valid for years."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import Database
from app.laptop_sync import client, config, outbox
from app.laptop_sync.errors import BatchReused
from app.laptop_sync.transport import SyncTransport
from app.models import Beneficiary
from app.models.ids import new_id
from app.sync.batches import encode_partial
from app.sync.wire import CODECS
from server import cli as server_cli
from server.models import PushReceipt
from tests.sync_helpers import Cluster, add_person, new_team

pytest_plugins = ["tests.sync_helpers"]  # the live_server and cluster fixtures


def receipts(c: Cluster, device_id: str) -> list[str]:
    with c.server.session() as s:
        return list(s.scalars(select(PushReceipt.batch_id).where(PushReceipt.device_id == device_id)))


def token(db: Database) -> str:
    with db.session() as s:
        value = config.load(s).token
    assert value is not None
    return value


def test_a_batch_reusing_an_applied_id_is_refused_and_the_laptop_recovers(
    cluster: Cluster, tmp_path: Path
) -> None:
    a = cluster.laptop(tmp_path / "a")
    client.sync(a)
    first = add_person(a, "Hajar", "Filali", cluster.team_id)
    client.sync(a)
    [used] = set(receipts(cluster, a.device_id))
    # A laptop restored from a backup: new edits, in a batch under an old id.
    second = add_person(a, "Younes", "Chraibi", cluster.team_id)
    with a.session() as s:
        batch = outbox.build_batch(s)
        assert batch is not None
        batch["id"] = used
        config.save_inflight(s, batch)
    with SyncTransport(cluster.url, token=token(a)) as transport, pytest.raises(BatchReused):
        transport.post("/v1/sync", {"cursor": 0, "skip": [], "batch": outbox.wire_batch(batch)})
    # The real client rebuilds it under a new id on its own, and nothing is lost.
    report = client.sync(a)
    assert report.pushed == 1
    with cluster.server.session() as s:
        assert s.get(Beneficiary, second) is not None
        assert s.get(Beneficiary, first) is not None
    with a.session() as s:
        assert outbox.count_pending(s) == 0
        assert config.load_inflight(s) is None
    # The same batch sent again (a lost answer) is still "already applied".
    with a.session() as s:
        row = s.get(Beneficiary, second)
        assert row is not None
        row.notes = "rappel"
    with a.session() as s:
        batch = outbox.build_batch(s)
        assert batch is not None
    body = {"cursor": 0, "skip": [], "batch": outbox.wire_batch(batch)}
    with SyncTransport(cluster.url, token=token(a)) as transport:
        assert transport.post("/v1/sync", body)["ack"]["duplicate"] is False
        assert transport.post("/v1/sync", body)["ack"]["duplicate"] is True


def test_a_batch_of_refused_rows_leaves_no_receipt(cluster: Cluster, tmp_path: Path) -> None:
    a = cluster.laptop(tmp_path / "a")
    other = Cluster(cluster.server, cluster.url, new_team(cluster.server))
    b = other.laptop(tmp_path / "b")
    theirs = add_person(b, "Kenza", "Alami", other.team_id)
    client.sync(b)
    client.sync(a)
    codec = CODECS["beneficiary"]
    clock = a.clock.tick()
    forged = encode_partial(codec, ("notes",), [(theirs, {"notes": clock}, {"notes": ""},
                                                 {"notes": "pas à toi"})])
    batch = {"id": new_id(), "tables": [forged]}
    body = {"cursor": 0, "skip": [], "batch": batch}
    with SyncTransport(cluster.url, token=token(a)) as transport:
        answers = [transport.post("/v1/sync", body)["ack"] for _ in range(2)]
    for ack in answers:
        assert ack["duplicate"] is False
        assert ack["rejected"] == [["beneficiary", theirs, "not_your_team"]]
    assert batch["id"] not in receipts(cluster, a.device_id)
    # A batch with one row applied keeps its receipt: a resend is a duplicate.
    mine = add_person(a, "Souad", "Naciri", cluster.team_id)
    with a.session() as s:
        built = outbox.build_batch(s)
        assert built is not None
    mixed = {"id": built["id"], "tables": [*built["tables"], forged]}
    with SyncTransport(cluster.url, token=token(a)) as transport:
        first = transport.post("/v1/sync", {"cursor": 0, "skip": [], "batch": mixed})["ack"]
        again = transport.post("/v1/sync", {"cursor": 0, "skip": [], "batch": mixed})["ack"]
    assert first["accepted"] == 1 and not first["duplicate"]
    assert again["duplicate"]
    with cluster.server.session() as s:
        assert s.get(Beneficiary, mine) is not None
        assert s.get(Beneficiary, theirs).notes is None  # type: ignore[union-attr]


def test_joining_codes_are_valid_for_at_most_thirty_days(
    cluster: Cluster, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = str(cluster.server.url)
    base = ["admin", "enroll-code", "--team", cluster.team_id, "--database-url", url]
    for hours in ("1000000", "0", "-5", "721", "deux"):
        with pytest.raises(SystemExit) as refused:
            server_cli.main([*base, "--hours", hours])
        assert refused.value.code == 2
        err = capsys.readouterr().err
        assert "entre 1 et 720 heures" in err and "Traceback" not in err
    assert server_cli.main([*base, "--hours", "720"]) == 0
    assert "Code d'inscription" in capsys.readouterr().out
