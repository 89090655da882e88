"""Check-in at an ID-card reader's speed through the real window (offscreen):
60 CINs, 25 ms a key then Enter, no pause between people, in French and in
Arabic.  Prints who was checked in (all right or not, any walk-in form
opened) and Enter -> check-in written on the database thread; asserts
nothing.

    .venv/bin/python bench/bench_scanner.py [--beneficiaries 100000] [--people 60]

The keys are posted through the event loop as a keyboard sends them (QTest
would hold the interpreter lock while it types, starving the database
thread).  Works on a copy of bench/out/demo100k (built with `caravane demo`
if missing).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import OUT, build_demo, percentile

KEY_MS = 25
USER, PASSWORD = "Samira Benali", "demo1234"


def run(folder: Path, lang: str, people: int) -> str:
    from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    import app.ui.screens.attendance as attendance_screen
    from app.services import attendance, planning
    from app.services.search import list_beneficiary_rows
    from app.ui import fonts, i18n
    from app.ui.main import build_window
    from app.ui.prefs import Preferences

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    i18n.install_language(app, lang)
    fonts.install_fonts(app)
    window = build_window(folder, lang, Preferences(lang=lang))
    window.show()
    ctx = window.ctx

    def pump(until: object, timeout: float = 120.0) -> None:
        deadline = time.perf_counter() + timeout
        while not until():  # type: ignore[operator]
            app.processEvents()
            if time.perf_counter() > deadline:
                raise TimeoutError

    login = window.login_page
    assert login is not None
    login.select_user(USER)
    login.prompt.password.setText(PASSWORD)
    login.prompt.submit()
    pump(lambda: ctx.user is not None)
    pump(lambda: not ctx.tasks.busy)
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
        rows = list_beneficiary_rows(session=s)
    ctx.open_attendance(session_view.id)
    assert window.shell is not None
    screen = window.shell.screen_named("attendance")
    assert isinstance(screen, attendance_screen.AttendanceScreen)
    pump(lambda: screen.roster_data is not None and not ctx.tasks.busy)

    holders: dict[str, list[str]] = {}
    for row in rows:
        if row.cin:
            holders.setdefault(row.cin, []).append(row.id)
    cins = random.Random(11).sample(
        sorted(c for c, ids in holders.items() if len(ids) == 1), people
    )

    # Enter -> check-in written, on the database thread (both paths call it).
    enters: list[float] = []
    written: list[float] = []
    write = attendance_screen.write_check_in

    def timed_write(*args: object) -> object:
        done = write(*args)  # type: ignore[arg-type]
        written.append(time.perf_counter())
        return done

    attendance_screen.write_check_in = timed_write  # type: ignore[assignment]
    screen.search.returnPressed.connect(lambda: enters.append(time.perf_counter()))

    keys = [(Qt.Key(ord(c.upper())), c) for cin in cins for c in [*cin, "\r"]]
    keys = [(Qt.Key.Key_Return if c == "\r" else k, c) for k, c in keys]
    loop = QEventLoop()
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(KEY_MS)
    opened: list[bool] = []

    def press() -> None:
        if not keys:
            timer.stop()
            loop.quit()
            return
        key, text = keys.pop(0)
        target = QApplication.focusWidget() or screen.search
        if target is not screen.search:
            opened.append(True)  # a window took the keyboard
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            )

    timer.timeout.connect(press)
    started = time.perf_counter()
    timer.start()
    loop.exec()
    pump(lambda: screen.enters_pending == 0 and not ctx.tasks.busy)
    total = time.perf_counter() - started
    attendance_screen.write_check_in = write
    with ctx.db.session() as s:
        roster = attendance.roster(session=s, session_id=session_view.id)
    present = {r.beneficiary_id for r in roster.rows if r.present}
    right = present == {holders[c][0] for c in cins}
    latency = [(w - e) * 1000 for e, w in zip(enters, written, strict=False)]
    window.close()
    ctx.tasks.shutdown()
    return (
        f"{lang}: {people} CINs at {KEY_MS} ms a key + Enter in {total:.1f} s; "
        f"{len(present)} present, all the right people: {'yes' if right else 'NO'}, "
        f"keys taken by a window: {len(opened)}; Enter -> check-in written: "
        f"p50 {percentile(latency, 0.5):.0f} ms, p95 {percentile(latency, 0.95):.0f} ms, "
        f"max {max(latency):.0f} ms (target p95 < 100 ms)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--beneficiaries", type=int, default=100_000)
    parser.add_argument("--people", type=int, default=60)
    parser.add_argument("--lang", choices=["fr", "ar"], action="append")
    args = parser.parse_args()
    source = OUT / ("demo100k" if args.beneficiaries == 100_000 else f"demo{args.beneficiaries}")
    if not (source / "caravane.sqlite3").exists():
        build_demo(source, args.beneficiaries)
    print(f"database: {args.beneficiaries:,} beneficiaries")
    for lang in args.lang or ["fr", "ar"]:
        work = Path(tempfile.mkdtemp(prefix="bench-scanner-"))
        shutil.copy(source / "caravane.sqlite3", work / "caravane.sqlite3")
        os.environ["CARAVANE_CONFIG_DIR"] = str(work / "config")
        print(run(work, lang, args.people))
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
