"""Desktop-app figures on a 100,000-beneficiary demo database (printed, not
asserted):

* start-up: from launching `caravane` to the first paint of the window
  (a subprocess with CARAVANE_STARTUP_PROBE=1, offscreen);
* keystroke in the attendance search -> updated result list (p50/p95);
* checking in 60 people by keyboard (type a name, Enter), total time;
* the app's memory (RSS).

    .venv/bin/python bench/bench_ui.py [--data-dir bench/out/ui-demo100k]

The database is a copy of bench/out/demo100k (or built with `caravane demo
--beneficiaries 100000`) so the check-ins do not touch other benches' data.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SOURCE = ROOT / "bench" / "out" / "demo100k"
DEFAULT = ROOT / "bench" / "out" / "ui-demo100k"
USER, PASSWORD = "Samira Benali", "demo1234"


def prepare(folder: Path, size: int) -> None:
    db_file = folder / "caravane.sqlite3"
    if db_file.exists():
        return
    folder.mkdir(parents=True, exist_ok=True)
    source = SOURCE / "caravane.sqlite3"
    if source.exists():
        print(f"copying {source} -> {db_file}")
        shutil.copy(source, db_file)
        return
    print(f"building a {size}-beneficiary demo database in {folder} …")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "--data-dir",
            str(folder),
            "demo",
            "--beneficiaries",
            str(size),
        ],
        check=True,
        cwd=ROOT,
    )


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def startup(folder: Path, runs: int) -> list[float]:
    env = dict(
        os.environ,
        CARAVANE_STARTUP_PROBE="1",
        QT_QPA_PLATFORM="offscreen",
        CARAVANE_CONFIG_DIR=tempfile.mkdtemp(prefix="caravane-bench-config-"),
    )
    times = []
    for _ in range(runs):
        started = time.time()
        out = subprocess.run(
            [sys.executable, "-m", "app", "--data-dir", str(folder)],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        ).stdout
        painted = float(
            next(line.split()[1] for line in out.splitlines() if line.startswith("first-paint"))
        )
        times.append(painted - started)
    return times


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def in_app(folder: Path, people: int) -> dict[str, Any]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.services import planning
    from app.ui import fonts, i18n
    from app.ui.main import build_window
    from app.ui.prefs import Preferences
    from app.ui.screens.attendance import AttendanceScreen

    os.environ["CARAVANE_CONFIG_DIR"] = tempfile.mkdtemp(prefix="caravane-bench-config-")
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    i18n.install_language(app, "fr")
    fonts.install_fonts(app)
    window = build_window(folder, "fr", Preferences())
    window.show()
    ctx = window.ctx

    def pump(until: object, timeout: float = 30.0) -> None:
        deadline = time.perf_counter() + timeout
        while not until():  # type: ignore[operator]
            app.processEvents()
            if time.perf_counter() > deadline:
                raise TimeoutError

    pump(lambda: True)
    login = window.login_page
    assert login is not None
    login.select_user(USER)
    login.prompt.password.setText(PASSWORD)
    login.prompt.submit()
    pump(lambda: ctx.user is not None)
    pump(lambda: not ctx.tasks.busy)

    # A fresh session to check people into (planned today, no one yet).
    import datetime as dt

    team_id = ctx.team_id
    assert team_id is not None
    with ctx.db.session() as s:
        module = planning.list_modules(session=s)[0]
        session_view = planning.plan_session(
            session=s,
            team_id=team_id,
            module_id=module.id,
            session_date=dt.date.today(),
            start_time=dt.time(0, 0),
            end_time=dt.time(23, 59),
        ).value
    ctx.open_attendance(session_view.id)
    assert window.shell is not None
    screen = window.shell.screen_named("attendance")
    assert isinstance(screen, AttendanceScreen)
    pump(lambda: screen.roster_data is not None and not ctx.tasks.busy)

    app_memory = rss_mb()  # before this script loads its own sample rows

    # Queries people really type: name beginnings, Arabic names, CINs, phones.
    from app.services.search import list_beneficiary_rows

    with ctx.db.session() as s:
        rows = list_beneficiary_rows(session=s)
    rng = random.Random(7)
    sample = rng.sample(rows, 200)
    row_count = len(rows)
    del rows
    queries = []
    for row in sample[:40]:
        queries.append(f"{row.first_name[:4]} {row.last_name[:3]}")
        if row.name_ar:
            queries.append(row.name_ar.split()[0][:3])
        if row.cin:
            queries.append(row.cin[:5])
        if row.phone:
            queries.append("0" + row.phone[4:9])
    keystrokes: list[float] = []
    for query in queries:
        screen.clear_search()
        pump(lambda: screen.search_is_current())
        for char in query:
            started = time.perf_counter()
            QTest.keyClicks(screen.search, char) if char.isascii() else screen.search.insert(char)
            pump(screen.search_is_current)
            keystrokes.append((time.perf_counter() - started) * 1000)
    screen.clear_search()

    # 60 people checked in by keyboard: type the first name and the start
    # of the last name, then Enter (arrow down when the first hit is wrong).
    targets = [r for r in sample[40:] if r.cin][:people]
    started = time.perf_counter()
    for row in targets:
        QTest.keyClicks(screen.search, row.cin or "")
        pump(screen.search_is_current)
        QTest.keyClick(screen.search, Qt.Key.Key_Return)
    pump(lambda: not ctx.tasks.busy)
    check_in_total = time.perf_counter() - started
    present = screen.roster_data.present if screen.roster_data else 0
    memory = rss_mb()
    window.close()
    return {
        "keystrokes": keystrokes,
        "queries": len(queries),
        "check_in_total": check_in_total,
        "checked_in": present,
        "people": len(targets),
        "rss_mb": memory,
        "app_rss_mb": app_memory,
        "rows": row_count,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=DEFAULT)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--people", type=int, default=60)
    args = parser.parse_args()
    prepare(args.data_dir, args.size)

    times = startup(args.data_dir, args.runs)
    print(
        f"start-up to first paint ({args.runs} runs): median {statistics.median(times):.2f} s, "
        f"min {min(times):.2f} s, max {max(times):.2f} s (target < 1.5 s)"
    )
    result = in_app(args.data_dir, args.people)
    keys = result["keystrokes"]
    assert isinstance(keys, list)
    print(f"database: {result['rows']} beneficiaries")
    print(
        f"keystroke -> updated list ({len(keys)} keystrokes, {result['queries']} queries): "
        f"p50 {percentile(keys, 50):.1f} ms, p95 {percentile(keys, 95):.1f} ms, "
        f"max {max(keys):.1f} ms (target p95 < 50 ms)"
    )
    print(
        f"check-in of {result['people']} people by keyboard (type CIN, Enter): "
        f"{result['check_in_total']:.2f} s total, "
        f"{float(result['check_in_total']) / max(1, int(result['people'])) * 1000:.0f} ms each; "
        f"present afterwards: {result['checked_in']}"
    )
    print(
        f"memory (RSS): {result['app_rss_mb']:.0f} MB logged in with the attendance screen "
        f"open; {result['rss_mb']:.0f} MB at the end (includes this script's 100k sample rows) "
        "(target < 300 MB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
