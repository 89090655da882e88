"""What the server's checks of meaning cost (printed, not asserted): a
10,000-record push (people with phones and CINs, attendance rows) decoded
once, then `server.meaning.PushChecks` run over it five times.

    .venv/bin/python bench/bench_meaning.py [--records 10000] [--backends sqlite,postgres]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.db import Database
from app.laptop_sync import client, outbox
from app.sync.batches import decode_push
from bench.bench_sync import fill
from server import admin
from server.db import ServerDatabase
from server.meaning import PushChecks
from server.models import ServerDevice
from tests.sync_helpers import BACKENDS, ThreadedServer, database_url, new_team


def run(backend: str, records: int) -> None:
    with tempfile.TemporaryDirectory() as tmp, database_url(backend, Path(tmp) / "s") as url:
        server = ServerDatabase(url)
        live = ThreadedServer(server).start()
        try:
            team = new_team(server)
            laptop = Database(Path(tmp) / "a")
            client.join_server(laptop, live.url, admin.enroll_code(server, team=team)[0])
            fill(laptop, team, records, seed=1)
            with laptop.session() as session:
                batch = outbox.build_batch(session, limit=None)
            assert batch is not None
            rows = decode_push(batch["tables"])
            times = []
            refused = 0
            for _ in range(5):
                with server.session() as session:
                    device = session.get(ServerDevice, laptop.device_id)
                    assert device is not None
                    started = time.perf_counter()
                    checks = PushChecks(session, device=device, rows=rows)
                    refused = sum(1 for row in rows if checks.refusal(row, None))
                    times.append(time.perf_counter() - started)
            print(f"{backend}: {len(rows)} rows, checks {min(times):.3f}-{max(times):.3f} s "
                  f"(median {sorted(times)[2]:.3f} s), {refused} refused")
            laptop.dispose()
        finally:
            live.stop()
            server.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--backends", default=",".join(BACKENDS))
    args = parser.parse_args()
    for backend in args.backends.split(","):
        run(backend, args.records)


if __name__ == "__main__":
    main()
