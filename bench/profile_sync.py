"""Where the time of a 10,000-record sync goes, laptop side and server side
separately: the server's request handling runs in this process (an httpx
transport calling `server.api.routes.sync.sync_round` with the same JSON and
gzip steps as the real stack), so one profiler sees both halves.

    .venv/bin/python bench/profile_sync.py [--records 10000] [--backend sqlite|postgres]
        [--profile push|pull]   (pyinstrument tree of that direction; pip install pyinstrument)
"""

from __future__ import annotations

import argparse
import gzip
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
import orjson

from app.db import Database
from app.laptop_sync import client, outbox
from app.sync.gcpause import collection_paused
from bench.bench_sync import fill
from server import admin, joining
from server.api.deps import token_hash
from server.api.routes import sync as routes
from server.db import ServerDatabase
from server.models import ServerDevice
from tests.sync_helpers import database_url, new_team


class InProcess(httpx.BaseTransport):
    """The server's work for /v1/enroll and /v1/sync, timed."""

    def __init__(self, db: ServerDatabase) -> None:
        self.db = db
        self.seconds = 0.0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        started = time.perf_counter()
        body = request.read()
        if request.headers.get("content-encoding") == "gzip":
            body = gzip.decompress(body)
        payload = orjson.loads(body)
        if request.url.path == "/v1/enroll":
            with self.db.session() as session:
                done = joining.join(
                    session, code=payload["code"], device_id=payload["device_id"],
                    device_name=payload["device_name"],
                )
            answer: dict[str, Any] = {"token": done.token, "team_id": done.team_id,
                                      "team_name": done.team_name, "users": done.users}
        else:
            token = request.headers["authorization"].partition(" ")[2]
            with self.db.session() as session:
                device = session.query(ServerDevice).filter_by(token_hash=token_hash(token)).one()
                device_id = device.id
            with collection_paused():  # as the route does
                answer = routes.sync_round(self.db, device_id, payload)
        content = routes._dump(answer).body  # noqa: SLF001 - the route's own encoder, timed alone
        encoded = gzip.compress(content, compresslevel=routes_gzip_level(len(content)))
        self.seconds += time.perf_counter() - started
        return httpx.Response(200, content=encoded, headers={"content-encoding": "gzip"})


def routes_gzip_level(size: int) -> int:
    from server import app as server_app

    return int(getattr(server_app, "GZIP_LEVEL", 6))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--backend", default="sqlite")
    parser.add_argument("--profile", choices=["push", "pull"], default=None)
    parser.add_argument("--batch-rows", type=int, default=outbox.BATCH_ROWS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, database_url(args.backend, Path(tmp) / "s") as url:
        server = ServerDatabase(url)
        transport = InProcess(server)
        http = httpx.Client(transport=transport)
        team = new_team(server)
        laptops = []
        for name in ("a", "b"):
            db = Database(Path(tmp) / name)
            client.join_server(db, "http://127.0.0.1:9", admin.enroll_code(server, team=team)[0], http=http)
            client.sync(db, http=http)
            laptops.append(db)
        a, b = laptops
        fill(a, team, args.records, seed=args.records)
        for label, db in (("push", a), ("pull", b)):
            transport.seconds = 0.0
            profiler = None
            if args.profile == label:
                from pyinstrument import Profiler

                profiler = Profiler(interval=0.0005)
                profiler.start()
            started = time.perf_counter()
            cpu = time.process_time()
            report = client.sync(db, http=http, batch_rows=args.batch_rows)
            wall = time.perf_counter() - started
            cpu = time.process_time() - cpu
            if profiler is not None:
                profiler.stop()
            print(f"{label}: {wall:.2f} s, CPU {cpu:.2f} s (server {transport.seconds:.2f} s, "
                  f"laptop {wall - transport.seconds:.2f} s), {report.requests} requests, "
                  f"up {report.bytes_up / args.records:.1f} B/rec, "
                  f"down {report.bytes_down / args.records:.1f} B/rec")
            if profiler is not None:
                print(profiler.output_text(unicode=True, color=False, show_all=bool(__import__("os").environ.get("SHOW_ALL"))))
        for db in laptops:
            db.dispose()
        server.dispose()


if __name__ == "__main__":
    main()
