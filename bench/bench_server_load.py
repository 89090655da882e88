"""Server under load (printed, not asserted): N laptops syncing M changes
each at the same moment, against a multi-worker server on PostgreSQL
(SQLite if PostgreSQL is not reachable).

    .venv/bin/python bench/bench_server_load.py [--laptops 50] [--changes 200] [--workers 4]

Each laptop is a real laptop database with its own sync client (threads in
this process); the server is `caravane-server --workers N` in subprocesses.
Checks that nothing was lost: the server holds every row afterwards.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select

from app.db import Database
from app.models import Beneficiary
from app.sync import client
from server import admin
from server.db import ServerDatabase
from tests.sync_helpers import BACKENDS, ServerProcess, add_people, database_url, new_team


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--laptops", type=int, default=50)
    parser.add_argument("--changes", type=int, default=200)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--backend", default=BACKENDS[-1])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, database_url(args.backend, Path(tmp) / "s") as url:
        setup = ServerDatabase(url)
        process = ServerProcess(url, extra=("--workers", str(args.workers))).start()
        try:
            teams = [new_team(setup) for _ in range(max(1, args.laptops // 5))]
            laptops: list[Database] = []
            expected = 0
            for n in range(args.laptops):
                db = Database(Path(tmp) / f"laptop{n}")
                team = teams[n % len(teams)]
                client.enroll(db, process.url, admin.enroll_code(setup, team=team)[0])
                add_people(db, args.changes, f"Charge{n}", team)
                expected += args.changes
                laptops.append(db)
            times: list[float] = []
            failures: list[BaseException] = []
            barrier = threading.Barrier(args.laptops)

            def one(db: Database) -> None:
                barrier.wait()
                started = time.perf_counter()
                try:
                    client.sync(db)
                except BaseException as exc:  # noqa: BLE001 - counted below
                    failures.append(exc)
                times.append(time.perf_counter() - started)

            threads = [threading.Thread(target=one, args=(db,)) for db in laptops]
            started = time.perf_counter()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            wall = time.perf_counter() - started
            with setup.session() as session:
                held = session.scalar(
                    select(func.count()).select_from(Beneficiary)
                    .where(Beneficiary.last_name.like("Charge%"))
                )
            times.sort()
            p95 = times[max(0, int(len(times) * 0.95) - 1)]
            print(f"{args.laptops} laptops x {args.changes} changes on {args.backend}, "
                  f"{args.workers} server workers")
            print(f"  per sync: p50 {statistics.median(times):.2f} s, p95 {p95:.2f} s, "
                  f"max {times[-1]:.2f} s")
            print(f"  all done in {wall:.2f} s: {expected / wall:.0f} changes/s, "
                  f"{args.laptops / wall:.1f} syncs/s")
            print(f"  failures: {len(failures)}; rows on the server: {held} of {expected} "
                  f"({'nothing lost' if held == expected else 'MISSING ROWS'})")
            for db in laptops:
                db.dispose()
        finally:
            process.kill()
            setup.dispose()


if __name__ == "__main__":
    main()
