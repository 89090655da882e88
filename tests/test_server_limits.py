"""Limits before work: hostile bodies are refused with a reason before they
cost the server memory, unauthenticated ones before anything is inflated,
/health keeps answering during an attack, and legitimate pushes still pass
(finding 3 of issue 8; figures in docs/sync.md, "Limits before work")."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import socket
import threading
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import psutil
import pytest
from sqlalchemy import select

from app.db import Database
from app.laptop_sync import client
from app.models import Beneficiary, Commune
from app.sync.wire import PROTOCOL_HEADER, PROTOCOL_VERSION
from server import admin
from server.db import ServerDatabase
from tests.sync_helpers import (
    BACKENDS,
    Cluster,
    ServerProcess,
    ThreadedServer,
    database_url,
    new_team,
    token_of,
)

pytest_plugins = ["tests.sync_helpers"]  # the live_server and cluster fixtures

MB = 1024 * 1024


def bomb(unit: bytes, size: int, head: bytes = b'{"cursor": 0, "skip": [', tail: bytes = b"0]}") -> bytes:
    """gzip of head + `unit` repeated to `size` bytes + tail (built in pieces)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = unit * (MB // len(unit))
    out = [packer.compress(head)]
    out += [packer.compress(block) for _ in range(size // len(block))]
    out += [packer.compress(tail), packer.flush()]
    return b"".join(out)


LIST_BOMB = bomb(b"[],", 63 * MB)  # the finding: ~64 KB that inflates to 63 MB




def post(url: str, path: str, body: bytes, token: str | None = None, **extra: str) -> httpx.Response:
    headers = {"Content-Encoding": "gzip", "Content-Type": "application/json",
               PROTOCOL_HEADER: str(PROTOCOL_VERSION), **extra}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return httpx.post(url + path, content=body, headers=headers, timeout=60)


def raw_exchange(port: int, head: str, body_part: bytes = b"") -> tuple[int, dict[str, Any]]:
    """Send the request line and headers (and maybe the start of the body),
    then read the answer *without sending the rest*: a server that waited
    for the whole body would never answer (the socket times out)."""
    with socket.create_connection(("127.0.0.1", port), timeout=20) as sock:
        sock.sendall(head.replace("\n", "\r\n").encode() + b"\r\n" + body_part)
        data = b""
        while b"\r\n\r\n" not in data:
            data += sock.recv(65536)
        header, _, rest = data.partition(b"\r\n\r\n")
        length = next(
            int(line.split(b":")[1]) for line in header.split(b"\r\n")
            if line.lower().startswith(b"content-length:")
        )
        while len(rest) < length:
            rest += sock.recv(65536)
    return int(header.split()[1]), json.loads(rest)


def test_an_unauthenticated_sync_is_refused_before_its_body_is_read(
    live_server: ThreadedServer,
) -> None:
    port = live_server.port
    for auth, error in (("", "missing_token"), ("Authorization: Bearer forged\n", "unknown_device")):
        head = (f"POST /v1/sync HTTP/1.1\nHost: x\n{PROTOCOL_HEADER}: {PROTOCOL_VERSION}\n{auth}"
                f"Content-Encoding: gzip\nContent-Length: {len(LIST_BOMB)}\n")
        status, answer = raw_exchange(port, head, LIST_BOMB[:1024])
        assert (status, answer["error"]) == (401, error)


def test_a_joining_bomb_is_refused_before_anything_is_inflated(
    live_server: ThreadedServer,
) -> None:
    url, port = live_server.url, live_server.port
    # Its declared length alone refuses it: not a byte of it is read.
    head = (f"POST /v1/enroll HTTP/1.1\nHost: x\n{PROTOCOL_HEADER}: {PROTOCOL_VERSION}\n"
            f"Content-Encoding: gzip\nContent-Length: {len(LIST_BOMB)}\n")
    status, answer = raw_exchange(port, head)
    assert status == 413 and answer["error"] == "too_large"
    # Without a length (chunked), reading stops at the limit.
    answer_http = httpx.post(
        url + "/v1/enroll", content=iter([LIST_BOMB[i:i + 1024] for i in range(0, 8192, 1024)]),
        headers={"Content-Encoding": "gzip", PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
    )
    assert answer_http.status_code == 413 and answer_http.json()["error"] == "too_large"
    # A small body that inflates past the limit: inflating stops there.
    small = gzip.compress(json.dumps({"code": "A" * 20, "device_name": " " * 20_000}).encode())
    assert len(small) < 4096
    answer_http = post(url, "/v1/enroll", small)
    assert answer_http.status_code == 413
    assert answer_http.json() == {"error": "too_large", "reason": "inflated body over 4096 bytes"}


def test_hostile_sync_bodies_get_a_4xx_with_a_reason(cluster: Cluster, tmp_path: Path) -> None:
    token = token_of(cluster.laptop(tmp_path / "a"))
    cases: list[tuple[bytes, int, str, str]] = [
        (LIST_BOMB, 413, "too_large", "inflated body over"),
        (bomb(b"[],", 15 * MB), 413, "too_complex", "lists and objects"),
        (bomb(b"[", 7 * MB, b"", b""), 413, "too_complex", "lists and objects"),
        (bomb(b'"ab",', 15 * MB), 413, "too_complex", "values"),
        (gzip.compress(b"[" * 5000 + b"]" * 5000), 400, "bad_json", ""),
        (gzip.compress(b'{"cursor": 0}')[:-4], 400, "bad_gzip", "truncated"),
    ]
    for body, status, error, reason in cases:
        answer = post(cluster.url, "/v1/sync", body, token)
        assert answer.status_code == status, answer.text
        assert answer.json()["error"] == error
        assert reason in answer.json().get("reason", "")
    answer = httpx.post(
        cluster.url + "/v1/sync", content=b"x",
        headers={"Authorization": f"Bearer {token}", "Content-Encoding": "br", PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
    )
    assert (answer.status_code, answer.json()["error"]) == (415, "unsupported_encoding")
    # Too many rows in one batch: refused before a row is decoded.
    row = ["01900000-0000-7000-8000-0000000000aa", "0" * 32, "", "x"]
    batch = {"id": "big", "tables": [{"t": "beneficiary", "f": ["notes"], "n": 0,
                                      "r": [row] * 10_001}]}
    answer = post(cluster.url, "/v1/sync",
                  gzip.compress(json.dumps({"cursor": 0, "batch": batch}).encode()), token)
    assert (answer.status_code, answer.json()["error"]) == (413, "too_many_rows")
    assert client.sync(cluster.laptop(tmp_path / "b")).requests == 1  # the server is fine


def fill_full(db: Database, team_id: str, count: int) -> None:
    """People with every synced field filled, as a careful trainer writes them."""
    with db.session() as session:
        communes = list(session.scalars(select(Commune.code).where(Commune.region_code == "01")))
        session.add_all(
            Beneficiary(
                team_id=team_id, first_name=f"Fatima-Zahra {n}",
                last_name=f"El Ouazzani Bennani {n % 97}", name_ar="فاطمة الزهراء الوزاني بناني",
                sex="F", birth_date=dt.date(1990, 5, 17), birth_year=1990, cin=f"K{100000 + n}",
                phone=f"+2126{10**7 + n}", commune_code=communes[n % len(communes)],
                douar=f"Douar Aït Ben Haddou n° {n % 40}", education_level="secondary",
                status="cooperative", sector="agrifood", project_stage="pre_creation",
                prior_support=["indh", "intelaka", "anapec"], registered_on=dt.date(2026, 3, 3),
                notes="Porteuse de projet motivée, besoin d'aide en comptabilité ; " * 5,
            )
            for n in range(count)
        )


def test_a_full_five_thousand_row_push_and_its_pull_pass_the_limits(
    cluster: Cluster, tmp_path: Path
) -> None:
    a, b = cluster.laptop(tmp_path / "a"), cluster.laptop(tmp_path / "b")
    fill_full(a, cluster.team_id, 5000)
    assert client.sync(a).pushed == 5000
    assert client.sync(b).pulled >= 5000


# ------------------------------------------------ the real process under attack


class Watch:
    """Peak resident memory of a process tree and /health answers, sampled
    in the background while an attack runs."""

    def __init__(self, pid: int, url: str) -> None:
        self.root = psutil.Process(pid)
        self.url = url
        self.peak = 0
        self.health: list[int | str] = []
        self.done = threading.Event()
        self.threads = [threading.Thread(target=self._memory), threading.Thread(target=self._ping)]

    def rss(self) -> int:
        total = 0
        for process in [self.root, *self.root.children(recursive=True)]:
            try:
                total += process.memory_info().rss
            except psutil.NoSuchProcess:
                pass
        return total

    def _memory(self) -> None:
        while not self.done.wait(0.01):
            self.peak = max(self.peak, self.rss())

    def _ping(self) -> None:
        with httpx.Client(timeout=10) as http:
            while not self.done.wait(0.05):
                try:
                    self.health.append(http.get(self.url + "/health").status_code)
                except httpx.HTTPError as exc:
                    self.health.append(type(exc).__name__)

    def __enter__(self) -> Watch:
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.done.set()
        for thread in self.threads:
            thread.join(30)


@pytest.fixture(params=BACKENDS)
def server_process(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[ServerProcess, ServerDatabase]]:
    with database_url(request.param, tmp_path / "server") as url:
        setup = ServerDatabase(url)
        process = ServerProcess(url).start()
        try:
            yield process, setup
        finally:
            process.kill()
            setup.dispose()


def test_the_server_process_stays_small_and_answers_health_under_attack(
    server_process: tuple[ServerProcess, ServerDatabase], tmp_path: Path
) -> None:
    process, setup = server_process
    laptop = Database(tmp_path / "laptop")
    client.join_server(laptop, process.url, admin.enroll_code(setup, team=new_team(setup))[0])
    token = token_of(laptop)
    assert process.process is not None
    # Passes the scan (350,000 values): parsed, then refused as a bad payload.
    passing = bomb(b'"' + b"x" * 43 + b'",', 15 * MB)
    attacks: list[Callable[[], httpx.Response]] = [
        *[lambda: post(process.url, "/v1/sync", LIST_BOMB, token) for _ in range(3)],
        *[lambda: post(process.url, "/v1/enroll", LIST_BOMB) for _ in range(3)],
        lambda: post(process.url, "/v1/sync", bomb(b'"ab",', 15 * MB), token),
        lambda: post(process.url, "/v1/sync", bomb(b"[", 7 * MB, b"", b""), token),
        *[lambda: post(process.url, "/v1/sync", passing, token) for _ in range(3)],
    ]
    answers: list[httpx.Response | None] = [None] * len(attacks)

    def run(index: int) -> None:
        answers[index] = attacks[index]()

    with Watch(process.process.pid, process.url) as watch:
        threads = [threading.Thread(target=run, args=(i,)) for i in range(len(attacks))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
    statuses = [a.status_code if a is not None else None for a in answers]
    assert statuses == [413] * 8 + [422] * 3
    assert all(a is not None and a.json()["reason"] for a in answers)
    assert watch.health and set(watch.health) == {200}, watch.health
    assert watch.peak < 300 * MB, f"{watch.peak / MB:.0f} MB"
    assert client.sync(laptop).requests == 1  # and it still serves its laptops
    laptop.dispose()
