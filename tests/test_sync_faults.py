"""Fault injection: the link cut at many points, a real TCP connection cut
mid-stream, the server killed mid-push, the laptop process killed mid-pull.
Afterwards a sync completes and nothing is lost or duplicated."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from app.db import Database
from app.laptop_sync import client
from app.laptop_sync.errors import NetworkError
from app.models import Beneficiary
from app.models.sync_state import read_state
from app.sync.errors import SyncError
from server import admin
from server.db import ServerDatabase
from tests.sync_helpers import (
    BACKENDS,
    ROOT,
    Cluster,
    ServerProcess,
    add_people,
    add_person,
    database_url,
    laptop_rows,
    new_team,
    server_snapshot,
)


class CuttingTransport(httpx.HTTPTransport):
    """Drops the link once `budget` bytes have gone either way.  A cut in a
    request means the server never got it; a cut in an answer means the
    server did its work and the laptop never heard back."""

    def __init__(self, budget: int) -> None:
        super().__init__()
        self.budget = budget

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        size = len(request.read())
        if size >= self.budget:
            raise httpx.WriteError("link cut while sending")
        self.budget -= size
        response = super().handle_request(request)
        content = response.read()
        if len(content) >= self.budget:
            raise httpx.ReadError("link cut while receiving")
        self.budget -= len(content)
        headers = [(k, v) for k, v in response.headers.items()
                   if k.lower() not in ("content-encoding", "content-length")]
        return httpx.Response(response.status_code, headers=headers, content=content)


def test_link_cut_at_many_points_loses_and_duplicates_nothing(
    cluster: Cluster, tmp_path: Path
) -> None:
    a, b = cluster.laptop(tmp_path / "a"), cluster.laptop(tmp_path / "b")
    expected: set[str] = set()
    for budget in [50, 200, 400, 700, 1000, 1500, 2200, 3000, 4500, 6000, 9000, 14000]:
        for n in range(12):
            expected.add(add_person(a, f"Coupure{budget}", f"N{n}", cluster.team_id))
        with a.session() as session:  # and an edit of an older row
            row = session.get(Beneficiary, sorted(expected)[0])
            assert row is not None
            row.notes = f"edit {budget}"
        with httpx.Client(transport=CuttingTransport(budget)) as http:
            try:
                client.sync(a, http=http, batch_rows=5, page_rows=7)
            except NetworkError:
                pass
        with httpx.Client(transport=CuttingTransport(budget)) as http:
            try:
                client.sync(b, http=http, page_rows=7)
            except NetworkError:
                pass
    client.sync(a)
    client.sync(b)
    client.sync(a)
    with b.session() as session:
        ids = set(session.scalars(select(Beneficiary.id)))
        assert ids == expected
    assert laptop_rows(a) == laptop_rows(b) == server_snapshot(cluster.server, cluster.team_id)
    with a.session() as session:
        assert session.scalar(select(func.count()).select_from(Beneficiary).where(
            Beneficiary.pending.is_not(None))) == 0


class CuttingProxy:
    """A real TCP proxy that closes both sides after `budget` bytes."""

    def __init__(self, target_port: int, budget: int) -> None:
        self.target_port = target_port
        self.budget = budget
        self.loop = asyncio.new_event_loop()
        self.port = 0
        ready = threading.Event()
        self.thread = threading.Thread(target=self._run, args=(ready,), daemon=True)
        self.thread.start()
        ready.wait(10)

    def _run(self, ready: threading.Event) -> None:
        asyncio.set_event_loop(self.loop)

        async def start() -> None:
            server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
            self.port = server.sockets[0].getsockname()[1]
            ready.set()

        self.loop.run_until_complete(start())
        self.loop.run_forever()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)

        async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            try:
                while self.budget > 0:
                    data = await src.read(min(4096, self.budget))
                    if not data:
                        break
                    self.budget -= len(data)
                    dst.write(data)
                    await dst.drain()
            except (ConnectionError, OSError):
                pass
            for w in (writer, up_writer):
                w.close()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)


def test_real_tcp_connection_cut_mid_stream(live_server: object, tmp_path: Path) -> None:
    server: ServerDatabase = live_server.db  # type: ignore[attr-defined]
    c = Cluster(server, live_server.url, new_team(server))  # type: ignore[attr-defined]
    a, b = c.laptop(tmp_path / "a"), c.laptop(tmp_path / "b")
    port = int(c.url.rsplit(":", 1)[1])
    for budget in (300, 1200, 5000, 20000):
        for n in range(40):
            add_person(a, f"Tcp{budget}", f"N{n}", c.team_id)
        for laptop in (a, b):
            proxy = CuttingProxy(port, budget)
            try:
                client.sync(laptop, f"http://127.0.0.1:{proxy.port}")
            except SyncError:
                pass
            finally:
                proxy.close()
    client.sync(a)
    client.sync(b)
    assert laptop_rows(a) == laptop_rows(b) == server_snapshot(server, c.team_id)


def server_people(server: ServerDatabase, team_id: str) -> int:
    with server.session() as session:
        return session.scalar(
            select(func.count()).select_from(Beneficiary).where(Beneficiary.team_id == team_id)
        ) or 0


@pytest.mark.parametrize("backend", BACKENDS)
def test_server_killed_mid_push_then_restarted(backend: str, tmp_path: Path) -> None:
    with database_url(backend, tmp_path / "server") as url:
        setup = ServerDatabase(url)
        team = new_team(setup)
        process = ServerProcess(url).start()
        try:
            c = Cluster(setup, process.url, team)
            a = c.laptop(tmp_path / "a")
            ids = add_people(a, 3000, "Panne", team)
            done: list[object] = []

            def push() -> None:
                try:
                    done.append(client.sync(a, batch_rows=500))
                except SyncError as exc:
                    done.append(exc)

            worker = threading.Thread(target=push)
            worker.start()
            # Kill once the server has committed part of the push: its first
            # batches are in, the rest is still on its way.
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and not server_people(setup, team):
                time.sleep(0.005)
            process.kill()
            assert 0 < server_people(setup, team) < len(ids)
            worker.join(60)
            assert isinstance(done[0], SyncError)
            process = ServerProcess(url, process.port).start()
            client.sync(a)
            b = c.laptop(tmp_path / "b")
            client.sync(b)
            with b.session() as session:
                assert set(session.scalars(select(Beneficiary.id))) == ids
            client.sync(a)
            assert laptop_rows(a) == laptop_rows(b) == server_snapshot(setup, team)
        finally:
            process.kill()
            setup.dispose()


def test_laptop_killed_mid_pull_resumes(cluster: Cluster, tmp_path: Path) -> None:
    a = cluster.laptop(tmp_path / "a")
    ids = add_people(a, 4000, "Reprise", cluster.team_id)
    client.sync(a)
    b_dir = tmp_path / "b"
    b = cluster.laptop(b_dir)
    b.dispose()
    process = subprocess.Popen(
        [sys.executable, "-m", "app.cli.main", "--data-dir", str(b_dir), "sync", "--page-rows", "150"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    b = Database(b_dir)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            with b.session() as session:
                if int(read_state(session, "sync.cursor") or 0) > 0:
                    break
            time.sleep(0.01)
        process.send_signal(signal.SIGKILL)
        process.wait(10)
        with b.session() as session:
            partial = session.scalar(select(func.count()).select_from(Beneficiary))
        assert partial is not None and partial < len(ids)  # killed half-way
        report = client.sync(b)
        assert report.pulled < len(ids) + 10  # resumed, did not start over
        with b.session() as session:
            assert set(session.scalars(select(Beneficiary.id))) == ids
        client.sync(a)
        assert laptop_rows(a) == laptop_rows(b)
    finally:
        if process.poll() is None:
            process.kill()
        b.dispose()
        admin.list_devices(cluster.server)
