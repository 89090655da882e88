"""The funder's activity report on a 100,000-beneficiary database: a year's
report (target < 3 s, data + PDF), in French and Arabic, with the totals
since the programme started and its targets.  Printed, not asserted.

Run: .venv/bin/python bench/bench_report.py [--data-dir DIR] [--runs N]

Wall time is what the target is about; the CPU time of the process is
printed beside it, since other work on the same cores stretches the wall
time (the load average is printed too).

The database is bench/out/demo100k (built with `caravane demo
--beneficiaries 100000 --seed 5` on first run, ~1 min), or DIR (a copy, so
parallel benches do not share one file).  A programme with targets that
started before the year is added once (`bench programme`), so the report
computes the totals since the programme started beside the year's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository, for `bench`

from sqlalchemy import func, select

from app.db import Database
from app.labels import Labels
from app.models import Beneficiary, Programme, TourStop
from app.reports import activity_report
from app.services import accounts, documents, programme_targets, selection
from bench.common import build_demo, demo_folder

PROGRAMME = "bench programme"
TARGET = 3.0  # seconds


def _programme(db: Database) -> None:
    """A team programme with targets, started on the tour's first day (so
    the report adds the totals since then beside the year's)."""
    with db.session() as s:
        if s.scalar(select(Programme.id).where(Programme.name == PROGRAMME)):
            return
        team_id = accounts.local_team_id(session=s) or s.scalar(select(TourStop.team_id))
        first = s.scalar(select(func.min(TourStop.starts_on)))
        view = selection.create_programme(
            session=s, name=PROGRAMME, team_id=team_id, funder="INDH", starts_on=first
        )
        programme_targets.set_targets(
            session=s, programme_id=view.id,
            targets={"reached": 120_000, "women": 60_000, "youth": 60_000,
                     "young_women": 30_000, "trained": 100_000, "coached": 20_000,
                     "certified": 50_000, "projects": 300},
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, default=demo_folder("demo100k"))
    parser.add_argument("--runs", type=int, default=3, help="runs per language (default 3)")
    args = parser.parse_args()
    folder: Path = args.data_dir
    if not (folder / "caravane.sqlite3").exists():
        print(f"building {folder} (caravane demo --beneficiaries 100000 --seed 5) ...")
        print(f"  built in {build_demo(folder, 100_000, seed=5):.1f} s")
    db = Database(folder)
    _programme(db)
    with db.session() as s:
        count = s.scalar(select(func.count()).select_from(Beneficiary)) or 0
        latest = s.scalar(select(func.max(TourStop.ends_on)))
    year = latest.year if latest else 2026
    print(f"database: {folder} ({count} beneficiaries); report of the year {year}; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    for lang in ("fr", "ar"):
        totals, fetches, cpus = [], [], []
        for _ in range(args.runs):
            start, cpu = time.perf_counter(), time.process_time()
            with db.session() as s:
                data = documents.activity_report_data(
                    session=s, date_from=dt.date(year, 1, 1), date_to=dt.date(year, 12, 31),
                    today=dt.date(year, 12, 31),
                )
            fetched = time.perf_counter() - start
            buffer = io.BytesIO()
            activity_report.render(data, Labels(lang), buffer)
            totals.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
            fetches.append(fetched)
        total, fetched = statistics.median(totals), statistics.median(fetches)
        since = data.since.isoformat() if data.since < data.filters.date_from else "no"
        print(
            f"activity report, year {year} ({lang}): median {total:.2f} s of {args.runs} "
            f"(min {min(totals):.2f}, max {max(totals):.2f}; data {fetched:.2f} s, layout "
            f"{total - fetched:.2f} s; CPU {statistics.median(cpus):.2f} s; "
            f"{len(data.communes)} communes visited, "
            f"{len(data.commune_rows)} in the table, {len(data.sessions)} sessions in the "
            f"annex, totals since {since}, {len(buffer.getvalue()) // 1024} KiB)  "
            f"(target < {TARGET:g} s: {'ok' if total < TARGET else 'MISSED'})"
        )
    db.dispose()


if __name__ == "__main__":
    main()
