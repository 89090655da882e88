"""Figures for the domain services at scale (prints, never asserts).

    .venv/bin/python bench/bench_services.py [--data-dir DIR] [--beneficiaries N]

Uses the database in DIR (e.g. a copy of a demo made with
`caravane --data-dir DIR demo --beneficiaries 100000`), or generates a demo
of N people in a temporary folder.  Measures: quick search (p50/p95 over
typed prefixes, Arabic, CIN, phone), duplicate candidates for a new form,
the roster of the fullest sessions, the 100k-row list, and the indicators
of a year.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select

from app.db import Database
from app.models import Attendance, Beneficiary
from app.services.attendance import roster
from app.services.beneficiaries import (
    BeneficiaryInput,
    find_duplicates,
    list_beneficiary_rows,
    search_beneficiaries,
)
from app.services.indicators import IndicatorFilter, compute_indicators


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def report(label: str, times: list[float]) -> None:
    ordered = sorted(times)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    print(
        f"{label:<44} n={len(times):<4} p50={statistics.median(times):8.2f} ms "
        f"p95={p95:8.2f} ms  max={ordered[-1]:8.2f} ms"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--beneficiaries", type=int, default=100_000)
    args = parser.parse_args()
    folder = args.data_dir
    if folder is None:
        from app.services.demo import generate_demo

        folder = Path(tempfile.mkdtemp(prefix="caravane-bench-"))
        db = Database(folder)
        print(f"generating a demo of {args.beneficiaries} people in {folder} ...")
        with db.session() as s:
            generate_demo(session=s, beneficiaries=args.beneficiaries, today=dt.date(2026, 11, 1))
    else:
        db = Database(folder)
    rng = random.Random(7)
    with db.session() as s:
        total = s.scalar(select(func.count()).select_from(Beneficiary))
        print(f"database: {db.path} ({total} beneficiaries)")
        sample = s.execute(
            select(
                Beneficiary.first_name, Beneficiary.last_name, Beneficiary.name_ar,
                Beneficiary.cin, Beneficiary.phone, Beneficiary.commune_code,
                Beneficiary.sex, Beneficiary.birth_year,
            ).order_by(func.random()).limit(200)
        ).all()

        queries: list[str] = []
        for first, last, name_ar, cin, phone, *_ in sample:
            queries.append(first[: rng.randint(2, 4)])
            queries.append(f"{first[:3]} {last[:3]}")
            queries.append(last)
            if name_ar:
                queries.append(name_ar.split()[0])
            if cin:
                queries.append(cin[:4])
            if phone:
                queries.append("0" + phone[4:9])
        queries.extend(["a", "m", "mo", "el"])  # short, very common prefixes
        search_times = [
            t for q in queries
            for t in timed(partial(search_beneficiaries, session=s, query=q), 1)
        ]
        report("search_beneficiaries (mixed queries)", search_times)
        common = [q for q in queries if len(q) <= 2]
        report("search_beneficiaries (1-2 letter prefixes)", [
            t for q in common for t in timed(partial(search_beneficiaries, session=s, query=q), 1)
        ])

        forms = [
            BeneficiaryInput(
                first_name=first, last_name=last, name_ar=name_ar, sex=sex,
                cin=cin, phone=phone, commune_code=commune, birth_year=year,
            )
            for first, last, name_ar, cin, phone, commune, sex, year in sample[:60]
        ]
        dup_times = [
            t for form in forms
            for t in timed(partial(find_duplicates, session=s, data=form), 1)
        ]
        report("find_duplicates (existing person's form)", dup_times)

        # The attendance screen's roster: the sessions with the most people.
        crowded = list(s.scalars(
            select(Attendance.session_id).group_by(Attendance.session_id)
            .order_by(func.count().desc(), Attendance.session_id).limit(20)
        ))
        report("roster (20 fullest sessions)", [
            t for sid in crowded
            for t in timed(partial(roster, session=s, session_id=sid), 3)
        ])

        report("list_beneficiary_rows (all)", timed(
            lambda: list_beneficiary_rows(session=s), 3
        ))
        year = IndicatorFilter(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
        report("compute_indicators (a year, all teams)", timed(
            lambda: compute_indicators(session=s, filters=year), 3
        ))
        figures = compute_indicators(session=s, filters=year)
        print(
            f"  reached={figures.beneficiaries_reached} sessions={figures.sessions_held} "
            f"hours={figures.training_hours:.0f} rate={figures.attendance_rate}"
        )
        s.rollback()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
