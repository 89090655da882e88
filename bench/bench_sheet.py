"""The attendance sheet's figures (printed, not asserted): an 80-person sheet
(target < 300 ms) and a 200-person one, data read + PDF written, in French
and Arabic.  Every third person has a name on three lines or more in both
scripts, so rows grow as on a real sheet.

Run: .venv/bin/python bench/bench_sheet.py [--runs N] [--write DIR]
(--write also leaves the 200-person sheets in DIR, to look at.)
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository, for `bench`

from sqlalchemy import select

from app.db import Database
from app.labels import Labels
from app.models import Beneficiary, TrainingModule
from app.reports import attendance_sheet
from app.services import accounts, documents, planning
from bench.common import line

DAY = dt.date(2026, 3, 10)
TARGET_MS = 300
NAMES = [  # (last name, first name, Arabic name)
    ("El Idrissi", "Fatima-Zahra", "فاطمة الزهراء الإدريسي"),
    ("Benali", "Youssef", "يوسف بنعلي"),
    (
        "El Ouazzani-Benjelloun Alaoui Mdaghri Tazi",
        "Khadija Nour El Houda",
        "خديجة نور الهدى الوزاني بنجلون العلوي المدغري التازي",
    ),
]


def sheet_database(folder: Path, people: int) -> tuple[Database, str]:
    """A team, one full day with a lunch break, `people` enrolled."""
    db = Database(folder)
    with db.session() as s:
        team = accounts.create_team(session=s, name="Bus bench")
        accounts.set_local_team(session=s, team_id=team.id)
        trainer = accounts.create_user(session=s, team_id=team.id, name="Leila Mansouri",
                                       role="trainer", password="secret1")
        module_id = s.scalar(select(TrainingModule.id).where(TrainingModule.code == "AE-STATUT"))
        assert module_id is not None
        stop = planning.plan_stop(session=s, team_id=team.id, commune_code="01.511.01.0",
                                  starts_on=DAY, place="Salle communale").value
        view = planning.plan_session(
            session=s, team_id=team.id, module_id=module_id, session_date=DAY,
            start_time=dt.time(9), end_time=dt.time(17), break_start=dt.time(12, 30),
            break_end=dt.time(13, 30), stop_id=stop.id, trainer_ids=[trainer.id],
        ).value
        ids = []
        for i in range(people):
            last, first, arabic = NAMES[i % len(NAMES)]
            person = Beneficiary(
                team_id=team.id, last_name=last, first_name=first, name_ar=arabic,
                sex="F" if i % 2 else "M", birth_year=1980 + i % 30, cin=f"K{500000 + i}",
                phone=f"+2126{20000000 + i:08d}", commune_code="01.511.01.0",
                registered_on=DAY,
            )
            s.add(person)
            s.flush()
            ids.append(person.id)
        planning.enrol(session=s, session_id=view.id, beneficiary_ids=ids)
    return db, view.id


def build_sheet(db: Database, session_id: str, lang: str) -> bytes:
    """What printing does: read the sheet's data, lay the PDF out."""
    out = io.BytesIO()
    with db.session() as s:
        data = documents.attendance_sheet_data(session=s, session_id=session_id)
    attendance_sheet.render(data, Labels(lang), out)
    return out.getvalue()


def figure(db: Database, session_id: str, people: int, lang: str, runs: int) -> None:
    wall, cpu = [], []
    pdf = b""
    for _ in range(runs + 1):  # the first run warms the caches up
        start_cpu, start = time.process_time(), time.perf_counter()
        pdf = build_sheet(db, session_id, lang)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    pages = pdf.count(b"/Type /Page\n")
    label = f"attendance sheet, {people} people ({lang}, {pages} pages)"
    print(line(label, wall[1:], TARGET_MS if people == 80 else None))
    # CPU time: what the sheet itself costs when other work shares the cores.
    print(f"{'':<44} cpu median {statistics.median(cpu[1:]):8.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=11, help="timed runs per figure (+1 warm-up)")
    parser.add_argument("--write", type=Path, help="write the 200-person sheets to this folder")
    args = parser.parse_args()
    for people in (80, 200):
        with tempfile.TemporaryDirectory() as tmp:
            db, session_id = sheet_database(Path(tmp), people)
            for lang in ("fr", "ar"):
                figure(db, session_id, people, lang, args.runs)
                if args.write and people == 200:
                    args.write.mkdir(parents=True, exist_ok=True)
                    (args.write / f"sheet_200_{lang}.pdf").write_bytes(
                        build_sheet(db, session_id, lang)
                    )
            db.engine.dispose()


if __name__ == "__main__":
    main()
