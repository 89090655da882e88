"""Scope, authentication, protocol versions, gzip and hostile payloads."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from starlette.testclient import TestClient

from app.laptop_sync import bundle_export, client, transport
from app.laptop_sync.errors import DeviceRevoked, ServerTooOld, UpdateRequired
from app.models import Beneficiary, TrainingModule
from app.sync.errors import BundleError
from app.sync.wire import PROTOCOL_HEADER, PROTOCOL_VERSION
from server import admin
from server.app import create_app
from server.db import ServerDatabase
from tests.sync_helpers import (
    BACKENDS,
    Cluster,
    add_person,
    database_url,
    laptop_rows,
    new_team,
    raw_sync,
    token_of,
)


def test_revoked_laptop_is_refused_and_keeps_its_data(cluster: Cluster, tmp_path: Path) -> None:
    laptop = cluster.laptop(tmp_path / "a")
    pid = add_person(laptop, "Imane", "Rami", cluster.team_id)
    admin.revoke_device(cluster.server, laptop.device_id)
    with pytest.raises(DeviceRevoked):
        client.sync(laptop)
    with laptop.session() as session:
        assert session.get(Beneficiary, pid) is not None
    assert raw_sync(cluster.url, token_of(laptop), {"cursor": 0}).json()["error"] == "device_revoked"
    listed = {d.id: d for d in admin.list_devices(cluster.server)}
    assert listed[laptop.device_id].revoked_at is not None


def test_a_team_never_reads_nor_writes_another_teams_rows(
    live_server: Any, tmp_path: Path
) -> None:
    server: ServerDatabase = live_server.db
    red = Cluster(server, live_server.url, new_team(server, "Bus rouge"))
    blue = Cluster(server, live_server.url, new_team(server, "Bus bleu"))
    red_laptop, blue_laptop = red.laptop(tmp_path / "red"), blue.laptop(tmp_path / "blue")
    secret = add_person(red_laptop, "Secret", "Rouge", red.team_id, cin="R111111")
    client.sync(red_laptop)
    client.sync(blue_laptop)
    with blue_laptop.session() as session:
        assert session.get(Beneficiary, secret) is None
    assert "Rouge" not in json.dumps(laptop_rows(blue_laptop), default=str)

    # Forged: blue pushes edits to red's row, moves a row to red, edits shared data.
    with server.session() as session:
        module_id = session.scalars(  # shared: other tests add teams' own modules
            select(TrainingModule.id).where(TrainingModule.team_id.is_(None))
        ).first()
    hlc = blue_laptop.clock.tick()  # a present clock: a far-future one is refused outright
    forged = {
        "id": "forged-1",
        "tables": [
            {"t": "beneficiary", "f": ["last_name"], "n": 0, "r": [[secret, hlc, "", "Volé"]]},
            {"t": "training_module", "f": ["title_fr"], "n": 0, "r": [[module_id, hlc, "", "X"]]},
        ],
    }
    answer = raw_sync(live_server.url, token_of(blue_laptop), {"cursor": 0, "batch": forged})
    assert answer.status_code == 200
    reasons = {row[1]: row[2] for row in answer.json()["ack"]["rejected"]}
    assert reasons == {secret: "not_your_team", module_id: "shared_row"}
    # A new row claiming red's team, and a read with a forged cursor/skip.
    with blue_laptop.session() as session:
        session.add(Beneficiary(first_name="Faux", last_name="Rouge", sex="M",
                                registered_on=__import__("datetime").date(2026, 1, 1),
                                team_id=red.team_id))
    report = client.sync(blue_laptop)
    assert report.rejected == 0  # the laptop relabels strays into its own team first
    moved = {
        "id": "forged-2",
        "tables": [{"t": "beneficiary", "f": ["team_id"], "n": 0,
                    "r": [[secret, hlc, "", blue.team_id]]}],
    }
    answer = raw_sync(live_server.url, token_of(blue_laptop), {"cursor": 0, "batch": moved})
    assert [r[2] for r in answer.json()["ack"]["rejected"]] == ["not_your_team"]
    answer = raw_sync(live_server.url, token_of(blue_laptop), {"cursor": 0, "skip": []})
    assert secret not in json.dumps(answer.json())
    with server.session() as session:
        row = session.get(Beneficiary, secret)
        assert row is not None and row.last_name == "Rouge" and row.team_id == red.team_id


def test_old_and_new_protocol_versions_get_a_clear_answer(
    cluster: Cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop = cluster.laptop(tmp_path / "a")
    # "1": a laptop of the first round, whose rows lack today's fields.
    for version, error in (("0", "update_required"), ("1", "update_required"),
                           ("abc", "update_required"), ("99", "server_too_old")):
        answer = raw_sync(cluster.url, token_of(laptop), {"cursor": 0}, version=version)
        assert answer.status_code == 426
        assert answer.json()["error"] == error
        assert "Caravane" in answer.json()["message"]
    missing = httpx.post(cluster.url + "/v1/sync", json={"cursor": 0})
    assert missing.status_code == 426 and missing.json()["error"] == "update_required"
    monkeypatch.setattr(transport, "PROTOCOL_VERSION", PROTOCOL_VERSION - 1)
    with pytest.raises(UpdateRequired):
        client.sync(laptop)
    monkeypatch.setattr(transport, "PROTOCOL_VERSION", PROTOCOL_VERSION + 1)
    with pytest.raises(ServerTooOld):
        client.sync(laptop)


def test_bodies_are_gzipped_both_ways(cluster: Cluster, tmp_path: Path) -> None:
    laptop = cluster.laptop(tmp_path / "a")
    for n in range(30):
        add_person(laptop, f"Prénom{n}", "Famille", cluster.team_id)
    client.sync(laptop)
    answer = raw_sync(cluster.url, token_of(laptop), {"cursor": 0})
    assert answer.headers["content-encoding"] == "gzip"
    assert answer.json()["pull"]["rows"]
    plain = httpx.post(
        cluster.url + "/v1/sync",
        json={"cursor": 0},
        headers={"Authorization": f"Bearer {token_of(laptop)}", PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
    )
    assert plain.status_code == 200


def test_usb_bundle_applies_once_and_refuses_tampering(cluster: Cluster, tmp_path: Path) -> None:
    a, b = cluster.laptop(tmp_path / "a"), cluster.laptop(tmp_path / "b")
    ids = [add_person(a, f"Usb{n}", "Bundle", cluster.team_id) for n in range(5)]
    path = tmp_path / "a.caravane"
    assert bundle_export.export_bundle(a, path) == 5

    tampered = tmp_path / "tampered.caravane"
    envelope = json.loads(gzip.decompress(path.read_bytes()))
    envelope["content"] = envelope["content"].replace("Usb1", "Usb9")
    tampered.write_bytes(gzip.compress(json.dumps(envelope).encode()))
    with pytest.raises(BundleError):
        admin.import_bundle(cluster.server, tampered)
    envelope["sha256"] = __import__("hashlib").sha256(envelope["content"].encode()).hexdigest()
    tampered.write_bytes(gzip.compress(json.dumps(envelope).encode()))
    with pytest.raises(BundleError):  # a fixed checksum does not fix the signature
        admin.import_bundle(cluster.server, tampered)

    first = admin.import_bundle(cluster.server, path)
    second = admin.import_bundle(cluster.server, path)
    assert first.changes >= 5 and second.changes == 0 and second.already_applied == 1
    client.sync(b)
    with b.session() as session:
        assert all(session.get(Beneficiary, i) is not None for i in ids)
    report = client.sync(a)  # the network sync finds the bundle already applied
    assert report.pushed == 5 and report.conflicts == 0
    assert client.sync(a).pushed == 0
    assert laptop_rows(a) == laptop_rows(b)


# ------------------------------------------------------------ hostile input

VALID_HLC = "0190000000000000" + "a" * 16


@pytest.fixture(scope="module")
def app_client(tmp_path_factory: pytest.TempPathFactory) -> Any:
    db = ServerDatabase(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 's.sqlite3'}")
    team = admin.create_team(db, "Fuzz").id
    code = admin.enroll_code(db, team=team)[0]
    with TestClient(create_app(db), raise_server_exceptions=False) as test_client:
        enrolled = test_client.post(
            "/v1/enroll",
            json={"code": code, "device_id": "01900000-0000-7000-8000-00000000000a",
                  "device_name": "fuzz"},
            headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
        )
        assert enrolled.status_code == 200
        test_client.team_id = team
        test_client.headers.update(
            {"Authorization": f"Bearer {enrolled.json()['token']}", PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
        )
        yield test_client
    db.dispose()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False)
    | st.text(max_size=40),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5),
    max_leaves=30,
)
table_names = st.sampled_from(["beneficiary", "attendance", "conflict", "team", "nope", ""])
cells = json_values | st.just(VALID_HLC) | st.just("01900000-0000-7000-8000-0000000000ff")
groups = st.fixed_dictionaries(
    {
        "t": table_names,
        "f": st.lists(st.sampled_from(["first_name", "last_name", "sex", "deleted", "team_id",
                                       "registered_on", "status", "x"]), max_size=4),
        "n": st.sampled_from([0, 1, 2, True, None]),
        "r": st.lists(st.lists(cells, max_size=8), max_size=3),
    }
)
bodies = json_values | st.fixed_dictionaries(
    {
        "cursor": st.integers(-5, 2**70) | json_values,
        "skip": st.lists(st.lists(st.integers(-5, 10**6), max_size=3), max_size=3) | json_values,
        "batch": st.none() | st.fixed_dictionaries(
            {"id": st.text(max_size=70) | json_values, "tables": st.lists(groups, max_size=3)}
        ),
    }
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=bodies)
def test_malformed_sync_payloads_never_cause_a_500(app_client: TestClient, body: Any) -> None:
    answer = app_client.post("/v1/sync", content=json.dumps(body))
    assert answer.status_code < 500, answer.text
    if answer.status_code >= 400:
        assert answer.json()["error"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=200), gz=st.booleans(), body=json_values)
def test_garbage_bodies_and_joining_requests_never_cause_a_500(
    app_client: TestClient, raw: bytes, gz: bool, body: Any
) -> None:
    headers = {"Content-Encoding": "gzip"} if gz else {}
    assert app_client.post("/v1/sync", content=raw, headers=headers).status_code < 500
    assert app_client.post("/v1/enroll", content=json.dumps(body)).status_code < 500
    assert app_client.post("/v1/enroll", content=raw).status_code < 500


def _refused_row_body(team_id: str) -> dict[str, Any]:
    row = ["01900000-0000-7000-8000-0000000000aa", 0, VALID_HLC, 0, ""]
    from app.sync.wire import CODECS

    fields = list(CODECS["beneficiary"].fields)
    values: dict[str, Any] = {f: None for f in fields}
    values.update(first_name="A", last_name="B", sex="F", registered_on="2026-01-01",
                  deleted=False, prior_support=[], commune_code="no-such-commune")
    values["team_id"] = team_id
    return {"cursor": 0, "batch": {"id": "db-refuses", "tables": [
        {"t": "beneficiary", "f": fields, "n": 1, "r": [row + [values[f] for f in fields]]}]}}


def test_an_unknown_commune_is_refused_row_by_row(app_client: TestClient) -> None:
    """Checked with the rules before the merge (server.meaning), it no longer
    reaches the database's foreign key, which refused the whole batch."""
    body = _refused_row_body(app_client.team_id)
    answer = app_client.post("/v1/sync", json=body)
    assert answer.status_code == 200
    row_id = body["batch"]["tables"][0]["r"][0][0]
    assert answer.json()["ack"]["rejected"] == [
        ["beneficiary", row_id, "unknown_commune:commune_code"]
    ]


