"""Helpers for the sync tests: a real server (uvicorn on a free port, in a
thread or a subprocess) on SQLite or PostgreSQL, laptops in their own data
folders, and a comparison of whole databases."""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
import uvicorn
from sqlalchemy import create_engine, select, text

from app.db import Database
from app.laptop_sync import client
from app.models import Beneficiary
from app.models.sync_state import read_state
from app.services import accounts
from app.sync.wire import CODECS, PROTOCOL_HEADER, PROTOCOL_VERSION
from server import admin
from server.app import create_app
from server.db import ServerDatabase

PG_URL = os.environ.get("CARAVANE_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def postgres_available() -> bool:
    try:
        engine = create_engine(PG_URL, connect_args={"connect_timeout": 2})
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        engine.dispose()
        return True
    except Exception:  # noqa: BLE001 - any failure means "not reachable here"
        return False


@contextlib.contextmanager
def postgres_schema() -> Iterator[str]:
    """A fresh schema on the shared test database, dropped afterwards; the
    URL selects it through the connection's search_path."""
    name = f"caravane_sync_{uuid.uuid4().hex[:10]}"
    engine = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'CREATE SCHEMA "{name}"'))
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{name}"
    finally:
        with engine.connect() as connection:
            connection.execute(text(f'DROP SCHEMA "{name}" CASCADE'))
        engine.dispose()


BACKENDS = ["sqlite"] + (["postgres"] if postgres_available() else [])


@contextlib.contextmanager
def database_url(backend: str, folder: Path) -> Iterator[str]:
    if backend == "postgres":
        with postgres_schema() as url:
            yield url
    else:
        folder.mkdir(parents=True, exist_ok=True)
        yield f"sqlite:///{folder / 'server.sqlite3'}"


class ThreadedServer:
    """uvicorn serving our app on 127.0.0.1:<free port>, in this process."""

    def __init__(
        self, db: ServerDatabase, *, cert: Path | None = None, key: Path | None = None
    ) -> None:
        """With `cert` and `key`: over HTTPS (self-signed, as a CCIS may run it)."""
        self.db = db
        self.port = free_port()
        scheme = "https" if cert is not None else "http"
        self.url = f"{scheme}://127.0.0.1:{self.port}"
        tls: dict[str, Any] = (
            {"ssl_certfile": str(cert), "ssl_keyfile": str(key)} if cert is not None else {}
        )
        config = uvicorn.Config(
            create_app(db), host="127.0.0.1", port=self.port, log_level="warning",
            lifespan="off", **tls,
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def start(self) -> ThreadedServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


class ServerProcess:
    """`caravane-server` as a real subprocess (to be killed and restarted)."""

    def __init__(self, url: str, port: int | None = None, extra: tuple[str, ...] = ()) -> None:
        self.extra = extra
        self.database_url = url
        self.port = port or free_port()
        self.tls = "--tls-cert" in extra  # HTTPS (the start-up probe does not verify it)
        self.url = f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> ServerProcess:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "server.cli", "--database-url", self.database_url,
             "--port", str(self.port), *self.extra],
            cwd=ROOT,
            start_new_session=True,  # its own group: workers die with it
        )
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(self.url + "/health", timeout=1, verify=not self.tls).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("caravane-server did not start")
            time.sleep(0.05)

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)  # our own group only
            self.process.wait(10)


@dataclass
class Cluster:
    """One server and its team: what most sync tests need."""

    server: ServerDatabase
    url: str
    team_id: str

    def code(self) -> str:
        return admin.enroll_code(self.server, team=self.team_id)[0]

    def laptop(self, folder: Path, *, join: bool = True) -> Database:
        db = Database(folder)
        if join:
            client.join_server(db, self.url, self.code(), device_name=folder.name)
        return db


def new_team(server: ServerDatabase, name: str | None = None) -> str:
    return admin.create_team(server, name or f"Bus {uuid.uuid4().hex[:6]}").id


@pytest.fixture(scope="session", params=BACKENDS)
def live_server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ThreadedServer]:
    """A server per backend for the whole session; tests isolate by team."""
    with database_url(request.param, tmp_path_factory.mktemp("server")) as url:
        db = ServerDatabase(url)
        server = ThreadedServer(db).start()
        yield server
        server.stop()
        db.dispose()


@pytest.fixture
def cluster(live_server: ThreadedServer) -> Cluster:
    return Cluster(live_server.db, live_server.url, new_team(live_server.db))


def snapshot(db: Database) -> dict[str, Any]:
    """Every syncable row's synced fields (sync metadata excluded)."""
    from app.services.exports.domain import export_domain

    with db.session() as session:
        return dict(export_domain(session=session))


def server_snapshot(server: ServerDatabase, team_id: str) -> dict[str, Any]:
    """The server's rows a laptop of `team_id` may see, like `snapshot`."""
    out: dict[str, Any] = {}
    with server.session() as session:
        for name, codec in CODECS.items():
            table = codec.table
            rows = session.execute(
                select(table)
                .where((table.c.team_id == team_id) | table.c.team_id.is_(None))
                .order_by(table.c.id)
            ).mappings()
            out[name] = [
                {"id": r["id"], **{f: codec.encode(f, r[f]) for f in codec.fields}} for r in rows
            ]
    return out


def laptop_rows(db: Database) -> dict[str, Any]:
    """Like server_snapshot, on a laptop (ignores rows of other local teams)."""
    out: dict[str, Any] = {}
    with db.session() as session:
        for name, codec in CODECS.items():
            rows = session.execute(select(codec.table).order_by(codec.table.c.id)).mappings()
            out[name] = [
                {"id": r["id"], **{f: codec.encode(f, r[f]) for f in codec.fields}} for r in rows
            ]
    return out


def add_person(db: Database, first: str, last: str, team_id: str | None, **fields: Any) -> str:
    with db.session() as session:
        person = Beneficiary(
            first_name=first, last_name=last, sex=fields.pop("sex", "F"),
            registered_on=fields.pop("registered_on", dt.date(2026, 3, 2)),
            team_id=team_id, **fields,
        )
        session.add(person)
        session.flush()
        return person.id


def local_team_id(db: Database) -> str | None:
    with db.session() as session:
        return accounts.local_team_id(session=session)


def add_people(db: Database, count: int, last: str, team_id: str | None) -> set[str]:
    """`count` people in one transaction (fast set-up for big syncs)."""
    with db.session() as session:
        people = [
            Beneficiary(first_name=f"P{n}", last_name=last, sex="M" if n % 2 else "F",
                        registered_on=dt.date(2026, 3, 2), team_id=team_id)
            for n in range(count)
        ]
        session.add_all(people)
        session.flush()
        return {p.id for p in people}


def token_of(db: Database) -> str:
    """The device token a laptop received when it joined."""
    with db.session() as session:
        token = read_state(session, "sync.token")
    assert token
    return token


def raw_sync(
    url: str, token: str, payload: Any, *, version: str = str(PROTOCOL_VERSION)
) -> httpx.Response:
    """A sync request written by hand, as a hostile or old laptop would send it."""
    return httpx.post(
        url + "/v1/sync",
        content=gzip.compress(orjson.dumps(payload)),
        headers={
            "Authorization": f"Bearer {token}",
            "Content-Encoding": "gzip",
            "Content-Type": "application/json",
            PROTOCOL_HEADER: version,
        },
    )
