"""Figures of the foundation: demo at scale, search, check-in, indicators, size.

    .venv/bin/python bench/bench_foundation.py [--beneficiaries 100000] [--rebuild]

Builds bench/out/foundation-N with the real `caravane demo --beneficiaries N`
(timed) or reuses it, then prints median / p95 latencies of the quick search
by name prefix (Latin and Arabic), by CIN and by phone, of one check-in with
its commit, of the indicators for a year, the database size on disk, and
the time of a whole-domain JSON export and of a 200-row import (dry run).
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import shutil
import statistics
import sys
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository, for `bench`

from sqlalchemy import select

from app.db import Database
from app.models import Beneficiary, TrainingSession
from app.services.attendance import check_in
from app.services.demo.names import FAMILY_NAMES, FEMALE_FIRST_NAMES, MALE_FIRST_NAMES
from app.services.indicators import IndicatorFilter, compute_indicators
from app.services.search import search_beneficiaries
from bench.common import OUT, build_demo, database_size, demo_folder, line, millis, run_cli

SEARCH_TARGET_MS = 20.0
CHECK_IN_TARGET_MS = 20.0
INDICATORS_TARGET_MS = 1000.0
DEMO_TARGET_S = 120.0


def _queries(people: list[tuple[str, str, str | None, str | None, str | None]],
             rng: random.Random) -> dict[str, list[str]]:
    """Varied queries as a trainer types them, from real rows."""
    kinds: dict[str, list[str]] = {
        "name prefix (Latin)": [], "name prefix (Arabic)": [], "CIN": [], "phone": [],
    }
    for first, last, name_ar, cin, phone in people:
        pick = rng.random()
        if pick < 0.3:
            kinds["name prefix (Latin)"].append(last[: rng.randint(3, max(3, len(last)))])
        elif pick < 0.6:
            kinds["name prefix (Latin)"].append(f"{first[: rng.randint(2, 5)]} {last[:3]}")
        else:
            kinds["name prefix (Latin)"].append(first[: rng.randint(3, max(3, len(first)))])
        if name_ar:
            words = name_ar.split()
            word = rng.choice(words)
            kinds["name prefix (Arabic)"].append(word[: max(2, len(word) - rng.randint(0, 2))])
        if cin:
            kinds["CIN"].append(cin if rng.random() < 0.7 else cin[:-2])
        if phone:
            local = "0" + phone[4:]
            kinds["phone"].append(rng.choice((local, phone, f"{local[:2]} {local[2:4]} "
                                              f"{local[4:6]} {local[6:8]} {local[8:]}")))
    return kinds


def bench_search(db: Database, rng: random.Random, samples: int) -> list[str]:
    with db.session() as session:
        ids = sorted(session.scalars(select(Beneficiary.id)))
        chosen = rng.sample(ids, min(samples, len(ids)))
        people = [
            (first, last, name_ar, cin, phone)
            for first, last, name_ar, cin, phone in session.execute(
                select(Beneficiary.first_name, Beneficiary.last_name, Beneficiary.name_ar,
                       Beneficiary.cin, Beneficiary.phone).where(Beneficiary.id.in_(chosen))
            )
        ]
    lines = []
    for kind, queries in _queries(people, rng).items():
        times: list[float] = []
        sizes: list[int] = []
        for query in queries:
            session = db.new_session()
            try:
                start = time.perf_counter()
                rows = search_beneficiaries(session=session, query=query)
                times.append((time.perf_counter() - start) * 1000)
                sizes.append(len(rows))
            finally:
                session.close()
        lines.append(line(f"search by {kind}", times, SEARCH_TARGET_MS)
                     + f"   (median {statistics.median(sizes):g} hits)")
    return lines


def bench_check_in(db: Database, rng: random.Random, samples: int) -> str:
    with db.session() as session:
        sessions = list(session.scalars(
            select(TrainingSession.id).where(TrainingSession.status.in_(("held", "planned")))
        ))
        people = list(session.scalars(select(Beneficiary.id).limit(20000)))
    times = []
    for _ in range(samples):
        session_id, person_id = rng.choice(sessions), rng.choice(people)
        start = time.perf_counter()
        with db.session() as session:
            check_in(session=session, session_id=session_id, beneficiary_id=person_id)
        times.append((time.perf_counter() - start) * 1000)
    return line("check-in of one person (with commit)", times, CHECK_IN_TARGET_MS)


def bench_indicators(db: Database, repeat: int) -> list[str]:
    today = dt.date.today()
    year = IndicatorFilter(date_from=today - dt.timedelta(days=364), date_to=today)
    lines = []
    with db.session() as session:
        team = session.scalar(select(TrainingSession.team_id).limit(1))
        province = "01.571"
    for label, filters in (
        ("indicators, 12 months, whole region", year),
        ("indicators, 12 months, one team", IndicatorFilter(
            date_from=year.date_from, date_to=year.date_to, team_id=team)),
        ("indicators, 12 months, one province", IndicatorFilter(
            date_from=year.date_from, date_to=year.date_to, province_code=province)),
    ):
        times = []
        for _ in range(repeat):
            session = db.new_session()
            try:
                times.append(millis(partial(compute_indicators, session=session, filters=filters)))
            finally:
                session.close()
        lines.append(line(label, times, INDICATORS_TARGET_MS))
    return lines


def bench_export(folder: Path) -> str:
    target = OUT / "foundation-export.json"
    seconds = run_cli(folder, "export", str(target))
    size = target.stat().st_size / 1e6
    target.unlink()
    return f"{'caravane export (JSON, whole domain)':<44} {seconds:8.1f} s   ({size:.0f} MB file)"


def bench_import(folder: Path, rows: int) -> str:
    """A partner's list of `rows` new people, checked with --dry-run (every
    row goes through registration, duplicate candidates included)."""
    rng = random.Random(7)
    source = OUT / "foundation-import.csv"
    with open(source, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Nom", "Prénom", "Sexe", "Date de naissance", "GSM", "CIN", "Commune"])
        for _ in range(rows):
            sex = rng.choice("FM")
            first = rng.choice(FEMALE_FIRST_NAMES if sex == "F" else MALE_FIRST_NAMES)[0][0]
            writer.writerow([
                rng.choice(FAMILY_NAMES)[0][0], first, "Femme" if sex == "F" else "Homme",
                f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1965, 2005)}",
                f"06{rng.randrange(10**8):08d}", f"ZT{rng.randrange(10**5, 10**6)}",
                rng.choice(("Martil", "Fnideq", "Bni Leit", "Chefchaouen", "Tétouan")),
            ])
    seconds = run_cli(folder, "import", "beneficiaries", str(source), "--dry-run")
    source.unlink()
    return (f"{f'caravane import ({rows} rows, dry run)':<44} {seconds:8.1f} s"
            f"   ({seconds * 1000 / rows:.0f} ms per row)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--beneficiaries", type=int, default=100_000)
    parser.add_argument("--rebuild", action="store_true", help="make the demo database again")
    parser.add_argument("--searches", type=int, default=600, help="people to draw queries from")
    parser.add_argument("--check-ins", type=int, default=200)
    parser.add_argument("--import-rows", type=int, default=200)
    args = parser.parse_args()
    folder = demo_folder(f"foundation-{args.beneficiaries}")
    if args.rebuild and folder.exists():
        shutil.rmtree(folder)
    if not (folder / "caravane.sqlite3").exists():
        seconds = build_demo(folder, args.beneficiaries)
        verdict = "ok" if seconds < DEMO_TARGET_S else "MISSED"
        print(f"{'caravane demo --beneficiaries ' + str(args.beneficiaries):<44} "
              f"{seconds:8.1f} s   (target < {DEMO_TARGET_S:g} s: {verdict})")
    else:
        print(f"reusing {folder} (--rebuild to time the demo again)")
    db = Database(folder)
    rng = random.Random(20261122)
    try:
        print(f"database size on disk: {database_size(folder) / 1e6:.0f} MB")
        for text in bench_search(db, rng, args.searches):
            print(text)
        print(bench_check_in(db, random.Random(), args.check_ins))
        for text in bench_indicators(db, repeat=5):
            print(text)
        print(bench_export(folder))
        print(bench_import(folder, args.import_rows))
        print(f"database size on disk after the run: {database_size(folder) / 1e6:.0f} MB")
    finally:
        db.dispose()


if __name__ == "__main__":
    main()