@pytest.mark.parametrize("backend", BACKENDS)
def test_new_rows_the_database_refuses_are_a_4xx_on_every_backend(
    backend: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database stays the last line: with the rules switched off, a row
    it refuses (new rows go in by COPY on PostgreSQL) is still a 4xx."""
    from server.meaning import PushChecks

    monkeypatch.setattr(PushChecks, "refusal", lambda self, row, stored: None)
    with database_url(backend, tmp_path / "server") as url:
        db = ServerDatabase(url)
        team = admin.create_team(db, "Refus").id
        code = admin.enroll_code(db, team=team)[0]
        headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
        with TestClient(create_app(db), raise_server_exceptions=False) as test_client:
            enrolled = test_client.post(
                "/v1/enroll",
                json={"code": code, "device_id": "01900000-0000-7000-8000-00000000000b",
                      "device_name": "refus"},
                headers=headers,
            ).json()
            headers["Authorization"] = f"Bearer {enrolled['token']}"
            answer = test_client.post("/v1/sync", json=_refused_row_body(team), headers=headers)
            assert answer.status_code == 422
            assert answer.json()["error"] == "refused_by_database"
            again = test_client.post("/v1/sync", json={"cursor": 0}, headers=headers)
            assert again.status_code == 200  # the failed push left nothing half-done
        db.dispose()
