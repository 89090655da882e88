"""Server under load (printed, not asserted): many laptops syncing at the
same moment against a multi-worker server on PostgreSQL (SQLite if
PostgreSQL is not reachable). Two scenarios:

* `push` (default): N laptops (5 per team) each push M new people at once.
* `pull`: N laptops of one team each hold M people already on the server
  and pull the others' N x M - M rows at once.

    .venv/bin/python bench/bench_server_load.py [--scenario push|pull]
        [--laptops 50] [--changes 200] [--workers 4] [--client-procs 1]

Each laptop is a real laptop database with its own sync client. With
`--client-procs 1` (what the first figures used) every laptop is a thread
of one process, so the laptops' own work shares one interpreter lock; with
more, the laptops are spread over that many processes (real laptops bring
their own CPUs, but here they share the 2 cores with the server). The
server is `caravane-server --workers N` in subprocesses. Checks that
nothing was lost.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select

from app.db import Database
from app.laptop_sync import client, config
from app.models import Beneficiary
from app.models.sync_state import write_state
from server import admin
from server.db import ServerDatabase
from tests.sync_helpers import BACKENDS, ServerProcess, add_people, database_url, new_team

FAR_CURSOR = 2**61  # a cursor beyond every row: the set-up push pulls nothing


def _sync_group(folders: list[str], start_at: float, out: mp.Queue) -> None:  # type: ignore[type-arg]
    """One client process: its laptops sync in threads from `start_at` on."""
    laptops = [Database(Path(f)) for f in folders]
    times: list[float] = []
    failures: list[str] = []
    pulled: list[int] = []

    def one(db: Database) -> None:
        time.sleep(max(0.0, start_at - time.time()))
        started = time.perf_counter()
        try:
            report = client.sync(db)
            pulled.append(report.pulled)
        except BaseException as exc:  # noqa: BLE001 - counted by the caller
            failures.append(type(exc).__name__)
        times.append(time.perf_counter() - started)

    threads = [threading.Thread(target=one, args=(db,)) for db in laptops]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for db in laptops:
        db.dispose()
    out.put((times, failures, pulled))


def _push_only(db: Database) -> None:
    """Push this laptop's rows without pulling anything, then rewind its
    cursor so that its next sync pulls every other laptop's rows."""
    with db.session() as session:
        write_state(session, config.CURSOR, str(FAR_CURSOR))
    client.sync(db)


def _rewind(db: Database, own: tuple[int, int]) -> None:
    with db.session() as session:
        config.save_cursor(session, 0, [own])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scenario", choices=("push", "pull"), default="push")
    parser.add_argument("--laptops", type=int, default=None)
    parser.add_argument("--changes", type=int, default=None)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--client-procs", type=int, default=1)
    parser.add_argument("--backend", default=BACKENDS[-1])
    args = parser.parse_args()
    pull = args.scenario == "pull"
    laptops_n = args.laptops or (20 if pull else 50)
    changes = args.changes or (1000 if pull else 200)
    with tempfile.TemporaryDirectory() as tmp, database_url(args.backend, Path(tmp) / "s") as url:
        setup = ServerDatabase(url)
        process = ServerProcess(url, extra=("--workers", str(args.workers))).start()
        try:
            teams = [new_team(setup)] if pull else [
                new_team(setup) for _ in range(max(1, laptops_n // 5))
            ]
            folders: list[str] = []
            for n in range(laptops_n):
                folder = Path(tmp) / f"laptop{n}"
                db = Database(folder)
                team = teams[n % len(teams)]
                client.join_server(db, process.url, admin.enroll_code(setup, team=team)[0])
                add_people(db, changes, f"Charge{n}", team)
                if pull:
                    _push_only(db)
                folders.append(str(folder))
                db.dispose()
            if pull:
                with setup.session() as session:
                    for n, saved in enumerate(folders):
                        lo, hi = session.execute(
                            select(func.min(Beneficiary.server_seq), func.max(Beneficiary.server_seq))
                            .where(Beneficiary.last_name == f"Charge{n}")
                        ).one()
                        assert lo is not None and hi is not None
                        db = Database(Path(saved))
                        _rewind(db, (lo, hi))
                        db.dispose()
            procs = max(1, min(args.client_procs, laptops_n))
            groups = [folders[i::procs] for i in range(procs)]
            context = mp.get_context("spawn")
            queue = context.Queue()
            # Client processes import and open their laptops first; the
            # syncs start together once every process had time to be ready.
            start_at = time.time() + 3.0 + 1.5 * procs
            workers = [
                context.Process(target=_sync_group, args=(group, start_at, queue))
                for group in groups
            ]
            for worker in workers:
                worker.start()
            times: list[float] = []
            failures: list[str] = []
            pulled: list[int] = []
            for _ in workers:
                group_times, group_failures, group_pulled = queue.get()
                times += group_times
                failures += group_failures
                pulled += group_pulled
            for worker in workers:
                worker.join()
            wall = max(times)
            with setup.session() as session:
                held = session.scalar(
                    select(func.count()).select_from(Beneficiary)
                    .where(Beneficiary.last_name.like("Charge%"))
                )
            expected = laptops_n * changes
            times.sort()
            p95 = times[max(0, int(len(times) * 0.95) - 1)]
            print(f"{args.scenario}: {laptops_n} laptops x {changes} people on {args.backend}, "
                  f"{args.workers} server workers, laptops in {procs} client process(es)")
            print(f"  per sync: p50 {statistics.median(times):.2f} s, p95 {p95:.2f} s, "
                  f"max {times[-1]:.2f} s")
            moved = sum(pulled) if pull else expected
            print(f"  all done in {wall:.2f} s: {moved / wall:.0f} rows/s "
                  f"{'pulled' if pull else 'pushed'}, {laptops_n / wall:.1f} syncs/s")
            if pull:
                print(f"  rows pulled per laptop: min {min(pulled)}, max {max(pulled)}")
            print(f"  failures: {len(failures)} {sorted(set(failures))}; rows on the server: "
                  f"{held} of {expected} ({'nothing lost' if held == expected else 'MISSING ROWS'})")
        finally:
            process.kill()
            setup.dispose()


if __name__ == "__main__":
    main()
