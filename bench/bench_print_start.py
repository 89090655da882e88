"""The whole `caravane print …` command, from process start to the PDF
written (printed, not asserted).

Each run launches a fresh `python -m app print …` process, as a trainer's
shortcut or a script would, and takes the time from just before the launch
to the PDF's last write (its modification time: the document is written
through a temporary file renamed into place) and to the process's exit.
Three documents: an attendance sheet (the session with the most people), a
certificate (a re-print: the serial is reused, nothing new is recorded) and
a beneficiary record (someone coached).  p50 and p95 over several runs,
after one uncounted run of each that writes the modules' bytecode, as an
installed laptop has it (this environment may set PYTHONDONTWRITEBYTECODE:
the bench lifts it for its own processes).

    .venv/bin/python bench/bench_print_start.py [--runs 15] [--data-dir DIR]
    .venv/bin/python bench/bench_print_start.py --importtime   # the slowest imports

The demo database is built once in bench/out/print-demo2k with the real
command (`caravane demo --beneficiaries 2000 --seed 5`) and reused.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository, for `bench`

from bench.common import OUT, ROOT, percentile

FOLDER = OUT / "print-demo2k"
PEOPLE = 2000


def prepare(folder: Path) -> None:
    if (folder / "caravane.sqlite3").exists():
        return
    print(f"building a {PEOPLE}-person demo database in {folder} …", flush=True)
    subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(folder), "demo",
         "--beneficiaries", str(PEOPLE), "--seed", "5"],
        check=True, cwd=ROOT, capture_output=True,
    )


def pick_ids(folder: Path) -> dict[str, str]:
    """A session with the most people, someone present once, someone coached."""
    from sqlalchemy import func, select

    from app.db import Database
    from app.models import Attendance, CoachingSession, Enrolment

    db = Database(folder)
    try:
        with db.session() as s:
            session_id = s.execute(
                select(Enrolment.session_id, func.count())
                .group_by(Enrolment.session_id).order_by(func.count().desc(), Enrolment.session_id)
                .limit(1)
            ).one()[0]
            present = s.scalars(
                select(Attendance.beneficiary_id).where(Attendance.status == "present")
                .order_by(Attendance.id).limit(1)
            ).one()
            coached = s.scalars(
                select(CoachingSession.beneficiary_id)
                .where(CoachingSession.beneficiary_id.is_not(None))
                .order_by(CoachingSession.id).limit(1)
            ).one()
            assert coached is not None
    finally:
        db.dispose()
    return {"sheet": session_id, "certificate": present, "record": coached}


def commands(ids: dict[str, str], out: Path) -> dict[str, list[str]]:
    return {
        "sheet": ["print", "attendance-sheet", ids["sheet"], str(out / "sheet.pdf")],
        "certificate": ["print", "certificate", ids["certificate"], str(out / "cert.pdf")],
        "record": ["print", "record", ids["record"], str(out / "record.pdf")],
    }


def environment() -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    # As on an installed laptop, whose modules are compiled once: bytecode is
    # written (the first, uncounted run of each command writes it).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def one_run(folder: Path, args: list[str], *extra: str) -> tuple[float, float, float]:
    """Seconds from launching the process to the PDF written and to its
    exit, and the CPU seconds it used (less sensitive to a busy machine)."""
    target = Path(args[-1])
    target.unlink(missing_ok=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.time()
    subprocess.run(
        [sys.executable, *extra, "-m", "app", "--data-dir", str(folder), *args],
        env=environment(), cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
    )
    exited = time.time()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return target.stat().st_mtime - started, exited - started, cpu


def importtime(folder: Path, args: list[str], top: int) -> None:
    """`python -X importtime`: the modules that took longest, with their imports."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "app", "--data-dir", str(folder), *args],
        env=environment(), cwd=ROOT, check=True, capture_output=True, text=True,
    )
    rows = []
    for line in result.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if match:
            self_us, cumulative, indent, name = match.groups()
            rows.append((int(cumulative), len(indent) // 2, name))
    total = sum(c for c, depth, _ in rows if depth == 0)
    print(f"  imports: {total / 1000:.0f} ms in {len(rows)} modules; slowest top-level ones:")
    for cumulative, _depth, name in sorted((r for r in rows if r[1] == 0), reverse=True)[:top]:
        print(f"    {cumulative / 1000:8.1f} ms  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--data-dir", type=Path, default=FOLDER)
    parser.add_argument("--importtime", action="store_true", help="profile the imports instead")
    parser.add_argument("--top", type=int, default=15)
    options = parser.parse_args()
    prepare(options.data_dir)
    ids = pick_ids(options.data_dir)
    with tempfile.TemporaryDirectory(prefix="caravane-bench-print-") as scratch:
        runs = commands(ids, Path(scratch))
        if options.importtime:
            for name, args in runs.items():
                print(f"{name}:")
                importtime(options.data_dir, args, options.top)
            return
        for args in runs.values():  # bytecode written, the certificate issued: then re-prints
            one_run(options.data_dir, args)
        print(f"load average {os.getloadavg()[0]:.2f}; {options.runs} runs each")
        for name, args in runs.items():
            written, exited, cpu = [], [], []
            for _ in range(options.runs):
                pdf, process, used = one_run(options.data_dir, args)
                written.append(pdf * 1000)
                exited.append(process * 1000)
                cpu.append(used * 1000)
            print(
                f"{name:<12} PDF written p50 {percentile(written, 0.5):6.0f} ms "
                f"p95 {percentile(written, 0.95):6.0f} ms | exit p50 "
                f"{percentile(exited, 0.5):6.0f} ms p95 {percentile(exited, 0.95):6.0f} ms | "
                f"CPU p50 {percentile(cpu, 0.5):6.0f} ms"
            )
        print(f"load average {os.getloadavg()[0]:.2f} at the end")


if __name__ == "__main__":
    main()
