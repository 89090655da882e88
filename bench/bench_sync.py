"""Sync figures (printed, not asserted): 10,000 changed records (people and
attendance) laptop -> server -> second laptop over loopback, on SQLite and
PostgreSQL; 2,000 records over a simulated rural link; a no-change sync.

    .venv/bin/python bench/bench_sync.py [--records 10000] [--rural 2000] [--backends sqlite,postgres]

The server runs as a real `caravane-server` subprocess (its own process, as
in production); bytes are counted at the TCP level by a pass-through proxy.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select

from app.db import Database
from app.laptop_sync import client
from app.models import Attendance, Beneficiary, Commune, TrainingModule, TrainingSession
from app.models.ids import attendance_id
from bench.throttle_proxy import ThrottleProxy
from server import admin
from server.db import ServerDatabase
from tests.sync_helpers import (
    BACKENDS,
    ServerProcess,
    database_url,
    new_team,
)

FIRST = ["Fatima", "Mohamed", "Khadija", "Youssef", "Amina", "Omar", "Salma", "Hamza", "Nadia",
         "Rachid", "Imane", "Karim", "Hajar", "Ayoub", "Zineb", "Said"]
LAST = ["Alaoui", "Bennani", "El Idrissi", "Tazi", "Amrani", "Chraibi", "Ouazzani", "Fassi",
        "Berrada", "Bakkali", "El Khatib", "Ziani", "Haddad", "Lamrani"]
ARABIC = ["فاطمة العلوي", "محمد بناني", "خديجة الإدريسي", "يوسف التازي", "أمينة العمراني"]


def fill(db: Database, team_id: str, records: int, seed: int) -> None:
    """records/2 people and records/2 attendance rows, as a trainer makes them."""
    rng = random.Random(seed)
    people = records // 2
    with db.session() as session:
        communes = list(session.scalars(select(Commune.code).where(Commune.region_code == "01")))
        module = session.scalars(select(TrainingModule.id)).first()
        training = TrainingSession(
            team_id=team_id, module_id=module, session_date=dt.date(2026, 3, 3),
            start_time=dt.time(9), end_time=dt.time(12), trainer_ids=[],
        )
        session.add(training)
        session.flush()
        rows: list[Beneficiary] = []
        for n in range(people):
            person = Beneficiary(
                team_id=team_id,
                first_name=rng.choice(FIRST), last_name=rng.choice(LAST),
                name_ar=rng.choice(ARABIC) if n % 3 == 0 else None,
                sex=rng.choice("FM"),
                birth_date=dt.date(1970, 1, 1) + dt.timedelta(days=rng.randrange(15000)),
                cin=f"{rng.choice('KLABGH')}{rng.randrange(100000, 999999)}",
                # +21268[356]... are not Moroccan mobiles: the server would refuse them.
                phone=f"+21261{rng.randrange(10**6, 10**7)}",
                commune_code=rng.choice(communes),
                status=rng.choice(["idea", "auto_entrepreneur", "tpe", "cooperative"]),
                sector=rng.choice(["agriculture", "crafts", "trade", "services", "tourism"]),
                project_stage=rng.choice(["idea", "creation", "post_creation"]),
                registered_on=dt.date(2026, 3, 3),
            )
            rows.append(person)
        session.add_all(rows)
        session.flush()
        for person in rows[: records - people]:
            pid = person.id
            session.add(Attendance(
                id=attendance_id(training.id, pid), team_id=team_id, session_id=training.id,
                beneficiary_id=pid, status="present",
                arrived_at=dt.datetime(2026, 3, 3, 9, rng.randrange(0, 30)),
                hours_attended=3.0,
            ))


def measure(label: str, db: Database, records: int, url: str) -> None:
    started = time.perf_counter()
    report = client.sync(db, url)
    wall = time.perf_counter() - started
    print(f"  {label:<28} {wall:6.2f} s  {report.requests:3d} requests  "
          f"up {report.bytes_up / records:6.1f} B/rec  down {report.bytes_down / records:6.1f} B/rec  "
          f"(pushed {report.pushed}, pulled {report.pulled})")


def run(backend: str, records: int, rural: int, folder: Path) -> None:
    with database_url(backend, folder / f"server-{backend}") as url:
        setup = ServerDatabase(url)
        process = ServerProcess(url).start()
        try:
            print(f"\n== {backend} server ==")
            for count, link in ((records, "loopback"), (rural, "rural")):
                if count <= 0:
                    continue  # --rural 0: loopback only
                team = new_team(setup)
                laptops = []
                for name in ("a", "b"):
                    db = Database(folder / f"{backend}-{link}-{name}")
                    client.join_server(db, process.url, admin.enroll_code(setup, team=team)[0])
                    client.sync(db)
                    laptops.append(db)
                a, b = laptops
                fill(a, team, count, seed=count)
                target = process.url
                proxy = None
                if link == "rural":
                    proxy = ThrottleProxy("127.0.0.1", process.port, up_kbit=250, down_kbit=750,
                                          rtt_ms=300).start_in_thread()
                    target = f"http://127.0.0.1:{proxy.port}"
                print(f" {count} records over {link}"
                      + (" (250 kbit/s up, 750 kbit/s down, 300 ms RTT)" if proxy else ""))
                measure("push (laptop A -> server)", a, count, target)
                measure("pull (server -> laptop B)", b, count, target)
                started = time.perf_counter()
                report = client.sync(b, target)
                print(f"  {'no-change sync':<28} {time.perf_counter() - started:6.3f} s  "
                      f"{report.requests:3d} request(s)  {report.bytes_up + report.bytes_down} bytes")
                if proxy is not None:
                    print(f"  TCP bytes through the link: up {proxy.up.bytes / count:.1f} B/rec, "
                          f"down {proxy.down.bytes / count:.1f} B/rec")
                for db in laptops:
                    db.dispose()
        finally:
            process.kill()
            setup.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--rural", type=int, default=2_000)
    parser.add_argument("--backends", default=",".join(BACKENDS))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for backend in args.backends.split(","):
            run(backend, args.records, args.rural, Path(tmp))


if __name__ == "__main__":
    main()
