"""The console's Laptops page through HTTP, against a real server: an
officer shows a joining code, a real laptop joins with its link and appears
in the list; revoked, its next sync is refused; marked lost, it is flagged
and audited; a coordinator sees and acts on their own team's laptops only;
a viewer is refused; hostile input gets a sentence.  SQLite and PostgreSQL
when reachable (the `live_server` fixture)."""

from __future__ import annotations

import html
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from app.db import Database
from app.laptop_sync import client
from app.laptop_sync.errors import DeviceRevoked
from app.laptop_sync.joining import parse_joining_link
from server import admin
from server.app import create_app
from server.console.laptops import qr_svg
from server.models import AdminAudit, ServerDevice
from tests.console_support import csrf_of, log_in, make_officer, messages
from tests.sync_helpers import ThreadedServer, add_person, new_team

pytest_plugins = ["tests.sync_helpers"]  # the live_server fixture

_LINK = re.compile(r'<code id="joining-link">([^<]*)</code>')


@pytest.fixture
def console(live_server: ThreadedServer) -> Iterator[httpx.Client]:
    """A browser on the live server (the same address the laptops use)."""
    with httpx.Client(base_url=live_server.url) as browser:
        yield browser


def officer(live_server: ThreadedServer, role: str, team_id: str | None = None) -> str:
    login = f"{role}-{uuid.uuid4().hex[:8]}"
    make_officer(live_server.db, login, role, team_id=team_id)
    return login


def enrol(browser: httpx.Client, team_id: str) -> httpx.Response:
    page = browser.get("/console/laptops")
    return browser.post("/console/laptops/enrol", data={"csrf": csrf_of(page.text),
                                                        "team": team_id})


def post(browser: httpx.Client, path: str, **fields: str) -> httpx.Response:
    page = browser.get("/console/laptops")
    return browser.post(path, data={"csrf": csrf_of(page.text), **fields})


def audit(live_server: ThreadedServer, action: str) -> list[AdminAudit]:
    with live_server.db.session() as session:
        rows = session.scalars(select(AdminAudit).where(AdminAudit.action == action)).all()
        session.expunge_all()
        return list(rows)


def test_an_officer_enrols_a_laptop_that_joins_syncs_and_is_revoked(
    live_server: ThreadedServer, console: httpx.Client, tmp_path: Path
) -> None:
    team_id = new_team(live_server.db, "Bus Chefchaouen")
    login = officer(live_server, "officer")
    log_in(console, login)
    shown = enrol(console, team_id)
    assert shown.status_code == 200
    assert "Inscrire un ordinateur pour l'équipe « Bus Chefchaouen »" in html.unescape(shown.text)
    found = _LINK.search(shown.text)
    assert found
    link = parse_joining_link(html.unescape(found.group(1)))
    assert link.server_url == live_server.url and link.fingerprint is None  # plain http
    assert link.code in shown.text  # also shown as text, to read out
    assert str(qr_svg(html.unescape(found.group(1)))) in shown.text  # the QR carries the link
    assert any(row.officer_id and row.detail == f"team={team_id}"
               for row in audit(live_server, "enroll_code"))

    laptop = Database(tmp_path / "laptop")
    client.join_server(laptop, link.server_url, link.code, device_name="PC Chefchaouen 1")
    add_person(laptop, "Salma", "Bennani", team_id)
    assert client.sync(laptop).pushed == 1
    listed = console.get("/console/laptops")
    row = re.search(rf'<tr data-device="{laptop.device_id}">(.*?)</tr>', listed.text, re.S)
    assert row and "PC Chefchaouen 1" in row.group(1) and "Bus Chefchaouen" in row.group(1)
    assert "jamais" not in row.group(1)  # it synced

    revoked = post(console, f"/console/laptops/{laptop.device_id}/revoke")
    assert revoked.status_code == 200
    assert messages(revoked.text) == [
        "Ordinateur « PC Chefchaouen 1 » révoqué : sa prochaine synchronisation sera refusée."]
    with pytest.raises(DeviceRevoked):
        client.sync(laptop)
    assert any(r.detail == f"device={laptop.device_id}" and r.officer_id and r.address
               for r in audit(live_server, "revoke_device"))


