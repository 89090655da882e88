"""Figures of the printed documents and exports (printed, not asserted):

- an 80-person attendance sheet (target < 300 ms),
- a certificate, issued and written (target < 100 ms),
- a year's activity report on a 100,000-beneficiary database (target < 3 s),
- the XLSX export of 100,000 beneficiaries.

Run: .venv/bin/python bench/bench_reports.py [--data-dir DIR]
The 100k database is reused from bench/out/demo100k (built with
`caravane demo --beneficiaries 100000` on first run, ~1 min), or DIR
(e.g. a copy of it, so parallel benches do not share one file).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository, for `bench`

from sqlalchemy import func, select

from app.db import Database
from app.labels import Labels
from app.models import Attendance, Beneficiary, TrainingModule
from app.models.ids import attendance_id
from app.reports import activity_report, api, attendance_sheet, certificate
from app.services import accounts, documents, planning
from bench.common import build_demo, demo_folder, line, millis

DAY = dt.date(2026, 3, 10)


def small_database(folder: Path, people: int) -> tuple[Database, str, list[str]]:
    """A team, one full-day session with `people` enrolled and present."""
    db = Database(folder)
    with db.session() as s:
        team = accounts.create_team(session=s, name="Bus bench")
        accounts.set_local_team(session=s, team_id=team.id)
        module_id = s.scalar(select(TrainingModule.id).where(TrainingModule.code == "AE-STATUT"))
        assert module_id is not None
        stop = planning.plan_stop(session=s, team_id=team.id, commune_code="01.511.01.0",
                                  starts_on=DAY, place="Salle communale").value
        view = planning.plan_session(
            session=s, team_id=team.id, module_id=module_id, session_date=DAY,
            start_time=dt.time(9), end_time=dt.time(16), stop_id=stop.id,
        ).value
        ids = []
        for i in range(people):
            person = Beneficiary(
                team_id=team.id, last_name=f"Participant{i:03d} El Idrissi",
                first_name="Fatima-Zahra" if i % 2 else "Mohamed", name_ar="فاطمة الزهراء الإدريسي",
                sex="F" if i % 2 else "M", birth_year=1980 + i % 30, cin=f"K{500000 + i}",
                phone=f"+2126{20000000 + i:08d}", commune_code="01.511.01.0",
                registered_on=DAY,
            )
            s.add(person)
            s.flush()
            ids.append(person.id)
            s.add(Attendance(id=attendance_id(view.id, person.id), team_id=team.id,
                             session_id=view.id, beneficiary_id=person.id, status="present",
                             hours_attended=7.0))
        planning.enrol(session=s, session_id=view.id, beneficiary_ids=ids)
    return db, view.id, ids


def bench_sheet_and_certificate() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db, session_id, people = small_database(Path(tmp), 80)
        for lang in ("fr", "ar"):
            samples = []
            for _ in range(7):
                def sheet(lang: str = lang) -> None:
                    with db.session() as s:
                        data = documents.attendance_sheet_data(session=s, session_id=session_id)
                    attendance_sheet.render(data, Labels(lang), io.BytesIO())
                samples.append(millis(sheet))
            print(line(f"attendance sheet, 80 people ({lang})", samples[1:], 300))
        for lang in ("fr", "ar"):
            samples = []
            for person in people[:12] if lang == "fr" else people[12:24]:
                def issue(person: str = person, lang: str = lang) -> None:
                    with db.session() as s:
                        data = documents.issue_certificate(
                            session=s, beneficiary_id=person, issued_on=dt.date(2026, 12, 1)
                        ).value
                    certificate.render(data, Labels(lang), io.BytesIO())
                samples.append(millis(issue))
            print(line(f"certificate, issued + written ({lang})", samples[1:], 100))
        db.dispose()


def bench_large(folder: Path) -> None:
    if not (folder / "caravane.sqlite3").exists():
        print(f"building {folder} (caravane demo --beneficiaries 100000) ...")
        print(f"  built in {build_demo(folder, 100_000):.1f} s")
    db = Database(folder)
    with db.session() as s:
        count = s.scalar(select(func.count()).select_from(Beneficiary)) or 0
        latest = s.scalar(select(func.max(Attendance.created_hlc)))
    print(f"database: {folder} ({count} beneficiaries, latest write {latest[:13] if latest else '-'})")
    year = max(dt.date.today().year, 2026)
    for lang in ("fr", "ar"):
        start = time.perf_counter()
        with db.session() as s:
            data = documents.activity_report_data(
                session=s, date_from=dt.date(year, 1, 1), date_to=dt.date(year, 12, 31)
            )
        fetched = time.perf_counter() - start
        buffer = io.BytesIO()
        activity_report.render(data, Labels(lang), buffer)
        total = time.perf_counter() - start
        print(
            f"activity report, year {year} ({lang}): {total:.2f} s "
            f"(data {fetched:.2f} s, layout {total - fetched:.2f} s; "
            f"{len(data.communes)} communes, {len(buffer.getvalue()) // 1024} KiB)  "
            f"(target < 3 s: {'ok' if total < 3 else 'MISSED'})"
        )
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("beneficiaries.xlsx", "beneficiaries.csv"):
            out = Path(tmp) / name
            start = time.perf_counter()
            with db.session() as s:
                rows = api.export_for_officers(session=s, kind="beneficiaries", out=out)
            took = time.perf_counter() - start
            print(f"export {name}: {rows} rows in {took:.2f} s "
                  f"({out.stat().st_size / 1e6:.1f} MB)")
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, default=demo_folder("demo100k"))
    parser.add_argument("--large-only", action="store_true",
                        help="skip the attendance sheet and certificate figures")
    args = parser.parse_args()
    if not args.large_only:
        bench_sheet_and_certificate()
    bench_large(args.data_dir)
    print("(ms figures over repeated runs; the first run is dropped as warm-up)")


if __name__ == "__main__":
    main()