def test_a_laptop_marked_lost_is_flagged_and_audited(
    live_server: ThreadedServer, console: httpx.Client
) -> None:
    team_id = new_team(live_server.db)
    code = admin.enroll_code(live_server.db, team=team_id)[0]
    from app.laptop_sync.transport import SyncTransport

    device_id = str(uuid.uuid4())
    with SyncTransport(live_server.url) as transport:
        transport.post("/v1/enroll", {"code": code, "device_id": device_id, "device_name": "PC"})
    log_in(console, officer(live_server, "admin"))
    answer = post(console, f"/console/laptops/{device_id}/lost")
    assert messages(answer.text) == ["Ordinateur « PC » signalé perdu."]
    assert "effacement des données sur l'ordinateur lui-même viendra plus tard" in \
        html.unescape(answer.text)
    with live_server.db.session() as session:
        device = session.get(ServerDevice, device_id)
        assert device is not None and device.lost_at is not None and device.revoked_at is None
    assert any(r.detail == f"device={device_id}" for r in audit(live_server, "device_lost"))


def test_a_coordinator_sees_and_acts_on_their_own_team_only(
    live_server: ThreadedServer, console: httpx.Client
) -> None:
    own, other = new_team(live_server.db), new_team(live_server.db)
    ids = {}
    for team_id in (own, other):
        code = admin.enroll_code(live_server.db, team=team_id)[0]
        ids[team_id] = str(uuid.uuid4())
        from app.laptop_sync.transport import SyncTransport

        with SyncTransport(live_server.url) as transport:
            transport.post("/v1/enroll", {"code": code, "device_id": ids[team_id],
                                          "device_name": f"PC {team_id[:4]}"})
    log_in(console, officer(live_server, "coordinator", own))
    page = console.get("/console/laptops")
    assert page.status_code == 200
    assert ids[own] in page.text and ids[other] not in page.text
    assert f'value="{other}"' not in page.text  # not offered for enrolment either
    refused = enrol(console, other)
    assert refused.status_code == 400
    assert messages(refused.text) == ["Choisissez l'équipe de cet ordinateur."]
    for action in ("revoke", "lost"):
        answer = post(console, f"/console/laptops/{ids[other]}/{action}")
        assert answer.status_code == 400
        assert messages(answer.text) == ["Ordinateur introuvable."]
    with live_server.db.session() as session:
        device = session.get(ServerDevice, ids[other])
        assert device is not None and device.revoked_at is None and device.lost_at is None
    assert enrol(console, own).status_code == 200
    assert post(console, f"/console/laptops/{ids[own]}/revoke").status_code == 200


def test_a_viewer_is_refused(live_server: ThreadedServer, console: httpx.Client) -> None:
    log_in(console, officer(live_server, "viewer"))
    assert console.get("/console/laptops").status_code == 403
    home = console.get("/console/")
    assert "/console/laptops" not in home.text  # no link in the menu
    answer = console.post("/console/laptops/enrol", data={"csrf": csrf_of(home.text),
                                                          "team": "x"})
    assert answer.status_code == 403


@pytest.mark.parametrize("value", ["", "x" * 5000, "\x00", "ن" * 40, "../../etc", "'; drop"])
def test_hostile_input_gets_a_sentence(
    live_server: ThreadedServer, console: httpx.Client, value: str
) -> None:
    log_in(console, officer(live_server, "officer"))
    answer = enrol(console, value)
    assert answer.status_code == 400
    assert messages(answer.text) == ["Choisissez l'équipe de cet ordinateur."]
    for action in ("revoke", "lost"):
        answer = post(console, f"/console/laptops/{quote(value or '-', safe='')}/{action}")
        assert answer.status_code in (400, 404, 405)
    missing = console.post("/console/laptops/enrol",
                           data={"csrf": csrf_of(console.get("/console/laptops").text)})
    assert missing.status_code == 400


def test_over_tls_the_link_carries_the_certificate_fingerprint(
    live_server: ThreadedServer,
) -> None:
    application = create_app(live_server.db)
    fingerprint = "3f2a" * 16
    application.state.tls_fingerprint = fingerprint
    team_id = new_team(live_server.db, "Bus Larache")
    login = officer(live_server, "officer")
    with TestClient(application, base_url="https://ccis.example.ma") as browser:
        log_in(browser, login)
        shown = enrol(browser, team_id)
    found = _LINK.search(shown.text)
    assert found
    link = parse_joining_link(html.unescape(found.group(1)))
    assert link.server_url == "https://ccis.example.ma" and link.fingerprint == fingerprint
    assert "3F2A 3F2A" in shown.text  # also to read out, in groups of four
